import { createAdapter } from '@socket.io/redis-adapter';
import { Redis, type RedisOptions } from 'ioredis';
import type { SessionAdapter } from '../realtime/sessionEndpoint.js';
import type { Logger } from '../log.js';
import type { Storage } from '../storage/DocStorage.js';
import { RedisBoardCatalog } from './RedisBoardCatalog.js';
import { RedisCohortStore } from './RedisCohortStore.js';
import { RedisDocStorage } from './RedisDocStorage.js';
import { RedisProgrammeStore } from './RedisProgrammeStore.js';
import { RedisPubSub } from './RedisPubSub.js';
import { RedisSessionStore } from './RedisSessionStore.js';
import { RedisVersionStore } from './RedisVersionStore.js';

/** Storage and pub/sub on one Redis, and whether that Redis is usable right now. */
export interface RedisBackend {
	storage: Storage & { docs: RedisDocStorage };
	pubsub: RedisPubSub;
	/** The connection, for tests. */
	redis: Redis;
	/** socket.io's Redis adapter, on two connections of its own. */
	sessionAdapter: SessionAdapter;
	/** `lagMs`: how long the oldest update Redis has not acknowledged has waited (0: none). */
	health(): {
		redis: string;
		pendingUpdates: number;
		pendingBytes: number;
		lagMs: number;
		ok: boolean;
	};
}

const CONNECT_TIMEOUT_MS = 10_000;
const DRAIN_TIMEOUT_MS = 5_000;

/** Closes a connection after its pending replies, or at once when that takes too long. */
async function quitWithin(client: Redis, timeoutMs: number): Promise<void> {
	const timer = setTimeout(() => client.disconnect(), timeoutMs);
	// A round trip first, so replies to commands already sent (socket.io's unsubscribes) arrive.
	await client.ping().catch(() => undefined);
	await client.quit().catch(() => client.disconnect());
	clearTimeout(timer);
}

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
	const adapterPub = redis.duplicate({ enableOfflineQueue: true });
	const adapterSub = redis.duplicate({ enableOfflineQueue: true });
	for (const client of [adapterPub, adapterSub]) {
		client.on('error', (error: Error) =>
			log.debug({ err: error }, 'Redis adapter connection error'),
		);
	}
	return {
		redis,
		pubsub,
		sessionAdapter: createAdapter(adapterPub, adapterSub),
		storage: {
			docs,
			boards: new RedisBoardCatalog(redis),
			sessions: new RedisSessionStore(redis),
			versions: new RedisVersionStore(redis),
			cohorts: new RedisCohortStore(redis),
			programmes: new RedisProgrammeStore(redis),
			close: async () => {
				await drainWithin(docs, DRAIN_TIMEOUT_MS, log);
				await pubsub.close();
				await Promise.all([adapterPub, adapterSub].map((client) => quitWithin(client, 1000)));
				redis.disconnect();
			},
		},
		health: () => {
			const pending = docs.pending;
			return {
				redis: redis.status,
				pendingUpdates: pending.updates,
				pendingBytes: pending.bytes,
				lagMs: docs.lagMs,
				ok: redis.status === 'ready' && !pending.failing && pubsub.ready,
			};
		},
	};
}
