import { afterAll, beforeAll } from 'vitest';
import { pino } from 'pino';
import { createRedisBackend } from '../../src/redis/createRedisBackend.js';
import { startTestRedis, type TestRedis } from '../support/redisServer.js';
import { docStorageContract } from './docStorage.contract.js';

let redis: TestRedis;
let run = 0;

beforeAll(async () => {
	redis = await startTestRedis();
});
afterAll(async () => {
	await redis.close();
});

docStorageContract('redis', async () => {
	const backend = await createRedisBackend({
		url: redis.url,
		log: pino({ level: 'silent' }),
		maxPendingBytes: 1024 * 1024,
		// Each fixture gets its own keys: the contract reuses board ids.
		redisOptions: { keyPrefix: `${redis.keyPrefix}${++run}:` },
	});
	return { storage: backend.storage, cleanup: () => backend.storage.close() };
});
