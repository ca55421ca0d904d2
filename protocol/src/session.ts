import { z } from 'zod';
import type { Permission } from './roles.js';
import type { Rect } from './doc/layout.js';
import { CARD_KINDS, type CardKind } from './domain/cardKinds.js';

/**
 * The facilitated session of a board, held by the server (SPEC.md [F1]-[F9]): its agenda, its
 * timer, whether the board is locked, the raised hands, who leads "follow me", and the dot vote.
 * Clients change it only through `session:command` (validated and role-checked by the server)
 * and see it through `session:state`, which never carries anyone's unrevealed votes.
 */

/** Most phases in an agenda. */
export const MAX_PHASES = 20;
/** Longest phase title, in characters. */
export const MAX_PHASE_TITLE = 80;
/** Longest timer, in seconds (eight hours). */
export const MAX_TIMER_SECONDS = 8 * 60 * 60;
/** Most items in one vote. */
export const MAX_VOTE_ITEMS = 2000;
/** Most votes one person has in a vote. */
export const MAX_VOTES_PER_PERSON = 50;
/** Most raised hands kept in the queue. */
export const MAX_HANDS = 200;
/** Most cards and frames locked on one board at once. [F5] */
export const MAX_LOCKED_ITEMS = 500;

/** One phase of the agenda. */
export const phaseSchema = z.strictObject({
	id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
	title: z.string().trim().min(1).max(MAX_PHASE_TITLE),
	/** Planned length in minutes (0: not planned). */
	minutes: z.number().int().min(0).max(600),
});
export type Phase = z.infer<typeof phaseSchema>;

/** The agenda a new board starts with: the three stages of the NetZero Roadmap. */
export const DEFAULT_AGENDA: readonly Phase[] = [
	{ id: 'planning', title: 'Planning', minutes: 45 },
	{ id: 'enabling', title: 'Enabling & Deep Dive', minutes: 45 },
	{ id: 'localisation', title: 'Localisation', minutes: 30 },
];

/**
 * The shared timer. Running: it ends at `endsAt` (server epoch ms), which every client turns
 * into a remaining time with its own estimate of the server's clock. Paused: `remainingMs` is
 * left. Idle: no timer.
 */
export type TimerState =
	| { status: 'idle' }
	| { status: 'running'; durationMs: number; endsAt: number }
	| { status: 'paused'; durationMs: number; remainingMs: number };

/** A raised hand, in the order hands went up. */
export interface RaisedHand {
	/**
	 * The hand's id: derived by the server from the person's participant key (stable across
	 * reconnects) but never the key itself, which would let others vote as them. [F7]
	 */
	id: string;
	name: string;
	city: string;
	/** Epoch ms, server time. */
	at: number;
}

/** What a vote is over. */
export type VoteTarget = 'cards' | 'gaps';

/** A dot vote as everyone sees it: never who voted for what before the reveal. */
export interface PublicVote {
	id: string;
	target: VoteTarget;
	/** What the facilitator said the vote is about (a frame, a kind, all). */
	label: string;
	itemIds: string[];
	votesPerPerson: number;
	maxPerItem: number;
	/** How many people have cast at least one vote. */
	voters: number;
	status: 'open' | 'revealed';
	/** Totals per item, only once revealed. */
	totals: Record<string, number> | null;
	/** Epoch ms, server time. */
	startedAt: number;
}

/** Most private ideas one person holds at once. */
export const MAX_DRAFTS_PER_PERSON = 50;
/** Longest private idea, in characters. */
export const MAX_DRAFT_LENGTH = 2000;

/**
 * A private idea: a card its author wrote during a private round, held by the server and sent
 * to its author alone until the facilitator reveals every idea at once. [F10]
 */
export interface Draft {
	id: string;
	kind: CardKind;
	text: string;
	/** The cell it goes to on reveal (the template's column and row). */
	column: string;
	row: string;
}

/** Most breakout rooms at once. */
export const MAX_BREAKOUT_ROOMS = 20;

/** How participants are split into breakout rooms. [F9] */
export const BREAKOUT_ASSIGNMENTS = ['city', 'mixed', 'random', 'manual'] as const;
export type BreakoutAssignment = (typeof BREAKOUT_ASSIGNMENTS)[number];

/** One breakout room: its own board, and who was sent there (hand ids, [F7]). */
export interface BreakoutRoom {
	id: string;
	name: string;
	boardId: string;
	members: { handId: string; name: string; city: string }[];
}

