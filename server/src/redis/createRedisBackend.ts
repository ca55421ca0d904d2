import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../log.js';
import type { Storage } from '../storage/DocStorage.js';
import { RedisBoardCatalog } from './RedisBoardCatalog.js';
import { RedisDocStorage } from './RedisDocStorage.js';
import { RedisPubSub } from './RedisPubSub.js';

/** Storage and pub/sub on one Redis, and whether that Redis is usable right now. */
export interface RedisBackend {
	storage: Storage & { docs: RedisDocStorage };
	pubsub: RedisPubSub;
	/** The connection, for the socket.io adapter and for tests. */
	redis: Redis;
	health(): { redis: string; pendingUpdates: number; pendingBytes: number; ok: boolean };
}

const CONNECT_TIMEOUT_MS = 10_000;
const DRAIN_TIMEOUT_MS = 5_000;

/** Waits for buffered updates to reach Redis, but not forever when it is away. */
async function drainWithin(docs: RedisDocStorage, timeoutMs: number, log: Logger): Promise<void> {
	let timer: NodeJS.Timeout | undefined;
	const timedOut = new Promise<boolean>((resolve) => {
		timer = setTimeout(() => resolve(true), timeoutMs);
	});
	const late = await Promise.race([docs.drain().then(() => false), timedOut]);
	clearTimeout(timer);
	if (late)
		log.error({ pending: docs.pending }, 'stopping with updates Redis has not acknowledged');
}

/** Connects to `url` and builds the Redis backend; rejects when Redis cannot be reached at start. */
export async function createRedisBackend(options: {
	url: string;
	log: Logger;
	maxPendingBytes: number;
	/** Extra client options; tests use `keyPrefix` to keep runs apart on a shared Redis. */
	redisOptions?: RedisOptions;
}): Promise<RedisBackend> {
	const { log } = options;
	const redis = new Redis(options.url, {
		lazyConnect: true,
		// Commands fail at once while Redis is away; storage buffers and retries by itself.
		enableOfflineQueue: false,
		maxRetriesPerRequest: 1,
		connectTimeout: CONNECT_TIMEOUT_MS,
		retryStrategy: (attempt) => Math.min(attempt * 100, 1000),
		...options.redisOptions,
	});
	let lastError = '';
	redis.on('error', (error: Error) => {
		if (error.message !== lastError) log.warn({ err: error }, 'Redis connection error');
		lastError = error.message;
	});
	redis.on('ready', () => {
		if (lastError) log.info('Redis connection ready again');
		lastError = '';
	});
	await redis.connect();
	const docs = new RedisDocStorage({ redis, log, maxPendingBytes: options.maxPendingBytes });
	const pubsub = new RedisPubSub(redis, log);
	return {
		redis,
		pubsub,
		storage: {
			docs,
			boards: new RedisBoardCatalog(redis),
			close: async () => {
				await drainWithin(docs, DRAIN_TIMEOUT_MS, log);
				await pubsub.close();
				redis.disconnect();
			},
		},
		health: () => {
			const pending = docs.pending;
			return {
				redis: redis.status,
				pendingUpdates: pending.updates,
				pendingBytes: pending.bytes,
				ok: redis.status === 'ready' && !pending.failing && pubsub.ready,
			};
		},
	};
}
