import {
	COMMAND_PERMISSIONS,
	MAX_DRAFTS_PER_PERSON,
	MAX_HANDS,
	MAX_LOCKED_ITEMS,
	type Draft,
	can,
	type Rect,
	type Role,
	type SessionCommand,
	type SessionState,
	type TimerState,
	type VoteTarget,
} from '@groundwork/protocol';
import type { StoredSession } from '../storage/SessionStore.js';

/** Who sends a command: their role (from their token) and their participant key. */
export interface Actor {
	role: Role;
	/** Stable across reconnects; null when the client sent none (it cannot vote or raise a hand). */
	key: string | null;
	/** The public id of this person's hand (`handIdOf(key)`), null without a key. [F7] */
	handId: string | null;
	/** Their name and city (from the handshake), for the cards their private ideas become. */
	name?: string;
	city?: string;
}

/** What a command asks of the world beyond the session state. */
export type SessionEffect =
	| { type: 'summon'; viewport: Rect }
	/** A voter's own ballot changed: tell that voter (and nobody else). */
	| { type: 'ballot'; key: string }
	/** A vote was revealed: write its totals to the board. */
	| { type: 'reveal'; target: VoteTarget; totals: Record<string, number> }
	/** An author's private ideas changed: tell that author (and nobody else). */
	| { type: 'drafts'; key: string }
	/** The private round ended: every idea becomes a card, with its author. */
	| { type: 'publish'; drafts: { key: string; author: Author; drafts: Draft[] }[] };

/** Who wrote a private idea, as the board will show it. */
export interface Author {
	name: string;
	city: string;
}

/** The outcome of a command: the next session (and what else to do), or why not. */
export type CommandOutcome =
	| { ok: true; session: StoredSession; changed: boolean; effects: SessionEffect[] }
	| { ok: false; code: 'forbidden' | 'invalid'; message: string };

const refuse = (message: string): CommandOutcome => ({ ok: false, code: 'invalid', message });

function pauseAt(timer: TimerState, now: number): TimerState {
	if (timer.status !== 'running') return timer;
	return {
		status: 'paused',
		durationMs: timer.durationMs,
		remainingMs: Math.max(0, timer.endsAt - now),
	};
}

function addTime(timer: TimerState, ms: number, now: number): TimerState | null {
	switch (timer.status) {
		case 'idle':
			return ms > 0 ? { status: 'running', durationMs: ms, endsAt: now + ms } : null;
		case 'running':
			return {
				status: 'running',
				durationMs: Math.max(0, timer.durationMs + ms),
				endsAt: Math.max(now, timer.endsAt + ms),
			};
		case 'paused':
			return {
				status: 'paused',
				durationMs: Math.max(0, timer.durationMs + ms),
				remainingMs: Math.max(0, timer.remainingMs + ms),
			};
	}
}

/** One voter's total votes. */
function spent(ballot: Record<string, number> | undefined): number {
	return Object.values(ballot ?? {}).reduce((sum, votes) => sum + votes, 0);
}

/** Totals per item of a vote from every ballot (items nobody voted for count 0). */
export function tally(
	itemIds: readonly string[],
	ballots: StoredSession['ballots'],
): Record<string, number> {
	const totals: Record<string, number> = Object.fromEntries(itemIds.map((id) => [id, 0]));
	for (const ballot of Object.values(ballots)) {
		for (const [item, votes] of Object.entries(ballot)) {
			if (Object.hasOwn(totals, item)) totals[item] = (totals[item] ?? 0) + votes;
		}
	}
	return totals;
}

/**
 * Applies one validated command of `actor` to a board's session at server time `now`: checks
 * the actor's permission ([F1]) and the command's preconditions, and returns the next session
 * with its version raised (or the same session, `changed` false, when nothing changes). Pure:
 * the caller stores the result and carries out the effects.
 */
