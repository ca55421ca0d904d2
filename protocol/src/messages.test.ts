import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as authProtocol from 'y-protocols/auth';
import * as syncProtocol from 'y-protocols/sync';
import {
	MessageType,
	SyncType,
	encodeAwarenessMessage,
	encodeSyncStep1,
	encodeSyncStep2,
	encodeUpdateMessage,
	parseMessage,
	type SyncMessage,
} from './messages.js';

/** A document with some content in each kind of shared type. */
function sampleDoc(): Y.Doc {
	const doc = new Y.Doc();
	doc.getMap('meta').set('title', 'Lyon roadmap');
	doc.getText('notes').insert(0, 'hello world');
	doc.getArray<number>('order').push([1, 2, 3]);
	doc.getText('notes').delete(0, 6);
	return doc;
}

/** The bytes y-websocket sends: the message type, then what `write` adds. */
function yProtocolsFrame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, type);
	write(encoder);
	return encoding.toUint8Array(encoder);
}

function parseOk(frame: Uint8Array): SyncMessage {
	const result = parseMessage(frame);
	if (!result.ok) throw new Error(`expected the frame to parse, got: ${result.reason}`);
	return result.message;
}

function expectRefused(frame: Uint8Array): void {
	let result: ReturnType<typeof parseMessage> | undefined;
	expect(() => {
		result = parseMessage(frame);
	}).not.toThrow();
	expect(result?.ok).toBe(false);
	if (result && !result.ok) expect(result.reason).toEqual(expect.any(String));
	if (result && !result.ok) expect(result.reason.length).toBeGreaterThan(0);
}

function varUint(value: number): number[] {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, value);
	return [...encoding.toUint8Array(encoder)];
}

