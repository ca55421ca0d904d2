import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BoardCreated } from '@groundwork/protocol';
import { heapUsedAfterGc } from '../inspector.js';
import { freePort, root } from '../servers.js';
import type { ServerSource } from './plan.js';

const DIST = path.join(root, 'server/dist/main.js');
const SOURCE = path.join(root, 'server/src/main.ts');
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;

/** The newest modification time of the `.ts` files (tests excepted) under `dir`. */
function newestSource(dir: string): number {
	let newest = 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
		newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
	}
	return newest;
}

const mtime = (file: string): number => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

/**
 * Which server to run: `dist` when asked, or (`auto`) when `server/dist` and `protocol/dist` are
 * built and newer than their sources; otherwise `server/src` through tsx, as the tests run it.
 * The soak never builds (use `npm run build` first to soak the built server).
 */
export function chooseServer(wanted: ServerSource): { kind: 'dist' | 'source'; why: string } {
	if (wanted === 'source') return { kind: 'source', why: '--server source' };
	const built = fs.existsSync(DIST);
	if (wanted === 'dist') {
		if (!built) throw new Error('--server dist: server/dist/main.js is missing (npm run build)');
		return { kind: 'dist', why: '--server dist' };
	}
	if (!built) return { kind: 'source', why: 'server/dist is not built' };
	const fresh =
		mtime(DIST) >= newestSource(path.join(root, 'server/src')) &&
		mtime(path.join(root, 'protocol/dist/index.js')) >=
			newestSource(path.join(root, 'protocol/src'));
	return fresh
		? { kind: 'dist', why: 'server/dist is up to date' }
		: { kind: 'source', why: 'server/dist is older than the sources' };
}

/** The server under soak: a child process with the inspector on loopback (for forced GCs). */
export interface SoakServer {
	readonly pid: number;
	port: number;
	httpUrl: string;
	syncUrl: string;
	kind: 'dist' | 'source';
	/** Log lines at level error or fatal (pino's JSON on stdout), and anything on stderr. */
	errors: string[];
	/** Resolves with the exit code once the process exits. */
	exited: Promise<number | null>;
	createBoard(title: string): Promise<BoardCreated>;
	/** `/healthz`: `boardsInMemory` and `memory: { heapUsed, rss }`. */
	health(): Promise<{ boardsInMemory: number; memory: { heapUsed: number; rss: number } }>;
	/** V8's used heap after two forced full GCs, in bytes. */
	heapAfterGc(): Promise<number>;
	/** SIGTERM, then SIGKILL after a while; resolves with the exit code (null when killed). */
	stop(): Promise<number | null>;
	/** SIGKILL at once (when the soak itself is interrupted). */
	kill(): void;
}

/** Starts the server on a free port with a fresh data folder and a short `IDLE_EVICT_MS`. */
export async function startSoakServer(options: {
	kind: 'dist' | 'source';
	idleEvictMs: number;
}): Promise<SoakServer> {
	const port = await freePort();
	const inspectPort = await freePort();
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-soak-'));
	const script =
		options.kind === 'dist' ? [DIST] : ['--conditions=source', '--import', 'tsx', SOURCE];
	const child: ChildProcess = spawn(
		process.execPath,
		[`--inspect=127.0.0.1:${inspectPort}`, ...script],
		{
			cwd: root,
			env: {
				PATH: process.env['PATH'],
				HOME: process.env['HOME'],
				HOST: '127.0.0.1',
				PORT: String(port),
				DATA_DIR: dataDir,
				LOG_LEVEL: 'warn',
				IDLE_EVICT_MS: String(options.idleEvictMs),
				// Compaction and versions happen often, so the soak goes through them many times.
				COMPACT_EVERY_UPDATES: '100',
				VERSION_EVERY_MINUTES: '1',
				CLIENT_DIR: path.join(dataDir, 'no-client'),
				// Dozens of people from one address: no per-address limits. The per-connection sync
				// limits stay at their defaults, which a real client's pace must stay under.
				RATE_LIMIT_BOARDS_PER_10_MIN: '0',
				RATE_LIMIT_API_PER_MIN: '0',
				RATE_LIMIT_CONNECTIONS_PER_MIN: '0',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	const errors: string[] = [];
	const exited = new Promise<number | null>((resolve) =>
		child.once('exit', (code) => resolve(code)),
	);
	let stdout = '';
	const ready = new Promise<void>((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error('the server was not ready in time')),
			READY_TIMEOUT_MS,
		);
		void exited.then((code) => {
			clearTimeout(timer);
			reject(new Error(`the server exited (${code}) before listening:\n${stdout.slice(-4000)}`));
		});
		child.stdout!.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
			for (;;) {
				const end = stdout.indexOf('\n');
				if (end < 0) break;
				const line = stdout.slice(0, end);
				stdout = stdout.slice(end + 1);
				if (line.includes('Groundwork is running at')) {
					clearTimeout(timer);
					resolve();
				}
				if (line.startsWith('{')) {
					try {
						if ((JSON.parse(line) as { level?: number }).level! >= 50) errors.push(line);
					} catch {
						// Not a log line.
					}
				}
			}
		});
	});
	child.stderr!.on('data', (chunk: Buffer) => {
		const text = chunk.toString().trim();
		// The inspector announces itself on stderr; that is not an error.
		if (
			text &&
			!/Debugger listening|For help, see|Debugger attached|Waiting for the debugger/.test(text)
		) {
			errors.push(text);
		}
	});
	const kill = (): void => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
	};
	process.once('exit', kill);
	try {
		await ready;
	} catch (error) {
		kill();
		fs.rmSync(dataDir, { recursive: true, force: true });
		throw error;
	}
	const httpUrl = `http://127.0.0.1:${port}`;
	return {
		pid: child.pid!,
		port,
		httpUrl,
		syncUrl: `ws://127.0.0.1:${port}/sync`,
		kind: options.kind,
		errors,
		exited,
		async createBoard(title) {
			const response = await fetch(`${httpUrl}/api/boards`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ title, template: 'netzero-roadmap' }),
			});
			if (response.status !== 201) {
				throw new Error(`POST /api/boards: ${response.status} ${await response.text()}`);
			}
			return (await response.json()) as BoardCreated;
		},
		async health() {
			const response = await fetch(`${httpUrl}/healthz`, { signal: AbortSignal.timeout(5_000) });
			if (!response.ok) throw new Error(`/healthz: ${response.status}`);
			return (await response.json()) as Awaited<ReturnType<SoakServer['health']>>;
		},
		heapAfterGc: () => heapUsedAfterGc(inspectPort),
		async stop() {
			if (child.exitCode === null && child.signalCode === null) {
				const timer = setTimeout(kill, STOP_TIMEOUT_MS);
				child.kill('SIGTERM');
				await exited;
				clearTimeout(timer);
			}
			fs.rmSync(dataDir, { recursive: true, force: true });
			return exited;
		},
		kill,
	};
}
