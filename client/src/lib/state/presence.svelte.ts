import type { Awareness } from 'y-protocols/awareness';
import {
	CURSOR_THROTTLE_MS,
	MAX_SHARED_SELECTION,
	parsePresenceState,
	type Rect,
	type Role,
} from '@groundwork/protocol';
import { cityColour } from './cityColour.js';
import type { Identity } from './identity.js';
import { throttle } from './throttle.js';

/** A point in board units (the canvas's coordinates). */
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
	/** The cards they have selected. */
	selection: string[];
	/** The part of the board they see. */
	viewport: Rect | null;
}

/** Reads the valid remote presence states of `awareness`, sorted by name. */
export function readPeers(awareness: Awareness): Peer[] {
	const peers: Peer[] = [];
	for (const [clientId, raw] of awareness.getStates()) {
		if (clientId === awareness.clientID) continue;
		const parsed = parsePresenceState(raw);
		if (!parsed.ok || !parsed.state) continue;
		const { user, cursor, selection, viewport } = parsed.state;
		if (!user) continue;
		peers.push({
			clientId,
			name: user.name,
			city: user.city,
			color: user.color,
			role: user.role,
			cursor: cursor ?? null,
			selection: selection ?? [],
			viewport: viewport ?? null,
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
	#selection: string[] = [];
	#viewport: Rect | null = null;
	#publishCursor = throttle(() => this.#publish(), CURSOR_THROTTLE_MS);

	constructor(awareness: Awareness) {
		this.#awareness = awareness;
		awareness.on('change', this.#onChange);
		this.#onChange();
	}

	/**
	 * Someone's presence changed. The user's own changes (the pointer, the view while panning)
	 * come here too, many times a second: they change no peer, so they are skipped rather than
	 * making everything that shows peers render again.
	 */
	#onChange = (change?: { added: number[]; updated: number[]; removed: number[] }) => {
		const own = this.#awareness.clientID;
		if (
			change &&
			[...change.added, ...change.updated, ...change.removed].every((id) => id === own)
		) {
			return;
		}
		this.peers = readPeers(this.#awareness);
	};

	#publish(): void {
		if (!this.#identity) return;
		const { name, city } = this.#identity;
		this.#awareness.setLocalState({
			user: { name, city, color: cityColour(city) },
			cursor: this.#cursor,
			selection: this.#selection,
			viewport: this.#viewport,
		});
	}

	/** The city of the person whose Yjs client is `clientId`, when they are here. */
	cityOf(clientId: number): string | undefined {
		return this.peers.find((peer) => peer.clientId === clientId)?.city;
	}

	/** Announces (or re-announces after a change) who the user is. */
	setIdentity(identity: Identity): void {
		this.#identity = identity;
		this.#publish();
	}

	/** Moves the user's cursor (null: off the canvas). Sent at most every CURSOR_THROTTLE_MS. */
	setCursor(point: CursorPoint | null): void {
		const rounded = point && { x: Math.round(point.x), y: Math.round(point.y) };
		if (rounded?.x === this.#cursor?.x && rounded?.y === this.#cursor?.y) return;
		this.#cursor = rounded;
		this.#publishCursor();
	}

	/** Shares the user's selection (the first MAX_SHARED_SELECTION cards of it). */
	setSelection(ids: readonly string[]): void {
		const next = ids.slice(0, MAX_SHARED_SELECTION);
		if (
			next.length === this.#selection.length &&
			next.every((id, i) => id === this.#selection[i])
		) {
			return;
		}
		this.#selection = next;
		this.#publishCursor();
	}

	/** Shares the part of the board the user sees (rounded to whole units). */
	setViewport(rect: Rect | null): void {
		const next = rect && {
			x: Math.round(rect.x),
			y: Math.round(rect.y),
			width: Math.max(1, Math.round(rect.width)),
			height: Math.max(1, Math.round(rect.height)),
		};
		const same =
			next?.x === this.#viewport?.x &&
			next?.y === this.#viewport?.y &&
			next?.width === this.#viewport?.width &&
			next?.height === this.#viewport?.height;
		if (same) return;
		this.#viewport = next;
		this.#publishCursor();
	}

	/** Stops listening; the connection removes the local state itself. */
	destroy(): void {
		this.#publishCursor.cancel();
		this.#awareness.off('change', this.#onChange);
	}
}
