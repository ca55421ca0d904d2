import * as Y from 'yjs';
import { CloseCode, migrateDoc, type Editor } from '@groundwork/protocol';
import type { Logger } from '../log.js';
import type { PubSub } from '../pubsub/PubSub.js';
import {
	BoardEventKind,
	boardChannel,
	decodeBoardEvent,
	encodeBoardEvent,
} from '../pubsub/boardChannel.js';
import type { DocStorage } from '../storage/DocStorage.js';
import type { InstanceLiveness } from '../pubsub/InstanceLiveness.js';
import type { RoomManagerMetrics } from '../metrics/metrics.js';
import { REMOTE_ORIGIN, Room } from './Room.js';

/** What is locked on a board: all of it, or single cards and frames. [F5] */
export interface BoardLocks {
	board: boolean;
	items: readonly string[];
}

/** What the room manager is built from. */
export interface RoomManagerDeps {
	docs: DocStorage;
	pubsub: PubSub;
	log: Logger;
	/** This instance's id, to skip its own messages on pub/sub. */
	instanceId: string;
	idleEvictMs: number;
	compactEveryUpdates: number;
	/** Largest a board's encoded document may grow; none when absent. [W6] */
	maxDocBytes?: number;
	/** Which other instances are alive, to expire the presence of people on dead ones. */
	liveness: InstanceLiveness;
	/**
	 * A board's locks now (its session, [F5]): the whole board, and single cards and frames. Read
	 * before the room takes updates.
	 */
	locks?: (boardId: string) => Promise<BoardLocks>;
	/** Called when a board changed on this instance (its history takes a version later). */
	onChange?: (boardId: string, editor?: Editor) => void;
	/** Counts evictions, and what the rooms report (`/metrics`); none when absent. */
	metrics?: RoomManagerMetrics;
}