/** Breakouts running from a main board. */
export interface Breakouts {
	rooms: BreakoutRoom[];
	/** Epoch ms, server time. */
	startedAt: number;
	/** When the rooms' timer ends (server epoch ms), if one was set. */
	endsAt: number | null;
}

/** What a breakout board knows of where it came from. */
export interface BreakoutParent {
	boardId: string;
	/** The room's name ("Room 2", "Split"). */
	room: string;
}

/** The session as the server sends it to everyone on the board. */
export interface SessionState {
	/** Raised by every change; a client ignores an older state than the one it has. */
	version: number;
	phases: Phase[];
	/** Index of the current phase in `phases`. */
	currentPhase: number;
	timer: TimerState;
	/** Participants may only read while the board is locked. */
	locked: boolean;
	/**
	 * Cards and frames the facilitator locked, by id: participants cannot change, move or delete
	 * them, nor any card whose centre lies inside a locked frame. [F5]
	 */
	lockedItems: string[];
	hands: RaisedHand[];
	/** "Follow me": the leader's awareness client id, or null. */
	followLeader: number | null;
	vote: PublicVote | null;
	/** Breakouts running from this board, if any. [F9] */
	breakouts: Breakouts | null;
	/** On a breakout board: its main board and room. [F9] */
	parent: BreakoutParent | null;
	/** A private round is on: new ideas stay with their authors until revealed. [F10] */
	privateMode: boolean;
	/** How many private ideas are waiting (never what they say). [F10] */
	privateIdeas: number;
}

/** The session of a board nobody has facilitated yet. */
export function initialSessionState(): SessionState {
	return {
		version: 0,
		phases: DEFAULT_AGENDA.map((phase) => ({ ...phase })),
		currentPhase: 0,
		timer: { status: 'idle' },
		locked: false,
		lockedItems: [],
		hands: [],
		followLeader: null,
		vote: null,
		breakouts: null,
		parent: null,
		privateMode: false,
		privateIdeas: 0,
	};
}

/** Milliseconds left on a timer at server time `now`; null when there is no timer. */
export function timerRemainingMs(timer: TimerState, now: number): number | null {
	if (timer.status === 'idle') return null;
	if (timer.status === 'paused') return timer.remainingMs;
	return Math.max(0, timer.endsAt - now);
}

const itemId = z.string().min(1).max(64);
const viewportSchema = z.strictObject({
	x: z.number().finite(),
	y: z.number().finite(),
	width: z.number().finite().positive(),
	height: z.number().finite().positive(),
});

/**
 * Every command a client can send, as one validated union (`type` says which). Each command
 * needs the permission in `COMMAND_PERMISSIONS`.
 */
