import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pino } from 'pino';
import { signToken } from '../auth/tokens.js';
import { LocalPubSub } from '../pubsub/LocalPubSub.js';
import { MemoryBoardCatalog } from '../storage/MemoryDocStorage.js';
import { BOARD_RECORD_CACHE_MS, BoardAccess, type EndReason } from './BoardAccess.js';

const secret = 'a-test-secret-of-enough-length';
const boardId = 'board-0001';
const log = pino({ level: 'silent' });

function token(role: 'facilitator' | 'participant' | 'viewer', generation?: number): string {
	return signToken({ boardId, role, expiresAt: Date.now() + 60_000, generation }, secret);
}

describe('BoardAccess', () => {
	let boards: MemoryBoardCatalog;
	let pubsub: LocalPubSub;
	let now: number;
	let here: BoardAccess;
	let there: BoardAccess;
	const deletedThere: string[] = [];

	beforeEach(async () => {
		boards = new MemoryBoardCatalog();
		pubsub = new LocalPubSub();
		now = 1_000_000;
		const deps = { boards, pubsub, secret, log, now: () => now };
		here = new BoardAccess({ ...deps, instanceId: 'here' });
		there = new BoardAccess({
			...deps,
			instanceId: 'there',
			onDeleted: (id) => deletedThere.push(id),
		});
		await here.start();
		await there.start();
		await boards.createBoard({
			id: boardId,
			title: 'Lyon',
			template: 'netzero-roadmap',
			createdAt: 1,
		});
	});

	afterEach(async () => {
		await here.stop();
		await there.stop();
		deletedThere.length = 0;
	});

	/** Rotates on `here` the way `BoardAdmin` does: catalog, then access. */
	async function rotate(...roles: ('facilitator' | 'participant' | 'viewer')[]) {
		const record = await boards.rotateLinks(boardId, roles);
		if (!record) throw new Error('no board');
		await here.linksRotated(record);
		return record;
	}

	it('[T5] admits a token of before generations (generation 0) with the board record', async () => {
		const verdict = await here.admit(token('participant'), boardId);
		expect(verdict).toMatchObject({
			ok: true,
			claims: { role: 'participant', generation: 0 },
			board: { id: boardId, generations: { participant: 0 } },
		});
	});

	it('[T2] checks the MAC before reading the catalog', async () => {
		const read = vi.spyOn(boards, 'getBoard');
		expect(await here.admit(`${token('viewer')}x`, boardId)).toEqual({
			ok: false,
			error: 'bad_signature',
		});
		expect(await here.admit('nonsense', boardId)).toEqual({ ok: false, error: 'malformed' });
		expect(read).not.toHaveBeenCalled();
	});

	it('[H2] a valid token for a board that does not exist is not_found', async () => {
		const ghost = signToken(
			{ boardId: 'board-0404', role: 'viewer', expiresAt: Date.now() + 60_000 },
			secret,
		);
		expect(await here.admit(ghost, 'board-0404')).toEqual({ ok: false, error: 'not_found' });
	});

	it('[T6] after a rotation on this instance the old token is revoked at once, the new one admitted', async () => {
		const old = token('participant');
		expect((await here.admit(old, boardId)).ok).toBe(true); // now cached
		const record = await rotate('participant');
		expect(await here.admit(old, boardId)).toEqual({ ok: false, error: 'revoked' });
		expect(
			(await here.admit(token('participant', record.generations.participant), boardId)).ok,
		).toBe(true);
		expect((await here.admit(token('viewer'), boardId)).ok).toBe(true);
		expect((await here.admit(token('facilitator'), boardId)).ok).toBe(true);
	});

	it('[T6] another instance refuses the old token as soon as the notice arrives, cached or not', async () => {
		const old = token('viewer');
		expect((await there.admit(old, boardId)).ok).toBe(true); // cached there
		await rotate('viewer');
		await Promise.resolve(); // LocalPubSub delivers on the next microtask
		expect(await there.admit(old, boardId)).toEqual({ ok: false, error: 'revoked' });
	});

	it('[T6] ends open connections of the rotated roles only, here and on the other instance', async () => {
		const ended: string[] = [];
		const open = (access: BoardAccess, name: string, role: 'participant' | 'viewer') =>
			access.watch(boardId, { role, generation: 0 }, (reason) => ended.push(`${name}:${reason}`));
		open(here, 'participant-here', 'participant');
		open(there, 'participant-there', 'participant');
		open(here, 'viewer-here', 'viewer');
		const closedViewer = open(there, 'viewer-there', 'viewer');
		closedViewer();
		await rotate('participant');
		await Promise.resolve();
		expect(ended).toEqual(['participant-here:revoked', 'participant-there:revoked']);
		expect(here.watching(boardId)).toBe(1);
		expect(there.watching(boardId)).toBe(0);
		// Ended once: a second rotation does not end them again.
		await rotate('participant', 'viewer');
		await Promise.resolve();
		expect(ended).toEqual([
			'participant-here:revoked',
			'participant-there:revoked',
			'viewer-here:revoked',
		]);
	});

	it('[T6] a connection admitted just before a rotation and registered after it is ended at once', async () => {
		const verdict = await there.admit(token('participant'), boardId);
		expect(verdict.ok).toBe(true);
		await rotate('participant');
		await Promise.resolve();
		const reasons: EndReason[] = [];
		there.watch(boardId, { role: 'participant', generation: 0 }, (reason) => reasons.push(reason));
		expect(reasons).toEqual(['revoked']);
		expect(there.watching(boardId)).toBe(0);
	});

	it('[H8] a deletion ends every connection of the board and refuses every token', async () => {
		const reasons: string[] = [];
		here.watch(boardId, { role: 'facilitator', generation: 0 }, (r) => reasons.push(`here:${r}`));
		there.watch(boardId, { role: 'viewer', generation: 0 }, (r) => reasons.push(`there:${r}`));
		expect((await there.admit(token('viewer'), boardId)).ok).toBe(true); // cached there
		await boards.deleteBoard(boardId);
		await here.deleted(boardId);
		await Promise.resolve();
		expect(reasons).toEqual(['here:deleted', 'there:deleted']);
		expect(deletedThere).toEqual([boardId]);
		expect(await there.admit(token('viewer'), boardId)).toEqual({ ok: false, error: 'not_found' });
		expect(await here.admit(token('facilitator'), boardId)).toEqual({
			ok: false,
			error: 'not_found',
		});
	});

	it('reuses a board record for BOARD_RECORD_CACHE_MS, then reads it again', async () => {
		const read = vi.spyOn(boards, 'getBoard');
		await here.admit(token('viewer'), boardId);
		await here.admit(token('viewer'), boardId);
		expect(read).toHaveBeenCalledTimes(1);
		now += BOARD_RECORD_CACHE_MS;
		await here.admit(token('viewer'), boardId);
		expect(read).toHaveBeenCalledTimes(2);
	});

	it('a rename here is seen at once here, and on the other instance after its notice', async () => {
		expect((await there.board(boardId))?.title).toBe('Lyon');
		const record = await boards.updateBoard(boardId, { title: 'Lyon 2040' });
		if (!record) throw new Error('no board');
		await here.changed(record);
		expect((await here.board(boardId))?.title).toBe('Lyon 2040');
		await Promise.resolve();
		expect((await there.board(boardId))?.title).toBe('Lyon 2040');
	});

	it('ignores malformed notices', async () => {
		await pubsub.publish('gw:boards', new TextEncoder().encode('{"origin":"x","notice":{}}'));
		await pubsub.publish('gw:boards', new Uint8Array([0xff]));
		expect((await there.admit(token('viewer'), boardId)).ok).toBe(true);
	});
});

