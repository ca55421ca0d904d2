import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
	CloseCode,
	decodeAwarenessUpdate,
	encodeAwarenessUpdate,
	parseMessage,
	type AwarenessEntry,
	type Role,
	type SyncMessage,
} from '@groundwork/protocol';
import type { Peer } from '../realtime/Connection.js';
import { MemoryDocStorage } from '../storage/MemoryDocStorage.js';
import { FULL_STATE_CACHE_MIN_BYTES, PRESENCE_BATCH_MS, Room } from './Room.js';

const BOARD = 'board-0001';
const log = pino({ level: 'silent' });

let nextPeerId = 1;

/** A peer that records what it is sent and how it was closed. */
class FakePeer implements Peer {
	readonly id = nextPeerId++;
	readonly sent: Uint8Array[] = [];
	closedWith: { code: number; reason: string } | undefined;

	constructor(readonly role: Role) {}

	get closed(): boolean {
		return this.closedWith !== undefined;
	}

	send(message: Uint8Array): void {
		if (!this.closed) this.sent.push(message);
	}

	close(code: number, reason: string): void {
		if (!this.closed) this.closedWith = { code, reason };
	}

	/** Everything received so far, parsed strictly as a client would. */
	messages(): SyncMessage[] {
		return this.sent.map((frame) => {
			const parsed = parseMessage(frame);
			if (!parsed.ok) throw new Error(`the room sent a malformed frame: ${parsed.reason}`);
			return parsed.message;
		});
	}

	/** Forgets what was received so far. */
	clear(): void {
		this.sent.length = 0;
	}
}

const rooms: Room[] = [];

function makeRoom(compactEveryUpdates = 1000): {
	room: Room;
	docs: MemoryDocStorage;
	relayed: Uint8Array[];
} {
	const docs = new MemoryDocStorage();
	const relayed: Uint8Array[] = [];
	const room = new Room(BOARD, new Y.Doc(), {
		docs,
		log,
		relayUpdate: (update) => relayed.push(update),
		relayPresence: () => {},
		compactEveryUpdates,
	});
	rooms.push(room);
	return { room, docs, relayed };
}

beforeEach(() => {
	vi.useFakeTimers();
});

afterEach(() => {
	for (const room of rooms.splice(0)) room.destroy();
	vi.useRealTimers();
});

function join(room: Room, role: Role): FakePeer {
	const peer = new FakePeer(role);
	room.join(peer);
	peer.clear();
	return peer;
}

/** An update a client makes: a card with text on a fresh document. */
function clientUpdate(text = 'Solar roofs'): Uint8Array {
	const doc = new Y.Doc();
	const card = new Y.Map<unknown>();
	doc.getMap<Y.Map<unknown>>('cards').set('c1', card);
	card.set('text', new Y.Text(text));
	return Y.encodeStateAsUpdate(doc);
}

function cardTextOf(updates: readonly Uint8Array[]): string | undefined {
	const doc = new Y.Doc();
	for (const update of updates) Y.applyUpdate(doc, update);
	return doc.getMap<Y.Map<unknown>>('cards').get('c1')?.get('text')?.toString();
}

function updatesIn(messages: readonly SyncMessage[]): Uint8Array[] {
	return messages.flatMap((m) => (m.type === 'update' ? [m.update] : []));
}

function awarenessIn(messages: readonly SyncMessage[]): AwarenessEntry[] {
	return messages.flatMap((m) => (m.type === 'awareness' ? decodeAwarenessUpdate(m.update) : []));
}

function presence(clientId: number, clock: number, state: unknown): SyncMessage {
	return { type: 'awareness', update: encodeAwarenessUpdate([{ clientId, clock, state }]) };
}

const ada = { name: 'Ada', city: 'Lyon', color: '#336699' };

