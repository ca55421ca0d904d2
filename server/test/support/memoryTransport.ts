import * as Y from 'yjs';
import {
	encodeSyncStep1,
	encodeSyncStep2,
	encodeUpdateMessage,
	parseMessage,
	type Role,
} from '@groundwork/protocol';
import type { Peer } from '../../src/realtime/Connection.js';
import type { Room } from '../../src/rooms/Room.js';

let nextPeerId = 1_000_000;

/** A peer whose messages wait in a queue until the test delivers them. */
class QueuedPeer implements Peer {
	readonly id = nextPeerId++;
	closed = false;
	closeCode: number | undefined;
	readonly inbox: Uint8Array[] = [];
	constructor(readonly role: Role) {}
	send(message: Uint8Array): void {
		if (!this.closed) this.inbox.push(message);
	}
	close(code: number): void {
		this.closed = true;
		this.closeCode = code;
	}
}

const FROM_SERVER = Symbol('from-server');

/**
 * A client of a room over an in-memory pipe with explicit delivery, so a test decides the
 * order of every message, when a client is offline, and when it reconnects.
 */
export class MemoryClient {
	readonly doc = new Y.Doc();
	private peer: QueuedPeer | undefined;
	private outbox: Uint8Array[] = [];

	constructor(
		private readonly room: Room,
		readonly role: Role = 'participant',
	) {
		this.doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin !== FROM_SERVER && this.peer) this.outbox.push(encodeUpdateMessage(update));
		});
	}

	get connected(): boolean {
		return this.peer !== undefined;
	}

	/** Messages waiting in either direction. */
	get pending(): number {
		return (this.peer?.inbox.length ?? 0) + this.outbox.length;
	}

	connect(): void {
		if (this.peer) return;
		this.peer = new QueuedPeer(this.role);
		this.room.join(this.peer);
		this.outbox.push(encodeSyncStep1(Y.encodeStateVector(this.doc)));
	}

	/** Drops the connection and everything in flight on it. */
	disconnect(): void {
		if (!this.peer) return;
		this.room.leave(this.peer);
		this.peer = undefined;
		this.outbox = [];
	}

	/** Delivers one queued message: to the server when `toServer`, else from it. */
	deliverOne(toServer: boolean): boolean {
		const peer = this.peer;
		if (!peer) return false;
		const frame = toServer ? this.outbox.shift() : peer.inbox.shift();
		if (!frame) return false;
		const parsed = parseMessage(frame);
		if (!parsed.ok) throw new Error(`bad frame in memory transport: ${parsed.reason}`);
		if (toServer) {
			this.room.receive(peer, parsed.message);
			return true;
		}
		const message = parsed.message;
		if (message.type === 'syncStep1') {
			this.outbox.push(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, message.stateVector)));
		} else if (message.type === 'syncStep2' || message.type === 'update') {
			Y.applyUpdate(this.doc, message.update, FROM_SERVER);
		}
		return true;
	}

	/** Delivers everything queued on this connection, in both directions. */
	flush(): void {
		while (this.deliverOne(true) || this.deliverOne(false)) {
			// keep delivering until both queues are empty
		}
	}
}
