import { describe, expect, it } from 'vitest';
import {
	COMMAND_PERMISSIONS,
	MAX_HANDS,
	MAX_LOCKED_ITEMS,
	ROLES,
	can,
	initialSessionState,
	sessionCommandSchema,
	timerRemainingMs,
	type Phase,
	type SessionCommand,
	type SessionCommandType,
	type SessionState,
} from '@groundwork/protocol';
import type { StoredSession } from '../storage/SessionStore.js';
import { applyCommand, tally, type Actor, type CommandOutcome } from './applyCommand.js';

/** Server time of every command unless a test says otherwise (epoch ms). */
const NOW = 1_750_000_000_000;
const MINUTE_MS = 60_000;

const facilitator: Actor = { role: 'facilitator', key: 'facilitator-key', handId: 'hand-f' };
const alice: Actor = { role: 'participant', key: 'alice-key-0001', handId: 'hand-a' };
const bruno: Actor = { role: 'participant', key: 'bruno-key-0002', handId: 'hand-b' };
const viewer: Actor = { role: 'viewer', key: 'viewer-key-0003', handId: 'hand-v' };
const keyless: Actor = { role: 'participant', key: null, handId: null };

/** Freezes a value and everything in it, so a reducer that mutates its input throws. */
function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const child of Object.values(value)) deepFreeze(child);
	}
	return value;
}

function fresh(): StoredSession {
	return { state: initialSessionState(), ballots: {} };
}

/** Applies a command to a frozen copy of `session` (the reducer must not touch its input). */
function apply(
	session: StoredSession,
	command: SessionCommand,
	actor: Actor = facilitator,
	now = NOW,
): CommandOutcome {
	return applyCommand(deepFreeze(structuredClone(session)), command, actor, now);
}

