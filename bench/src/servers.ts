import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BoardCreated } from '@groundwork/protocol';
import { heapUsedAfterGc } from './inspector.js';
import { cpuSeconds } from './procStats.js';

/** Which server a run measures. */
export const MODES = ['embedded', 'redis', 'stock'] as const;
export type Mode = (typeof MODES)[number];

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OURS = path.join(root, 'server/dist/main.js');
const STOCK = path.join(root, 'node_modules/@y/websocket-server/src/server.js');
const READY_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 15_000;

/** A board to connect to: the WebSocket URL (with a participant token for ours). */
export interface BoardRef {
	id: string;
	url: string;
}

/** A server running in a child process. */
export interface ServerHandle {
	mode: Mode;
	readonly pid: number;
	port: number;
	/** CPU seconds used so far: the Node process, plus redis-server in Redis mode. */
	cpuSeconds(): number;
	dataDir: string;
	newBoard(title?: string): Promise<BoardRef>;
	/** `/healthz` as JSON for ours; undefined for the stock server. */
	health(): Promise<Record<string, unknown> | undefined>;
	/** V8 heap in use after a forced full GC (needs `inspect: true`), in bytes. */
	heapAfterGc(): Promise<number>;
	/** Stops the process and starts a new one on the same port and data folder. */
	restart(): Promise<void>;
	stop(): Promise<void>;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
	});
}

/** Every child process started and not yet exited, so an aborted run can end them. */
const live = new Set<ChildProcess>();

function track(child: ChildProcess): ChildProcess {
	live.add(child);
	child.once('exit', () => live.delete(child));
	return child;
}

/** Kills every child still running (used when the bench itself is stopped). */
export function killChildren(): void {
	for (const child of live) child.kill('SIGKILL');
}

/** Spawns `node <script>` and resolves once a stdout line matches `ready`. */
function spawnNode(
	script: string,
	env: NodeJS.ProcessEnv,
	ready: RegExp,
	nodeArgs: string[],
): Promise<ChildProcess> {
	const child = track(
		spawn(process.execPath, [...nodeArgs, script], {
			cwd: root,
			env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		}),
	);
	let stderr = '';
	child.stderr!.on('data', (chunk: Buffer) => {
		stderr = (stderr + chunk.toString()).slice(-4000);
	});
	return new Promise((resolve, reject) => {
		let stdout = '';
		const fail = (why: string): void => {
			clearTimeout(timer);
			child.kill('SIGKILL');
			reject(new Error(`${path.basename(script)} ${why}\n${stderr}`));
		};
		const timer = setTimeout(() => fail('was not ready in time'), READY_TIMEOUT_MS);
		const onExit = (code: number | null): void => fail(`exited with ${code}`);
		child.once('exit', onExit);
		child.stdout!.on('data', (chunk: Buffer) => {
			stdout = (stdout + chunk.toString()).slice(-4000);
			if (ready.test(stdout)) {
				clearTimeout(timer);
				child.off('exit', onExit);
				child.stdout!.removeAllListeners('data');
				child.stdout!.resume();
				resolve(child);
			}
		});
	});
}

/** Sends SIGTERM and waits for the exit; SIGKILL after a while. */
function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
		child.once('exit', () => {
			clearTimeout(timer);
			resolve();
		});
		child.kill('SIGTERM');
	});
}

export interface StartOptions {
	idleEvictMs?: number;
	/** For the Redis mode. */
	redisUrl?: string;
	/** Other processes whose CPU counts as the server's (redis-server in Redis mode). */
	extraPids?: number[];
	/** Starts Node with the inspector on loopback, for `heapAfterGc()`. */
	inspect?: boolean;
}

