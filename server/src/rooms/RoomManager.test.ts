import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
	SCHEMA_VERSION,
	documentSchemaVersion,
	encodeAwarenessUpdate,
	type Role,
} from '@groundwork/protocol';
import { InstanceLiveness } from '../pubsub/InstanceLiveness.js';
import { LocalPubSub } from '../pubsub/LocalPubSub.js';
import type { Peer } from '../realtime/Connection.js';
import { MemoryDocStorage } from '../storage/MemoryDocStorage.js';
import { RoomManager } from './RoomManager.js';

const BOARD = 'board-0001';
const IDLE_EVICT_MS = 5_000;
const PRESENCE_TTL_MS = 3_000;
const log = pino({ level: 'silent' });

/** Memory storage that counts loads and compactions. */
class CountingStorage extends MemoryDocStorage {
	loads = 0;
	compactions = 0;

	override async loadUpdates(boardId: string): Promise<Uint8Array[]> {
		this.loads++;
		return super.loadUpdates(boardId);
	}

	override async compact(boardId: string): Promise<number> {
		this.compactions++;
		return super.compact(boardId);
	}
}

class FakePeer implements Peer {
	private static nextId = 1;
	readonly id = FakePeer.nextId++;
	closed = false;
	constructor(readonly role: Role) {}
	send(): void {}
	close(): void {
		this.closed = true;
	}
}

let docs: CountingStorage;
let pubsub: LocalPubSub;
let manager: RoomManager;

beforeEach(() => {
	vi.useFakeTimers();
	docs = new CountingStorage();
	pubsub = new LocalPubSub();
	manager = new RoomManager({
		docs,
		pubsub,
		log,
		instanceId: 'instance-a',
		idleEvictMs: IDLE_EVICT_MS,
		compactEveryUpdates: 1000,
		liveness: new InstanceLiveness(pubsub, 'instance-a', PRESENCE_TTL_MS),
	});
});

afterEach(async () => {
	await manager.closeAll();
	await pubsub.close();
	vi.useRealTimers();
});

/** Writes `count` separate edits to the board, as a participant would. */
function edit(doc: Y.Doc, count: number, prefix = 'k'): void {
	for (let i = 0; i < count; i++) doc.getMap('meta').set(`${prefix}${i}`, i);
}

