import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { CloseCode, isBoardId, parseMessage, type Role } from '@groundwork/protocol';
import type { BoardAccess } from '../boards/BoardAccess.js';
import type { Logger } from '../log.js';
import type { ConnectionMetrics } from '../metrics/metrics.js';
import type { Room } from '../rooms/Room.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import { Connection } from './Connection.js';
import { refuseUpgrade, type ConnectionGuard } from './connectionGuard.js';
import { TokenBucket } from './TokenBucket.js';

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
	/** Origin and per-address connection checks before the upgrade; none when absent. [W7] */
	guard?: ConnectionGuard;
	/** What one connection may send per second; 0 (or absent) for no limit. [W7] */
	rateLimits?: { messagesPerSecond: number; bytesPerSecond: number };
	/** Counts connections and their close codes (`/metrics`); none when absent. */
	metrics?: ConnectionMetrics;
}

/** The y-websocket endpoint: handles HTTP upgrades on `/sync/:boardId?token=`. */
export interface SyncEndpoint {
	handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
	/** Closes every connection with `code` and stops the heartbeat. */
	close(code?: number): void;
}

type Admission =
	| { ok: true; boardId: string; role: Role; generation: number; expiresAt: number }
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
		// A malformed escape (`%E0%A4%A`) names no board: refused like any unknown id.
		let boardId: string;
		try {
			boardId = decodeURIComponent(url.pathname.slice(SYNC_PATH.length));
		} catch {
			boardId = '';
		}
		if (!isBoardId(boardId))
			return { ok: false, code: CloseCode.boardNotFound, reason: 'no such board' };
		const verdict = await deps.access.admit(url.searchParams.get('token'), boardId);
		if (verdict.ok) {
			const { role, generation, expiresAt } = verdict.claims;
			return { ok: true, boardId, role, generation, expiresAt };
		}
		if (verdict.error === 'not_found') {
			return { ok: false, code: CloseCode.boardNotFound, reason: 'no such board' };
		}
		return { ok: false, code: CloseCode.unauthorized, reason: verdict.error };
	}

	function serve(socket: WebSocket, admission: Admission & { ok: true }): void {
		const { boardId, role, generation, expiresAt } = admission;
		const withinRate = rateLimiter();
		const connection = new Connection(socket, boardId, role, deps.maxBufferedBytes);
		const pending: { frame: Uint8Array; receivedAt: number }[] = [];
		let room: Room | undefined;
		alive.add(socket);
		deps.metrics?.opened('sync');
		socket.on('pong', () => alive.add(socket));
		socket.on('error', (error) =>
			log.debug({ err: error, board: boardId, peer: connection.id }, 'socket error'),
		);
		socket.on('message', (data, isBinary) => {
			const receivedAt = performance.now();
			if (!isBinary) {
				connection.close(CloseCode.malformed, 'binary frames only');
				return;
			}
			const frame = toBytes(data);
			if (!withinRate(frame.byteLength)) {
				log.warn({ board: boardId, peer: connection.id }, 'sync connection rate limited');
				connection.close(CloseCode.rateLimited, 'rate limited');
				return;
			}
			if (room) handleFrame(room, connection, frame, receivedAt);
			else pending.push({ frame, receivedAt });
		});
		socket.on('close', (code) => {
			deps.metrics?.closed('sync', code);
			if (room) {
				room.leave(connection);
				deps.rooms.release(room);
			}
		});
		// A rotation of this link's role, the board's deletion or the token's expiry ends the
		// connection. [T6], [T7], [H8]
		const unwatch = deps.access.watch(boardId, { role, generation, expiresAt }, (reason) =>
			reason === 'deleted'
				? connection.close(CloseCode.boardNotFound, 'board deleted')
				: connection.close(CloseCode.unauthorized, reason),
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
				for (const { frame, receivedAt } of pending.splice(0)) {
					handleFrame(loaded, connection, frame, receivedAt);
				}
			},
			(error: unknown) => {
				log.error({ err: error, board: boardId }, 'loading the board failed');
				connection.close(CloseCode.internalError, 'board could not be loaded');
			},
		);
	}

	/**
	 * One connection's budget: `messagesPerSecond` (twice that at once) and `bytesPerSecond`
	 * (twice that at once, and always room for one message of `maxMessageBytes`). [W7]
	 */
	function rateLimiter(): (bytes: number) => boolean {
		const { messagesPerSecond = 0, bytesPerSecond = 0 } = deps.rateLimits ?? {};
		const messages =
			messagesPerSecond > 0 ? new TokenBucket(2 * messagesPerSecond, messagesPerSecond) : null;
		const bytes =
			bytesPerSecond > 0
				? new TokenBucket(Math.max(2 * bytesPerSecond, deps.maxMessageBytes), bytesPerSecond)
				: null;
		return (size) => (messages?.take() ?? true) && (bytes?.take(size) ?? true);
	}

	function handleFrame(
		room: Room,
		connection: Connection,
		frame: Uint8Array,
		receivedAt: number,
	): void {
		if (connection.closed) return;
		const parsed = parseMessage(frame);
		if (!parsed.ok) {
			log.warn({ board: room.boardId, peer: connection.id, reason: parsed.reason }, 'bad frame');
			connection.close(CloseCode.malformed, 'malformed message');
			return;
		}
		room.receive(connection, parsed.message, receivedAt);
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
			// A foreign page's origin, or too many new connections from one address, is refused
			// before the upgrade. [W7]
			const refusal = deps.guard?.check(request);
			if (refusal === 'forbidden_origin') {
				deps.metrics?.refused('sync', 403);
				refuseUpgrade(socket, 403, refusal);
				return;
			}
			if (refusal === 'rate_limited') {
				deps.metrics?.refused('sync', 429);
				refuseUpgrade(socket, 429, refusal, deps.guard?.retryAfterSeconds);
				return;
			}
			admit(request).then(
				(admission) =>
					wss.handleUpgrade(request, socket, head, (ws) => {
						if (admission.ok) serve(ws, admission);
						else {
							deps.metrics?.refused('sync', admission.code);
							ws.close(admission.code, admission.reason);
						}
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
