import { io, type Socket } from 'socket.io-client';
import type {
	Announcement,
	ClientToServerEvents,
	ServerToClientEvents,
	SessionWelcome,
} from '@groundwork/protocol';

/** A socket.io client of the session endpoint, recording what it receives. */
export interface SessionClient {
	socket: Socket<ServerToClientEvents, ClientToServerEvents>;
	welcome: Promise<SessionWelcome>;
	/** Resolves with the refusal of the handshake, if there is one. */
	refused: Promise<{ message: string; code: number | undefined }>;
	announcements: Announcement[];
	close(): void;
}

/** Connects to `httpUrl`'s session endpoint with a board token (WebSocket transport only). */
export function connectSession(httpUrl: string, boardId: string, token: string): SessionClient {
	const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(httpUrl, {
		auth: { boardId, token },
		transports: ['websocket'],
		reconnection: false,
		forceNew: true,
	});
	const announcements: Announcement[] = [];
	socket.on('session:announcement', (a) => announcements.push(a));
	return {
		socket,
		announcements,
		welcome: new Promise((resolve) => socket.once('session:welcome', resolve)),
		refused: new Promise((resolve) =>
			socket.once('connect_error', (error: Error & { data?: { code?: number } }) =>
				resolve({ message: error.message, code: error.data?.code }),
			),
		),
		close: () => socket.close(),
	};
}