/** mulberry32: a small seeded PRNG so the fuzz loop is reproducible. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('messages: round trips and byte compatibility with y-protocols', () => {
	it('[W1] sync step 1 round-trips and has the bytes of y-protocols writeSyncStep1', () => {
		const doc = sampleDoc();
		const stateVector = Y.encodeStateVector(doc);
		const frame = encodeSyncStep1(stateVector);

		expect(frame).toEqual(
			yProtocolsFrame(MessageType.sync, (e) => syncProtocol.writeSyncStep1(e, doc)),
		);
		const message = parseOk(frame);
		expect(message).toEqual({ type: 'syncStep1', stateVector });
		expect(Y.decodeStateVector(stateVector).get(doc.clientID)).toBeGreaterThan(0);
	});

	it('[W1] sync step 2 round-trips, has the bytes of writeSyncStep2 and carries the content', () => {
		const doc = sampleDoc();
		const remote = new Y.Doc();
		remote.getMap('other').set('x', 1);
		const remoteStateVector = Y.encodeStateVector(remote);
		const frame = encodeSyncStep2(Y.encodeStateAsUpdate(doc, remoteStateVector));

		expect(frame).toEqual(
			yProtocolsFrame(MessageType.sync, (e) =>
				syncProtocol.writeSyncStep2(e, doc, remoteStateVector),
			),
		);
		const message = parseOk(frame);
		expect(message.type).toBe('syncStep2');
		if (message.type !== 'syncStep2') return;
		Y.applyUpdate(remote, message.update);
		expect(remote.getText('notes').toString()).toBe('world');
		expect(remote.getMap('meta').toJSON()).toEqual({ title: 'Lyon roadmap' });
		expect(remote.getArray('order').toJSON()).toEqual([1, 2, 3]);
	});

	it('[W1] an incremental update round-trips and has the bytes of y-protocols writeUpdate', () => {
		const doc = sampleDoc();
		const updates: Uint8Array[] = [];
		doc.on('update', (update: Uint8Array) => updates.push(update));
		doc.getText('notes').insert(0, 'brave new ');
		expect(updates).toHaveLength(1);
		const update = updates[0] as Uint8Array;
		const frame = encodeUpdateMessage(update);

		expect(frame).toEqual(
			yProtocolsFrame(MessageType.sync, (e) => syncProtocol.writeUpdate(e, update)),
		);
		expect(parseOk(frame)).toEqual({ type: 'update', update });
	});

	it('[W1] y-protocols readSyncMessage accepts the frames we encode', () => {
		const source = sampleDoc();
		const target = new Y.Doc();
		const frame = encodeSyncStep2(Y.encodeStateAsUpdate(source));
		const decoder = decoding.createDecoder(frame);
		expect(decoding.readVarUint(decoder)).toBe(MessageType.sync);
		const reply = encoding.createEncoder();
		const syncType = syncProtocol.readSyncMessage(decoder, reply, target, 'test');
		expect(syncType).toBe(SyncType.step2);
		expect(target.getText('notes').toString()).toBe('world');
	});

	it('[W1] an awareness message round-trips with the bytes y-websocket sends', () => {
		const doc = new Y.Doc();
		const awareness = new awarenessProtocol.Awareness(doc);
		try {
			awareness.setLocalState({ user: { name: 'Ada', city: 'Lyon', color: '#123abc' } });
			const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]);
			const frame = encodeAwarenessMessage(update);

			expect(frame).toEqual(
				yProtocolsFrame(MessageType.awareness, (e) => encoding.writeVarUint8Array(e, update)),
			);
			const message = parseOk(frame);
			expect(message).toEqual({ type: 'awareness', update });

			const other = new awarenessProtocol.Awareness(new Y.Doc());
			try {
				if (message.type !== 'awareness') throw new Error('not awareness');
				awarenessProtocol.applyAwarenessUpdate(other, message.update, 'test');
				expect(other.getStates().get(doc.clientID)).toEqual({
					user: { name: 'Ada', city: 'Lyon', color: '#123abc' },
				});
			} finally {
				other.destroy();
			}
		} finally {
			awareness.destroy();
		}
	});

	it('[W1] a query-awareness message (type 3, no payload) is accepted', () => {
		expect(parseOk(new Uint8Array([MessageType.queryAwareness]))).toEqual({
			type: 'queryAwareness',
		});
	});

	it('[W1] an empty update and an empty state vector are well formed', () => {
		const blank = new Y.Doc();
		expect(parseOk(encodeSyncStep1(Y.encodeStateVector(blank))).type).toBe('syncStep1');
		expect(parseOk(encodeUpdateMessage(Y.encodeStateAsUpdate(blank))).type).toBe('update');
	});
});

describe('messages: malformed frames are refused without throwing', () => {
	const validUpdate = Y.encodeStateAsUpdate(sampleDoc());

	it('[W2] an empty frame is refused', () => {
		expectRefused(new Uint8Array(0));
	});

	it('[W2] an unknown message type is refused', () => {
		expectRefused(new Uint8Array([9]));
		expectRefused(new Uint8Array([9, 0, 0]));
		expectRefused(new Uint8Array([...varUint(300), 0]));
	});

	it('[W2] an auth message (type 2) from a client is refused', () => {
		const frame = yProtocolsFrame(MessageType.auth, (e) =>
			authProtocol.writePermissionDenied(e, 'let me in'),
		);
		expect(frame[0]).toBe(2);
		expectRefused(frame);
		expectRefused(new Uint8Array([MessageType.auth]));
	});

	it('[W2] an unknown sync sub-type is refused', () => {
		expectRefused(new Uint8Array([MessageType.sync, 3, 0]));
		expectRefused(new Uint8Array([MessageType.sync, 7, 2, 0, 0]));
	});

	it('[W2] a sync message without its sub-type or payload is refused', () => {
		expectRefused(new Uint8Array([MessageType.sync]));
		expectRefused(new Uint8Array([MessageType.sync, SyncType.update]));
		expectRefused(new Uint8Array([MessageType.awareness]));
	});

	it('[W2] truncated varints are refused', () => {
		expectRefused(new Uint8Array([0x80])); // message type: continuation bit, then nothing
		expectRefused(new Uint8Array([MessageType.sync, 0x80])); // sync sub-type cut short
		expectRefused(new Uint8Array([MessageType.sync, SyncType.update, 0xff])); // length cut short
		expectRefused(new Uint8Array([MessageType.awareness, 0x85, 0x80]));
	});

	it('[W2] a declared length longer than the frame is refused', () => {
		const full = encodeUpdateMessage(validUpdate);
		expectRefused(full.subarray(0, full.length - 1));
		expectRefused(new Uint8Array([MessageType.sync, SyncType.update, 10, 0, 0]));
		expectRefused(new Uint8Array([MessageType.awareness, 5, 1, 2]));
	});

	it('[W2] a length running past the frame is refused even when the frame is a view into a larger buffer', () => {
		// ws hands frames over as views into bigger buffers; reading past the view must not pass.
		const inner = encodeUpdateMessage(validUpdate);
		const buffer = new Uint8Array(inner.length * 2 + 64);
		buffer.set(inner, 0);
		buffer.set(inner, inner.length); // a valid-looking continuation right after the view
		const view = buffer.subarray(0, inner.length - 4);
		expectRefused(view);
		// while the exact view of a whole message is fine
		expect(parseOk(buffer.subarray(0, inner.length)).type).toBe('update');
		expect(parseOk(buffer.subarray(inner.length, inner.length * 2)).type).toBe('update');
	});

	it('[W2] a huge declared length is refused', () => {
		for (const length of [2 ** 31, 2 ** 32 + 5, Number.MAX_SAFE_INTEGER]) {
			expectRefused(new Uint8Array([MessageType.sync, SyncType.update, ...varUint(length), 0, 0]));
			expectRefused(new Uint8Array([MessageType.awareness, ...varUint(length), 1]));
		}
		// A varint beyond the safe integer range.
		expectRefused(new Uint8Array([MessageType.sync, SyncType.step2, ...Array(10).fill(0xff), 1]));
	});

	it('[W2] trailing bytes after a well-formed message are refused', () => {
		expectRefused(new Uint8Array([...encodeUpdateMessage(validUpdate), 0]));
		expectRefused(new Uint8Array([...encodeSyncStep1(new Uint8Array([0])), 1, 2, 3]));
		expectRefused(new Uint8Array([...encodeAwarenessMessage(new Uint8Array([0])), 0]));
		expectRefused(new Uint8Array([MessageType.queryAwareness, 0]));
		// two messages in one frame
		const one = encodeUpdateMessage(validUpdate);
		expectRefused(new Uint8Array([...one, ...one]));
	});

	it('[W2] sync payloads that are not a Yjs update or state vector are refused', () => {
		const garbage = [
			[0xff, 0xff, 0xff],
			[5, 1, 2, 3, 4],
			[1, 2, 3],
			[200, 1, 0, 0, 0, 0],
			[0x01, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x00],
		].map((bytes) => new Uint8Array(bytes));
		for (const payload of garbage) {
			expectRefused(encodeUpdateMessage(payload));
			expectRefused(encodeSyncStep2(payload));
		}
		expectRefused(encodeSyncStep1(new Uint8Array([5, 1, 2, 3, 4])));
		expectRefused(encodeSyncStep1(new Uint8Array([0xff, 0xff, 0xff])));
		// A real update cut short inside the payload (length prefix rewritten to match).
		expectRefused(encodeUpdateMessage(validUpdate.subarray(0, validUpdate.length - 3)));
	});

	it('[W2] parseMessage never throws on 2000 seeded random frames', () => {
		const random = prng(0x5eed);
		const seeds = [
			encodeUpdateMessage(validUpdate),
			encodeSyncStep1(Y.encodeStateVector(sampleDoc())),
			encodeAwarenessMessage(new Uint8Array([1, 1, 1, 4, 110, 117, 108, 108])),
		];
		let accepted = 0;
		for (let i = 0; i < 2000; i++) {
			let frame: Uint8Array;
			if (i % 2 === 0) {
				// pure noise, mostly starting with a known message type
				const length = Math.floor(random() * 48);
				frame = new Uint8Array(length);
				for (let j = 0; j < length; j++) frame[j] = Math.floor(random() * 256);
				if (length > 0 && random() < 0.75) frame[0] = Math.floor(random() * 4);
				if (length > 1 && frame[0] === 0 && random() < 0.75) frame[1] = Math.floor(random() * 3);
			} else {
				// a valid frame with a few bytes flipped, cut or extended
				const seed = seeds[i % seeds.length] as Uint8Array;
				frame = seed.slice(0, Math.max(1, Math.floor(random() * (seed.length + 4))));
				const flips = 1 + Math.floor(random() * 3);
				for (let k = 0; k < flips; k++) {
					frame[Math.floor(random() * frame.length)] = Math.floor(random() * 256);
				}
			}
			let result: ReturnType<typeof parseMessage> | undefined;
			expect(
				() => {
					result = parseMessage(frame);
				},
				`frame ${i}: [${[...frame].join(',')}]`,
			).not.toThrow();
			expect(typeof result?.ok).toBe('boolean');
			if (result?.ok) accepted++;
		}
		// The loop exercised both outcomes, so it would notice a parser that refuses everything.
		expect(accepted).toBeGreaterThan(0);
		expect(accepted).toBeLessThan(2000);
	});
});
