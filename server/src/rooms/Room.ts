import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import {
	CloseCode,
	can,
	decodeAwarenessUpdate,
	encodeAwarenessMessage,
	encodeSyncStep1,
	encodeSyncStep2,
	encodeUpdateMessage,
	parsePresenceState,
	type Editor,
	type SyncMessage,
} from '@groundwork/protocol';
import type { Logger } from '../log.js';
import type { RoomMetrics } from '../metrics/metrics.js';
import type { Peer } from '../realtime/Connection.js';
import type { DocStorage } from '../storage/DocStorage.js';
import { checkPresenceUpdate } from './presence.js';
import { ItemLocks } from './ItemLocks.js';

/** True when an update holds no change (no structs, no deletions). */
function isEmptyUpdate(update: Uint8Array): boolean {
	try {
		const { structs, ds } = Y.decodeUpdate(update);
		return structs.length === 0 && ds.clients.size === 0;
	} catch {
		return false;
	}
}

/** Origin of changes that arrived from another instance through pub/sub. */
export const REMOTE_ORIGIN = Symbol('remote');

/** Origin of changes the server makes itself (an HTTP import), through `Room.transact`. */
export const SERVER_ORIGIN = Symbol('server');

/** Documents at least this large keep their whole-document step 2 cached for joiners. */
export const FULL_STATE_CACHE_MIN_BYTES = 64 * 1024;

/** Presence changes are gathered for this long and sent as one message to every peer. */
export const PRESENCE_BATCH_MS = 20;

/** What a room needs from the rest of the server. */
export interface RoomDeps {
	docs: DocStorage;
	log: Logger;
	/** Called with each update this instance stored, to fan it out to other instances. */
	relayUpdate: (update: Uint8Array) => void;
	/** Called with each presence change of this instance's peers, for other instances. */
	relayPresence: (update: Uint8Array) => void;
	/** Compact after this many stored updates. */
	compactEveryUpdates: number;
	/**
	 * Largest the board's encoded document may grow, in bytes: a peer's update that would make it
	 * larger is refused whole and its connection closed with `documentTooLarge`. None when
	 * absent. [W6]
	 */
	maxDocBytes?: number;
	/**
	 * Called when this instance changed the document: with who did it when a peer did (as their
	 * presence names them), without for the server's own changes.
	 */
	onChange?: (editor?: Editor) => void;
	/** Counts updates, presence, fan-out and storage latency (`/metrics`); none when absent. */
	metrics?: RoomMetrics;
}

/**
 * One live board: its Y.Doc, its awareness and its peers. Every accepted update is appended to
 * storage in the same tick, relayed to other instances once stored, and encoded once for all
 * other peers. Presence changes are batched per board. An update that would make the document
 * larger than `maxDocBytes` is refused whole. [S1], [W3], [W6], [R3], [P1]-[P3]
 */
export class Room {
	readonly awareness: awarenessProtocol.Awareness;
	private readonly peers = new Map<Peer, Set<number>>();
	private updatesSinceCompaction = 0;
	private compacting: Promise<unknown> | undefined;
	/** When the update being applied arrived (`performance.now()`), for the fan-out time. */
	private updateReceivedAt: number | undefined;
	/**
	 * The document's encoded size as far as known, for `maxDocBytes`: measured (one
	 * `encodeStateAsUpdate`) when first needed, after a compaction and when the estimate reaches
	 * the limit; in between, the bytes of every update since are added (an upper bound), so no
	 * update costs an encoding of the document. Undefined until measured. [W6]
	 */
	private docBytes: number | undefined;
	private docBytesExact = false;
	/** Sync step 2 with the whole document, for joiners that have nothing; reset on change. */
	private fullState: Uint8Array | undefined;
	private readonly presenceChanged = new Set<number>();
	private readonly presenceToRelay = new Set<number>();
	/** Client ids of people on other instances, with the instance they are on. */
	private readonly remoteOwners = new Map<number, string>();
	private presenceTimer: NodeJS.Timeout | undefined;
	private isLocked = false;
	/** Peers whose updates were dropped while locked: later updates of theirs depend on them. */
	private readonly diverged = new Set<Peer>();
	/** Locks on single cards and frames. [F5] */
	private readonly itemLocks: ItemLocks;

