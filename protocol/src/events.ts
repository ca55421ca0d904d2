import { z } from 'zod';
import type { Role } from './roles.js';
import type { Draft, SessionState, Summons } from './session.js';

/**
 * Session control over socket.io (path `/socket.io`): names and payloads, declared once for
 * server and client. See SPEC.md [C1]-[C4].
 */
export const SessionEvent = {
	/** Server -> client, once connected: who the server thinks you are. */
	welcome: 'session:welcome',
	/** Client -> server (facilitators): say something to everyone on the board. */
	announce: 'session:announce',
	/** Server -> every client of the board, on every instance. */
	announcement: 'session:announcement',
	/** Client -> server: one command on the facilitated session (`SessionCommand`). [F1] */
	command: 'session:command',
	/** Server -> every client of the board: the session as it is now, with the server's time. */
	state: 'session:state',
	/** Server -> one voter (all their connections): their own ballot in the open vote. [F4] */
	ballot: 'session:ballot',
	/** Client -> server: the server's clock, to compute timers from server time. [F3] */
	clock: 'session:clock',
	/** Server -> everyone but the facilitator who asked: "bring everyone here". [F6] */
	summon: 'attention:summon',
	/** Server -> one participant (all their connections): go to your breakout room. [F9] */
	breakoutGo: 'breakout:go',
	/** Server -> facilitators: the breakout rooms with facilitator links, to visit them. [F9] */
	breakoutRooms: 'breakout:rooms',
	/** Server -> everyone on a breakout board: breakouts ended, go back to the main board. */
	breakoutEnd: 'breakout:end',
	/** Server -> one author (all their connections): their own private ideas. [F10] */
	drafts: 'session:drafts',
	/** Client -> server (facilitators), ack: the participants present, to place by hand. [F9] */
	breakoutRoster: 'breakout:roster',
	/** Client -> server (facilitators), ack: each room's people and cards now. [F9] */
	breakoutActivity: 'breakout:activity',
} as const;

/** What a client sends in the socket.io handshake (`auth`). */
export interface SessionAuth {
	boardId: string;
	token: string;
	/** The client's participant key (`PARTICIPANT_KEY_PATTERN`): who votes, whose hand is up. */
	key?: string;
	/** The person's name and city, for breakout assignments (at most 80 characters each). */
	name?: string;
	city?: string;
}

/** Sent to a client when its session connection is accepted. */
export interface SessionWelcome {
	boardId: string;
	role: Role;
	/** The id one's raised hand has (from one's participant key), or null without a key. [F7] */
	handId: string | null;
}

/** A facilitator's message to everyone on the board. */
export interface Announcement {
	id: string;
	text: string;
	/** Epoch milliseconds, server time. */
	at: number;
}

/** The payload of `session:state`. */
export interface SessionStateMessage {
	state: SessionState;
	/** The server's clock when it sent this (epoch ms). */
	now: number;
}

/** Where a participant goes for a breakout: the room's board and a participant token for it. */
export interface BreakoutAssignmentMessage {
	boardId: string;
	token: string;
	room: string;
}

/** A breakout room as a facilitator sees it: with a facilitator token to visit it. */
export interface BreakoutRoomLink {
	id: string;
	name: string;
	boardId: string;
	token: string;
}

/** A participant present, as a facilitator places them in a room (never their key). */
export interface RosterPerson {
	handId: string;
	name: string;
	city: string;
}

/** One room's activity at a glance. */
export interface BreakoutActivity {
	id: string;
	/** People connected to the room's board now. */
	people: number;
	cards: number;
}

/** The payload of `session:ballot`: one's own votes per item in vote `voteId`. */
export interface BallotMessage {
	voteId: string | null;
	ballot: Record<string, number>;
}

/** Longest announcement, in characters. */
export const MAX_ANNOUNCEMENT_LENGTH = 280;

/** The payload of `session:announce`. */
export const announceSchema = z.strictObject({
	text: z.string().trim().min(1).max(MAX_ANNOUNCEMENT_LENGTH),
});

/** The answer to a client's request: done, or refused with a stable code. */
export type Ack =
	| { ok: true }
	| {
			ok: false;
			code: 'forbidden' | 'invalid' | 'rate_limited' | 'unavailable';
			message: string;
	  };

/** Events the server emits (socket.io typed events map). */
export interface ServerToClientEvents {
	'session:welcome': (welcome: SessionWelcome) => void;
	'session:announcement': (announcement: Announcement) => void;
	'session:state': (message: SessionStateMessage) => void;
	'session:ballot': (message: BallotMessage) => void;
	'attention:summon': (summons: Summons) => void;
	'breakout:go': (assignment: BreakoutAssignmentMessage) => void;
	'breakout:rooms': (rooms: BreakoutRoomLink[]) => void;
	'breakout:end': (main: { boardId: string }) => void;
	'session:drafts': (drafts: Draft[]) => void;
}

/** Events a client emits (socket.io typed events map). Payloads are validated on the server. */
export interface ClientToServerEvents {
	'session:announce': (input: unknown, ack: (result: Ack) => void) => void;
	'session:command': (input: unknown, ack: (result: Ack) => void) => void;
	'session:clock': (ack: (now: number) => void) => void;
	'breakout:activity': (ack: (activity: BreakoutActivity[]) => void) => void;
	'breakout:roster': (ack: (people: RosterPerson[]) => void) => void;
}
