import { io, type Socket } from 'socket.io-client';
import {
	SessionEvent,
	type Ack,
	type Announcement,
	type ClientToServerEvents,
	type Role,
	type ServerToClientEvents,
	type SessionWelcome,
} from '@groundwork/protocol';
import { addAnnouncement } from './announcements.js';
import { SessionRequestError, isRefusedHandshake } from './sessionErrors.js';

/** How long a request waits for the server's ack. */
export const SESSION_ACK_TIMEOUT_MS = 5_000;
/** How long to wait before asking again after a refusal that may pass (e.g. "unavailable"). */
const RETRY_AFTER_REFUSAL_MS = 5_000;

/**
 * One board's session-control channel (socket.io at `/socket.io/`, SPEC [C1]-[C3]): who the
 * server says we are, and the facilitator's announcements. Fields are reactive (`$state`).
 */
export class SessionConnection {
	readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;

	/** True while the server has accepted this connection. */
	connected = $state(false);
	/** The role the server granted (from `session:welcome`); null until welcomed. */
	role = $state<Role | null>(null);
	/** True once the server refused the handshake for good (bad token or unknown board). */
	denied = $state(false);
	/** The announcements received, newest first, at most the last 20. */
	announcements = $state.raw<Announcement[]>([]);

	#retry: ReturnType<typeof setTimeout> | undefined;
	#onAnnouncement: ((announcement: Announcement) => void) | undefined;

	constructor(
		boardId: string,
		token: string,
		options: { onAnnouncement?: (announcement: Announcement) => void } = {},
	) {
		this.#onAnnouncement = options.onAnnouncement;
		this.socket = io({
			path: '/socket.io/',
			auth: { boardId, token },
			transports: ['websocket'],
		});
		this.socket.on('connect', this.#onConnect);
		this.socket.on('disconnect', this.#onDisconnect);
		this.socket.on('connect_error', this.#onConnectError);
		this.socket.on(SessionEvent.welcome, this.#onWelcome);
		this.socket.on(SessionEvent.announcement, this.#receive);
	}

	#onConnect = () => {
		this.connected = true;
	};

	#onDisconnect = () => {
		this.connected = false;
	};

	#onConnectError = (error: Error) => {
		this.connected = false;
		if (isRefusedHandshake(error)) {
			// The same token would be refused again: stop trying.
			this.denied = true;
			this.socket.disconnect();
			return;
		}
		// Transport errors are retried by socket.io itself; a refusal by the server's middleware
		// (`socket.active` false) is not, so ask again a little later.
		if (!this.socket.active) {
			clearTimeout(this.#retry);
			this.#retry = setTimeout(() => this.socket.connect(), RETRY_AFTER_REFUSAL_MS);
		}
	};

	#onWelcome = (welcome: SessionWelcome) => {
		this.role = welcome.role;
	};

	#receive = (announcement: Announcement) => {
		this.announcements = addAnnouncement(this.announcements, announcement);
		// Only a new newest one is news; a repeat or a late, older delivery is just kept.
		if (this.announcements[0] === announcement) this.#onAnnouncement?.(announcement);
	};

	/**
	 * Asks the server to tell everyone on the board `text` (facilitators only). Resolves with the
	 * server's answer; rejects with a `SessionRequestError` when not connected or when no answer
	 * came within `SESSION_ACK_TIMEOUT_MS`.
	 */
	async announce(text: string): Promise<Ack> {
		// Never queue it: socket.io would send a buffered request after reconnecting, long after
		// the user was told it failed.
		if (!this.socket.connected) throw new SessionRequestError('offline');
		try {
			return await this.socket
				.timeout(SESSION_ACK_TIMEOUT_MS)
				.emitWithAck(SessionEvent.announce, { text });
		} catch {
			throw new SessionRequestError('timeout');
		}
	}

	/** Closes the channel for good. */
	destroy(): void {
		clearTimeout(this.#retry);
		this.socket.off();
		this.socket.disconnect();
		this.connected = false;
	}
}
