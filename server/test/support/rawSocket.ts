import WebSocket from 'ws';

/** A raw WebSocket to the sync endpoint, for sending hand-made or hostile frames. */
export interface RawSocket {
	socket: WebSocket;
	/** Every binary frame received so far. */
	received: Uint8Array[];
	/** Resolves with the close code and reason once the server closes the connection. */
	closed: Promise<{ code: number; reason: string }>;
	opened: Promise<void>;
}

/** Opens `url` and records what comes back. */
export function openRawSocket(url: string): RawSocket {
	const socket = new WebSocket(url);
	const received: Uint8Array[] = [];
	socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
	const closed = new Promise<{ code: number; reason: string }>((resolve) => {
		socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
	});
	const opened = new Promise<void>((resolve, reject) => {
		socket.on('open', () => resolve());
		socket.on('error', reject);
	});
	socket.on('error', () => {});
	return { socket, received, closed, opened };
}
