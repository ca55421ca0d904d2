import type { Awareness } from 'y-protocols/awareness';
import { CURSOR_THROTTLE_MS, parsePresenceState, type Role } from '@groundwork/protocol';
import { cityColour } from './cityColour.js';
import type { Identity } from './identity.js';
import { throttle } from './throttle.js';

/** A point in grid-content coordinates (CSS pixels from the grid's top-left corner). */
export interface CursorPoint {
	x: number;
	y: number;
}

/** Another person on the board, as published through awareness. */
export interface Peer {
	clientId: number;
	name: string;
	city: string;
	color: string;
	/** Stamped by the server from the person's link; undefined until the server has seen them. */
	role: Role | undefined;
	cursor: CursorPoint | null;
}

/** Reads the valid remote presence states of `awareness`, sorted by name. */
export function readPeers(awareness: Awareness): Peer[] {
	const peers: Peer[] = [];
	for (const [clientId, raw] of awareness.getStates()) {
		if (clientId === awareness.clientID) continue;
		const parsed = parsePresenceState(raw);
		if (!parsed.ok || !parsed.state) continue;
		const { user, cursor } = parsed.state;
		if (!user) continue;
		peers.push({
			clientId,
			name: user.name,
			city: user.city,
			color: user.color,
			role: user.role,
			cursor: cursor ?? null,
		});
	}
	return peers.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/**
 * The user's own presence and everyone else's. Publishes `{ user: { name, city, color },
 * cursor }` (protocol's presence schema; the server adds the role) and keeps `peers` current.
 */
export class Presence {
	/** Everyone else on the board with a valid presence. */
	peers = $state<Peer[]>([]);
	#awareness: Awareness;
	#identity: Identity | null = null;
	#cursor: CursorPoint | null = null;
	#publishCursor = throttle(() => this.#publish(), CURSOR_THROTTLE_MS);

	constructor(awareness: Awareness) {
		this.#awareness = awareness;
		awareness.on('change', this.#onChange);
		this.#onChange();
	}

	#onChange = () => {
		this.peers = readPeers(this.#awareness);
	};

	#publish(): void {
		if (!this.#identity) return;
		const { name, city } = this.#identity;
		this.#awareness.setLocalState({
			user: { name, city, color: cityColour(city) },
			cursor: this.#cursor,
		});
	}

	/** Announces (or re-announces after a change) who the user is. */
	setIdentity(identity: Identity): void {
		this.#identity = identity;
		this.#publish();
	}

	/** Moves the user's cursor (null: off the grid). Sent at most every CURSOR_THROTTLE_MS. */
	setCursor(point: CursorPoint | null): void {
		const rounded = point && { x: Math.round(point.x), y: Math.round(point.y) };
		if (rounded?.x === this.#cursor?.x && rounded?.y === this.#cursor?.y) return;
		this.#cursor = rounded;
		this.#publishCursor();
	}

	/** Stops listening; the connection removes the local state itself. */
	destroy(): void {
		this.#publishCursor.cancel();
		this.#awareness.off('change', this.#onChange);
	}
}