describe('BoardAccess expiry of open connections', () => {
	const DAY_MS = 24 * 60 * 60 * 1000;
	let boards: MemoryBoardCatalog;
	let access: BoardAccess;

	beforeEach(async () => {
		vi.useFakeTimers({ now: 1_000_000 });
		boards = new MemoryBoardCatalog();
		access = new BoardAccess({
			boards,
			pubsub: new LocalPubSub(),
			secret,
			log,
			instanceId: 'here',
		});
		await access.start();
		await boards.createBoard({
			id: boardId,
			title: 'Lyon',
			template: 'netzero-roadmap',
			createdAt: 1,
		});
	});

	afterEach(async () => {
		await access.stop();
		vi.useRealTimers();
	});

	it('[T7] ends a connection at its token’s expiry, even one weeks away (past the longest timer)', () => {
		const ends: EndReason[] = [];
		const expiresAt = Date.now() + 40 * DAY_MS;
		access.watch(boardId, { role: 'viewer', generation: 0, expiresAt }, (reason) =>
			ends.push(reason),
		);
		vi.advanceTimersByTime(40 * DAY_MS - 1);
		expect(ends).toEqual([]);
		expect(access.watching(boardId)).toBe(1);
		vi.advanceTimersByTime(1);
		expect(ends).toEqual(['expired']);
		expect(access.watching(boardId)).toBe(0);
		vi.advanceTimersByTime(DAY_MS);
		expect(ends).toEqual(['expired']);
	});

	it('[T7] ends at once a connection whose token has already expired', () => {
		const ends: EndReason[] = [];
		access.watch(boardId, { role: 'viewer', generation: 0, expiresAt: Date.now() }, (reason) =>
			ends.push(reason),
		);
		expect(ends).toEqual(['expired']);
		expect(access.watching(boardId)).toBe(0);
	});

	it('[T7] a connection closed, or revoked, before its expiry is not ended again then', async () => {
		const closed: EndReason[] = [];
		const revoked: EndReason[] = [];
		const expiresAt = Date.now() + 1000;
		const unwatch = access.watch(boardId, { role: 'viewer', generation: 0, expiresAt }, (reason) =>
			closed.push(reason),
		);
		access.watch(boardId, { role: 'participant', generation: 0, expiresAt }, (reason) =>
			revoked.push(reason),
		);
		unwatch();
		const record = await boards.rotateLinks(boardId, ['participant']);
		if (!record) throw new Error('no board');
		await access.linksRotated(record);
		vi.advanceTimersByTime(2000);
		expect(closed).toEqual([]);
		expect(revoked).toEqual(['revoked']);
		expect(vi.getTimerCount()).toBe(0);
	});
});
