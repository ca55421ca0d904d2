import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CloseCode } from '@groundwork/protocol';
import { loadOrCreateSecret } from './auth/secret.js';
import { loadConfig, type Config } from './config.js';
import { createApp, type BackendHealth } from './createApp.js';
import { createLogger, type Logger } from './log.js';
import type { PubSub } from './pubsub/PubSub.js';
import { LocalPubSub } from './pubsub/LocalPubSub.js';
import type { SessionAdapter } from './realtime/sessionEndpoint.js';
import { createRedisBackend } from './redis/createRedisBackend.js';
import { loadOrCreateRedisSecret } from './redis/redisSecret.js';
import type { Storage } from './storage/DocStorage.js';
import { createSqliteStorage } from './storage/SqliteDocStorage.js';

interface Backend {
	kind: 'sqlite' | 'redis';
	storage: Storage;
	pubsub: PubSub;
	secret: string;
	health?: () => BackendHealth;
	sessionAdapter?: SessionAdapter;
}

/** The one place that picks the concrete storage and pub/sub: Redis with REDIS_URL, else SQLite. */
async function chooseBackend(config: Config, log: Logger): Promise<Backend> {
	if (config.redisUrl) {
		const redis = await createRedisBackend({
			url: config.redisUrl,
			log,
			maxPendingBytes: config.maxPendingBytes,
		});
		const secret = config.secret ?? (await loadOrCreateRedisSecret(redis.redis));
		return { kind: 'redis', ...redis, secret };
	}
	return {
		kind: 'sqlite',
		storage: createSqliteStorage(config.dataDir),
		pubsub: new LocalPubSub(),
		secret: loadOrCreateSecret(config.dataDir, config.secret),
	};
}

const here = path.dirname(fileURLToPath(import.meta.url));
const config = loadConfig(process.env, path.resolve(here, '../../client/dist'));
// Every log line says which instance wrote it (several run behind a load balancer).
const instanceId = randomUUID();
const log = createLogger(config.logLevel).child({ instance: instanceId });
const backend = await chooseBackend(config, log);
const { storage, pubsub, secret, health, sessionAdapter } = backend;
const app = createApp({ config, storage, pubsub, log, secret, health, sessionAdapter, instanceId });

const address = await app.listen();
const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
const url = `http://${host}:${address.port}`;
log.info({ url, storage: backend.kind, dataDir: config.dataDir }, 'Groundwork is listening');
process.stdout.write(`\nGroundwork is running at ${url}\n\n`);

/** A shutdown that takes longer than this (storage unreachable) ends the process anyway. */
const SHUTDOWN_TIMEOUT_MS = 25_000;

let stopping = false;
/**
 * Graceful shutdown: `/readyz` answers 503 at once, no new connection is accepted, clients are
 * told to reconnect (sync: 1012, socket.io: disconnected), every board is stored, buffered
 * updates reach storage, then the process exits 0. [L5]
 */
async function shutdown(signal: string): Promise<void> {
	if (stopping) return;
	stopping = true;
	log.info({ signal }, 'shutting down');
	setTimeout(() => {
		log.error({ timeoutMs: SHUTDOWN_TIMEOUT_MS }, 'shutdown took too long: exiting');
		process.exit(1);
	}, SHUTDOWN_TIMEOUT_MS).unref();
	try {
		await app.close({ code: CloseCode.serviceRestart });
		await pubsub.close();
		await storage.close();
	} catch (error) {
		log.error({ err: error }, 'shutdown failed');
		process.exit(1);
	}
	log.info('stopped');
	process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
