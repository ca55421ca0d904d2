import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { initialSessionState } from '@groundwork/protocol';
import { createRedisBackend, type RedisBackend } from '../../src/redis/createRedisBackend.js';
import { redisKeys } from '../../src/redis/redisKeys.js';
import { startTestRedis, type TestRedis } from '../support/redisServer.js';
import {
	APPROVED_PUBLISHED,
	cohortStoreContract,
	sampleCohort,
	sampleCopy,
	sampleMember,
	samplePractice,
} from './cohortStore.contract.js';
import { docStorageContract } from './docStorage.contract.js';
import {
	attended,
	materialFile,
	programme,
	programmeStoreContract,
	registration,
	seminar,
} from './programmeStore.contract.js';
import { sessionStoreContract } from './sessionStore.contract.js';
import { versionStoreContract } from './versionStore.contract.js';

let redis: TestRedis;
let run = 0;

beforeAll(async () => {
	redis = await startTestRedis();
});
afterAll(async () => {
	await redis.close();
});

/** A backend on the test Redis; each fixture gets its own keys, as the contracts reuse board ids. */
function connect(keyPrefix = `${redis.keyPrefix}${++run}:`): Promise<RedisBackend> {
	return createRedisBackend({
		url: redis.url,
		log: pino({ level: 'silent' }),
		maxPendingBytes: 1024 * 1024,
		redisOptions: { keyPrefix },
	});
}

docStorageContract('redis', async () => {
	const backend = await connect();
	return { storage: backend.storage, cleanup: () => backend.storage.close() };
});

cohortStoreContract('redis', async () => {
	const keyPrefix = `${redis.keyPrefix}${++run}:`;
	let backend = await connect(keyPrefix);
	return {
		cohorts: backend.storage.cohorts,
		// A new client on the same server and keys: a restarted or second instance.
		reopen: async () => {
			await backend.storage.close();
			backend = await connect(keyPrefix);
			return backend.storage.cohorts;
		},
		cleanup: () => backend.storage.close(),
	};
});

describe('Redis cohort keys', () => {
	let backend: RedisBackend;

	beforeEach(async () => {
		backend = await connect();
	});
	afterEach(async () => {
		await backend.storage.close();
	});

	it("share the cohort's hash tag, and none is left after the cohort is deleted", async () => {
		const { cohorts } = backend.storage;
		await cohorts.createCohort(sampleCohort('cohort-a'));
		await cohorts.putMember('cohort-a', sampleMember('board-0001', 1));
		await cohorts.putPractice(samplePractice('cohort-a', 'p1', 1, APPROVED_PUBLISHED));
		await cohorts.putReplication('cohort-a', 'p1', sampleCopy('board-0002', 'card-9', 1));

		const keys = [
			redisKeys.cohort('cohort-a'),
			redisKeys.cohortMembers('cohort-a'),
			redisKeys.cohortPractices('cohort-a'),
			redisKeys.practiceReplications('cohort-a', 'p1'),
		];
		for (const key of keys) expect(key).toContain('{c:cohort-a}');
		expect(redisKeys.boardCohorts('board-0001')).toContain('{board-0001}');
		expect(await backend.redis.exists(...keys)).toBe(keys.length);
		expect(await backend.redis.sismember(redisKeys.boardCohorts('board-0001'), 'cohort-a')).toBe(1);
		expect(await backend.redis.sismember(redisKeys.publishedPractices(), 'cohort-a/p1')).toBe(1);

		expect(await cohorts.deleteCohort('cohort-a')).toBe(true);
		expect(await backend.redis.exists(...keys)).toBe(0);
		expect(await backend.redis.exists(redisKeys.boardCohorts('board-0001'))).toBe(0);
		expect(await backend.redis.exists(redisKeys.publishedPractices())).toBe(0);
	});

	it('skip stale index entries that a crash between two writes leaves', async () => {
		const { cohorts } = backend.storage;
		// What a crash after indexing, before writing the member or the item, leaves behind.
		await backend.redis.sadd(redisKeys.boardCohorts('board-0001'), 'cohort-gone');
		await backend.redis.sadd(redisKeys.publishedPractices(), 'cohort-gone/p1', 'malformed');
		expect(await cohorts.cohortsOfBoard('board-0001')).toEqual([]);
		expect(await cohorts.publishedPractices()).toEqual([]);
		await cohorts.forgetBoard('board-0001');
		expect(await backend.redis.exists(redisKeys.boardCohorts('board-0001'))).toBe(0);
	});
});

programmeStoreContract('redis', async () => {
	const keyPrefix = `${redis.keyPrefix}${++run}:`;
	let backend = await connect(keyPrefix);
	return {
		programmes: backend.storage.programmes,
		// A new client on the same server and keys: a restarted or second instance.
		reopen: async () => {
			await backend.storage.close();
			backend = await connect(keyPrefix);
			return backend.storage.programmes;
		},
		cleanup: () => backend.storage.close(),
	};
});

