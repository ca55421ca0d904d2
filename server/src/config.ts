import path from 'node:path';
import { z } from 'zod';
import { originOf } from './realtime/connectionGuard.js';

/** Everything the server can be configured with. Only `main.ts` reads the environment. */
export interface Config {
	port: number;
	host: string;
	dataDir: string;
	/** HMAC secret for tokens; when absent one is generated once and kept in `dataDir`. */
	secret: string | undefined;
	/** Absolute base for links in API answers, e.g. `https://groundwork.example.org`. */
	publicUrl: string | undefined;
	/** When set, creating or importing a board needs `Authorization: Bearer <createToken>`. [H9] */
	createToken: string | undefined;
	/**
	 * Origins (`https://host[:port]`) browsers may open sync and socket.io connections from;
	 * when absent, the request's own host and `publicUrl`. [W7]
	 */
	allowedOrigins: string[] | undefined;
	/** Express's `trust proxy`: whose `X-Forwarded-For` gives the client's address. */
	trustProxy: string | number;
	/** Boards created or imported per client address and 10 minutes (0: no limit). [W7] */
	rateLimitBoardsPer10Min: number;
	/** HTTP API requests per client address and minute (0: no limit). [W7] */
	rateLimitApiPerMin: number;
	/** New sync and socket.io connections per client address and minute (0: no limit). [W7] */
	rateLimitConnectionsPerMin: number;
	/** Sync messages one connection may send per second (twice that at once; 0: no limit). [W7] */
	rateLimitSyncMessagesPerSec: number;
	/** Sync bytes one connection may send per second (0: no limit). [W7] */
	rateLimitSyncBytesPerSec: number;
	/** Folder with the built client; not served when absent. */
	clientDir: string | undefined;
	idleEvictMs: number;
	tokenTtlMs: number;
	maxMessageBytes: number;
	maxBufferedBytes: number;
	/** Largest a board's encoded document may grow; an update beyond it is refused. [W6] */
	maxDocBytes: number;
	compactEveryUpdates: number;
	heartbeatMs: number;
	logLevel: string;
	/** Redis for storage and fan-out; the embedded SQLite store when absent. */
	redisUrl: string | undefined;
	/** Bytes of updates buffered while Redis is unreachable before they are merged. */
	maxPendingBytes: number;
	/** People on an instance not heard from for this long disappear from other instances. */
	presenceTtlMs: number;
	/** A board's version is taken this long after changes begin on it. [V2] */
	versionEveryMs: number;
	/** When set, `GET /metrics` requires `Authorization: Bearer <metricsToken>`. */
	metricsToken: string | undefined;
	/** Registrations of interest per client address and 10 minutes (0: no limit). [G3] */
	rateLimitRegistrationsPer10Min: number;
	/** How long a city's invitation links work from acceptance or re-issue. [G5] */
	invitationTtlMs: number;
	/** Largest uploaded material file of a seminar. [G4] */
	maxMaterialBytes: number;
	/** How often ended seminars are looked for, to save their boards into the history. [G9] */
	seminarArchiveCheckMs: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const envSchema = z.object({
	PORT: z.coerce.number().int().min(0).max(65535).default(8080),
	HOST: z.string().min(1).default('127.0.0.1'),
	DATA_DIR: z.string().min(1).default('./data'),
	SECRET: z.string().min(16, 'SECRET must be at least 16 characters').optional(),
	PUBLIC_URL: z.url().optional(),
	CREATE_TOKEN: z.string().min(8, 'CREATE_TOKEN must be at least 8 characters').optional(),
	ALLOWED_ORIGINS: z
		.string()
		.transform((value, ctx) => {
			const origins = value
				.split(',')
				.map((entry) => entry.trim())
				.filter((entry) => entry !== '');
			const parsed: string[] = [];
			for (const entry of origins) {
				const origin = originOf(entry);
				if (origin) parsed.push(origin);
				else ctx.addIssue({ code: 'custom', message: `not an http(s) origin: ${entry}` });
			}
			return parsed;
		})
		.optional(),
	TRUST_PROXY: z
		.string()
		.regex(/^[\w.:/, -]+$/, 'TRUST_PROXY: a hop count, or names, addresses and subnets')
		.transform((value) => (/^\d+$/.test(value) ? Number(value) : value))
		.default('loopback'),
	RATE_LIMIT_BOARDS_PER_10_MIN: z.coerce.number().int().min(0).default(20),
	RATE_LIMIT_API_PER_MIN: z.coerce.number().int().min(0).default(1200),
	RATE_LIMIT_CONNECTIONS_PER_MIN: z.coerce.number().int().min(0).default(300),
	RATE_LIMIT_SYNC_MESSAGES_PER_SEC: z.coerce.number().int().min(0).default(200),
	RATE_LIMIT_SYNC_BYTES_PER_SEC: z.coerce
		.number()
		.int()
		.min(0)
		.default(1024 * 1024),
	CLIENT_DIR: z.string().min(1).optional(),
	IDLE_EVICT_MS: z.coerce.number().int().min(0).default(30_000),
	TOKEN_TTL_DAYS: z.coerce.number().positive().default(365),
	MAX_MESSAGE_BYTES: z.coerce
		.number()
		.int()
		.min(1024)
		.default(16 * 1024 * 1024),
	MAX_BUFFERED_BYTES: z.coerce
		.number()
		.int()
		.min(1024)
		.default(32 * 1024 * 1024),
	MAX_DOC_BYTES: z.coerce
		.number()
		.int()
		.min(64 * 1024)
		.default(20 * 1024 * 1024),
	COMPACT_EVERY_UPDATES: z.coerce.number().int().min(1).default(500),
	HEARTBEAT_MS: z.coerce.number().int().min(1000).default(30_000),
	REDIS_URL: z
		.string()
		.regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://')
		.optional(),
	PRESENCE_TTL_MS: z.coerce.number().int().min(300).max(30_000).default(15_000),
	MAX_PENDING_BYTES: z.coerce
		.number()
		.int()
		.min(1024)
		.default(64 * 1024 * 1024),
	VERSION_EVERY_MINUTES: z.coerce
		.number()
		.positive()
		.max(24 * 60)
		.default(5),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
	RATE_LIMIT_REGISTRATIONS_PER_10_MIN: z.coerce.number().int().min(0).default(10),
	INVITATION_TTL_DAYS: z.coerce.number().positive().default(180),
	MAX_MATERIAL_BYTES: z.coerce
		.number()
		.int()
		.min(1024)
		.default(10 * 1024 * 1024),
	SEMINAR_ARCHIVE_CHECK_SECONDS: z.coerce.number().positive().default(60),
});

/**
 * Defaults for tests and embedding: everything in memory-friendly, fast settings. Rate limits
 * are off (0): tests drive many clients from one address, and turn on the limits they test.
 */
export function defaultConfig(overrides: Partial<Config> = {}): Config {
	return {
		port: 0,
		host: '127.0.0.1',
		dataDir: './data',
		secret: undefined,
		publicUrl: undefined,
		createToken: undefined,
		allowedOrigins: undefined,
		trustProxy: 'loopback',
		rateLimitBoardsPer10Min: 0,
		rateLimitApiPerMin: 0,
		rateLimitConnectionsPerMin: 0,
		rateLimitSyncMessagesPerSec: 0,
		rateLimitSyncBytesPerSec: 0,
		clientDir: undefined,
		idleEvictMs: 30_000,
		tokenTtlMs: 365 * DAY_MS,
		maxMessageBytes: 16 * 1024 * 1024,
		maxBufferedBytes: 32 * 1024 * 1024,
		maxDocBytes: 20 * 1024 * 1024,
		compactEveryUpdates: 500,
		heartbeatMs: 30_000,
		logLevel: 'silent',
		redisUrl: undefined,
		maxPendingBytes: 64 * 1024 * 1024,
		presenceTtlMs: 15_000,
		versionEveryMs: 5 * 60_000,
		metricsToken: undefined,
		rateLimitRegistrationsPer10Min: 0,
		invitationTtlMs: 180 * DAY_MS,
		maxMaterialBytes: 10 * 1024 * 1024,
		seminarArchiveCheckMs: 60_000,
		...overrides,
	};
}

/**
 * Reads the configuration from environment variables (see the README's table) and throws a
 * readable error naming every bad variable. `defaultClientDir` is used when CLIENT_DIR is unset.
 */
export function loadConfig(env: NodeJS.ProcessEnv, defaultClientDir?: string): Config {
	// An empty variable (`PORT=`) means unset, never 0 or ''.
	const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
	const result = envSchema.safeParse(given);
	if (!result.success) {
		throw new Error(`Invalid configuration:\n${z.prettifyError(result.error)}`);
	}
	const e = result.data;
	return {
		port: e.PORT,
		host: e.HOST,
		dataDir: path.resolve(e.DATA_DIR),
		secret: e.SECRET,
		publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
		createToken: e.CREATE_TOKEN,
		allowedOrigins: e.ALLOWED_ORIGINS,
		trustProxy: e.TRUST_PROXY,
		rateLimitBoardsPer10Min: e.RATE_LIMIT_BOARDS_PER_10_MIN,
		rateLimitApiPerMin: e.RATE_LIMIT_API_PER_MIN,
		rateLimitConnectionsPerMin: e.RATE_LIMIT_CONNECTIONS_PER_MIN,
		rateLimitSyncMessagesPerSec: e.RATE_LIMIT_SYNC_MESSAGES_PER_SEC,
		rateLimitSyncBytesPerSec: e.RATE_LIMIT_SYNC_BYTES_PER_SEC,
		clientDir: e.CLIENT_DIR ? path.resolve(e.CLIENT_DIR) : defaultClientDir,
		idleEvictMs: e.IDLE_EVICT_MS,
		tokenTtlMs: e.TOKEN_TTL_DAYS * DAY_MS,
		maxMessageBytes: e.MAX_MESSAGE_BYTES,
		maxBufferedBytes: e.MAX_BUFFERED_BYTES,
		maxDocBytes: e.MAX_DOC_BYTES,
		compactEveryUpdates: e.COMPACT_EVERY_UPDATES,
		heartbeatMs: e.HEARTBEAT_MS,
		logLevel: e.LOG_LEVEL,
		redisUrl: e.REDIS_URL,
		maxPendingBytes: e.MAX_PENDING_BYTES,
		presenceTtlMs: e.PRESENCE_TTL_MS,
		versionEveryMs: e.VERSION_EVERY_MINUTES * 60_000,
		metricsToken: e.METRICS_TOKEN,
		rateLimitRegistrationsPer10Min: e.RATE_LIMIT_REGISTRATIONS_PER_10_MIN,
		invitationTtlMs: e.INVITATION_TTL_DAYS * DAY_MS,
		maxMaterialBytes: e.MAX_MATERIAL_BYTES,
		seminarArchiveCheckMs: e.SEMINAR_ARCHIVE_CHECK_SECONDS * 1000,
	};
}