describe('RoomManager', () => {
	it('[L1] two concurrent acquires load the board once and share the room', async () => {
		const [a, b] = await Promise.all([manager.acquire(BOARD), manager.acquire(BOARD)]);
		expect(a).toBe(b);
		expect(docs.loads).toBe(1);
		expect(manager.size).toBe(1);
		expect(await manager.acquire(BOARD)).toBe(a);
		expect(docs.loads).toBe(1);
	});

	it('[D4] a loaded board is migrated to the current schema, and the migration is stored', async () => {
		const room = await manager.acquire(BOARD);
		expect(documentSchemaVersion(room.doc)).toBe(SCHEMA_VERSION);
		const stored = new Y.Doc();
		for (const update of await docs.loadUpdates(BOARD)) Y.applyUpdate(stored, update);
		expect(documentSchemaVersion(stored)).toBe(SCHEMA_VERSION);
	});

	it('[L2] an empty room is compacted and evicted idleEvictMs after its release, not before', async () => {
		const room = await manager.acquire(BOARD);
		edit(room.doc, 4);
		expect((await docs.loadUpdates(BOARD)).length).toBeGreaterThan(1);

		manager.release(room);
		await vi.advanceTimersByTimeAsync(IDLE_EVICT_MS - 1);
		expect(manager.has(BOARD)).toBe(true);
		expect(docs.compactions).toBe(0);

		await vi.advanceTimersByTimeAsync(1);
		await vi.waitFor(() => expect(docs.compactions).toBe(1));
		expect(manager.has(BOARD)).toBe(false);
		expect(manager.size).toBe(0);
		expect(await docs.loadUpdates(BOARD)).toHaveLength(1);
	});

	it('[L2] a room with a peer is not evicted', async () => {
		const room = await manager.acquire(BOARD);
		const peer = new FakePeer('participant');
		room.join(peer);
		manager.release(room);
		await vi.advanceTimersByTimeAsync(IDLE_EVICT_MS * 3);
		expect(manager.has(BOARD)).toBe(true);
		expect(docs.compactions).toBe(0);
		expect(peer.closed).toBe(false);

		room.leave(peer);
		manager.release(room);
		await vi.advanceTimersByTimeAsync(IDLE_EVICT_MS);
		await vi.waitFor(() => expect(manager.has(BOARD)).toBe(false));
	});

	it('[L2] acquiring before the timer fires cancels the eviction', async () => {
		const room = await manager.acquire(BOARD);
		manager.release(room);
		await vi.advanceTimersByTimeAsync(IDLE_EVICT_MS - 1);

		expect(await manager.acquire(BOARD)).toBe(room);
		await vi.advanceTimersByTimeAsync(IDLE_EVICT_MS * 3);
		expect(manager.has(BOARD)).toBe(true);
		expect(docs.compactions).toBe(0);
		expect(docs.loads).toBe(1);
	});

	it('[L2] a second release restarts the idle countdown', async () => {
		const room = await manager.acquire(BOARD);
		manager.release(room);
		await vi.advanceTimersByTimeAsync(IDLE_EVICT_MS - 1000);
		manager.release(room);
		await vi.advanceTimersByTimeAsync(IDLE_EVICT_MS - 1);
		expect(manager.has(BOARD)).toBe(true);
		await vi.advanceTimersByTimeAsync(1);
		await vi.waitFor(() => expect(manager.has(BOARD)).toBe(false));
		expect(docs.compactions).toBe(1);
	});

	it('[L2] an evicted board comes back with the same content', async () => {
		const room = await manager.acquire(BOARD);
		edit(room.doc, 3);
		room.doc.getText('notes').insert(0, 'kept across eviction');
		const before = {
			meta: room.doc.getMap('meta').toJSON(),
			notes: room.doc.getText('notes').toString(),
		};

		manager.release(room);
		await vi.advanceTimersByTimeAsync(IDLE_EVICT_MS);
		await vi.waitFor(() => expect(manager.has(BOARD)).toBe(false));

		const again = await manager.acquire(BOARD);
		expect(again).not.toBe(room);
		expect(docs.loads).toBe(2);
		expect({
			meta: again.doc.getMap('meta').toJSON(),
			notes: again.doc.getText('notes').toString(),
		}).toEqual(before);
		// reloading a current board migrates nothing, so storage still holds just the snapshot
		expect(await docs.loadUpdates(BOARD)).toHaveLength(1);
	});

	it('[L1] a board that fails to load is forgotten, so the next acquire tries again', async () => {
		const failing = vi.spyOn(docs, 'loadUpdates').mockRejectedValueOnce(new Error('disk on fire'));
		await expect(manager.acquire(BOARD)).rejects.toThrow('disk on fire');
		expect(manager.has(BOARD)).toBe(false);
		const room = await manager.acquire(BOARD);
		expect(room.boardId).toBe(BOARD);
		expect(failing).toHaveBeenCalledTimes(2);
	});

	it('[L4] an update relayed by another instance is applied to the room', async () => {
		const other = new RoomManager({
			docs,
			pubsub,
			log,
			instanceId: 'instance-b',
			idleEvictMs: IDLE_EVICT_MS,
			compactEveryUpdates: 1000,
			liveness: new InstanceLiveness(pubsub, 'instance-b', PRESENCE_TTL_MS),
		});
		try {
			const here = await manager.acquire(BOARD);
			const there = await other.acquire(BOARD);
			there.doc.getMap('meta').set('from', 'instance-b');
			await vi.waitFor(() => expect(here.doc.getMap('meta').get('from')).toBe('instance-b'));
		} finally {
			await other.closeAll();
		}
	});

	it('[L6] an update another instance stores while this one reads the board is not missed', async () => {
		const there = await manager.acquire(BOARD);
		/** Storage whose read is followed, before the board is ready here, by an edit there. */
		class EditedWhileRead extends MemoryDocStorage {
			override async loadUpdates(boardId: string): Promise<Uint8Array[]> {
				const updates = await docs.loadUpdates(boardId);
				there.doc.getMap('meta').set('late', 'stored and published after the read');
				await vi.advanceTimersByTimeAsync(10);
				return updates;
			}
		}
		const other = new RoomManager({
			docs: new EditedWhileRead(),
			pubsub,
			log,
			instanceId: 'instance-b',
			idleEvictMs: IDLE_EVICT_MS,
			compactEveryUpdates: 1000,
			liveness: new InstanceLiveness(pubsub, 'instance-b', PRESENCE_TTL_MS),
		});
		try {
			const here = await other.acquire(BOARD);
			await vi.advanceTimersByTimeAsync(10);
			expect(here.doc.getMap('meta').get('late')).toBe('stored and published after the read');
		} finally {
			await other.closeAll();
		}
	});

	it('[P5] people on an instance that stops answering disappear from the others after the TTL', async () => {
		const hereLiveness = new InstanceLiveness(pubsub, 'instance-a', PRESENCE_TTL_MS);
		const thereLiveness = new InstanceLiveness(pubsub, 'instance-b', PRESENCE_TTL_MS);
		const here = new RoomManager({
			docs,
			pubsub,
			log,
			instanceId: 'instance-a',
			idleEvictMs: IDLE_EVICT_MS,
			compactEveryUpdates: 1000,
			liveness: hereLiveness,
		});
		const there = new RoomManager({
			docs,
			pubsub,
			log,
			instanceId: 'instance-b',
			idleEvictMs: IDLE_EVICT_MS,
			compactEveryUpdates: 1000,
			liveness: thereLiveness,
		});
		try {
			await hereLiveness.start();
			await thereLiveness.start();
			const roomHere = await here.acquire(BOARD);
			const roomThere = await there.acquire(BOARD);
			const person = new FakePeer('participant');
			roomThere.join(person);
			roomThere.receive(person, {
				type: 'awareness',
				update: encodeAwarenessUpdate([
					{
						clientId: 4242,
						clock: 1,
						state: { user: { name: 'Ines', city: 'Porto', color: '#009e73' } },
					},
				]),
			});
			await vi.waitFor(() => expect(roomHere.awareness.getStates().has(4242)).toBe(true));

			// Still alive: heartbeats keep the person there well past the TTL.
			await vi.advanceTimersByTimeAsync(PRESENCE_TTL_MS * 2);
			expect(roomHere.awareness.getStates().has(4242)).toBe(true);

			// The other instance dies without a word: no heartbeat, no goodbye.
			await thereLiveness.stop();
			await vi.advanceTimersByTimeAsync(PRESENCE_TTL_MS + PRESENCE_TTL_MS / 3 + 10);
			expect(roomHere.awareness.getStates().has(4242)).toBe(false);
		} finally {
			await here.closeAll();
			await there.closeAll();
			await hereLiveness.stop();
		}
	});

	it('[L3] closeAll compacts and evicts every board, peers or not', async () => {
		const a = await manager.acquire(BOARD);
		const b = await manager.acquire('board-0002');
		const peer = new FakePeer('viewer');
		a.join(peer);
		edit(a.doc, 3);
		edit(b.doc, 3);
		await manager.closeAll();
		expect(manager.size).toBe(0);
		expect(peer.closed).toBe(true);
		expect(await docs.loadUpdates(BOARD)).toHaveLength(1);
		expect(await docs.loadUpdates('board-0002')).toHaveLength(1);
	});
});
