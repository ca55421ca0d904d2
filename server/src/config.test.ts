import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, loadConfig } from './config.js';

const DAY_MS = 24 * 60 * 60 * 1000;

function errorOf(run: () => unknown): Error {
	let caught: unknown;
	try {
		run();
	} catch (error) {
		caught = error;
	}
	expect(caught).toBeInstanceOf(Error);
	return caught as Error;
}

describe('loadConfig', () => {
	it('gives the documented defaults for an empty environment', () => {
		expect(loadConfig({})).toEqual({
			port: 8080,
			host: '127.0.0.1',
			dataDir: path.resolve('./data'),
			secret: undefined,
			publicUrl: undefined,
			createToken: undefined,
			allowedOrigins: undefined,
			trustProxy: 'loopback',
			rateLimitBoardsPer10Min: 20,
			rateLimitApiPerMin: 1200,
			rateLimitConnectionsPerMin: 300,
			rateLimitSyncMessagesPerSec: 200,
			rateLimitSyncBytesPerSec: 1024 * 1024,
			clientDir: undefined,
			idleEvictMs: 30_000,
			tokenTtlMs: 365 * DAY_MS,
			maxMessageBytes: 16 * 1024 * 1024,
			maxBufferedBytes: 32 * 1024 * 1024,
			maxDocBytes: 20 * 1024 * 1024,
			compactEveryUpdates: 500,
			heartbeatMs: 30_000,
			logLevel: 'info',
			redisUrl: undefined,
			maxPendingBytes: 64 * 1024 * 1024,
			presenceTtlMs: 15_000,
			versionEveryMs: 300_000,
			metricsToken: undefined,
			rateLimitRegistrationsPer10Min: 10,
			invitationTtlMs: 180 * DAY_MS,
			maxMaterialBytes: 10 * 1024 * 1024,
			seminarArchiveCheckMs: 60_000,
		});
	});

	it('uses the default client directory only when CLIENT_DIR is unset', () => {
		expect(loadConfig({}, '/srv/client').clientDir).toBe('/srv/client');
		expect(loadConfig({ CLIENT_DIR: 'public' }, '/srv/client').clientDir).toBe(
			path.resolve('public'),
		);
	});

	it('reads every variable', () => {
		const config = loadConfig({
			PORT: '3000',
			HOST: '0.0.0.0',
			DATA_DIR: '/var/lib/groundwork',
			SECRET: 's'.repeat(16),
			PUBLIC_URL: 'https://groundwork.example.org/',
			CREATE_TOKEN: 'c'.repeat(12),
			ALLOWED_ORIGINS: 'https://groundwork.example.org, http://LOCALHOST:5173/',
			TRUST_PROXY: '1',
			RATE_LIMIT_BOARDS_PER_10_MIN: '2',
			RATE_LIMIT_API_PER_MIN: '0',
			RATE_LIMIT_CONNECTIONS_PER_MIN: '3',
			RATE_LIMIT_SYNC_MESSAGES_PER_SEC: '4',
			RATE_LIMIT_SYNC_BYTES_PER_SEC: '5000',
			CLIENT_DIR: '/srv/client',
			IDLE_EVICT_MS: '0',
			TOKEN_TTL_DAYS: '0.5',
			MAX_MESSAGE_BYTES: '1024',
			MAX_BUFFERED_BYTES: '2048',
			MAX_DOC_BYTES: '100000',
			COMPACT_EVERY_UPDATES: '1',
			HEARTBEAT_MS: '1000',
			LOG_LEVEL: 'debug',
			REDIS_URL: 'redis://127.0.0.1:6390/2',
			MAX_PENDING_BYTES: '4096',
			PRESENCE_TTL_MS: '3000',
			VERSION_EVERY_MINUTES: '2',
			METRICS_TOKEN: 'm'.repeat(16),
			RATE_LIMIT_REGISTRATIONS_PER_10_MIN: '6',
			INVITATION_TTL_DAYS: '30',
			MAX_MATERIAL_BYTES: '2048',
			SEMINAR_ARCHIVE_CHECK_SECONDS: '5',
		});
		expect(config).toEqual({
			port: 3000,
			host: '0.0.0.0',
			dataDir: '/var/lib/groundwork',
			secret: 's'.repeat(16),
			publicUrl: 'https://groundwork.example.org',
			createToken: 'c'.repeat(12),
			allowedOrigins: ['https://groundwork.example.org', 'http://localhost:5173'],
			trustProxy: 1,
			rateLimitBoardsPer10Min: 2,
			rateLimitApiPerMin: 0,
			rateLimitConnectionsPerMin: 3,
			rateLimitSyncMessagesPerSec: 4,
			rateLimitSyncBytesPerSec: 5000,
			clientDir: '/srv/client',
			idleEvictMs: 0,
			tokenTtlMs: DAY_MS / 2,
			maxMessageBytes: 1024,
			maxBufferedBytes: 2048,
			maxDocBytes: 100_000,
			compactEveryUpdates: 1,
			heartbeatMs: 1000,
			logLevel: 'debug',
			redisUrl: 'redis://127.0.0.1:6390/2',
			maxPendingBytes: 4096,
			presenceTtlMs: 3000,
			versionEveryMs: 120_000,
			metricsToken: 'm'.repeat(16),
			rateLimitRegistrationsPer10Min: 6,
			invitationTtlMs: 30 * DAY_MS,
			maxMaterialBytes: 2048,
			seminarArchiveCheckMs: 5000,
		});
	});

	it('resolves a relative DATA_DIR and strips trailing slashes from PUBLIC_URL', () => {
		const config = loadConfig({ DATA_DIR: 'tmp/data', PUBLIC_URL: 'http://localhost:8080///' });
		expect(config.dataDir).toBe(path.resolve('tmp/data'));
		expect(path.isAbsolute(config.dataDir)).toBe(true);
		expect(config.publicUrl).toBe('http://localhost:8080');
	});

	it('ignores unrelated environment variables', () => {
		expect(loadConfig({ HOME: '/root', PATH: '/usr/bin', NODE_ENV: 'test' })).toEqual(
			loadConfig({}),
		);
	});

	it.each([
		['PORT', 'abc'],
		['PORT', '70000'],
		['PORT', '-1'],
		['PORT', '80.5'],
		['SECRET', 'too-short'],
		['PUBLIC_URL', 'not a url'],
		['IDLE_EVICT_MS', '-5'],
		['TOKEN_TTL_DAYS', '0'],
		['MAX_MESSAGE_BYTES', '100'],
		['MAX_DOC_BYTES', '1000'],
		['COMPACT_EVERY_UPDATES', '0'],
		['HEARTBEAT_MS', '10'],
		['LOG_LEVEL', 'loud'],
		['REDIS_URL', 'localhost:6379'],
		['CREATE_TOKEN', 'short'],
		['ALLOWED_ORIGINS', 'https://ok.example.org,ftp://files.example.org'],
		['ALLOWED_ORIGINS', 'not an origin'],
		['TRUST_PROXY', 'loopback; rm'],
		['RATE_LIMIT_BOARDS_PER_10_MIN', '-1'],
		['RATE_LIMIT_SYNC_BYTES_PER_SEC', '1.5'],
		['METRICS_TOKEN', 'short'],
		['RATE_LIMIT_REGISTRATIONS_PER_10_MIN', 'many'],
		['INVITATION_TTL_DAYS', '0'],
		['MAX_MATERIAL_BYTES', '10'],
		['SEMINAR_ARCHIVE_CHECK_SECONDS', '-1'],
	])('refuses %s=%j with an error naming the variable', (name, value) => {
		const error = errorOf(() => loadConfig({ [name]: value }));
		expect(error.message).toMatch(/Invalid configuration/);
		expect(error.message).toContain(name);
	});

	it('treats an empty variable as unset, never as 0 or an empty string', () => {
		expect(loadConfig({ PORT: '', IDLE_EVICT_MS: '', HOST: '', SECRET: '' })).toEqual(
			loadConfig({}),
		);
	});

	it('names every bad variable at once', () => {
		const error = errorOf(() =>
			loadConfig({ PORT: 'abc', SECRET: 'short', PUBLIC_URL: 'nope', HOST: 'ok' }),
		);
		for (const name of ['PORT', 'SECRET', 'PUBLIC_URL']) expect(error.message).toContain(name);
		expect(error.message).not.toContain('HOST');
	});
});

describe('defaultConfig', () => {
	it('gives quiet settings on an ephemeral port, with overrides applied', () => {
		const config = defaultConfig({ idleEvictMs: 5 });
		expect(config.port).toBe(0);
		expect(config.logLevel).toBe('silent');
		expect(config.idleEvictMs).toBe(5);
		expect(config.secret).toBeUndefined();
	});

	it('turns every rate limit off and asks for no creation code', () => {
		const config = defaultConfig();
		expect(config.createToken).toBeUndefined();
		expect(config.allowedOrigins).toBeUndefined();
		expect(config.trustProxy).toBe('loopback');
		expect([
			config.rateLimitBoardsPer10Min,
			config.rateLimitApiPerMin,
			config.rateLimitConnectionsPerMin,
			config.rateLimitSyncMessagesPerSec,
			config.rateLimitSyncBytesPerSec,
		]).toEqual([0, 0, 0, 0, 0]);
	});
});