export const sessionCommandSchema = z.discriminatedUnion('type', [
	z.strictObject({
		type: z.literal('agenda.set'),
		phases: z.array(phaseSchema).min(1).max(MAX_PHASES),
	}),
	z.strictObject({ type: z.literal('agenda.go'), index: z.number().int().min(0) }),
	z.strictObject({
		type: z.literal('timer.start'),
		seconds: z.number().int().min(1).max(MAX_TIMER_SECONDS),
	}),
	z.strictObject({ type: z.literal('timer.pause') }),
	z.strictObject({ type: z.literal('timer.resume') }),
	z.strictObject({
		type: z.literal('timer.add'),
		seconds: z.number().int().min(-MAX_TIMER_SECONDS).max(MAX_TIMER_SECONDS),
	}),
	z.strictObject({ type: z.literal('timer.stop') }),
	z.strictObject({ type: z.literal('board.lock'), locked: z.boolean() }),
	/** Locks or unlocks cards and frames (a locked frame holds the cards inside it). [F5] */
	z.strictObject({
		type: z.literal('items.lock'),
		ids: z.array(itemId).min(1).max(MAX_LOCKED_ITEMS),
		locked: z.boolean(),
	}),
	z.strictObject({
		type: z.literal('hand.raise'),
		name: z.string().trim().min(1).max(80),
		city: z.string().trim().max(80),
	}),
	/** Lowers one's own hand, or (facilitators) anyone's by its id. */
	z.strictObject({ type: z.literal('hand.lower'), hand: z.string().min(1).max(64).optional() }),
	/** "Bring everyone here": every other client moves its view to `viewport`. */
	z.strictObject({ type: z.literal('attention.summon'), viewport: viewportSchema }),
	/** "Follow me" (a leader's awareness client id) or stop (null). */
	z.strictObject({
		type: z.literal('attention.follow'),
		leader: z.number().int().nonnegative().nullable(),
	}),
	z.strictObject({
		type: z.literal('vote.start'),
		target: z.enum(['cards', 'gaps']),
		label: z.string().trim().max(120),
		itemIds: z.array(itemId).min(1).max(MAX_VOTE_ITEMS),
		votesPerPerson: z.number().int().min(1).max(MAX_VOTES_PER_PERSON),
		maxPerItem: z.number().int().min(1).max(MAX_VOTES_PER_PERSON),
	}),
	/** Adds (+1) or takes back (-1) one of one's votes on an item. */
	z.strictObject({
		type: z.literal('vote.cast'),
		itemId,
		delta: z.union([z.literal(1), z.literal(-1)]),
	}),
	z.strictObject({ type: z.literal('vote.reveal') }),
	z.strictObject({ type: z.literal('vote.end') }),
	/**
	 * Splits the participants now on the board into `count` rooms (by city: one room per city,
	 * `count` ignored; mixed: cities spread over the rooms; random; manual: as `manual` says,
	 * anyone not in it dealt over the rooms), each with a new board made from the main board's
	 * template, or from a copy of one of its frames. [F9]
	 */
	z.strictObject({
		type: z.literal('breakouts.start'),
		count: z.number().int().min(1).max(MAX_BREAKOUT_ROOMS),
		assign: z.enum(BREAKOUT_ASSIGNMENTS),
		frameId: z.string().min(1).max(64).optional(),
		minutes: z.number().int().min(1).max(240).optional(),
		/** With `manual`: each person's room (hand id -> room index from 0). */
		manual: z
			.record(
				z.string().min(1).max(64),
				z
					.number()
					.int()
					.min(0)
					.max(MAX_BREAKOUT_ROOMS - 1),
			)
			.optional(),
	}),
	z.strictObject({ type: z.literal('private.start') }),
	/** Every private idea becomes a card on the board, at once; the round ends. */
	z.strictObject({ type: z.literal('private.reveal') }),
	z.strictObject({
		type: z.literal('private.add'),
		id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
		kind: z.enum(CARD_KINDS),
		text: z.string().max(MAX_DRAFT_LENGTH),
		column: z.string().min(1).max(64),
		row: z.string().min(1).max(64),
	}),
	z.strictObject({
		type: z.literal('private.edit'),
		id: z.string().min(1).max(64),
		text: z.string().max(MAX_DRAFT_LENGTH),
	}),
	z.strictObject({ type: z.literal('private.delete'), id: z.string().min(1).max(64) }),
	/** Brings everyone back and harvests each room's cards into a frame on the main board. */
	z.strictObject({ type: z.literal('breakouts.end') }),
	/** Says something to the main board and every breakout room. */
	z.strictObject({
		type: z.literal('breakouts.broadcast'),
		text: z.string().trim().min(1).max(280),
	}),
]);
export type SessionCommand = z.infer<typeof sessionCommandSchema>;
export type SessionCommandType = SessionCommand['type'];

/** The permission each command needs. [F1] */
export const COMMAND_PERMISSIONS: Record<SessionCommandType, Permission> = {
	'agenda.set': 'facilitate',
	'agenda.go': 'facilitate',
	'timer.start': 'facilitate',
	'timer.pause': 'facilitate',
	'timer.resume': 'facilitate',
	'timer.add': 'facilitate',
	'timer.stop': 'facilitate',
	'board.lock': 'facilitate',
	'items.lock': 'facilitate',
	'hand.raise': 'editContent',
	'hand.lower': 'editContent',
	'attention.summon': 'facilitate',
	'attention.follow': 'facilitate',
	'vote.start': 'facilitate',
	'vote.cast': 'editContent',
	'vote.reveal': 'facilitate',
	'vote.end': 'facilitate',
	'private.start': 'facilitate',
	'private.reveal': 'facilitate',
	'private.add': 'editContent',
	'private.edit': 'editContent',
	'private.delete': 'editContent',
	'breakouts.start': 'facilitate',
	'breakouts.end': 'facilitate',
	'breakouts.broadcast': 'facilitate',
};

/** A participant key: what a client calls itself across reconnects (random, from its storage). */
export const PARTICIPANT_KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** A "bring everyone here" as the others receive it. */
export interface Summons {
	viewport: Rect;
	/** Epoch ms, server time. */
	at: number;
}
