import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { CloseCode, isBoardId, parseMessage, type Role } from '@groundwork/protocol';
import type { BoardAccess } from '../boards/BoardAccess.js';
import type { Logger } from '../log.js';
import type { Room } from '../rooms/Room.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import { Connection } from './Connection.js';

/** Path prefix of the sync endpoint: `/sync/:boardId`. */
export const SYNC_PATH = '/sync/';

/** What the sync endpoint is built from. */
export interface SyncEndpointDeps {
	rooms: RoomManager;
	/** Token and board checks, and the end of connections whose link was revoked. [T5], [T6] */
	access: BoardAccess;
	log: Logger;
	maxMessageBytes: number;
	maxBufferedBytes: number;
	heartbeatMs: number;
}

/** The y-websocket endpoint: handles HTTP upgrades on `/sync/:boardId?token=`. */
export interface SyncEndpoint {
	handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
	/** Closes every connection with `code` and stops the heartbeat. */
	close(code?: number): void;
}

type Admission =
	| { ok: true; boardId: string; role: Role; generation: number }
	| { ok: false; code: number; reason: string };

function toBytes(data: RawData): Uint8Array {
	if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
	if (data instanceof ArrayBuffer) return new Uint8Array(data);
	return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Creates the sync endpoint. A connection is admitted only with a valid, unrevoked token for an
 * existing board, checked before any board content is sent; otherwise it is closed with 4401 or
 * 4404. A later rotation of its link closes it with 4401, the board's deletion with 4404.
 * Each frame is parsed strictly; a bad one closes that connection alone with 4400. [W1]-[W5]
 */
export function createSyncEndpoint(deps: SyncEndpointDeps): SyncEndpoint {
	const { log } = deps;
	const wss = new WebSocketServer({ noServer: true, maxPayload: deps.maxMessageBytes });
	const alive = new WeakSet<WebSocket>();

	async function admit(request: IncomingMessage): Promise<Admission> {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const boardId = decodeURIComponent(url.pathname.slice(SYNC_PATH.length));
		if (!isBoardId(boardId))
			return { ok: false, code: CloseCode.boardNotFound, reason: 'no such board' };
		const verdict = await deps.access.admit(url.searchParams.get('token'), boardId);
		if (verdict.ok) {
			const { role, generation } = verdict.claims;
			return { ok: true, boardId, role, generation };
		}
		if (verdict.error === 'not_found') {
			return { ok: false, code: CloseCode.boardNotFound, reason: 'no such board' };
		}
		return { ok: false, code: CloseCode.unauthorized, reason: verdict.error };
	}

	function serve(socket: WebSocket, admission: Admission & { ok: true }): void {
		const { boardId, role, generation } = admission;
		const connection = new Connection(socket, boardId, role, deps.maxBufferedBytes);
		const pending: Uint8Array[] = [];
		let room: Room | undefined;
		alive.add(socket);
		socket.on('pong', () => alive.add(socket));
		socket.on('error', (error) => log.debug({ err: error, peer: connection.id }, 'socket error'));
		socket.on('message', (data, isBinary) => {
			if (!isBinary) {
				connection.close(CloseCode.malformed, 'binary frames only');
				return;
			}
			const frame = toBytes(data);
			if (room) handleFrame(room, connection, frame);
			else pending.push(frame);
		});
		socket.on('close', () => {
			if (room) {
				room.leave(connection);
				deps.rooms.release(room);
			}
		});
		// A rotation of this link's role or the board's deletion ends the connection. [T6], [H8]
		const unwatch = deps.access.watch(boardId, { role, generation }, (reason) =>
			reason === 'deleted'
				? connection.close(CloseCode.boardNotFound, 'board deleted')
				: connection.close(CloseCode.unauthorized, 'revoked'),
		);
		socket.once('close', unwatch);
		if (connection.closed) return;
		deps.rooms.acquire(boardId).then(
			(loaded) => {
				if (connection.closed) {
					deps.rooms.release(loaded);
					return;
				}
				room = loaded;
				loaded.join(connection);
				for (const frame of pending.splice(0)) handleFrame(loaded, connection, frame);
			},
			(error: unknown) => {
				log.error({ err: error, board: boardId }, 'loading the board failed');
				connection.close(CloseCode.internalError, 'board could not be loaded');
			},
		);
	}

	function handleFrame(room: Room, connection: Connection, frame: Uint8Array): void {
		if (connection.closed) return;
		const parsed = parseMessage(frame);
		if (!parsed.ok) {
			log.warn({ board: room.boardId, peer: connection.id, reason: parsed.reason }, 'bad frame');
			connection.close(CloseCode.malformed, 'malformed message');
			return;
		}
		room.receive(connection, parsed.message);
	}

	const heartbeat = setInterval(() => {
		for (const socket of wss.clients) {
			if (!alive.has(socket)) {
				socket.terminate();
				continue;
			}
			alive.delete(socket);
			socket.ping();
		}
	}, deps.heartbeatMs);
	heartbeat.unref();

	return {
		handleUpgrade(request, socket, head) {
			admit(request).then(
				(admission) =>
					wss.handleUpgrade(request, socket, head, (ws) => {
						if (admission.ok) serve(ws, admission);
						else ws.close(admission.code, admission.reason);
					}),
				(error: unknown) => {
					log.error({ err: error }, 'admission failed');
					socket.destroy();
				},
			);
		},
		close(code = CloseCode.goingAway) {
			clearInterval(heartbeat);
			for (const socket of wss.clients) socket.close(code, 'server shutting down');
			wss.close();
		},
	};
}