	constructor(
		readonly boardId: string,
		readonly doc: Y.Doc,
		private readonly deps: RoomDeps,
	) {
		this.itemLocks = new ItemLocks(doc);
		this.awareness = new awarenessProtocol.Awareness(doc);
		this.awareness.setLocalState(null);
		doc.on('update', this.onDocUpdate);
		this.awareness.on('update', this.onAwarenessUpdate);
	}

	/** While true only facilitators' updates are applied (the session's board lock). [F5] */
	get locked(): boolean {
		return this.isLocked;
	}

	/**
	 * Locks or unlocks the board. On unlock, peers whose updates were dropped meanwhile are
	 * closed with `resync`: their provider reconnects and sends them again in the sync exchange
	 * (Yjs would otherwise hold every later update of theirs as missing its predecessors). [F5]
	 */
	set locked(locked: boolean) {
		this.isLocked = locked;
		if (locked) return;
		for (const peer of this.diverged) peer.close(CloseCode.resync, 'board unlocked');
		this.diverged.clear();
	}

	/** The cards and frames only facilitators may change (the session's `lockedItems`). [F5] */
	get lockedItems(): ReadonlySet<string> {
		return this.itemLocks.ids;
	}

	set lockedItems(ids: readonly string[]) {
		this.itemLocks.set(ids);
	}

	/** How many peers are connected. */
	get size(): number {
		return this.peers.size;
	}

	/** Adds a peer and starts the sync handshake. */
	join(peer: Peer): void {
		this.peers.set(peer, new Set());
		peer.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
		this.sendAllPresence(peer);
	}

	/** Removes a peer and the presence it owned. */
	leave(peer: Peer): void {
		const owned = this.peers.get(peer);
		this.peers.delete(peer);
		this.diverged.delete(peer);
		if (owned && owned.size > 0) {
			awarenessProtocol.removeAwarenessStates(this.awareness, [...owned], peer);
		}
	}

	/**
	 * Handles one parsed message from a peer; `receivedAt` (`performance.now()` when its frame
	 * arrived) starts the fan-out time of an update.
	 */
	receive(peer: Peer, message: SyncMessage, receivedAt = performance.now()): void {
		switch (message.type) {
			case 'syncStep1':
				peer.send(this.stateFor(message.stateVector));
				return;
			case 'syncStep2':
			case 'update':
				this.updateReceivedAt = receivedAt;
				try {
					this.applyFromPeer(peer, message.update);
				} finally {
					this.updateReceivedAt = undefined;
				}
				return;
			case 'awareness':
				this.deps.metrics?.awareness('local');
				this.applyPresence(peer, message.update);
				return;
			case 'queryAwareness':
				this.sendAllPresence(peer);
				return;
		}
	}

	/** Applies an update that another instance stored (`receivedAt` as in `receive`). */
	applyRemote(update: Uint8Array, receivedAt = performance.now()): void {
		this.updateReceivedAt = receivedAt;
		try {
			Y.applyUpdate(this.doc, update, REMOTE_ORIGIN);
		} finally {
			this.updateReceivedAt = undefined;
		}
	}

	/**
	 * Changes the document on the server's own behalf (an HTTP import) in one transaction. Its
	 * update takes the path of a peer's: stored, relayed to other instances, sent to every peer.
	 * [S1], [L4]
	 */
	transact<T>(change: (doc: Y.Doc) => T): T {
		return this.doc.transact(() => change(this.doc), SERVER_ORIGIN);
	}

