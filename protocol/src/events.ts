import { z } from 'zod';
import type { Role } from './roles.js';

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
} as const;

/** What a client sends in the socket.io handshake (`auth`). */
export interface SessionAuth {
	boardId: string;
	token: string;
}

/** Sent to a client when its session connection is accepted. */
export interface SessionWelcome {
	boardId: string;
	role: Role;
}

/** A facilitator's message to everyone on the board. */
export interface Announcement {
	id: string;
	text: string;
	/** Epoch milliseconds, server time. */
	at: number;
}

/** Longest announcement, in characters. */
export const MAX_ANNOUNCEMENT_LENGTH = 280;

/** The payload of `session:announce`. */
export const announceSchema = z.strictObject({
	text: z.string().trim().min(1).max(MAX_ANNOUNCEMENT_LENGTH),
});

/** The answer to a client's request: done, or refused with a stable code. */
export type Ack = { ok: true } | { ok: false; code: 'forbidden' | 'invalid'; message: string };

/** Events the server emits (socket.io typed events map). */
export interface ServerToClientEvents {
	'session:welcome': (welcome: SessionWelcome) => void;
	'session:announcement': (announcement: Announcement) => void;
}

/** Events a client emits (socket.io typed events map). Payloads are validated on the server. */
export interface ClientToServerEvents {
	'session:announce': (input: unknown, ack: (result: Ack) => void) => void;
}