/** Applies a command that must be accepted; returns the outcome. */
function accept(
	session: StoredSession,
	command: SessionCommand,
	actor: Actor = facilitator,
	now = NOW,
): Extract<CommandOutcome, { ok: true }> {
	const outcome = apply(session, command, actor, now);
	if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.code} ${outcome.message}`);
	return outcome;
}

/** The session after a command that must be accepted. */
function after(...args: Parameters<typeof accept>): StoredSession {
	return accept(...args).session;
}

/** Applies commands one after another (each must be accepted); returns the last session. */
function run(session: StoredSession, steps: [SessionCommand, Actor?, number?][]): StoredSession {
	return steps.reduce(
		(current, [command, actor, now]) => accept(current, command, actor, now).session,
		session,
	);
}

function expectRefused(outcome: CommandOutcome, code: 'forbidden' | 'invalid'): void {
	expect(outcome).toMatchObject({ ok: false, code });
}

/** A session with an open vote over items a, b, c (3 votes each, at most 2 per item). */
function withVote(overrides: Partial<Extract<SessionCommand, { type: 'vote.start' }>> = {}) {
	return accept(fresh(), {
		type: 'vote.start',
		target: 'cards',
		label: 'Which actions first?',
		itemIds: ['a', 'b', 'c'],
		votesPerPerson: 3,
		maxPerItem: 2,
		...overrides,
	}).session;
}

const cast = (itemId: string, delta: 1 | -1 = 1): SessionCommand => ({
	type: 'vote.cast',
	itemId,
	delta,
});

/** The commands `BreakoutService` runs; the reducer refuses them. [F9] */
const BREAKOUT_TYPES = ['breakouts.start', 'breakouts.end', 'breakouts.broadcast'] as const;
type ReducerCommandType = Exclude<SessionCommandType, (typeof BREAKOUT_TYPES)[number]>;

/** One valid command of every type the reducer runs (checked against the schema below). */
const SAMPLES: Record<ReducerCommandType, SessionCommand> = {
	'agenda.set': { type: 'agenda.set', phases: [{ id: 'only', title: 'Only', minutes: 10 }] },
	'agenda.go': { type: 'agenda.go', index: 1 },
	'timer.start': { type: 'timer.start', seconds: 300 },
	'timer.pause': { type: 'timer.pause' },
	'timer.resume': { type: 'timer.resume' },
	'timer.add': { type: 'timer.add', seconds: 60 },
	'timer.stop': { type: 'timer.stop' },
	'board.lock': { type: 'board.lock', locked: true },
	'items.lock': { type: 'items.lock', ids: ['card-1'], locked: true },
	'hand.raise': { type: 'hand.raise', name: 'Ana', city: 'Lisbon' },
	'hand.lower': { type: 'hand.lower' },
	'attention.summon': {
		type: 'attention.summon',
		viewport: { x: 0, y: 0, width: 800, height: 600 },
	},
	'attention.follow': { type: 'attention.follow', leader: 7 },
	'vote.start': {
		type: 'vote.start',
		target: 'gaps',
		label: 'Gaps',
		itemIds: ['g1'],
		votesPerPerson: 1,
		maxPerItem: 1,
	},
	'vote.cast': cast('a'),
	'vote.reveal': { type: 'vote.reveal' },
	'vote.end': { type: 'vote.end' },
	'private.start': { type: 'private.start' },
	'private.reveal': { type: 'private.reveal' },
	'private.add': {
		type: 'private.add',
		id: 'idea-1',
		kind: 'note',
		text: 'Ask the region',
		column: 'planning',
		row: 'energy',
	},
	'private.edit': { type: 'private.edit', id: 'idea-1', text: 'Ask the region first' },
	'private.delete': { type: 'private.delete', id: 'idea-1' },
};

/** What a sample needs done first (by the facilitator) to be accepted. */
const VOTE_ON_A: SessionCommand = {
	type: 'vote.start',
	target: 'cards',
	label: 'A',
	itemIds: ['a'],
	votesPerPerson: 1,
	maxPerItem: 1,
};
const SETUP: Partial<Record<SessionCommandType, SessionCommand[]>> = {
	'timer.pause': [SAMPLES['timer.start']],
	'timer.resume': [SAMPLES['timer.start'], SAMPLES['timer.pause']],
	'vote.cast': [VOTE_ON_A],
	'vote.reveal': [SAMPLES['vote.start']],
	'vote.end': [SAMPLES['vote.start']],
	'private.reveal': [SAMPLES['private.start']],
	'private.add': [SAMPLES['private.start']],
	'private.edit': [SAMPLES['private.start']],
	'private.delete': [SAMPLES['private.start']],
};
/** What a sample needs done first by the same person (their own private idea). */
const SETUP_BY_SELF: Partial<Record<SessionCommandType, SessionCommand[]>> = {
	'private.edit': [SAMPLES['private.add']],
	'private.delete': [SAMPLES['private.add']],
};

describe('applyCommand', () => {
	describe('[F1] roles', () => {
		it('every sample command is a valid command', () => {
			for (const command of Object.values(SAMPLES)) {
				expect(sessionCommandSchema.safeParse(command).success).toBe(true);
			}
		});

		it('facilitation commands are the facilitator’s; content commands anyone’s but a viewer’s', () => {
			const types = (Object.keys(COMMAND_PERMISSIONS) as SessionCommandType[]).filter(
				(type) => !(BREAKOUT_TYPES as readonly string[]).includes(type),
			);
			expect(types.sort()).toEqual(Object.keys(SAMPLES).sort());
			expect(types.filter((type) => COMMAND_PERMISSIONS[type] === 'editContent').sort()).toEqual([
				'hand.lower',
				'hand.raise',
				'private.add',
				'private.delete',
				'private.edit',
				'vote.cast',
			]);
			expect(types.filter((type) => COMMAND_PERMISSIONS[type] !== 'editContent')).toSatisfy(
				(rest: SessionCommandType[]) =>
					rest.every((type) => COMMAND_PERMISSIONS[type] === 'facilitate'),
			);
		});

		it('breakout commands are the facilitator’s, and not run by the reducer', () => {
			for (const type of BREAKOUT_TYPES) expect(COMMAND_PERMISSIONS[type]).toBe('facilitate');
			expectRefused(apply(fresh(), { type: 'breakouts.end' }, facilitator), 'invalid');
		});

		const cases = ROLES.flatMap((role) =>
			(Object.keys(SAMPLES) as ReducerCommandType[]).map((type) => ({
				role,
				type,
				allowed: can(role, COMMAND_PERMISSIONS[type]),
			})),
		);
		it.each(cases)('$role $type: allowed $allowed', ({ role, type, allowed }) => {
			const self: Actor = { role, key: `${role}-key-01`, handId: `${role}-hand` };
			const mine = allowed ? (SETUP_BY_SELF[type] ?? []) : [];
			const session = run(fresh(), [
				...(SETUP[type] ?? []).map((command): [SessionCommand] => [command]),
				...mine.map((command): [SessionCommand, Actor] => [command, self]),
			]);
			const outcome = apply(session, SAMPLES[type], self);
			if (allowed) expect(outcome, `${role} may ${type}`).toMatchObject({ ok: true });
			else expectRefused(outcome, 'forbidden');
		});

		it('a refused command leaves the session as it was', () => {
			const session = withVote();
			for (const type of ['timer.start', 'board.lock', 'vote.reveal', 'agenda.go'] as const) {
				expectRefused(apply(session, SAMPLES[type], alice), 'forbidden');
			}
			expectRefused(apply(session, cast('a'), viewer), 'forbidden');
			expectRefused(apply(session, SAMPLES['hand.raise'], viewer), 'forbidden');
		});
	});

	describe('[F2] agenda', () => {
		const phases: Phase[] = [
			{ id: 'open', title: 'Opening', minutes: 10 },
			{ id: 'work', title: 'Work', minutes: 60 },
			{ id: 'close', title: 'Closing', minutes: 5 },
		];

		it('a new board starts on the first phase of the NetZero agenda', () => {
			const state = initialSessionState();
			expect(state.phases.map((phase) => phase.id)).toEqual([
				'planning',
				'enabling',
				'localisation',
			]);
			expect(state.currentPhase).toBe(0);
			expect(state.version).toBe(0);
		});

		it('agenda.set replaces the phases; duplicate ids are refused', () => {
			const { session } = accept(fresh(), { type: 'agenda.set', phases });
			expect(session.state.phases).toEqual(phases);
			expect(session.state.version).toBe(1);
			expectRefused(
				apply(fresh(), {
					type: 'agenda.set',
					phases: [phases[0]!, { ...phases[1]!, id: 'open' }],
				}),
				'invalid',
			);
		});

		it('agenda.set keeps the current phase, or the last one when the agenda got shorter', () => {
			const onLast = run(fresh(), [
				[{ type: 'agenda.set', phases }],
				[{ type: 'agenda.go', index: 2 }],
			]);
			expect(onLast.state.currentPhase).toBe(2);
			const longer = accept(onLast, {
				type: 'agenda.set',
				phases: [...phases, { id: 'x', title: 'X', minutes: 0 }],
			});
			expect(longer.session.state.currentPhase).toBe(2);
			const shorter = accept(onLast, { type: 'agenda.set', phases: phases.slice(0, 1) });
			expect(shorter.session.state.currentPhase).toBe(0);
		});

		it('agenda.go moves to a phase in range; out of range is refused', () => {
			const { session } = accept(fresh(), { type: 'agenda.go', index: 2 });
			expect(session.state.currentPhase).toBe(2);
			expectRefused(apply(fresh(), { type: 'agenda.go', index: 3 }), 'invalid');
			expectRefused(apply(session, { type: 'agenda.go', index: 99 }), 'invalid');
		});
	});

	describe('[F3] timer', () => {
		const started = () => accept(fresh(), { type: 'timer.start', seconds: 300 }).session;

		it('start runs a timer that ends `seconds` after now', () => {
			const { state } = started();
			expect(state.timer).toEqual({
				status: 'running',
				durationMs: 300_000,
				endsAt: NOW + 300_000,
			});
			expect(timerRemainingMs(state.timer, NOW + 1_000)).toBe(299_000);
			expect(timerRemainingMs(state.timer, NOW + 400_000)).toBe(0);
			expect(timerRemainingMs(initialSessionState().timer, NOW)).toBeNull();
		});

		it('start again restarts it from now', () => {
			const { state } = after(
				started(),
				{ type: 'timer.start', seconds: 60 },
				facilitator,
				NOW + 5_000,
			);
			expect(state.timer).toEqual({ status: 'running', durationMs: 60_000, endsAt: NOW + 65_000 });
		});

		it('pause keeps what is left; time passing does not change it; resume continues from there', () => {
			const paused = accept(
				started(),
				{ type: 'timer.pause' },
				facilitator,
				NOW + MINUTE_MS,
			).session;
			expect(paused.state.timer).toEqual({
				status: 'paused',
				durationMs: 300_000,
				remainingMs: 240_000,
			});
			expect(timerRemainingMs(paused.state.timer, NOW + 60 * MINUTE_MS)).toBe(240_000);
			const resumed = accept(
				paused,
				{ type: 'timer.resume' },
				facilitator,
				NOW + 10 * MINUTE_MS,
			).session;
			expect(resumed.state.timer).toEqual({
				status: 'running',
				durationMs: 300_000,
				endsAt: NOW + 10 * MINUTE_MS + 240_000,
			});
		});

		it('pause of an expired timer keeps 0', () => {
			const { state } = after(
				started(),
				{ type: 'timer.pause' },
				facilitator,
				NOW + 10 * MINUTE_MS,
			);
			expect(state.timer).toMatchObject({ status: 'paused', remainingMs: 0 });
		});

		it('pause needs a running timer, resume a paused one', () => {
			expectRefused(apply(fresh(), { type: 'timer.pause' }), 'invalid');
			expectRefused(apply(fresh(), { type: 'timer.resume' }), 'invalid');
			expectRefused(apply(started(), { type: 'timer.resume' }), 'invalid');
			const paused = accept(started(), { type: 'timer.pause' }).session;
			expectRefused(apply(paused, { type: 'timer.pause' }), 'invalid');
		});

		it('add lengthens a running timer', () => {
			const { state } = after(
				started(),
				{ type: 'timer.add', seconds: 60 },
				facilitator,
				NOW + 1_000,
			);
			expect(state.timer).toEqual({
				status: 'running',
				durationMs: 360_000,
				endsAt: NOW + 360_000,
			});
		});

		it('add lengthens a paused timer', () => {
			const paused = accept(
				started(),
				{ type: 'timer.pause' },
				facilitator,
				NOW + MINUTE_MS,
			).session;
			const { state } = after(paused, { type: 'timer.add', seconds: 60 });
			expect(state.timer).toEqual({ status: 'paused', durationMs: 360_000, remainingMs: 300_000 });
		});

		it('a negative add shortens, never below 0 left', () => {
			const shorter = accept(
				started(),
				{ type: 'timer.add', seconds: -60 },
				facilitator,
				NOW + 1_000,
			);
			expect(shorter.session.state.timer).toEqual({
				status: 'running',
				durationMs: 240_000,
				endsAt: NOW + 240_000,
			});
			const later = NOW + 2 * MINUTE_MS;
			const gone = accept(started(), { type: 'timer.add', seconds: -3_600 }, facilitator, later);
			const timer = gone.session.state.timer;
			expect(timer).toMatchObject({ status: 'running', durationMs: 0 });
			expect(timerRemainingMs(timer, later)).toBe(0);
			if (timer.status === 'running') expect(timer.endsAt).toBe(later);

			const paused = accept(started(), { type: 'timer.pause' }).session;
			const none = accept(paused, { type: 'timer.add', seconds: -3_600 }).session.state.timer;
			expect(none).toEqual({ status: 'paused', durationMs: 0, remainingMs: 0 });
		});

		it('add to no timer starts one; a negative add to no timer is refused', () => {
			const { state } = after(fresh(), { type: 'timer.add', seconds: 120 });
			expect(state.timer).toEqual({
				status: 'running',
				durationMs: 120_000,
				endsAt: NOW + 120_000,
			});
			expectRefused(apply(fresh(), { type: 'timer.add', seconds: -60 }), 'invalid');
		});

		it('stop clears the timer', () => {
			expect(accept(started(), { type: 'timer.stop' }).session.state.timer).toEqual({
				status: 'idle',
			});
			const paused = accept(started(), { type: 'timer.pause' }).session;
			expect(accept(paused, { type: 'timer.stop' }).session.state.timer).toEqual({
				status: 'idle',
			});
		});
	});

	describe('[F4] vote', () => {
		it('start opens a vote over the distinct items, with no votes and no totals', () => {
			const { session, effects } = accept(fresh(), {
				type: 'vote.start',
				target: 'gaps',
				label: 'Biggest gaps',
				itemIds: ['g2', 'g1', 'g2', 'g3', 'g1'],
				votesPerPerson: 5,
				maxPerItem: 5,
			});
			expect(session.state.vote).toEqual({
				id: expect.any(String),
				target: 'gaps',
				label: 'Biggest gaps',
				itemIds: ['g2', 'g1', 'g3'],
				votesPerPerson: 5,
				maxPerItem: 5,
				voters: 0,
				status: 'open',
				totals: null,
				startedAt: NOW,
			});
			expect(session.ballots).toEqual({});
			expect(effects).toEqual([]);
		});

		it('start refuses more votes per item than a person has', () => {
			const outcome = apply(fresh(), {
				type: 'vote.start',
				target: 'cards',
				label: '',
				itemIds: ['a'],
				votesPerPerson: 2,
				maxPerItem: 3,
			});
			expectRefused(outcome, 'invalid');
		});

		it('start replaces an earlier vote and forgets its ballots', () => {
			const voted = run(withVote(), [[cast('a'), alice]]);
			const { session } = accept(voted, { ...SAMPLES['vote.start'] }, facilitator, NOW + 1_000);
			expect(session.state.vote).toMatchObject({ itemIds: ['g1'], voters: 0, status: 'open' });
			expect(session.ballots).toEqual({});
			expect(session.state.vote?.id).not.toBe(voted.state.vote?.id);
		});

		it('cast adds to the voter’s own ballot and tells only that voter', () => {
			const outcome = accept(withVote(), cast('b'), alice);
			expect(outcome.session.ballots).toEqual({ [alice.key!]: { b: 1 } });
			expect(outcome.effects).toEqual([{ type: 'ballot', key: alice.key }]);
			expect(outcome.session.state.vote).toMatchObject({ voters: 1, totals: null, status: 'open' });
		});

		it('cast keeps each person within their votes and each item within its maximum', () => {
			const twoOnA = run(withVote(), [
				[cast('a'), alice],
				[cast('a'), alice],
			]);
			expect(twoOnA.ballots[alice.key!]).toEqual({ a: 2 });
			expectRefused(apply(twoOnA, cast('a'), alice), 'invalid');
			// Bruno's votes are his own: Alice's limits do not touch him.
			expect(accept(twoOnA, cast('a'), bruno).session.ballots[bruno.key!]).toEqual({ a: 1 });

			const allSpent = run(twoOnA, [[cast('b'), alice]]);
			expect(allSpent.ballots[alice.key!]).toEqual({ a: 2, b: 1 });
			expectRefused(apply(allSpent, cast('c'), alice), 'invalid');
			// Taking one back frees it again.
			const moved = run(allSpent, [
				[cast('a', -1), alice],
				[cast('c'), alice],
			]);
			expect(moved.ballots[alice.key!]).toEqual({ a: 1, b: 1, c: 1 });
		});

		it('take back removes a vote; nothing to take back is refused', () => {
			const voted = run(withVote(), [[cast('a'), alice]]);
			const { session, effects } = accept(voted, cast('a', -1), alice);
			expect(session.ballots[alice.key!]).toEqual({});
			expect(session.state.vote?.voters).toBe(0);
			expect(effects).toEqual([{ type: 'ballot', key: alice.key }]);
			expectRefused(apply(session, cast('a', -1), alice), 'invalid');
			expectRefused(apply(withVote(), cast('b', -1), bruno), 'invalid');
		});

		it('cast needs an open vote, an item in it and a participant key', () => {
			expectRefused(apply(fresh(), cast('a'), alice), 'invalid');
			expectRefused(apply(withVote(), cast('zzz'), alice), 'invalid');
			expectRefused(apply(withVote(), cast('a'), keyless), 'invalid');
			const revealed = run(withVote(), [[{ type: 'vote.reveal' }]]);
			expectRefused(apply(revealed, cast('a'), alice), 'invalid');
		});

		it('voters counts the people with at least one vote', () => {
			const session = run(withVote(), [
				[cast('a'), alice],
				[cast('a'), alice],
				[cast('b'), bruno],
				[cast('c'), facilitator],
			]);
			expect(session.state.vote?.voters).toBe(3);
			const fewer = run(session, [[cast('b', -1), bruno]]);
			expect(fewer.state.vote?.voters).toBe(2);
		});

		it('the public state never holds a ballot before the reveal', () => {
			const session = run(withVote(), [
				[cast('a'), alice],
				[cast('b'), bruno],
			]);
			const json = JSON.stringify(session.state);
			expect(json).not.toContain(alice.key);
			expect(json).not.toContain(bruno.key);
			expect(session.state.vote?.totals).toBeNull();
		});

		it('reveal tallies every item (0 for unvoted) and asks for the totals on the board', () => {
			const voted = run(withVote(), [
				[cast('a'), alice],
				[cast('a'), alice],
				[cast('a'), bruno],
				[cast('b'), bruno],
			]);
			const { session, effects, changed } = accept(voted, { type: 'vote.reveal' });
			const totals = { a: 3, b: 1, c: 0 };
			expect(changed).toBe(true);
			expect(session.state.vote).toMatchObject({ status: 'revealed', totals, voters: 2 });
			expect(effects).toEqual([{ type: 'reveal', target: 'cards', totals }]);
			expectRefused(apply(session, { type: 'vote.reveal' }), 'invalid');
			expectRefused(apply(fresh(), { type: 'vote.reveal' }), 'invalid');
		});

		it('tally ignores votes on items outside the vote', () => {
			expect(tally(['a', 'b'], { k1: { a: 1, x: 4 }, k2: { b: 2, a: 1 } })).toEqual({ a: 2, b: 2 });
		});

		it('end closes the vote and forgets the ballots', () => {
			const voted = run(withVote(), [[cast('a'), alice]]);
			const { session } = accept(voted, { type: 'vote.end' });
			expect(session.state.vote).toBeNull();
			expect(session.ballots).toEqual({});
			const revealedThenEnded = run(voted, [[{ type: 'vote.reveal' }], [{ type: 'vote.end' }]]);
			expect(revealedThenEnded.state.vote).toBeNull();
			expect(revealedThenEnded.ballots).toEqual({});
		});
	});

	describe('[F5] lock', () => {
		it('board.lock sets and clears the lock', () => {
			const locked = accept(fresh(), { type: 'board.lock', locked: true }).session;
			expect(locked.state.locked).toBe(true);
			expect(accept(locked, { type: 'board.lock', locked: false }).session.state.locked).toBe(
				false,
			);
		});
	});

	describe('[F5] item locks', () => {
		it('items.lock adds and removes ids, once each, and says when nothing changed', () => {
			const locked = accept(fresh(), {
				type: 'items.lock',
				ids: ['card-1', 'frame-1', 'card-1'],
				locked: true,
			});
			expect(locked.session.state.lockedItems).toEqual(['card-1', 'frame-1']);
			const again = accept(locked.session, { type: 'items.lock', ids: ['frame-1'], locked: true });
			expect(again.changed).toBe(false);
			const unlocked = accept(locked.session, {
				type: 'items.lock',
				ids: ['card-1', 'unknown'],
				locked: false,
			});
			expect(unlocked.session.state.lockedItems).toEqual(['frame-1']);
		});

		it('refuses more than MAX_LOCKED_ITEMS locked at once', () => {
			const ids = (from: number) =>
				Array.from({ length: MAX_LOCKED_ITEMS }, (_, i) => `item-${from + i}`);
			const full = accept(fresh(), { type: 'items.lock', ids: ids(0), locked: true }).session;
			expectRefused(
				apply(full, { type: 'items.lock', ids: ['one-more'], locked: true }),
				'invalid',
			);
		});
	});

	describe('[F6] attention', () => {
		it('summon asks to bring the others to the viewport, and changes no state', () => {
			const viewport = { x: -100, y: 50, width: 1280, height: 720 };
			const outcome = accept(fresh(), { type: 'attention.summon', viewport });
			expect(outcome.effects).toEqual([{ type: 'summon', viewport }]);
			expect(outcome.changed).toBe(false);
			expect(outcome.session.state.version).toBe(0);
		});

		it('follow sets and clears the leader', () => {
			const following = accept(fresh(), { type: 'attention.follow', leader: 42 }).session;
			expect(following.state.followLeader).toBe(42);
			expect(
				accept(following, { type: 'attention.follow', leader: 0 }).session.state.followLeader,
			).toBe(0);
			expect(
				accept(following, { type: 'attention.follow', leader: null }).session.state.followLeader,
			).toBeNull();
		});
	});

	describe('[F7] hands', () => {
		const raise = { type: 'hand.raise', name: 'Ana', city: 'Lisbon' } as const;

		it('raise queues a hand once, in order, with the server time', () => {
			const session = run(fresh(), [
				[raise, alice, NOW],
				[{ type: 'hand.raise', name: 'Bruno', city: 'Aarhus' }, bruno, NOW + 5],
			]);
			expect(session.state.hands).toEqual([
				{ id: alice.handId, name: 'Ana', city: 'Lisbon', at: NOW },
				{ id: bruno.handId, name: 'Bruno', city: 'Aarhus', at: NOW + 5 },
			]);
			const again = accept(session, raise, alice, NOW + 10);
			expect(again.changed).toBe(false);
			expect(again.session).toEqual(session);
		});

		it('raise needs a participant key and has a limit', () => {
			expectRefused(apply(fresh(), raise, keyless), 'invalid');
			const full = fresh();
			full.state.hands = Array.from({ length: MAX_HANDS }, (_, i) => ({
				id: `hand-${i}`,
				name: `P${i}`,
				city: '',
				at: NOW,
			}));
			expectRefused(apply(full, raise, alice), 'invalid');
		});

		it('lower takes down one’s own hand', () => {
			const session = run(fresh(), [
				[raise, alice],
				[raise, bruno],
			]);
			const { state } = accept(session, { type: 'hand.lower' }, alice).session;
			expect(state.hands.map((hand) => hand.id)).toEqual([bruno.handId]);
			const named = accept(session, { type: 'hand.lower', hand: alice.handId! }, alice).session;
			expect(named.state.hands.map((hand) => hand.id)).toEqual([bruno.handId]);
		});

		it('a participant cannot lower another’s hand; a facilitator can', () => {
			const session = run(fresh(), [
				[raise, alice],
				[raise, bruno],
			]);
			expectRefused(
				apply(session, { type: 'hand.lower', hand: bruno.handId! }, alice),
				'forbidden',
			);
			const { state } = accept(
				session,
				{ type: 'hand.lower', hand: bruno.handId! },
				facilitator,
			).session;
			expect(state.hands.map((hand) => hand.id)).toEqual([alice.handId]);
		});

		it('lower without a key of one’s own, or with no such hand', () => {
			expectRefused(apply(fresh(), { type: 'hand.lower' }, keyless), 'invalid');
			const outcome = accept(fresh(), { type: 'hand.lower' }, alice);
			expect(outcome.changed).toBe(false);
		});
	});

	describe('version', () => {
		it('every change raises the version by one', () => {
			let session = fresh();
			const steps: [SessionCommand, Actor][] = [
				[{ type: 'agenda.go', index: 1 }, facilitator],
				[{ type: 'timer.start', seconds: 60 }, facilitator],
				[{ type: 'board.lock', locked: true }, facilitator],
				[{ type: 'hand.raise', name: 'Ana', city: 'Lisbon' }, alice],
				[{ type: 'attention.follow', leader: 3 }, facilitator],
				[SAMPLES['vote.start'], facilitator],
				[cast('g1'), alice],
				[{ type: 'vote.reveal' }, facilitator],
			];
			for (const [command, actor] of steps) {
				const outcome = accept(session, command, actor);
				expect(outcome.changed, command.type).toBe(true);
				expect(outcome.session.state.version, command.type).toBe(session.state.version + 1);
				session = outcome.session;
			}
			expect(session.state.version).toBe(steps.length);
		});

		it('a command that changes nothing keeps the same session and version', () => {
			const session = run(fresh(), [
				[{ type: 'board.lock', locked: true }],
				[{ type: 'hand.raise', name: 'Ana', city: 'Lisbon' }, alice],
				[{ type: 'attention.follow', leader: 3 }],
			]);
			const noOps: [SessionCommand, Actor][] = [
				[{ type: 'board.lock', locked: true }, facilitator],
				[{ type: 'hand.raise', name: 'Ana', city: 'Lisbon' }, alice],
				[{ type: 'hand.lower' }, bruno],
				[{ type: 'attention.follow', leader: 3 }, facilitator],
				[{ type: 'vote.end' }, facilitator],
				[SAMPLES['attention.summon'], facilitator],
			];
			for (const [command, actor] of noOps) {
				const outcome = accept(session, command, actor);
				expect(outcome.changed, command.type).toBe(false);
				expect(outcome.session, command.type).toEqual(session);
			}
		});

		it.each<[string, SessionCommand]>([
			['timer.stop with no timer', { type: 'timer.stop' }],
			['agenda.go to the current phase', { type: 'agenda.go', index: 0 }],
			[
				'agenda.set with the same phases',
				{ type: 'agenda.set', phases: initialSessionState().phases },
			],
		])('%s changes nothing', (_, command) => {
			const outcome = accept(fresh(), command);
			expect(outcome.changed).toBe(false);
			expect(outcome.session.state.version).toBe(0);
		});

		it('timer.add of 0 seconds changes nothing', () => {
			const running = after(fresh(), { type: 'timer.start', seconds: 60 });
			const outcome = accept(running, { type: 'timer.add', seconds: 0 });
			expect(outcome.changed).toBe(false);
			expect(outcome.session.state.version).toBe(running.state.version);
		});

		it('the reducer never changes the session it is given', () => {
			const session = deepFreeze(run(withVote(), [[cast('a'), alice]]));
			const before: SessionState = structuredClone(session.state);
			expect(() => applyCommand(session, cast('b'), alice, NOW)).not.toThrow();
			expect(() => applyCommand(session, { type: 'vote.reveal' }, facilitator, NOW)).not.toThrow();
			expect(session.state).toEqual(before);
		});
	});
});
