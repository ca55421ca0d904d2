import { io, type Socket } from 'socket.io-client';
import {
	SessionEvent,
	type Ack,
	type Announcement,
	type BallotMessage,
	type ClientToServerEvents,
	type Role,
	type ServerToClientEvents,
	type SessionCommand,
	type SessionState,
	type SessionStateMessage,
	type SessionWelcome,
	type Summons,
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
	/** The id one's raised hand has (from `session:welcome`). [F7] */
	handId = $state<string | null>(null);
	/** True once the server refused the handshake for good (bad token or unknown board). */
	denied = $state(false);
	/** The announcements received, newest first, at most the last 20. */
	announcements = $state.raw<Announcement[]>([]);
	/** The facilitated session (agenda, timer, lock, hands, vote) as the server last sent it. */
	session = $state.raw<SessionState | null>(null);
	/** One's own votes in the open vote. */
	ballot = $state.raw<BallotMessage>({ voteId: null, ballot: {} });
	/** The server's clock minus this browser's, in ms (timers are computed in server time). */
	clockOffset = $state(0);

	#retry: ReturnType<typeof setTimeout> | undefined;
	#onAnnouncement: ((announcement: Announcement) => void) | undefined;
	#onSummons: ((summons: Summons) => void) | undefined;
	#onSessionChange: ((previous: SessionState | null, next: SessionState) => void) | undefined;
	#bestRoundTrip = Number.POSITIVE_INFINITY;

	constructor(
		boardId: string,
		token: string,
		options: {
			/** This browser's participant key (votes, raised hands). */
			key?: string;
			onAnnouncement?: (announcement: Announcement) => void;
			/** "Bring everyone here" from a facilitator. */
			onSummons?: (summons: Summons) => void;
			/** Every new session state, with the one before it. */
			onSessionChange?: (previous: SessionState | null, next: SessionState) => void;
		} = {},
	) {
		this.#onAnnouncement = options.onAnnouncement;
		this.#onSummons = options.onSummons;
		this.#onSessionChange = options.onSessionChange;
		this.socket = io({
			path: '/socket.io/',
			auth: { boardId, token, ...(options.key ? { key: options.key } : {}) },
			transports: ['websocket'],
		});
		this.socket.on(SessionEvent.state, this.#onState);
		this.socket.on(SessionEvent.ballot, (ballot) => (this.ballot = ballot));
		this.socket.on(SessionEvent.summon, (summons) => this.#onSummons?.(summons));
		this.socket.on('connect', this.#onConnect);
		this.socket.on('disconnect', this.#onDisconnect);
		this.socket.on('connect_error', this.#onConnectError);
		this.socket.on(SessionEvent.welcome, this.#onWelcome);
		this.socket.on(SessionEvent.announcement, this.#receive);
	}

	#onConnect = () => {
		this.connected = true;
		void this.#syncClock();
	};

	#onState = (message: SessionStateMessage) => {
		// Until the clock is measured, the state's own send time is the best estimate.
		if (!Number.isFinite(this.#bestRoundTrip)) this.clockOffset = message.now - Date.now();
		const previous = this.session;
		if (previous && message.state.version < previous.version) return;
		this.session = message.state;
		this.#onSessionChange?.(previous, message.state);
	};

	/**
	 * Estimates the server's clock from a few round trips (the fastest one is the most exact:
	 * the server's time is taken as halfway through it), so every timer reads the same. [F3]
	 */
	async #syncClock(): Promise<void> {
		for (let i = 0; i < 3 && this.socket.connected; i++) {
			const sent = Date.now();
			try {
				const serverNow = await this.socket
					.timeout(SESSION_ACK_TIMEOUT_MS)
					.emitWithAck(SessionEvent.clock);
				const received = Date.now();
				const roundTrip = received - sent;
				if (typeof serverNow === 'number' && roundTrip < this.#bestRoundTrip) {
					this.#bestRoundTrip = roundTrip;
					this.clockOffset = serverNow - (sent + roundTrip / 2);
				}
			} catch {
				return;
			}
		}
	}

	/** The server's time now, as this browser estimates it. */
	serverNow(): number {
		return Date.now() + this.clockOffset;
	}

	/**
	 * Sends one command on the facilitated session. Resolves with the server's answer; rejects
	 * with a `SessionRequestError` when not connected or without an answer in time.
	 */
	async command(command: SessionCommand): Promise<Ack> {
		if (!this.socket.connected) throw new SessionRequestError('offline');
		try {
			return await this.socket
				.timeout(SESSION_ACK_TIMEOUT_MS)
				.emitWithAck(SessionEvent.command, command);
		} catch {
			throw new SessionRequestError('timeout');
		}
	}

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
		this.handId = welcome.handId ?? null;
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