describe('Room', () => {
	it('[W1] a joining peer is sent sync step 1 with the room state vector', () => {
		const { room } = makeRoom();
		room.doc.getMap('meta').set('title', 'Existing');
		const peer = new FakePeer('participant');
		room.join(peer);
		expect(room.size).toBe(1);
		expect(peer.messages()).toEqual([
			{ type: 'syncStep1', stateVector: Y.encodeStateVector(room.doc) },
		]);
	});

	it('[W1] a joining peer is sent the current presence after sync step 1', () => {
		const { room } = makeRoom();
		const first = join(room, 'participant');
		room.receive(first, presence(11, 1, { user: ada }));
		const second = new FakePeer('viewer');
		room.join(second);
		const messages = second.messages();
		expect(messages.map((m) => m.type)).toEqual(['syncStep1', 'awareness']);
		expect(awarenessIn(messages)).toEqual([
			{ clientId: 11, clock: 1, state: { user: { ...ada, role: 'participant' } } },
		]);
	});

	it('[W1] sync step 1 from a peer is answered with sync step 2 holding what it lacks', () => {
		const { room } = makeRoom();
		const writer = join(room, 'participant');
		room.receive(writer, { type: 'update', update: clientUpdate('From the room') });
		const reader = join(room, 'viewer');
		room.receive(reader, { type: 'syncStep1', stateVector: Y.encodeStateVector(new Y.Doc()) });
		const [answer] = reader.messages();
		expect(answer?.type).toBe('syncStep2');
		if (answer?.type !== 'syncStep2') return;
		expect(cardTextOf([answer.update])).toBe('From the room');
	});

	it('[S1] [W3] an update from a participant is stored, relayed and sent to the others, not back', async () => {
		const { room, docs, relayed } = makeRoom();
		const sender = join(room, 'participant');
		const other = join(room, 'viewer');
		const third = join(room, 'facilitator');

		room.receive(sender, { type: 'update', update: clientUpdate() });

		expect(cardTextOf([Y.encodeStateAsUpdate(room.doc)])).toBe('Solar roofs');
		const stored = await docs.loadUpdates(BOARD);
		expect(stored).toHaveLength(1);
		expect(cardTextOf(stored)).toBe('Solar roofs');
		expect(relayed).toHaveLength(1);
		expect(cardTextOf(relayed)).toBe('Solar roofs');

		expect(sender.sent).toEqual([]);
		expect(other.sent).toHaveLength(1);
		expect(third.sent).toHaveLength(1);
		expect(cardTextOf(updatesIn(other.messages()))).toBe('Solar roofs');
		// [W3] encoded once: every other peer gets the very same bytes
		expect(third.sent[0]).toBe(other.sent[0]);
	});

	it('[S1] the update is stored in the same tick it is applied', () => {
		const docs = new MemoryDocStorage();
		const append = vi.spyOn(docs, 'appendUpdate');
		const room = new Room(BOARD, new Y.Doc(), {
			docs,
			log,
			relayUpdate: () => {},
			relayPresence: () => {},
			compactEveryUpdates: 1000,
		});
		rooms.push(room);
		const peer = join(room, 'participant');
		room.receive(peer, { type: 'update', update: clientUpdate() });
		expect(append).toHaveBeenCalledTimes(1);
		expect(append.mock.calls[0]?.[0]).toBe(BOARD);
	});

	it('[R2] a sync step 2 from a participant is applied like an update', async () => {
		const { room, docs } = makeRoom();
		const sender = join(room, 'participant');
		const other = join(room, 'participant');
		room.receive(sender, { type: 'syncStep2', update: clientUpdate('Offline edit') });
		expect(cardTextOf(await docs.loadUpdates(BOARD))).toBe('Offline edit');
		expect(cardTextOf(updatesIn(other.messages()))).toBe('Offline edit');
	});

	it('[R3] an update or sync step 2 from a viewer is neither applied, stored nor relayed', async () => {
		const { room, docs, relayed } = makeRoom();
		const viewer = join(room, 'viewer');
		const other = join(room, 'participant');
		const before = Y.encodeStateAsUpdate(room.doc);

		room.receive(viewer, { type: 'update', update: clientUpdate('Viewer edit') });
		room.receive(viewer, { type: 'syncStep2', update: clientUpdate('Viewer step 2') });

		expect(await docs.loadUpdates(BOARD)).toEqual([]);
		expect(relayed).toEqual([]);
		expect(other.sent).toEqual([]);
		expect(viewer.sent).toEqual([]);
		expect(Y.encodeStateAsUpdate(room.doc)).toEqual(before);
		expect(viewer.closed).toBe(false);
	});

	it('[W2] an update that cannot be applied closes only its sender, with 4400', async () => {
		const { room, docs, relayed } = makeRoom();
		const bad = join(room, 'participant');
		const good = join(room, 'participant');

		room.receive(bad, { type: 'update', update: new Uint8Array([0xff, 0xff, 0xff]) });

		expect(bad.closedWith?.code).toBe(CloseCode.malformed);
		expect(good.closed).toBe(false);
		expect(good.sent).toEqual([]);
		expect(await docs.loadUpdates(BOARD)).toEqual([]);
		expect(relayed).toEqual([]);

		// the board carries on for everyone else
		room.receive(good, { type: 'update', update: clientUpdate('Still working') });
		expect(cardTextOf(await docs.loadUpdates(BOARD))).toBe('Still working');
	});

	it('[P2] presence from a viewer is broadcast with the role viewer, whatever it claims', () => {
		const { room } = makeRoom();
		const viewer = join(room, 'viewer');
		const other = join(room, 'participant');

		room.receive(
			viewer,
			presence(21, 1, { user: { ...ada, role: 'facilitator' }, cursor: { x: 1, y: 2 } }),
		);
		vi.advanceTimersByTime(PRESENCE_BATCH_MS);

		const expected = [
			{
				clientId: 21,
				clock: 1,
				state: { user: { ...ada, role: 'viewer' }, cursor: { x: 1, y: 2 } },
			},
		];
		expect(awarenessIn(other.messages())).toEqual(expected);
		expect(awarenessIn(viewer.messages())).toEqual(expected);
		expect(room.awareness.getStates().get(21)).toEqual(expected[0]?.state);
		expect(viewer.closed).toBe(false);
	});

	it('[P2] a connection cannot change or remove another connection awareness entry', () => {
		const { room } = makeRoom();
		const owner = join(room, 'participant');
		const intruder = join(room, 'facilitator');
		room.receive(owner, presence(31, 1, { user: ada }));
		owner.clear();

		room.receive(intruder, presence(31, 2, { user: { ...ada, name: 'Impostor' } }));
		room.receive(intruder, presence(31, 3, null));

		expect(room.awareness.getStates().get(31)).toEqual({ user: { ...ada, role: 'participant' } });
		expect(awarenessIn(owner.messages()).filter((e) => e.clientId === 31)).toEqual([]);
	});

	it('[P1] an invalid presence state closes its sender with 4400 and changes nothing', () => {
		const { room } = makeRoom();
		const peer = join(room, 'participant');
		const other = join(room, 'participant');
		room.receive(peer, presence(41, 1, { user: { ...ada, color: 'not a colour' } }));
		expect(peer.closedWith?.code).toBe(CloseCode.malformed);
		expect(other.closed).toBe(false);
		expect(other.sent).toEqual([]);
		expect(room.awareness.getStates().has(41)).toBe(false);
	});

	it('[P2] leaving removes the presence the peer owned and tells the others', () => {
		const { room } = makeRoom();
		const leaver = join(room, 'viewer');
		const stayer = join(room, 'participant');
		room.receive(leaver, presence(51, 1, { user: ada }));
		room.receive(stayer, presence(52, 1, { user: { ...ada, name: 'Bo' } }));
		vi.advanceTimersByTime(PRESENCE_BATCH_MS);
		stayer.clear();
		leaver.clear();

		room.leave(leaver);
		vi.advanceTimersByTime(PRESENCE_BATCH_MS);

		expect(room.size).toBe(1);
		expect(room.awareness.getStates().has(51)).toBe(false);
		expect(room.awareness.getStates().has(52)).toBe(true);
		const told = awarenessIn(stayer.messages());
		expect(told.map((e) => [e.clientId, e.state])).toEqual([[51, null]]);
		expect(leaver.sent).toEqual([]);
	});

	it('[W3] joiners with nothing share one encoded copy of a large document until it changes', () => {
		const { room } = makeRoom();
		room.doc.getMap('meta').set('notes', 'x'.repeat(FULL_STATE_CACHE_MIN_BYTES));
		const empty = Y.encodeStateVector(new Y.Doc());
		const [a, b, c] = [join(room, 'viewer'), join(room, 'viewer'), join(room, 'viewer')];
		room.receive(a, { type: 'syncStep1', stateVector: empty });
		room.receive(b, { type: 'syncStep1', stateVector: empty });
		expect(a.sent[0]).toBe(b.sent[0]);
		room.doc.getMap('meta').set('title', 'Changed');
		room.receive(c, { type: 'syncStep1', stateVector: empty });
		const fresh = new Y.Doc();
		const step2 = c.messages().find((m) => m.type === 'syncStep2');
		if (step2?.type !== 'syncStep2') throw new Error('no step 2');
		Y.applyUpdate(fresh, step2.update);
		expect(fresh.getMap('meta').get('title')).toBe('Changed');
	});

	it('[P4] presence changes within the batch window reach every peer as one message', () => {
		const { room } = makeRoom();
		const peers = [join(room, 'participant'), join(room, 'participant'), join(room, 'viewer')];
		for (const peer of peers) peer.clear();
		peers.forEach((peer, i) => room.receive(peer, presence(70 + i, 1, { user: ada })));
		expect(peers.map((peer) => peer.sent.length)).toEqual([0, 0, 0]);
		vi.advanceTimersByTime(PRESENCE_BATCH_MS);
		for (const peer of peers) {
			expect(peer.sent).toHaveLength(1);
			expect(awarenessIn(peer.messages()).map((e) => e.clientId)).toEqual([70, 71, 72]);
		}
		expect(peers[0]?.sent[0]).toBe(peers[1]?.sent[0]);
	});

	it('[W1] a query-awareness message is answered with every current presence', () => {
		const { room } = makeRoom();
		const a = join(room, 'participant');
		const b = join(room, 'viewer');
		room.receive(a, presence(61, 1, { user: ada }));
		b.clear();
		room.receive(b, { type: 'queryAwareness' });
		expect(awarenessIn(b.messages()).map((e) => e.clientId)).toEqual([61]);
	});

	it('[L4] an update from another instance reaches every peer but is not stored or relayed again', async () => {
		const { room, docs, relayed } = makeRoom();
		const a = join(room, 'participant');
		const b = join(room, 'viewer');
		room.applyRemote(clientUpdate('From elsewhere'));
		expect(cardTextOf(updatesIn(a.messages()))).toBe('From elsewhere');
		expect(b.sent[0]).toBe(a.sent[0]);
		expect(await docs.loadUpdates(BOARD)).toEqual([]);
		expect(relayed).toEqual([]);
	});

	it('[S3] the room compacts its storage every compactEveryUpdates updates', async () => {
		const { room, docs } = makeRoom(3);
		const peer = join(room, 'participant');
		const doc = new Y.Doc();
		doc.on('update', (update: Uint8Array) => room.receive(peer, { type: 'update', update }));
		doc.getMap('meta').set('a', 1);
		doc.getMap('meta').set('b', 2);
		expect(await docs.loadUpdates(BOARD)).toHaveLength(2);
		doc.getMap('meta').set('c', 3);
		await vi.waitFor(async () => expect(await docs.loadUpdates(BOARD)).toHaveLength(1));
		const copy = new Y.Doc();
		for (const update of await docs.loadUpdates(BOARD)) Y.applyUpdate(copy, update);
		expect(copy.getMap('meta').toJSON()).toEqual({ a: 1, b: 2, c: 3 });
	});

	it('[L3] destroy closes every peer with 1001 by default', () => {
		const { room } = makeRoom();
		const a = join(room, 'participant');
		const b = join(room, 'viewer');
		rooms.splice(rooms.indexOf(room), 1);
		room.destroy();
		expect(a.closedWith?.code).toBe(CloseCode.goingAway);
		expect(b.closedWith?.code).toBe(CloseCode.goingAway);
		expect(room.size).toBe(0);
	});
});
