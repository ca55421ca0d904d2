import { io, type Socket } from 'socket.io-client';
import {
	SessionEvent,
	type Ack,
	type Announcement,
	type BallotMessage,
	type RosterPerson,
	type Draft,
	type BreakoutActivity,
	type BreakoutAssignmentMessage,
	type BreakoutRoomLink,
	type ClientToServerEvents,
	type Role,
	type ServerToClientEvents,
	type SessionAuth,
	type SessionCommand,
	type SessionState,
	type SessionStateMessage,
	type SessionWelcome,
	type Summons,
} from '@groundwork/protocol';
import { addAnnouncement } from './announcements.js';
import { SessionRequestError, isRefusedHandshake } from './sessionErrors.js';

/** The session socket with an ack timeout set, as requests send on it. */
type TimedSocket = ReturnType<Socket<ServerToClientEvents, ClientToServerEvents>['timeout']>;

/** How long a request waits for the server's ack. */
export const SESSION_ACK_TIMEOUT_MS = 5_000;
/** How long to wait before asking again after a refusal that may pass (e.g. "unavailable"). */
const RETRY_AFTER_REFUSAL_MS = 5_000;
/** Longest name and city sent in the handshake (`SessionAuth`). */
const MAX_AUTH_IDENTITY_LENGTH = 80;

