import { pino } from 'pino';
import { createRedisBackend, type RedisBackend } from '../../src/redis/createRedisBackend.js';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { waitFor } from './waitFor.js';

/** A Redis for tests: our own `redis-server` on a free port, or the one at REDIS_URL. */
export interface TestRedis {
	url: string;
	/** A key prefix unique to this test run, so runs never share data on one Redis. */
	keyPrefix: string;
	/** Stops the server (own servers only); `SIGKILL` simulates a crash. */
	stop(signal?: NodeJS.Signals): Promise<void>;
	/** Starts it again on the same port and data dir (own servers only). */
	restart(): Promise<void>;
	/** Deletes this run's keys and stops an own server. */
	close(): Promise<void>;
}

function findRedisServer(): string {
	for (const candidate of ['/usr/bin/redis-server', '/usr/local/bin/redis-server']) {
		if (fs.existsSync(candidate)) return candidate;
	}
	const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
	if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
	throw new Error(
		'redis-server was not found. Install it with `apt-get install -y redis-server` ' +
			'(npm test does this when run as root), or set REDIS_URL to a Redis the tests may use.',
	);
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
	});
}

async function ping(url: string): Promise<boolean> {
	const client = new Redis(url, {
		lazyConnect: true,
		maxRetriesPerRequest: 0,
		retryStrategy: () => null,
	});
	client.on('error', () => {});
	try {
		await client.connect();
		return (await client.ping()) === 'PONG';
	} catch {
		return false;
	} finally {
		client.disconnect();
	}
}

async function deleteKeys(url: string, prefix: string): Promise<void> {
	const client = new Redis(url, { maxRetriesPerRequest: 1 });
	try {
		let cursor = '0';
		do {
			const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
			if (keys.length > 0) await client.del(...keys);
			cursor = next;
		} while (cursor !== '0');
	} finally {
		client.disconnect();
	}
}

/**
 * A Redis for one test file. Uses REDIS_URL when set and `own` is false; otherwise starts
 * `redis-server` on a free port (append-only file on, fsync always, when `appendOnly`).
 */
export async function startTestRedis(
	options: { own?: boolean; appendOnly?: boolean } = {},
): Promise<TestRedis> {
	const keyPrefix = `test-${randomBytes(4).toString('hex')}:`;
	const external = process.env['REDIS_URL'];
	if (external && !options.own) {
		return {
			url: external,
			keyPrefix,
			stop: () => Promise.reject(new Error('cannot stop the Redis at REDIS_URL')),
			restart: () => Promise.reject(new Error('cannot restart the Redis at REDIS_URL')),
			close: () => deleteKeys(external, keyPrefix),
		};
	}
	const binary = findRedisServer();
	const port = await freePort();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-redis-'));
	const url = `redis://127.0.0.1:${port}`;
	const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''];
	args.push(
		...(options.appendOnly
			? ['--appendonly', 'yes', '--appendfsync', 'always']
			: ['--appendonly', 'no']),
	);
	let child: ChildProcess | undefined;
	const start = async () => {
		child = spawn(binary, args, { stdio: 'ignore' });
		await waitFor(() => ping(url), { timeoutMs: 10_000, message: `redis-server on port ${port}` });
	};
	const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
		const running = child;
		if (!running || running.exitCode !== null) return;
		const exited = new Promise((resolve) => running.once('exit', resolve));
		running.kill(signal);
		await exited;
	};
	await start();
	return {
		url,
		keyPrefix,
		stop,
		restart: start,
		close: async () => {
			await stop('SIGKILL');
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}

/**
 * A Redis backend (storage, pub/sub, socket.io adapter) on the test Redis, under its key prefix:
 * what one server instance of a multi-instance test runs on.
 */
export function connectBackend(redis: TestRedis): Promise<RedisBackend> {
	return createRedisBackend({
		url: redis.url,
		log: pino({ level: 'silent' }),
		maxPendingBytes: 1 << 20,
		redisOptions: { keyPrefix: redis.keyPrefix },
	});
}