const CATCH_UP_RETRY_MS = 100;
const CATCH_UP_RETRY_MAX_MS = 2_000;

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

	private readonly stopReconnect: () => void;
	private readonly sweep: NodeJS.Timeout;

	constructor(private readonly deps: RoomManagerDeps) {
		this.stopReconnect = deps.pubsub.onReconnect(() => void this.catchUpAll());
		this.sweep = setInterval(() => void this.expirePresence(), deps.liveness.ttlMs / 3);
		this.sweep.unref();
	}

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

	/** The board's room if it is in memory (loaded or loading), without loading it. */
	loaded(boardId: string): Promise<Room> | undefined {
		return this.entries.get(boardId)?.room;
	}

	/** Tells the manager a peer left; schedules eviction when the room is empty. */
	release(room: Room): void {
		const entry = this.entries.get(room.boardId);
		if (!entry || room.size > 0) return;
		clearTimeout(entry.evictTimer);
		entry.evictTimer = setTimeout(() => void this.evict(room.boardId), this.deps.idleEvictMs);
		entry.evictTimer.unref();
	}

	/**
	 * Drops a deleted board from memory at once, without compacting (its storage is going away):
	 * its remaining peers are closed with `code`. [H8]
	 */
	async discard(boardId: string, code: number = CloseCode.boardNotFound): Promise<void> {
		const entry = this.entries.get(boardId);
		if (!entry) return;
		this.entries.delete(boardId);
		clearTimeout(entry.evictTimer);
		const room = await entry.room.catch(() => undefined);
		await entry.unsubscribe?.();
		room?.destroy(code, 'board deleted');
		if (room) this.deps.metrics?.evicted('deleted');
	}

	/** Evicts every board (at shutdown). */
	async closeAll(): Promise<void> {
		this.stopReconnect();
		clearInterval(this.sweep);
		await Promise.all([...this.entries.keys()].map((id) => this.evict(id, true)));
	}

	/**
	 * Subscribes to the board's events before reading its storage, keeping what arrives until the
	 * room exists: an update another instance stores between the read and a later subscription
	 * would otherwise never reach this instance (and hold back every later one of its author).
	 */
	private async load(boardId: string): Promise<Room> {
		let loaded: Room | undefined;
		const early: Uint8Array[] = [];
		const unsubscribe = await this.deps.pubsub.subscribe(boardChannel(boardId), (bytes) => {
			if (loaded) this.onEvent(loaded, bytes);
			else early.push(bytes);
		});
		try {
			loaded = await this.build(boardId);
		} catch (error) {
			await unsubscribe();
			throw error;
		}
		for (const bytes of early.splice(0)) this.onEvent(loaded, bytes);
		const entry = this.entries.get(boardId);
		if (entry) entry.unsubscribe = unsubscribe;
		else await unsubscribe();
		this.publish(boardId, BoardEventKind.presenceQuery, new Uint8Array());
		return loaded;
	}

	/** The board's room, from its stored updates, locked as its session says and migrated. */
	private async build(boardId: string): Promise<Room> {
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
			maxDocBytes: this.deps.maxDocBytes,
			relayUpdate: (update) => this.publish(boardId, BoardEventKind.update, update),
			relayPresence: (update) => this.publish(boardId, BoardEventKind.awareness, update),
			onChange: (editor) => this.deps.onChange?.(boardId, editor),
			metrics: this.deps.metrics,
		});
		const locks = await this.deps.locks?.(boardId);
		room.locked = locks?.board ?? false;
		room.lockedItems = locks?.items ?? [];
		const applied = migrateDoc(doc);
		if (applied.length > 0) log.info({ board: boardId, applied }, 'migrated board document');
		log.debug({ board: boardId, updates: updates.length }, 'board loaded');
		return room;
	}

	private publish(boardId: string, kind: BoardEventKind, payload: Uint8Array): void {
		const message = encodeBoardEvent({ kind, origin: this.deps.instanceId, payload });
		this.deps.pubsub.publish(boardChannel(boardId), message).catch((error: unknown) => {
			this.deps.log.warn({ err: error, board: boardId }, 'publishing to other instances failed');
		});
	}

	private onEvent(room: Room, bytes: Uint8Array): void {
		const receivedAt = performance.now();
		try {
			const event = decodeBoardEvent(bytes);
			if (event.origin === this.deps.instanceId) return;
			this.deps.liveness.seen(event.origin);
			if (event.kind === BoardEventKind.update) room.applyRemote(event.payload, receivedAt);
			else if (event.kind === BoardEventKind.awareness) {
				room.applyRemotePresence(event.payload, event.origin);
			} else {
				const presence = room.localPresence();
				if (presence) this.publish(room.boardId, BoardEventKind.awareness, presence);
			}
		} catch (error) {
			this.deps.log.warn({ err: error, board: room.boardId }, 'ignored a bad board event');
		}
	}

	private async expirePresence(): Promise<void> {
		for (const entry of this.entries.values()) {
			const room = await entry.room.catch(() => undefined);
			room?.expireRemotePresence((origin) => this.deps.liveness.isAlive(origin));
		}
	}

	/** After a break in pub/sub: reload what other instances stored meanwhile, re-share presence. */
	private async catchUpAll(): Promise<void> {
		await Promise.all([...this.entries.keys()].map((boardId) => this.catchUp(boardId)));
	}

	/**
	 * Reloads one board's stored updates. Storage may come back a little after pub/sub (they are
	 * separate connections), so a failed read is retried until it works or the board is gone.
	 */
	private async catchUp(boardId: string): Promise<void> {
		for (let attempt = 0; ; attempt++) {
			const entry = this.entries.get(boardId);
			if (!entry) return;
			try {
				const room = await entry.room;
				const updates = await this.deps.docs.loadUpdates(boardId);
				room.doc.transact(() => {
					for (const update of updates) room.applyRemote(update);
				}, REMOTE_ORIGIN);
				this.publish(boardId, BoardEventKind.presenceQuery, new Uint8Array());
				const presence = room.localPresence();
				if (presence) this.publish(boardId, BoardEventKind.awareness, presence);
				return;
			} catch (error) {
				if (attempt === 0) {
					this.deps.log.warn(
						{ err: error, board: boardId },
						'catching up after a break failed; retrying',
					);
				}
				const delay = Math.min(CATCH_UP_RETRY_MAX_MS, CATCH_UP_RETRY_MS * 2 ** attempt);
				await new Promise((resolve) => setTimeout(resolve, delay).unref());
			}
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
		this.deps.metrics?.evicted(force ? 'shutdown' : 'idle');
		this.deps.log.debug({ board: boardId }, 'board evicted');
	}
}
