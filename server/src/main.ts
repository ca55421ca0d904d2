import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOrCreateSecret } from './auth/secret.js';
import { loadConfig } from './config.js';
import { createApp } from './createApp.js';
import { createLogger } from './log.js';
import { LocalPubSub } from './pubsub/LocalPubSub.js';
import { createSqliteStorage } from './storage/SqliteDocStorage.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const config = loadConfig(process.env, path.resolve(here, '../../client/dist'));
const log = createLogger(config.logLevel);
const storage = createSqliteStorage(config.dataDir);
const pubsub = new LocalPubSub();
const secret = loadOrCreateSecret(config.dataDir, config.secret);
const app = createApp({ config, storage, pubsub, log, secret });

const address = await app.listen();
const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
const url = `http://${host}:${address.port}`;
log.info({ url, dataDir: config.dataDir, storage: 'sqlite' }, 'Groundwork is listening');
process.stdout.write(`\nGroundwork is running at ${url}\n\n`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
	if (stopping) return;
	stopping = true;
	log.info({ signal }, 'shutting down');
	await app.close();
	await pubsub.close();
	await storage.close();
	process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