	/** Applies a presence update from the instance `origin`, remembering whose people they are. */
	applyRemotePresence(update: Uint8Array, origin: string): void {
		this.deps.metrics?.awareness('remote');
		for (const entry of decodeAwarenessUpdate(update)) {
			if (entry.state === null) this.remoteOwners.delete(entry.clientId);
			else this.remoteOwners.set(entry.clientId, origin);
		}
		awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE_ORIGIN);
	}

	/** Removes the presence of people whose instance is no longer alive. [P5] */
	expireRemotePresence(isAlive: (origin: string) => boolean): void {
		const stale = [...this.remoteOwners].filter(([, origin]) => !isAlive(origin));
		if (stale.length === 0) return;
		for (const [clientId] of stale) this.remoteOwners.delete(clientId);
		awarenessProtocol.removeAwarenessStates(
			this.awareness,
			stale.map(([clientId]) => clientId),
			REMOTE_ORIGIN,
		);
	}

	/** The presence of this instance's own peers, for an instance that asks. */
	localPresence(): Uint8Array | undefined {
		const ids = [...this.peers.values()].flatMap((owned) => [...owned]);
		return ids.length > 0
			? awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)
			: undefined;
	}

	/** Merges the stored updates into a snapshot, once at a time. */
	compact(): Promise<unknown> {
		this.updatesSinceCompaction = 0;
		this.docBytes = undefined;
		this.compacting ??= this.deps.docs
			.compact(this.boardId)
			.catch((error: unknown) => {
				this.deps.log.error({ err: error, board: this.boardId }, 'compaction failed');
				this.deps.metrics?.persistenceError('compact');
			})
			.finally(() => {
				this.compacting = undefined;
			});
		return this.compacting;
	}

	/** Closes every peer and releases the document. */
	destroy(code: number = CloseCode.goingAway, reason = 'board closed'): void {
		clearTimeout(this.presenceTimer);
		for (const peer of [...this.peers.keys()]) peer.close(code, reason);
		this.peers.clear();
		this.itemLocks.set([]);
		this.doc.off('update', this.onDocUpdate);
		this.awareness.off('update', this.onAwarenessUpdate);
		this.awareness.destroy();
		this.doc.destroy();
	}

	private stateFor(stateVector: Uint8Array): Uint8Array {
		// An empty state vector is one zero byte: the joiner has nothing, send the cached whole.
		// Small documents are cheap to encode and not worth the memory of a cached copy.
		if (stateVector.length === 1 && stateVector[0] === 0) {
			if (this.fullState) return this.fullState;
			const message = encodeSyncStep2(Y.encodeStateAsUpdate(this.doc));
			if (message.byteLength >= FULL_STATE_CACHE_MIN_BYTES) this.fullState = message;
			return message;
		}
		return encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector));
	}

	private applyFromPeer(peer: Peer, update: Uint8Array): void {
		if (!can(peer.role, 'editContent')) {
			this.deps.log.debug({ board: this.boardId, peer: peer.id }, 'dropped update from viewer');
			return;
		}
		if (this.isLocked && !can(peer.role, 'facilitate')) {
			this.deps.log.debug({ board: this.boardId, peer: peer.id }, 'dropped update: board locked');
			// A joiner's sync step 2 with nothing new in it changes nothing; anything else does.
			if (!isEmptyUpdate(update)) this.diverged.add(peer);
			return;
		}
		if (!this.fitsDocLimit(update)) {
			const limit = this.deps.maxDocBytes;
			this.deps.log.warn(
				{ board: this.boardId, peer: peer.id, bytes: update.byteLength, limit },
				'update refused: the document would be too large',
			);
			peer.close(CloseCode.documentTooLarge, 'document too large');
			return;
		}
		try {
			if (can(peer.role, 'facilitate')) Y.applyUpdate(this.doc, update, peer);
			else if (!this.itemLocks.apply(update, peer)) {
				this.deps.log.debug({ board: this.boardId, peer: peer.id }, 'reverted: locked item');
			}
		} catch (error) {
			this.deps.log.warn({ err: error, board: this.boardId, peer: peer.id }, 'update refused');
			peer.close(CloseCode.malformed, 'update could not be applied');
		}
	}

	/** True when the document stays within `maxDocBytes` with `update` applied. [W6] */
	private fitsDocLimit(update: Uint8Array): boolean {
		const limit = this.deps.maxDocBytes;
		if (limit === undefined) return true;
		if (update.byteLength > limit) return false;
		if (
			this.docBytes === undefined ||
			(!this.docBytesExact && this.docBytes + update.byteLength > limit)
		) {
			this.docBytes = Y.encodeStateAsUpdate(this.doc).byteLength;
			this.docBytesExact = true;
		}
		return this.docBytes + update.byteLength <= limit;
	}

	private applyPresence(peer: Peer, update: Uint8Array): void {
		const owned = this.peers.get(peer);
		if (!owned) return;
		const check = checkPresenceUpdate(update, peer.role, (clientId) =>
			this.ownedByOther(peer, clientId),
		);
		if (!check.ok) {
			this.deps.log.warn(
				{ board: this.boardId, peer: peer.id, reason: check.reason },
				'presence refused',
			);
			peer.close(CloseCode.malformed, 'invalid presence');
			return;
		}
		for (const entry of check.entries) {
			if (entry.state === null) owned.delete(entry.clientId);
			else owned.add(entry.clientId);
		}
		awarenessProtocol.applyAwarenessUpdate(this.awareness, check.update, peer);
	}

	/** Who a peer is, as its presence says (name and city), when it has said. */
	private editorOf(origin: unknown): Editor | undefined {
		const owned = this.peers.get(origin as Peer);
		if (!owned) return undefined;
		for (const clientId of owned) {
			const parsed = parsePresenceState(this.awareness.getStates().get(clientId) ?? null);
			const user = parsed.ok ? parsed.state?.user : undefined;
			if (user) return { name: user.name, city: user.city };
		}
		return undefined;
	}

	private ownedByOther(peer: Peer, clientId: number): boolean {
		for (const [other, owned] of this.peers) {
			if (other !== peer && owned.has(clientId)) return true;
		}
		return false;
	}

	private sendAllPresence(peer: Peer): void {
		const clients = [...this.awareness.getStates().keys()];
		if (clients.length === 0) return;
		peer.send(
			encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients)),
		);
	}

	private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
		this.fullState = undefined;
		if (this.docBytes !== undefined) {
			this.docBytes += update.byteLength;
			this.docBytesExact = false;
		}
		// An update from another instance was stored and relayed by the instance that accepted it.
		const { metrics } = this.deps;
		if (origin !== REMOTE_ORIGIN) {
			const storing = performance.now();
			this.deps.docs.appendUpdate(this.boardId, update).then(
				() => {
					metrics?.persisted((performance.now() - storing) / 1000);
					this.deps.relayUpdate(update);
				},
				(error: unknown) => {
					this.deps.log.error({ err: error, board: this.boardId }, 'storing an update failed');
					metrics?.persistenceError('append');
				},
			);
			if (++this.updatesSinceCompaction >= this.deps.compactEveryUpdates) void this.compact();
			this.deps.onChange?.(this.editorOf(origin));
		}
		this.broadcast(encodeUpdateMessage(update), origin);
		if (metrics) {
			const from = origin === REMOTE_ORIGIN ? 'remote' : 'local';
			metrics.update(from, update.byteLength);
			const receivedAt = this.updateReceivedAt;
			if (receivedAt !== undefined) metrics.fanout(from, (performance.now() - receivedAt) / 1000);
		}
	};

	private readonly onAwarenessUpdate = (
		changes: { added: number[]; updated: number[]; removed: number[] },
		origin: unknown,
	): void => {
		const changed = [...changes.added, ...changes.updated, ...changes.removed];
		if (changed.length === 0) return;
		for (const id of changed) {
			this.presenceChanged.add(id);
			// Changes that came from another instance are not ours to relay.
			if (origin !== REMOTE_ORIGIN) this.presenceToRelay.add(id);
		}
		this.presenceTimer ??= setTimeout(this.flushPresence, PRESENCE_BATCH_MS);
	};

	/** Sends the window's presence changes: one message to every peer, one to other instances. */
	private readonly flushPresence = (): void => {
		this.presenceTimer = undefined;
		const changed = [...this.presenceChanged];
		const toRelay = [...this.presenceToRelay];
		this.presenceChanged.clear();
		this.presenceToRelay.clear();
		if (toRelay.length > 0) {
			this.deps.relayPresence(awarenessProtocol.encodeAwarenessUpdate(this.awareness, toRelay));
		}
		if (changed.length === 0 || this.peers.size === 0) return;
		const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
		this.broadcast(encodeAwarenessMessage(update), null);
	};

	private broadcast(message: Uint8Array, except: unknown): void {
		for (const peer of this.peers.keys()) {
			if (peer !== except) peer.send(message);
		}
	}
}
