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
import type { ConnectionMetrics } from '../metrics/metrics.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import type { ConnectionGuard } from './connectionGuard.js';
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
	/** Origin and per-address connection checks on every new engine.io session. [W7] */
	guard?: ConnectionGuard;
	/** Counts connections and why they ended (`/metrics`); none when absent. */
	metrics?: ConnectionMetrics;
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
		// Before any session exists: a page of a foreign origin (cross-site WebSocket hijacking)
		// or too many new connections from one address is refused (engine.io answers 403 to a
		// polling request, 400 to a WebSocket, with this message); clients retry with backoff.
		// No CORS headers are sent, so other origins cannot read polling answers either. [W7]
		allowRequest: (request, callback) => {
			const refusal = deps.guard?.check(request);
			callback(refusal ?? null, refusal === undefined);
		},
		...(deps.adapter ? { adapter: deps.adapter } : {}),
	});
	/** The link generation and expiry of each admitted connection's token. [T5], [T7] */
	const generations = new WeakMap<SessionSocket, { generation: number; expiresAt: number }>();

	io.use((socket, next) => {
		const { boardId, token, key, name, city } = (socket.handshake.auth ?? {}) as Record<
			string,
			unknown
		>;
		const refuse = (message: string, code: number) => {
			deps.metrics?.refused('session', code);
			next(Object.assign(new Error(message), { data: { code } }));
		};
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
				const { generation, expiresAt } = verdict.claims;
				generations.set(socket, { generation, expiresAt });
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
				deps.log.error({ err: error, board: boardId }, 'session admission failed');
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
		const admitted = generations.get(socket);
		const generation = admitted?.generation ?? 0;
		const expiresAt = admitted?.expiresAt;
		deps.metrics?.opened('session');
		socket.on('disconnect', (reason) => deps.metrics?.closed('session', reason));
		// A rotation of the link, the board's deletion or the token's expiry disconnects it.
		// [T6], [T7], [H8]
		const unwatch = deps.access.watch(boardId, { role, generation, expiresAt }, () =>
			socket.disconnect(true),
		);
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
