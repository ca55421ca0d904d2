import { parseArgs } from 'node:util';

/** How the server is started: the built `server/dist`, `server/src` through tsx, or either. */
export type ServerSource = 'dist' | 'source' | 'auto';

/** What one soak run does; everything in milliseconds. */
export interface SoakPlan {
	durationMs: number;
	/** When the warm-up memory sample is taken (with clients connected and boards loaded). */
	warmUpMs: number;
	/** Boards at the start (each with one writer that stays connected all along). */
	boards: number;
	/** Churning clients connected at any time (they join, edit, leave, come back elsewhere). */
	clients: number;
	/** A new board is created this often. */
	newBoardEveryMs: number;
	/** IDLE_EVICT_MS of the server: empty boards leave memory this soon. */
	idleEvictMs: number;
	seed: number;
	server: ServerSource;
	/** A JSON report is written here when set. */
	out: string | undefined;
}

const USAGE =
	'Usage: npm run soak -- [--minutes N | --seconds N] [--boards N] [--clients N] ' +
	'[--seed N] [--server auto|dist|source] [--out file.json]';

function positive(name: string, value: string | undefined, fallback: number): number {
	if (value === undefined) return fallback;
	const number = Number(value);
	if (!Number.isFinite(number) || number <= 0)
		throw new Error(`--${name} must be a positive number`);
	return number;
}

/** Reads the command line (`--minutes 10` by default). Throws a readable error with the usage. */
export function parseSoakArgs(argv: readonly string[]): SoakPlan {
	let values;
	try {
		({ values } = parseArgs({
			args: [...argv],
			options: {
				minutes: { type: 'string' },
				seconds: { type: 'string' },
				boards: { type: 'string' },
				clients: { type: 'string' },
				seed: { type: 'string' },
				server: { type: 'string', default: 'auto' },
				out: { type: 'string' },
			},
		}));
	} catch (error) {
		throw new Error(`${(error as Error).message}\n${USAGE}`, { cause: error });
	}
	if (values.minutes !== undefined && values.seconds !== undefined) {
		throw new Error(`Give --minutes or --seconds, not both.\n${USAGE}`);
	}
	const durationMs =
		values.seconds !== undefined
			? positive('seconds', values.seconds, 600) * 1000
			: positive('minutes', values.minutes, 10) * 60_000;
	if (durationMs < 20_000) throw new Error(`A soak lasts at least 20 seconds.\n${USAGE}`);
	const server = values.server as ServerSource;
	if (!['auto', 'dist', 'source'].includes(server)) {
		throw new Error(`--server is auto, dist or source.\n${USAGE}`);
	}
	return {
		durationMs,
		// A fifth of the run, between 10 s and 2 minutes: JIT, caches and pools have settled.
		warmUpMs: Math.min(120_000, Math.max(10_000, durationMs / 5)),
		boards: Math.round(positive('boards', values.boards, 4)),
		clients: Math.round(positive('clients', values.clients, 10)),
		// About eight new boards per run, at most one every 10 s.
		newBoardEveryMs: Math.max(10_000, durationMs / 8),
		idleEvictMs: 2_000,
		seed: Math.round(positive('seed', values.seed, (Date.now() % 1e9) + 1)),
		server,
		out: values.out,
	};
}

/** mulberry32: a small seeded PRNG, so a run's choices can be replayed with `--seed`. */
export function createRandom(seed: number) {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		bool: (p = 0.5): boolean => next() < p,
		pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!,
	};
}
export type Random = ReturnType<typeof createRandom>;