/**
 * One board's session-control channel (socket.io at `/socket.io/`, SPEC [C1]-[C3]): who the
 * server says we are, the facilitator's announcements, the facilitated session and its breakout
 * rooms. Fields are reactive (`$state`).
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
	/** One's own private ideas in the current private round. [F10] */
	drafts = $state.raw<Draft[]>([]);
	/** The server's clock minus this browser's, in ms (timers are computed in server time). */
	clockOffset = $state(0);
	/** Facilitators of a main board: the running breakout rooms, with links to visit them. [F9] */
	breakoutRooms = $state.raw<BreakoutRoomLink[]>([]);

	#retry: ReturnType<typeof setTimeout> | undefined;
	#onAnnouncement: ((announcement: Announcement) => void) | undefined;
	#onSummons: ((summons: Summons) => void) | undefined;
	#onSessionChange: ((previous: SessionState | null, next: SessionState) => void) | undefined;
	#onBreakoutGo: ((assignment: BreakoutAssignmentMessage) => void) | undefined;
	#onBreakoutEnd: ((main: { boardId: string }) => void) | undefined;
	/** The handshake's `auth`, kept to change the name and city later. */
	#auth: SessionAuth;
	#bestRoundTrip = Number.POSITIVE_INFINITY;

	constructor(
		boardId: string,
		token: string,
		options: {
			/** This browser's participant key (votes, raised hands). */
			key?: string;
			/** The person's name and city, for breakout assignments. [F9] */
			name?: string;
			city?: string;
			onAnnouncement?: (announcement: Announcement) => void;
			/** "Bring everyone here" from a facilitator. */
			onSummons?: (summons: Summons) => void;
			/** Every new session state, with the one before it. */
			onSessionChange?: (previous: SessionState | null, next: SessionState) => void;
			/** `breakout:go`: the server sends this participant to a breakout room. [F9] */
			onBreakoutGo?: (assignment: BreakoutAssignmentMessage) => void;
			/** `breakout:end`: the breakouts ended, go back to main board `boardId`. [F9] */
			onBreakoutEnd?: (main: { boardId: string }) => void;
		} = {},
	) {
		this.#onAnnouncement = options.onAnnouncement;
		this.#onSummons = options.onSummons;
		this.#onSessionChange = options.onSessionChange;
		this.#onBreakoutGo = options.onBreakoutGo;
		this.#onBreakoutEnd = options.onBreakoutEnd;
		this.#auth = {
			boardId,
			token,
			...(options.key ? { key: options.key } : {}),
			...identityAuth(options.name, options.city),
		};
		this.socket = io({
			path: '/socket.io/',
			auth: { ...this.#auth },
			transports: ['websocket'],
		});
		this.socket.on(SessionEvent.state, this.#onState);
		this.socket.on(SessionEvent.ballot, (ballot) => (this.ballot = ballot));
		this.socket.on(SessionEvent.drafts, (drafts) => (this.drafts = drafts));
		this.socket.on(SessionEvent.summon, (summons) => this.#onSummons?.(summons));
		this.socket.on(SessionEvent.breakoutGo, (assignment) => this.#onBreakoutGo?.(assignment));
		this.socket.on(SessionEvent.breakoutRooms, (rooms) => (this.breakoutRooms = rooms));
		this.socket.on(SessionEvent.breakoutEnd, (main) => this.#onBreakoutEnd?.(main));
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
		if (!message.state.privateMode) this.drafts = [];
		// The links of rooms that no longer run are of no use.
		if (!message.state.breakouts && this.breakoutRooms.length > 0) this.breakoutRooms = [];
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
	command(command: SessionCommand): Promise<Ack> {
		return this.#request((socket) => socket.emitWithAck(SessionEvent.command, command));
	}

	/**
	 * Sends one request and waits for its ack. Never queued: socket.io would send a buffered
	 * request after reconnecting, long after the user was told it failed. Rejects with a
	 * `SessionRequestError` when not connected or without an answer in time.
	 */
	async #request<T>(send: (socket: TimedSocket) => Promise<T>): Promise<T> {
		if (!this.socket.connected) throw new SessionRequestError('offline');
		try {
			return await send(this.socket.timeout(SESSION_ACK_TIMEOUT_MS));
		} catch {
			throw new SessionRequestError('timeout');
		}
	}

	/**
	 * Asks the server how many people and cards each breakout room has now (facilitators of the
	 * main board). Rejects with a `SessionRequestError` when not connected or without an answer
	 * in time. [F9]
	 */
	async activity(): Promise<BreakoutActivity[]> {
		const activity: unknown = await this.#request((socket) =>
			socket.emitWithAck(SessionEvent.breakoutActivity),
		);
		return Array.isArray(activity) ? (activity as BreakoutActivity[]) : [];
	}

	/** The participants on the board now, for placing them in rooms by hand (facilitators). */
	async roster(): Promise<RosterPerson[]> {
		const people: unknown = await this.#request((socket) =>
			socket.emitWithAck(SessionEvent.breakoutRoster),
		);
		return Array.isArray(people) ? (people as RosterPerson[]) : [];
	}

	/**
	 * Tells the server a new name and city (for breakout assignments): they travel in the
	 * handshake, so the socket reconnects with them. Nothing happens when they did not change or
	 * the server refused this connection for good. [F9]
	 */
	identify(name: string, city: string): void {
		const next = identityAuth(name, city);
		if (next.name === this.#auth.name && next.city === this.#auth.city) return;
		const { name: _name, city: _city, ...rest } = this.#auth;
		this.#auth = { ...rest, ...next };
		this.socket.auth = { ...this.#auth };
		if (this.denied) return;
		clearTimeout(this.#retry);
		this.socket.disconnect().connect();
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
	announce(text: string): Promise<Ack> {
		return this.#request((socket) => socket.emitWithAck(SessionEvent.announce, { text }));
	}

	/** Closes the channel for good. */
	destroy(): void {
		clearTimeout(this.#retry);
		this.socket.off();
		this.socket.disconnect();
		this.connected = false;
	}
}

/** The handshake's `name` and `city` (at most 80 characters each), leaving out empty ones. */
function identityAuth(name?: string, city?: string): Pick<SessionAuth, 'name' | 'city'> {
	const auth: Pick<SessionAuth, 'name' | 'city'> = {};
	const trimmedName = name?.trim().slice(0, MAX_AUTH_IDENTITY_LENGTH);
	const trimmedCity = city?.trim().slice(0, MAX_AUTH_IDENTITY_LENGTH);
	if (trimmedName) auth.name = trimmedName;
	if (trimmedCity) auth.city = trimmedCity;
	return auth;
}
