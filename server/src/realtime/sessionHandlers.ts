import { createHash, randomUUID } from 'node:crypto';
import type { Server, Socket } from 'socket.io';
import * as Y from 'yjs';
import {
	COMMAND_PERMISSIONS,
	PARTICIPANT_KEY_PATTERN,
	SessionEvent,
	can,
	type BreakoutRoom,
	type BreakoutRoomLink,
	type Draft,
	type SessionCommand,
	cardsMap,
	gapsMap,
	sessionCommandSchema,
	type ClientToServerEvents,
	type PerRole,
	type Role,
	type ServerToClientEvents,
	type VoteTarget,
} from '@groundwork/protocol';
import type { Logger } from '../log.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import type { SessionEffect } from '../session/applyCommand.js';
import type { SessionService } from '../session/SessionService.js';
import { BreakoutRefusal, type BreakoutService } from '../session/BreakoutService.js';
import type { RosterEntry } from '../session/assignRooms.js';
import { boardTokens } from '../boards/newBoard.js';
import type { StoredSession } from '../storage/SessionStore.js';
import { addCardAt } from '../session/serverCards.js';
import { TokenBucket } from './TokenBucket.js';
import type { VersionService } from '../history/VersionService.js';

/** What the facilitation handlers are built from. */
export interface SessionHandlerDeps {
	sessions: SessionService;
	rooms: RoomManager;
	log: Logger;
	/** The socket.io room of a board. */
	boardRoom: (boardId: string) => string;
	/** True when other instances share the board (a Redis adapter): they are told of changes. */
	shared: boolean;
	breakouts: BreakoutService;
	/** The token secret and lifetime, for the links to breakout rooms. */
	secret: string;
	tokenTtlMs: number;
	/** Takes the board's versions on phase changes and when breakouts end. [V2] */
	versions?: VersionService;
	/** A board's current link generations, so breakout links are never born revoked. [T5] */
	generations?: (boardId: string) => Promise<Partial<PerRole<number>> | undefined>;
}

/** Commands one connection may send in a burst, and per second after it. [F1] */
export const COMMAND_BURST = 30;
export const COMMANDS_PER_SECOND = 5;

/** The key of a card or gap map that holds its revealed vote total. [F4] */
export const VOTES_KEY = 'votes';

/** What the server knows of one session connection, from its handshake. */
export interface SessionSocketData {
	boardId: string;
	role: Role;
	/** The participant key the client offered, when well formed. */
	key: string | null;
	/** The name and city the client gave (for breakouts by city), possibly empty. */
	name: string;
	city: string;
}

/** Events between server instances (through the adapter). */
export interface InterServerEvents {
	/** A board's session changed on another instance: reload it (its lock, for one). */
	'session:changed': (boardId: string) => void;
}

export type SessionIo = Server<
	ClientToServerEvents,
	ServerToClientEvents,
	InterServerEvents,
	SessionSocketData
>;
type SessionSocket = Socket<
	ClientToServerEvents,
	ServerToClientEvents,
	InterServerEvents,
	SessionSocketData
>;

/** The participant key a client offered in its handshake, if it is well formed. */
export function participantKeyOf(value: unknown): string | null {
	return typeof value === 'string' && PARTICIPANT_KEY_PATTERN.test(value) ? value : null;
}

/**
 * The public id of a person's raised hand: a hash of their participant key, so others can tell
 * hands apart (and a facilitator lower one) without learning the key. [F7]
 */
export function handIdOf(key: string | null): string | null {
	return key ? createHash('sha256').update(`hand:${key}`).digest('base64url').slice(0, 22) : null;
}

/** The socket.io room of one voter's connections on a board (their ballot goes there only). */
function voterRoom(boardId: string, key: string): string {
	return `voter:${boardId}:${key}`;
}

/** Sends the board's session state to `target` (a socket, or the board's room). */
function stateMessage(session: StoredSession) {
	return { state: session.state, now: Date.now() };
}

function ballotMessage(session: StoredSession, key: string) {
	return {
		voteId: session.state.vote?.id ?? null,
		ballot: session.state.vote ? (session.ballots[key] ?? {}) : {},
	};
}

/** Writes a revealed vote's totals to the board's cards or gaps, as one server change. [F4] */
async function writeTotals(
	rooms: RoomManager,
	boardId: string,
	target: VoteTarget,
	totals: Record<string, number>,
): Promise<void> {
	const room = await rooms.acquire(boardId);
	try {
		room.transact((doc: Y.Doc) => {
			const items = target === 'cards' ? cardsMap(doc) : gapsMap(doc);
			for (const [id, total] of Object.entries(totals)) {
				const item = items.get(id);
				if (item instanceof Y.Map) item.set(VOTES_KEY, total);
			}
		});
	} finally {
		rooms.release(room);
	}
}

/**
 * Turns every private idea into a card of the board, all in one server change: each in the
 * first free slot of its cell, by its author. [F10]
 */
