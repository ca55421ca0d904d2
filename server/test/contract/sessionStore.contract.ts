import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialSessionState } from '@groundwork/protocol';
import type { SessionStore, StoredSession } from '../../src/storage/SessionStore.js';

/** What a contract run needs: a fresh, empty session store and a way to throw it away. */
export interface SessionStoreFixture {
	sessions: SessionStore;
	/** Stores `raw` as the board's session behind the store's back, when the fixture can. */
	writeRaw?(boardId: string, raw: string): Promise<void>;
	/** Closes the store and opens a new one on the same data (a restart), when the fixture can. */
	reopen?(): Promise<SessionStore>;
	cleanup(): Promise<void>;
}

/** A session with something in every part: agenda moved on, timer running, a hand, an open vote. */
function someSession(version: number): StoredSession {
	const state = initialSessionState();
	return {
		state: {
			...state,
			version,
			currentPhase: 1,
			timer: { status: 'running', durationMs: 300_000, endsAt: 1_700_000_300_000 },
			locked: true,
			hands: [{ id: 'hand-01', name: 'Olena', city: 'Kyiv', at: 1_700_000_000_000 }],
			followLeader: 42,
			vote: {
				id: 'vote-1',
				target: 'cards',
				label: 'Frame: Transport',
				itemIds: ['c1', 'c2'],
				votesPerPerson: 3,
				maxPerItem: 2,
				voters: 2,
				status: 'open',
				totals: null,
				startedAt: 1_700_000_000_000,
			},
		},
		ballots: { 'participant-01': { c1: 2, c2: 1 }, 'participant-02': { c2: 1 } },
	};
}

/**
 * The behaviour every `SessionStore` keeps (SPEC.md [F8]: session state is stored through the
 * storage layer; a restart restores it; instances share it). Call it from a test file with a
 * factory that gives a fresh, empty store; cases the fixture cannot set up are skipped.
 */
export function sessionStoreContract(name: string, make: () => Promise<SessionStoreFixture>): void {
	describe(`SessionStore contract: ${name}`, () => {
		let fixture: SessionStoreFixture;
		let sessions: SessionStore;

		beforeEach(async () => {
			fixture = await make();
			sessions = fixture.sessions;
		});

		afterEach(async () => {
			await fixture.cleanup();
		});

		it('[F8] a board without a stored session loads undefined', async () => {
			expect(await sessions.load('board-none')).toBeUndefined();
		});

		it('[F8] a session saved over version 0 loads back equal, as a copy', async () => {
			const session = someSession(1);
			expect(await sessions.save('board-0001', session, 0)).toBe(true);
			session.state.locked = false;
			session.ballots['participant-01'] = {};

			const loaded = await sessions.load('board-0001');
			expect(loaded).toEqual(someSession(1));
			if (!loaded) throw new Error('nothing loaded');
			loaded.state.hands.pop();
			(loaded.ballots['participant-02'] as Record<string, number>)['c1'] = 5;
			expect(await sessions.load('board-0001')).toEqual(someSession(1));
		});

		it('[F8] each save replaces the session when the expected version matches', async () => {
			expect(await sessions.save('board-0001', someSession(1), 0)).toBe(true);
			const next = { ...someSession(2), ballots: {} };
			expect(await sessions.save('board-0001', next, 1)).toBe(true);
			expect(await sessions.load('board-0001')).toEqual(next);
		});

		it('[F8] a save with the wrong expected version resolves false and writes nothing', async () => {
			expect(await sessions.save('board-0001', someSession(3), 1)).toBe(false);
			expect(await sessions.load('board-0001')).toBeUndefined();

			expect(await sessions.save('board-0001', someSession(1), 0)).toBe(true);
			expect(await sessions.save('board-0001', someSession(5), 0)).toBe(false);
			expect(await sessions.save('board-0001', someSession(5), 4)).toBe(false);
			expect(await sessions.load('board-0001')).toEqual(someSession(1));
		});

		it('[F8] of two concurrent saves over the same version exactly one wins', async () => {
			expect(await sessions.save('board-0001', someSession(1), 0)).toBe(true);
			const a = { ...someSession(2), ballots: { a: { c1: 1 } } };
			const b = { ...someSession(2), ballots: { b: { c2: 1 } } };
			const results = await Promise.all([
				sessions.save('board-0001', a, 1),
				sessions.save('board-0001', b, 1),
			]);
			expect(results.filter(Boolean)).toHaveLength(1);
			expect(await sessions.load('board-0001')).toEqual(results[0] ? a : b);

			const fromNothing = await Promise.all(
				[1, 2, 3].map((n) => sessions.save('board-0002', someSession(n), 0)),
			);
			expect(fromNothing.filter(Boolean)).toHaveLength(1);
		});

		it('[F8] the sessions of two boards are independent', async () => {
			const other = { ...someSession(7), ballots: {} };
			expect(await sessions.save('board-aaaa', someSession(1), 0)).toBe(true);
			expect(await sessions.save('board-bbbb', other, 0)).toBe(true);
			expect(await sessions.save('board-aaaa', someSession(2), 1)).toBe(true);
			expect(await sessions.load('board-bbbb')).toEqual(other);

			await sessions.delete('board-aaaa');
			expect(await sessions.load('board-aaaa')).toBeUndefined();
			expect(await sessions.load('board-bbbb')).toEqual(other);
		});

		it('[F8] delete removes the session; the next save expects version 0 again', async () => {
			expect(await sessions.save('board-0001', someSession(4), 0)).toBe(true);
			await sessions.delete('board-0001');
			expect(await sessions.load('board-0001')).toBeUndefined();
			expect(await sessions.save('board-0001', someSession(1), 4)).toBe(false);
			expect(await sessions.save('board-0001', someSession(1), 0)).toBe(true);
			await expect(sessions.delete('board-none')).resolves.toBeUndefined();
		});

		it('[F8] an unreadable stored session loads undefined and a save over version 0 replaces it', async (ctx) => {
			// The memory store cannot be written behind its back: this case needs `writeRaw`.
			const { writeRaw } = fixture;
			if (!writeRaw) return ctx.skip();
			const garbage = [
				'{"state":{"vers',
				'null',
				'[1,2]',
				'{"state":{"version":"3"},"ballots":{}}',
				'{"state":{"version":3}}',
				JSON.stringify({ state: someSession(3).state, ballots: 'none' }),
			];
			for (const raw of garbage) {
				await writeRaw('board-0001', raw);
				expect(await sessions.load('board-0001'), raw).toBeUndefined();
			}
			expect(await sessions.save('board-0001', someSession(1), 3)).toBe(false);
			expect(await sessions.save('board-0001', someSession(1), 0)).toBe(true);
			expect(await sessions.load('board-0001')).toEqual(someSession(1));
		});

		it('[F8] a reopened store restores the saved session and keeps comparing versions', async (ctx) => {
			const { reopen } = fixture;
			if (!reopen) return ctx.skip();
			expect(await sessions.save('board-0001', someSession(1), 0)).toBe(true);
			expect(await sessions.save('board-0001', someSession(2), 1)).toBe(true);

			const reopened = await reopen();
			expect(await reopened.load('board-0001')).toEqual(someSession(2));
			expect(await reopened.save('board-0001', someSession(3), 1)).toBe(false);
			expect(await reopened.save('board-0001', someSession(3), 2)).toBe(true);
			expect(await reopened.load('board-0001')).toEqual(someSession(3));
		});
	});
}
