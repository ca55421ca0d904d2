import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { Server, type Socket } from 'socket.io';
import {
	CloseCode,
	SessionEvent,
	announceSchema,
	can,
	isBoardId,
	type ClientToServerEvents,
	type ServerToClientEvents,
} from '@groundwork/protocol';
import type { BoardAccess } from '../boards/BoardAccess.js';
import type { Logger } from '../log.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import type { SessionService } from '../session/SessionService.js';
import type { VersionService } from '../history/VersionService.js';
import type { BreakoutService } from '../session/BreakoutService.js';
import {
	attachSessionHandlers,
	handIdOf,
	participantKeyOf,
	type InterServerEvents,
	type SessionIo,
	type SessionSocketData,
} from './sessionHandlers.js';

/** The adapter socket.io fans out with: in memory by default, Redis with REDIS_URL. */
export type SessionAdapter = NonNullable<ConstructorParameters<typeof Server>[1]>['adapter'];

/** What the session endpoint is built from. */
export interface SessionEndpointDeps {
	/** Token and board checks, and the end of connections whose link was revoked. [T5], [T6] */
	access: BoardAccess;
	secret: string;
	log: Logger;
	sessions: SessionService;
	breakouts: BreakoutService;
	/** The boards' history (versions on phase changes and when breakouts end). [V2] */
	versions?: VersionService;
	rooms: RoomManager;
	/** Token secret and lifetime (links to breakout rooms). */
	tokenTtlMs: number;
	adapter?: SessionAdapter;
}

type SessionSocket = Socket<
	ClientToServerEvents,
	ServerToClientEvents,
	InterServerEvents,
	SessionSocketData
>;

/** The socket.io room of a board. */
export function sessionRoom(boardId: string): string {
	return `board:${boardId}`;
}

/** A name or city from the handshake: trimmed, at most 80 characters, else empty. */
function shortText(value: unknown): string {
	return typeof value === 'string' ? value.trim().slice(0, 80) : '';
}

/** Path of the socket.io endpoint. */
export const SESSION_PATH = '/socket.io/';

/** Largest socket.io message, in bytes. */
const MAX_SESSION_MESSAGE_BYTES = 64 * 1024;

/**
 * Session control over socket.io: connections authenticate with a board token in the handshake
 * (refused with `unauthorized`, `revoked` or `not_found`, data.code 4401 / 4401 / 4404), join
 * their board's room, and every event is validated and role-checked by the server. A rotation of
 * the token's link or the board's deletion disconnects them. [C1]-[C4], [T6], [H8]
 */
export function createSessionEndpoint(
	httpServer: http.Server,
	deps: SessionEndpointDeps,
): SessionIo {
	const io: SessionIo = new Server<
		ClientToServerEvents,
		ServerToClientEvents,
		InterServerEvents,
		SessionSocketData
	>(httpServer, {
		serveClient: false,
		path: SESSION_PATH,
		// Other upgrades (the sync endpoint's) are not socket.io's to end.
		destroyUpgrade: false,
		maxHttpBufferSize: MAX_SESSION_MESSAGE_BYTES,
		...(deps.adapter ? { adapter: deps.adapter } : {}),
	});
	/** The link generation of each admitted connection's token. [T5] */
	const generations = new WeakMap<SessionSocket, number>();

	io.use((socket, next) => {
		const { boardId, token, key, name, city } = (socket.handshake.auth ?? {}) as Record<
			string,
			unknown
		>;
		const refuse = (message: string, code: number) =>
			next(Object.assign(new Error(message), { data: { code } }));
		if (!isBoardId(boardId)) return refuse('not_found', CloseCode.boardNotFound);
		deps.access.admit(token, boardId).then(
			(verdict) => {
				if (!verdict.ok && verdict.error === 'not_found') {
					return refuse('not_found', CloseCode.boardNotFound);
				}
				if (!verdict.ok) {
					return refuse(
						verdict.error === 'revoked' ? 'revoked' : 'unauthorized',
						CloseCode.unauthorized,
					);
				}
				generations.set(socket, verdict.claims.generation);
				socket.data = {
					boardId,
					role: verdict.claims.role,
					key: participantKeyOf(key),
					name: shortText(name),
					city: shortText(city),
				};
				next();
			},
			(error: unknown) => {
				deps.log.error({ err: error }, 'session admission failed');
				next(new Error('unavailable'));
			},
		);
	});

	io.on('session:changed', (boardId) => {
		deps.sessions.get(boardId).catch((error: unknown) => {
			deps.log.warn({ err: error, board: boardId }, 'reloading a changed session failed');
		});
	});

	io.on('connection', (socket: SessionSocket) => {
		const { boardId, role } = socket.data;
		const generation = generations.get(socket) ?? 0;
		const unwatch = deps.access.watch(boardId, { role, generation }, () => socket.disconnect(true));
		socket.on('disconnect', unwatch);
		if (socket.disconnected) return;
		void socket.join(sessionRoom(boardId));
		socket.emit(SessionEvent.welcome, { boardId, role, handId: handIdOf(socket.data.key) });
		attachSessionHandlers(io, socket, {
			sessions: deps.sessions,
			rooms: deps.rooms,
			log: deps.log,
			boardRoom: sessionRoom,
			shared: deps.adapter !== undefined,
			breakouts: deps.breakouts,
			...(deps.versions ? { versions: deps.versions } : {}),
			secret: deps.secret,
			tokenTtlMs: deps.tokenTtlMs,
			generations: async (id) => (await deps.access.board(id))?.generations,
		});
		socket.on(SessionEvent.announce, (input, ack) => {
			const reply = typeof ack === 'function' ? ack : () => {};
			if (!can(role, 'facilitate')) {
				reply({ ok: false, code: 'forbidden', message: 'Only facilitators can announce.' });
				return;
			}
			const parsed = announceSchema.safeParse(input);
			if (!parsed.success) {
				reply({
					ok: false,
					code: 'invalid',
					message: parsed.error.issues[0]?.message ?? 'invalid',
				});
				return;
			}
			io.to(sessionRoom(boardId)).emit(SessionEvent.announcement, {
				id: randomUUID(),
				text: parsed.data.text,
				at: Date.now(),
			});
			reply({ ok: true });
		});
	});

	return io;
}