async function publishDrafts(
	rooms: RoomManager,
	boardId: string,
	authors: { author: { name: string; city: string }; drafts: Draft[] }[],
): Promise<void> {
	if (authors.every((entry) => entry.drafts.length === 0)) return;
	const room = await rooms.acquire(boardId);
	try {
		room.transact((doc: Y.Doc) => {
			const now = Date.now();
			for (const { author, drafts } of authors) {
				for (const draft of drafts) addCardAt(doc, draft, author, now);
			}
		});
	} finally {
		rooms.release(room);
	}
}

/**
 * The facilitation side of one session connection: it gets the session and its own ballot on
 * joining, and sends commands (validated, role-checked, rate-limited) and clock requests.
 * Every change is sent to the whole board (on every instance, through the adapter); a ballot
 * only to its voter; a summons to everyone but its sender. [F1]-[F9]
 */
export function attachSessionHandlers(
	io: SessionIo,
	socket: SessionSocket,
	deps: SessionHandlerDeps,
): void {
	const { boardId, role, key } = socket.data;
	const room = deps.boardRoom(boardId);
	const bucket = new TokenBucket(COMMAND_BURST, COMMANDS_PER_SECOND);
	if (key) void socket.join(voterRoom(boardId, key));

	deps.sessions.get(boardId).then(
		async (session) => {
			socket.emit(SessionEvent.state, stateMessage(session));
			if (key) socket.emit(SessionEvent.ballot, ballotMessage(session, key));
			if (key && session.state.privateMode) {
				socket.emit(SessionEvent.drafts, session.drafts?.[key] ?? []);
			}
			// Breakouts running: a member goes (back) to their room, a facilitator gets the links.
			const breakouts = session.state.breakouts;
			if (!breakouts) return;
			if (can(role, 'facilitate'))
				socket.emit(SessionEvent.breakoutRooms, await roomLinks(breakouts.rooms));
			const handId = handIdOf(key);
			const mine = breakouts.rooms.find((room) =>
				room.members.some((member) => member.handId === handId),
			);
			if (mine && role === 'participant') {
				socket.emit(SessionEvent.breakoutGo, {
					boardId: mine.boardId,
					token: (await tokensOf(mine.boardId)).participant,
					room: mine.name,
				});
			}
		},
		(error: unknown) =>
			deps.log.error({ err: error, board: boardId }, 'loading the session failed'),
	);

	socket.on(SessionEvent.clock, (ack) => {
		if (typeof ack === 'function') ack(Date.now());
	});

	/** A room board's tokens, at its current link generations (its links may have been replaced). */
	async function tokensOf(roomBoardId: string) {
		const generations = (await deps.generations?.(roomBoardId)) ?? {};
		return boardTokens(roomBoardId, deps.secret, deps.tokenTtlMs, Date.now(), generations);
	}

	async function roomLinks(rooms: readonly BreakoutRoom[]): Promise<BreakoutRoomLink[]> {
		return Promise.all(
			rooms.map(async (entry) => ({
				id: entry.id,
				name: entry.name,
				boardId: entry.boardId,
				token: (await tokensOf(entry.boardId)).facilitator,
			})),
		);
	}

	/** The participants on the board now, on every instance, each once. */
	async function roster(): Promise<RosterEntry[]> {
		const people = new Map<string, RosterEntry>();
		for (const other of await io.in(room).fetchSockets()) {
			const data = other.data;
			if (data.role !== 'participant' || !data.key || people.has(data.key)) continue;
			const handId = handIdOf(data.key);
			if (handId) people.set(data.key, { key: data.key, handId, name: data.name, city: data.city });
		}
		return [...people.values()];
	}

	socket.on(SessionEvent.breakoutRoster, (ack) => {
		if (typeof ack !== 'function') return;
		if (!can(role, 'facilitate')) {
			ack([]);
			return;
		}
		roster().then(
			(people) => ack(people.map(({ handId, name, city }) => ({ handId, name, city }))),
			(error: unknown) => {
				deps.log.warn({ err: error, board: boardId }, 'breakout roster failed');
				ack([]);
			},
		);
	});

	socket.on(SessionEvent.breakoutActivity, (ack) => {
		if (typeof ack !== 'function') return;
		if (!can(role, 'facilitate')) {
			ack([]);
			return;
		}
		deps.breakouts
			.activity(boardId, async (roomBoardId) => {
				const sockets = await io.in(deps.boardRoom(roomBoardId)).fetchSockets();
				return new Set(sockets.map((entry) => entry.data.key ?? entry.id)).size;
			})
			.then(ack, (error: unknown) => {
				deps.log.warn({ err: error, board: boardId }, 'breakout activity failed');
				ack([]);
			});
	});

	/** Takes a version of the board on a session trigger; a failure is logged, never thrown. */
	function checkpoint(trigger: 'phase' | 'breakouts', label: string): void {
		deps.versions?.take(boardId, trigger, { label, author: socket.data.name }).catch((error) => {
			deps.log.error({ err: error, board: boardId }, 'taking a version failed');
		});
	}

	/** Runs a breakout command (they create boards and move people, beyond the reducer). */
	async function runBreakouts(command: SessionCommand): Promise<void> {
		if (command.type === 'breakouts.start') {
			const started = await deps.breakouts.start(boardId, command, await roster());
			io.to(room).emit(SessionEvent.state, stateMessage(started.session));
			if (deps.shared) io.serverSideEmit('session:changed', boardId);
			for (const assignment of started.assignments) {
				io.to(voterRoom(boardId, assignment.key)).emit(SessionEvent.breakoutGo, {
					boardId: assignment.boardId,
					token: (await tokensOf(assignment.boardId)).participant,
					room: assignment.room,
				});
			}
			const links = await roomLinks(started.rooms);
			for (const other of await io.in(room).fetchSockets()) {
				if (can(other.data.role, 'facilitate')) other.emit(SessionEvent.breakoutRooms, links);
			}
		} else if (command.type === 'breakouts.end') {
			const ended = await deps.breakouts.end(boardId);
			checkpoint('breakouts', '');
			io.to(room).emit(SessionEvent.state, stateMessage(ended.session));
			if (deps.shared) io.serverSideEmit('session:changed', boardId);
			for (const entry of ended.roomSessions) {
				// The room's timer stopped: tell whoever is still there, on every instance.
				io.to(deps.boardRoom(entry.boardId)).emit(SessionEvent.state, stateMessage(entry.session));
				if (deps.shared) io.serverSideEmit('session:changed', entry.boardId);
			}
			for (const entry of ended.rooms) {
				io.to(deps.boardRoom(entry.boardId)).emit(SessionEvent.breakoutEnd, { boardId });
			}
		} else if (command.type === 'breakouts.broadcast') {
			const session = await deps.sessions.get(boardId);
			const announcement = { id: randomUUID(), text: command.text, at: Date.now() };
			io.to(room).emit(SessionEvent.announcement, announcement);
			for (const entry of session.state.breakouts?.rooms ?? []) {
				io.to(deps.boardRoom(entry.boardId)).emit(SessionEvent.announcement, announcement);
			}
		}
	}

	socket.on(SessionEvent.command, (input, ack) => {
		const reply = typeof ack === 'function' ? ack : () => {};
		if (!bucket.take()) {
			reply({ ok: false, code: 'rate_limited', message: 'Too many commands; slow down.' });
			return;
		}
		const parsed = sessionCommandSchema.safeParse(input);
		if (!parsed.success) {
			reply({ ok: false, code: 'invalid', message: parsed.error.issues[0]?.message ?? 'invalid' });
			return;
		}
		if (parsed.data.type.startsWith('breakouts.')) {
			if (!can(role, COMMAND_PERMISSIONS[parsed.data.type])) {
				reply({ ok: false, code: 'forbidden', message: 'Only facilitators run breakouts.' });
				return;
			}
			runBreakouts(parsed.data).then(
				() => reply({ ok: true }),
				(error: unknown) => {
					if (error instanceof BreakoutRefusal) {
						reply({ ok: false, code: 'invalid', message: error.message });
						return;
					}
					deps.log.error({ err: error, board: boardId }, 'breakouts failed');
					reply({ ok: false, code: 'unavailable', message: 'Breakouts could not be changed.' });
				},
			);
			return;
		}
		const actor = {
			role,
			key,
			handId: handIdOf(key),
			name: socket.data.name,
			city: socket.data.city,
		};
		deps.sessions.run(boardId, actor, parsed.data).then(
			async (outcome) => {
				if (!outcome.ok) {
					reply(outcome);
					return;
				}
				if (outcome.changed) {
					if (parsed.data.type === 'agenda.go') {
						const { phases, currentPhase } = outcome.session.state;
						checkpoint('phase', phases[currentPhase]?.title ?? '');
					}
					io.to(room).emit(SessionEvent.state, stateMessage(outcome.session));
					// Other instances reload the session (their rooms' locks); alone, there is none.
					if (deps.shared) io.serverSideEmit('session:changed', boardId);
				}
				try {
					await carryOut(outcome.effects, outcome.session);
				} catch (error) {
					// The session changed and everyone was told; only the board write failed.
					deps.log.error({ err: error, board: boardId }, 'carrying out a session change failed');
				}
				reply({ ok: true });
			},
			(error: unknown) => {
				deps.log.error({ err: error, board: boardId }, 'session command failed');
				reply({ ok: false, code: 'unavailable', message: 'The session could not be changed.' });
			},
		);
	});

	async function carryOut(effects: SessionEffect[], session: StoredSession): Promise<void> {
		for (const effect of effects) {
			if (effect.type === 'summon') {
				socket.to(room).emit(SessionEvent.summon, { viewport: effect.viewport, at: Date.now() });
			} else if (effect.type === 'ballot') {
				io.to(voterRoom(boardId, effect.key)).emit(
					SessionEvent.ballot,
					ballotMessage(session, effect.key),
				);
			} else if (effect.type === 'drafts') {
				io.to(voterRoom(boardId, effect.key)).emit(
					SessionEvent.drafts,
					session.drafts?.[effect.key] ?? [],
				);
			} else if (effect.type === 'publish') {
				await publishDrafts(deps.rooms, boardId, effect.drafts);
			} else {
				await writeTotals(deps.rooms, boardId, effect.target, effect.totals);
			}
		}
	}
}