describe('Redis programme keys', () => {
	let backend: RedisBackend;

	beforeEach(async () => {
		backend = await connect();
	});
	afterEach(async () => {
		await backend.storage.close();
	});

	it("share the programme's hash tag, and none is left after the programme is deleted", async () => {
		const { programmes } = backend.storage;
		for (const id of ['prog-a', 'prog-b']) {
			await programmes.createProgramme(programme({ id }));
			await programmes.putSeminar(seminar({ programmeId: id }));
			await programmes.putFile(id, materialFile(), Uint8Array.of(1, 2, 3));
			await programmes.putFile(id, materialFile({ id: 'file-2' }), Uint8Array.of(4));
			await programmes.putRegistration(registration({ programmeId: id }));
			await programmes.setAttendance(id, attended('sem-1', 'reg-1'), true);
			await programmes.claimArchive(id, 'sem-1', 1);
		}

		const keys = [
			redisKeys.programme('prog-a'),
			redisKeys.programmeSeminars('prog-a'),
			redisKeys.programmeFiles('prog-a'),
			redisKeys.programmeFileBytes('prog-a', 'file-1'),
			redisKeys.programmeFileBytes('prog-a', 'file-2'),
			redisKeys.programmeRegistrations('prog-a'),
			redisKeys.programmeAttendance('prog-a'),
			redisKeys.programmeArchives('prog-a'),
		];
		for (const key of keys) expect(key).toContain('{p:prog-a}');
		expect(await backend.redis.exists(...keys)).toBe(keys.length);
		// Every key of the programme is one of those (ioredis leaves a KEYS pattern unprefixed).
		const ofProgramme = (id: string) =>
			backend.redis.keys(`${backend.redis.options.keyPrefix ?? ''}*{p:${id}}*`);
		expect(await ofProgramme('prog-a')).toHaveLength(keys.length);
		expect(await backend.redis.sismember(redisKeys.programmeIds(), 'prog-a')).toBe(1);

		expect(await programmes.deleteProgramme('prog-a')).toBe(true);
		expect(await backend.redis.exists(...keys)).toBe(0);
		expect(await ofProgramme('prog-a')).toEqual([]);
		expect(await backend.redis.smembers(redisKeys.programmeIds())).toEqual(['prog-b']);
		expect(await ofProgramme('prog-b')).toHaveLength(keys.length);
	});

	it('skip a stale id that a crash between indexing and writing leaves', async () => {
		await backend.redis.sadd(redisKeys.programmeIds(), 'prog-gone');
		expect(await backend.storage.programmes.programmeIds()).toEqual([]);
	});
});

describe('Redis sessions', () => {
	sessionStoreContract('redis', async () => {
		const keyPrefix = `${redis.keyPrefix}${++run}:`;
		let backend = await connect(keyPrefix);
		return {
			sessions: backend.storage.sessions,
			writeRaw: async (boardId, raw) => {
				await backend.redis.set(redisKeys.session(boardId), raw);
			},
			// A new client on the same server and keys: a restarted or second instance.
			reopen: async () => {
				await backend.storage.close();
				backend = await connect(keyPrefix);
				return backend.storage.sessions;
			},
			cleanup: () => backend.storage.close(),
		};
	});

	versionStoreContract('redis', async () => {
		const keyPrefix = `${redis.keyPrefix}${++run}:`;
		let backend = await connect(keyPrefix);
		return {
			versions: backend.storage.versions,
			reopen: async () => {
				await backend.storage.close();
				backend = await connect(keyPrefix);
				return backend.storage.versions;
			},
			cleanup: () => backend.storage.close(),
		};
	});

	describe('a board record of before link generations', () => {
		let backend: RedisBackend;

		beforeEach(async () => {
			backend = await connect();
		});
		afterEach(async () => {
			await backend.storage.close();
		});

		it('[T5] reads as unarchived at generation 0, and rotating it starts from there', async () => {
			const { boards } = backend.storage;
			const old = { id: 'board-0001', title: 'Older', template: 'netzero-roadmap', createdAt: 7 };
			await backend.redis.set(redisKeys.board(old.id), JSON.stringify(old));
			const zero = { facilitator: 0, participant: 0, viewer: 0 };
			expect(await boards.getBoard(old.id)).toEqual({
				...old,
				archived: false,
				generations: zero,
			});
			expect(await boards.rotateLinks(old.id, ['viewer'])).toEqual({
				...old,
				archived: false,
				generations: { ...zero, viewer: 1 },
			});
			expect(await boards.updateBoard(old.id, { archived: true })).toMatchObject({
				archived: true,
				createdAt: 7,
			});
		});
	});

	describe('a session key of another type', () => {
		let backend: RedisBackend;

		beforeEach(async () => {
			backend = await connect();
		});
		afterEach(async () => {
			await backend.storage.close();
		});

		it('[F8] loads undefined and is replaced by a save over version 0', async () => {
			const { sessions } = backend.storage;
			await backend.redis.hset(redisKeys.session('board-0001'), 'version', '1');
			expect(await sessions.load('board-0001')).toBeUndefined();
			const session = { state: initialSessionState(), ballots: {} };
			session.state.version = 1;
			expect(await sessions.save('board-0001', session, 1)).toBe(false);
			expect(await sessions.save('board-0001', session, 0)).toBe(true);
			expect(await sessions.load('board-0001')).toEqual(session);
		});
	});
});
