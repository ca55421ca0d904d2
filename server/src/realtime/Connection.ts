import type { WebSocket } from 'ws';
import { CloseCode, type Role } from '@groundwork/protocol';

/** What a room needs from one client connection; the WebSocket itself stays in `realtime/`. */
export interface Peer {
	readonly id: number;
	readonly role: Role;
	readonly closed: boolean;
	send(message: Uint8Array): void;
	close(code: number, reason: string): void;
}

let nextId = 1;

/**
 * One authenticated WebSocket on a board. Sends are dropped once closed; a peer whose unsent
 * bytes exceed `maxBufferedBytes` is closed with 1013 rather than growing server memory. [W5]
 */
export class Connection implements Peer {
	readonly id = nextId++;
	private isClosed = false;

	constructor(
		private readonly socket: WebSocket,
		readonly boardId: string,
		readonly role: Role,
		private readonly maxBufferedBytes: number,
	) {
		socket.once('close', () => {
			this.isClosed = true;
		});
	}

	get closed(): boolean {
		return this.isClosed;
	}

	send(message: Uint8Array): void {
		if (this.isClosed) return;
		if (this.socket.bufferedAmount > this.maxBufferedBytes) {
			this.close(CloseCode.tryAgainLater, 'too slow');
			return;
		}
		this.socket.send(message, { binary: true });
	}

	close(code: number, reason: string): void {
		if (this.isClosed) return;
		this.isClosed = true;
		this.socket.close(code, reason);
	}
}