/** Starts our server (embedded or Redis mode) or the stock one, on a fresh port and data folder. */
export async function startServer(mode: Mode, options: StartOptions = {}): Promise<ServerHandle> {
	const port = await freePort();
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `gw-bench-${mode}-`));
	const base = `http://127.0.0.1:${port}`;
	const env: NodeJS.ProcessEnv =
		mode === 'stock'
			? { HOST: '127.0.0.1', PORT: String(port) }
			: {
					HOST: '127.0.0.1',
					PORT: String(port),
					DATA_DIR: dataDir,
					LOG_LEVEL: 'warn',
					IDLE_EVICT_MS: String(options.idleEvictMs ?? 30_000),
					// Hundreds of clients from one address, as fast as they can: no rate limits
					// (the stock server has none either).
					RATE_LIMIT_BOARDS_PER_10_MIN: '0',
					RATE_LIMIT_API_PER_MIN: '0',
					RATE_LIMIT_CONNECTIONS_PER_MIN: '0',
					RATE_LIMIT_SYNC_MESSAGES_PER_SEC: '0',
					RATE_LIMIT_SYNC_BYTES_PER_SEC: '0',
					...(mode === 'redis' && options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
				};
	const inspectPort = options.inspect ? await freePort() : undefined;
	const nodeArgs = inspectPort ? [`--inspect=127.0.0.1:${inspectPort}`] : [];
	const launch = (): Promise<ChildProcess> =>
		mode === 'stock'
			? spawnNode(STOCK, env, /running at/, nodeArgs)
			: spawnNode(OURS, env, /Groundwork is running at/, nodeArgs);
	let child = await launch();

	return {
		mode,
		port,
		dataDir,
		get pid() {
			return child.pid!;
		},
		cpuSeconds() {
			return [child.pid!, ...(options.extraPids ?? [])].reduce(
				(sum, pid) => sum + cpuSeconds(pid),
				0,
			);
		},
		async newBoard(title = 'Bench board') {
			if (mode === 'stock') {
				const id = `bench-${randomUUID()}`;
				return { id, url: `ws://127.0.0.1:${port}/${id}` };
			}
			const response = await fetch(`${base}/api/boards`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ title, template: 'netzero-roadmap' }),
			});
			if (response.status !== 201) throw new Error(`POST /api/boards: ${response.status}`);
			const board = (await response.json()) as BoardCreated;
			const token = encodeURIComponent(board.tokens.participant);
			return { id: board.id, url: `ws://127.0.0.1:${port}/sync/${board.id}?token=${token}` };
		},
		async health() {
			if (mode === 'stock') return undefined;
			const response = await fetch(`${base}/healthz`);
			return (await response.json()) as Record<string, unknown>;
		},
		async heapAfterGc() {
			if (!inspectPort) throw new Error('started without inspect: true');
			return heapUsedAfterGc(inspectPort);
		},
		async restart() {
			await stopChild(child);
			child = await launch();
		},
		async stop() {
			await stopChild(child);
			fs.rmSync(dataDir, { recursive: true, force: true });
		},
	};
}

/** A redis-server the bench started itself. */
export interface RedisHandle {
	url: string;
	pid: number;
	/** Runs one inline command (e.g. `FLUSHALL`, `INFO clients`) and returns the raw reply. */
	command(line: string): Promise<string>;
	stop(): Promise<void>;
}

/** Starts `redis-server` on a free loopback port without persistence. */
export async function startRedis(): Promise<RedisHandle> {
	const port = await freePort();
	const child = spawn(
		'redis-server',
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
		{ stdio: ['ignore', 'pipe', 'pipe'] },
	);
	track(child);
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('redis-server was not ready in time')), 10_000);
		child.once('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.stdout.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('Ready to accept connections')) {
				clearTimeout(timer);
				child.stdout.resume();
				resolve();
			}
		});
	});
	const command = (line: string): Promise<string> =>
		new Promise((resolve, reject) => {
			const socket = net.connect(port, '127.0.0.1');
			let reply = '';
			const timer = setTimeout(() => socket.destroy(new Error('redis timed out')), 5000);
			socket.on('error', reject);
			socket.on('data', (chunk) => {
				reply += chunk.toString();
				// A status/error line, or a bulk string whose announced length has arrived.
				const bulk = /^\$(\d+)\r\n/.exec(reply);
				const done = bulk
					? reply.length >= bulk[0].length + Number(bulk[1]) + 2
					: reply.endsWith('\r\n');
				if (done) {
					clearTimeout(timer);
					socket.end();
					resolve(reply);
				}
			});
			socket.write(`${line}\r\n`);
		});
	return {
		url: `redis://127.0.0.1:${port}`,
		pid: child.pid!,
		command,
		stop: () => stopChild(child),
	};
}

/** How many clients besides `probe` are connected to Redis (0: the server ignored REDIS_URL). */
export async function redisClients(redis: RedisHandle): Promise<number> {
	const info = await redis.command('INFO clients');
	const match = /connected_clients:(\d+)/.exec(info);
	return match ? Number(match[1]) - 1 : 0;
}
