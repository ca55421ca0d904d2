import * as Y from 'yjs';
import { migrateDoc } from '@groundwork/protocol';
import type { Logger } from '../log.js';
import type { PubSub } from '../pubsub/PubSub.js';
import { boardChannel, decodeRelayedUpdate, encodeRelayedUpdate } from '../pubsub/boardChannel.js';
import type { DocStorage } from '../storage/DocStorage.js';
import { Room } from './Room.js';

/** What the room manager is built from. */
export interface RoomManagerDeps {
	docs: DocStorage;
	pubsub: PubSub;
	log: Logger;
	/** This instance's id, to skip its own messages on pub/sub. */
	instanceId: string;
	idleEvictMs: number;
	compactEveryUpdates: number;
}

interface Entry {
	room: Promise<Room>;
	evictTimer?: NodeJS.Timeout;
	unsubscribe?: () => Promise<void>;
}

/**
 * Loads boards on first use (once, however many peers join at the same time) and evicts them
 * when their last peer has been gone for `idleEvictMs`, after compacting their storage. [L1]-[L3]
 */
export class RoomManager {
	private readonly entries = new Map<string, Entry>();

	constructor(private readonly deps: RoomManagerDeps) {}

	/** How many boards are in memory. */
	get size(): number {
		return this.entries.size;
	}

	/** True when the board is in memory (loaded or loading). */
	has(boardId: string): boolean {
		return this.entries.has(boardId);
	}

	/** The live room of a board, loading it when needed. Cancels a pending eviction. */
	acquire(boardId: string): Promise<Room> {
		let entry = this.entries.get(boardId);
		if (!entry) {
			const created: Entry = { room: this.load(boardId) };
			entry = created;
			this.entries.set(boardId, created);
			created.room.catch(() => {
				if (this.entries.get(boardId) === created) this.entries.delete(boardId);
			});
		}
		clearTimeout(entry.evictTimer);
		entry.evictTimer = undefined;
		return entry.room;
	}

	/** Tells the manager a peer left; schedules eviction when the room is empty. */
	release(room: Room): void {
		const entry = this.entries.get(room.boardId);
		if (!entry || room.size > 0) return;
		clearTimeout(entry.evictTimer);
		entry.evictTimer = setTimeout(() => void this.evict(room.boardId), this.deps.idleEvictMs);
		entry.evictTimer.unref();
	}

	/** Evicts every board (at shutdown). */
	async closeAll(): Promise<void> {
		await Promise.all([...this.entries.keys()].map((id) => this.evict(id, true)));
	}

	private async load(boardId: string): Promise<Room> {
		const { docs, log } = this.deps;
		const updates = await docs.loadUpdates(boardId);
		const doc = new Y.Doc();
		doc.transact(() => {
			for (const update of updates) Y.applyUpdate(doc, update);
		});
		const room = new Room(boardId, doc, {
			docs,
			log,
			compactEveryUpdates: this.deps.compactEveryUpdates,
			relay: (update) => this.relay(boardId, update),
		});
		const applied = migrateDoc(doc);
		if (applied.length > 0) log.info({ board: boardId, applied }, 'migrated board document');
		const entry = this.entries.get(boardId);
		if (entry) {
			entry.unsubscribe = await this.deps.pubsub.subscribe(boardChannel(boardId), (bytes) =>
				this.onRelayed(room, bytes),
			);
		}
		log.debug({ board: boardId, updates: updates.length }, 'board loaded');
		return room;
	}

	private relay(boardId: string, update: Uint8Array): void {
		const message = encodeRelayedUpdate({ origin: this.deps.instanceId, update });
		void this.deps.pubsub.publish(boardChannel(boardId), message).catch((error: unknown) => {
			this.deps.log.error({ err: error, board: boardId }, 'relaying an update failed');
		});
	}

	private onRelayed(room: Room, bytes: Uint8Array): void {
		try {
			const { origin, update } = decodeRelayedUpdate(bytes);
			if (origin !== this.deps.instanceId) room.applyRemote(update);
		} catch (error) {
			this.deps.log.warn({ err: error, board: room.boardId }, 'ignored a bad relayed update');
		}
	}

	private async evict(boardId: string, force = false): Promise<void> {
		const entry = this.entries.get(boardId);
		if (!entry) return;
		const room = await entry.room.catch(() => undefined);
		if (!room || (!force && room.size > 0) || this.entries.get(boardId) !== entry) return;
		clearTimeout(entry.evictTimer);
		this.entries.delete(boardId);
		await entry.unsubscribe?.();
		await room.compact();
		room.destroy();
		this.deps.log.debug({ board: boardId }, 'board evicted');
	}
}