export function applyCommand(
	current: StoredSession,
	command: SessionCommand,
	actor: Actor,
	now: number,
): CommandOutcome {
	if (!can(actor.role, COMMAND_PERMISSIONS[command.type])) {
		return { ok: false, code: 'forbidden', message: `Your role may not ${command.type}.` };
	}
	const state: SessionState = structuredClone(current.state);
	let ballots = current.ballots;
	let drafts = current.drafts ?? {};
	const authors = { ...(current.authors ?? {}) };
	const effects: SessionEffect[] = [];
	switch (command.type) {
		case 'agenda.set':
			if (new Set(command.phases.map((phase) => phase.id)).size !== command.phases.length) {
				return refuse('Two phases have the same id.');
			}
			if (JSON.stringify(command.phases) === JSON.stringify(state.phases))
				return unchanged(current);
			state.phases = command.phases;
			state.currentPhase = Math.min(state.currentPhase, command.phases.length - 1);
			break;
		case 'agenda.go':
			if (command.index >= state.phases.length) return refuse('There is no such phase.');
			if (command.index === state.currentPhase) return unchanged(current);
			state.currentPhase = command.index;
			break;
		case 'timer.start':
			state.timer = {
				status: 'running',
				durationMs: command.seconds * 1000,
				endsAt: now + command.seconds * 1000,
			};
			break;
		case 'timer.pause':
			if (state.timer.status !== 'running') return refuse('The timer is not running.');
			state.timer = pauseAt(state.timer, now);
			break;
		case 'timer.resume':
			if (state.timer.status !== 'paused') return refuse('The timer is not paused.');
			state.timer = {
				status: 'running',
				durationMs: state.timer.durationMs,
				endsAt: now + state.timer.remainingMs,
			};
			break;
		case 'timer.add': {
			if (command.seconds === 0) return unchanged(current);
			const next = addTime(state.timer, command.seconds * 1000, now);
			if (!next) return refuse('There is no timer to shorten.');
			state.timer = next;
			break;
		}
		case 'timer.stop':
			if (state.timer.status === 'idle') return unchanged(current);
			state.timer = { status: 'idle' };
			break;
		case 'board.lock':
			if (state.locked === command.locked) return unchanged(current);
			state.locked = command.locked;
			break;
		case 'items.lock': {
			const locked = new Set(state.lockedItems);
			for (const id of command.ids) {
				if (command.locked) locked.add(id);
				else locked.delete(id);
			}
			if (locked.size > MAX_LOCKED_ITEMS) return refuse('Too many locked items.');
			// Only additions (locking) or only removals: the same size means nothing changed.
			if (locked.size === state.lockedItems.length) return unchanged(current);
			state.lockedItems = [...locked];
			break;
		}
		case 'hand.raise':
			if (!actor.handId) return refuse('Raising a hand needs a participant key.');
			if (state.hands.some((hand) => hand.id === actor.handId)) return unchanged(current);
			if (state.hands.length >= MAX_HANDS) return refuse('Too many raised hands.');
			state.hands.push({ id: actor.handId, name: command.name, city: command.city, at: now });
			break;
		case 'hand.lower': {
			const id = command.hand ?? actor.handId;
			if (!id) return refuse('Whose hand?');
			if (id !== actor.handId && !can(actor.role, 'facilitate')) {
				return { ok: false, code: 'forbidden', message: 'Only facilitators lower others’ hands.' };
			}
			if (!state.hands.some((hand) => hand.id === id)) return unchanged(current);
			state.hands = state.hands.filter((hand) => hand.id !== id);
			break;
		}
		case 'attention.summon':
			effects.push({ type: 'summon', viewport: command.viewport });
			return { ok: true, session: current, changed: false, effects };
		case 'attention.follow':
			if (state.followLeader === command.leader) return unchanged(current);
			state.followLeader = command.leader;
			break;
		case 'vote.start': {
			if (command.maxPerItem > command.votesPerPerson) {
				return refuse('An item cannot take more votes than a person has.');
			}
			const itemIds = [...new Set(command.itemIds)];
			state.vote = {
				id: `v${current.state.version + 1}-${now.toString(36)}`,
				target: command.target,
				label: command.label,
				itemIds,
				votesPerPerson: command.votesPerPerson,
				maxPerItem: command.maxPerItem,
				voters: 0,
				status: 'open',
				totals: null,
				startedAt: now,
			};
			ballots = {};
			break;
		}
		case 'vote.cast': {
			const vote = state.vote;
			if (!vote || vote.status !== 'open') return refuse('No vote is open.');
			if (!actor.key) return refuse('Voting needs a participant key.');
			if (!vote.itemIds.includes(command.itemId)) return refuse('This item is not in the vote.');
			const ballot = { ...(ballots[actor.key] ?? {}) };
			const votes = (ballot[command.itemId] ?? 0) + command.delta;
			if (votes < 0) return refuse('You have no vote on this item to take back.');
			if (votes > vote.maxPerItem) return refuse('This item has all the votes you may give it.');
			if (command.delta > 0 && spent(ballot) >= vote.votesPerPerson) {
				return refuse('You have used all your votes.');
			}
			if (votes === 0) delete ballot[command.itemId];
			else ballot[command.itemId] = votes;
			ballots = { ...ballots, [actor.key]: ballot };
			vote.voters = Object.values(ballots).filter((entry) => spent(entry) > 0).length;
			effects.push({ type: 'ballot', key: actor.key });
			break;
		}
		case 'vote.reveal': {
			const vote = state.vote;
			if (!vote || vote.status !== 'open') return refuse('No vote is open.');
			vote.status = 'revealed';
			vote.totals = tally(vote.itemIds, ballots);
			effects.push({ type: 'reveal', target: vote.target, totals: vote.totals });
			break;
		}
		case 'vote.end':
			if (!state.vote) return unchanged(current);
			state.vote = null;
			ballots = {};
			break;
		case 'private.start':
			if (state.privateMode) return unchanged(current);
			state.privateMode = true;
			break;
		case 'private.reveal': {
			if (!state.privateMode) return refuse('No private round is on.');
			effects.push({
				type: 'publish',
				drafts: Object.entries(drafts).map(([key, list]) => ({
					key,
					author: authors[key] ?? { name: '', city: '' },
					drafts: list,
				})),
			});
			for (const key of Object.keys(drafts)) effects.push({ type: 'drafts', key });
			state.privateMode = false;
			drafts = {};
			break;
		}
		case 'private.add':
		case 'private.edit':
		case 'private.delete': {
			if (!state.privateMode) return refuse('No private round is on.');
			if (!actor.key) return refuse('Private ideas need a participant key.');
			const mine = [...(drafts[actor.key] ?? [])];
			const index = mine.findIndex((draft) => draft.id === command.id);
			if (command.type === 'private.add') {
				if (index >= 0) return refuse('This idea exists already.');
				if (mine.length >= MAX_DRAFTS_PER_PERSON) return refuse('You have too many ideas.');
				const { id, kind, text, column, row } = command;
				mine.push({ id, kind, text, column, row });
			} else if (index < 0) {
				return refuse('There is no such idea.');
			} else if (command.type === 'private.edit') {
				mine[index] = { ...mine[index]!, text: command.text };
			} else {
				mine.splice(index, 1);
			}
			drafts = { ...drafts, [actor.key]: mine };
			authors[actor.key] = { name: actor.name ?? '', city: actor.city ?? '' };
			effects.push({ type: 'drafts', key: actor.key });
			break;
		}
		case 'breakouts.start':
		case 'breakouts.end':
		case 'breakouts.broadcast':
			// They create boards and move people: `BreakoutService` runs them, not this reducer.
			return refuse('Breakouts are not run here.');
	}
	state.version = current.state.version + 1;
	state.privateIdeas = Object.values(drafts).reduce((sum, list) => sum + list.length, 0);
	const hasDrafts = Object.keys(drafts).length > 0;
	return {
		ok: true,
		session: { state, ballots, ...(hasDrafts ? { drafts, authors } : {}) },
		changed: true,
		effects,
	};
}

function unchanged(current: StoredSession): CommandOutcome {
	return { ok: true, session: current, changed: false, effects: [] };
}
