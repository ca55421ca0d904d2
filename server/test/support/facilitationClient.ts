import { io, type Socket } from 'socket.io-client';
import type {
	Ack,
	BallotMessage,
	ClientToServerEvents,
	ServerToClientEvents,
	SessionAuth,
	SessionState,
	SessionStateMessage,
	Summons,
} from '@groundwork/protocol';
import { waitFor } from './waitFor.js';

/** A session connection that records every event it receives, in order. */
export interface FacilitationClient {
	key: string | undefined;
	socket: Socket<ServerToClientEvents, ClientToServerEvents>;
	events: { event: string; payload: unknown }[];
	/** Every payload of `event` received so far, in order. */
	received<T>(event: string): T[];
	states(): SessionStateMessage[];
	ballots(): BallotMessage[];
	summons(): Summons[];
	/** The newest session state received (by version, as a client keeps it). */
	state(): SessionState;
	command(input: unknown): Promise<Ack>;
	clock(): Promise<number>;
	close(): void;
}

/** Every payload of `event` that `client` received, in order. */
export function eventsOf<T>(client: { events: FacilitationClient['events'] }, event: string): T[] {
	return client.events.filter((entry) => entry.event === event).map((entry) => entry.payload as T);
}

/**
 * Connects to `httpUrl`'s session endpoint with the handshake `auth` (WebSocket transport only,
 * no reconnection) and resolves once the first session state arrived. `label` names the client
 * in a timeout's message.
 */
export async function joinSession(
	httpUrl: string,
	auth: SessionAuth,
	label: string,
	track: (client: FacilitationClient) => void = () => {},
): Promise<FacilitationClient> {
	const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(httpUrl, {
		auth: { ...auth },
		transports: ['websocket'],
		reconnection: false,
		forceNew: true,
	});
	const events: FacilitationClient['events'] = [];
	socket.onAny((event: string, payload: unknown) => events.push({ event, payload }));
	const client: FacilitationClient = {
		key: auth.key,
		socket,
		events,
		received: (event) => eventsOf(client, event),
		states: () => eventsOf<SessionStateMessage>(client, 'session:state'),
		ballots: () => eventsOf<BallotMessage>(client, 'session:ballot'),
		summons: () => eventsOf<Summons>(client, 'attention:summon'),
		state: () => {
			const newest = client
				.states()
				.reduce<SessionStateMessage | undefined>(
					(best, message) => (!best || message.state.version > best.state.version ? message : best),
					undefined,
				);
			if (!newest) throw new Error('no session state yet');
			return newest.state;
		},
		command: (input) => new Promise((resolve) => socket.emit('session:command', input, resolve)),
		clock: () => new Promise((resolve) => socket.emit('session:clock', resolve)),
		close: () => socket.close(),
	};
	// Tracked before the wait, so a client that never gets its state is still closed.
	track(client);
	await waitFor(() => client.states().length > 0, { message: `${label}’s first session state` });
	return client;
}
