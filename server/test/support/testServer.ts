import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { BoardCreated } from '@groundwork/protocol';
import { defaultConfig, type Config } from '../../src/config.js';
import { createApp, type App, type BackendHealth } from '../../src/createApp.js';
import type { PubSub } from '../../src/pubsub/PubSub.js';
import type { SessionAdapter } from '../../src/realtime/sessionEndpoint.js';
import { LocalPubSub } from '../../src/pubsub/LocalPubSub.js';
import type { Storage } from '../../src/storage/DocStorage.js';
import { createSqliteStorage } from '../../src/storage/SqliteDocStorage.js';

/** The secret every test server signs with, so tests can forge and check tokens. */
export const TEST_SECRET = 'test-secret-0123456789abcdef';

/** A real server on a free port, on a real SQLite file in its own temp dir. */
export interface TestServer {
	app: App;
	storage: Storage;
	dataDir: string;
	/** `http://127.0.0.1:PORT` */
	httpUrl: string;
	/** `ws://127.0.0.1:PORT/sync`, the base a y-websocket provider takes. */
	syncUrl: string;
	createBoard(title?: string): Promise<BoardCreated>;
	/** Stops the server; keeps the data dir unless `removeData`. */
	close(options?: { removeData?: boolean }): Promise<void>;
}

/** A fresh temp dir for one test's data. */
export function makeDataDir(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-test-'));
}

/** Starts a server; pass `dataDir` to reopen another server's data, `pubsub` to share one. */
export async function startTestServer(
	options: {
		dataDir?: string;
		pubsub?: PubSub;
		config?: Partial<Config>;
		/** Run on this backend instead of SQLite (and local pub/sub). */
		backend?: {
			storage: Storage;
			pubsub: PubSub;
			health?: () => BackendHealth;
			sessionAdapter?: SessionAdapter;
		};
	} = {},
): Promise<TestServer> {
	const dataDir = options.dataDir ?? makeDataDir();
	const storage = options.backend?.storage ?? createSqliteStorage(dataDir);
	const pubsub = options.backend?.pubsub ?? options.pubsub ?? new LocalPubSub();
	const config = defaultConfig({ dataDir, ...options.config });
	const app = createApp({
		config,
		storage,
		pubsub,
		log: pino({ level: 'silent' }),
		secret: TEST_SECRET,
		health: options.backend?.health,
		sessionAdapter: options.backend?.sessionAdapter,
	});
	const address = await app.listen();
	const httpUrl = `http://127.0.0.1:${address.port}`;
	return {
		app,
		storage,
		dataDir,
		httpUrl,
		syncUrl: `ws://127.0.0.1:${address.port}/sync`,
		createBoard: async (title = 'Test seminar') => {
			const res = await fetch(`${httpUrl}/api/boards`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ title, template: 'netzero-roadmap' }),
			});
			if (res.status !== 201) throw new Error(`create board: ${res.status} ${await res.text()}`);
			return (await res.json()) as BoardCreated;
		},
		close: async ({ removeData = false } = {}) => {
			await app.close();
			await storage.close();
			if (removeData) fs.rmSync(dataDir, { recursive: true, force: true });
		},
	};
}
