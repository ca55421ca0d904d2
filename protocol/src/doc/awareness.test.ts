import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import {
	MAX_PRESENCE_STATE_BYTES,
	MAX_SHARED_SELECTION,
	decodeAwarenessUpdate,
	encodeAwarenessUpdate,
	parsePresenceState,
	type AwarenessEntry,
} from './awareness.js';

const goodState = {
	user: { name: 'Ada', city: 'Lyon', color: '#12aBcD' },
	cursor: { x: 10.5, y: -3 },
};

const live: awarenessProtocol.Awareness[] = [];
function newAwareness(): awarenessProtocol.Awareness {
	const awareness = new awarenessProtocol.Awareness(new Y.Doc());
	live.push(awareness);
	return awareness;
}

afterEach(() => {
	for (const awareness of live.splice(0)) awareness.destroy();
});

/** One entry whose state JSON text is exactly `bytes` UTF-8 bytes long. */
function entryOfJsonBytes(bytes: number, char = 'x'): AwarenessEntry {
	const overhead = JSON.stringify({ pad: '' }).length;
	const charBytes = new TextEncoder().encode(char).length;
	const count = Math.floor((bytes - overhead) / charBytes);
	const state = { pad: char.repeat(count) + 'x'.repeat(bytes - overhead - count * charBytes) };
	expect(new TextEncoder().encode(JSON.stringify(state)).length).toBe(bytes);
	return { clientId: 1, clock: 1, state };
}

describe('awareness updates', () => {
	it('[P1] decode(encode(entries)) gives the entries back', () => {
		const entries: AwarenessEntry[] = [
			{ clientId: 1, clock: 0, state: goodState },
			{
				clientId: 2 ** 32 - 1,
				clock: 12345,
				state: { user: { name: 'Zoë', city: '', color: '#000000' } },
			},
			{ clientId: 77, clock: 3, state: null },
		];
		expect(decodeAwarenessUpdate(encodeAwarenessUpdate(entries))).toEqual(entries);
		expect(decodeAwarenessUpdate(encodeAwarenessUpdate([]))).toEqual([]);
	});

	it('[P1] has the bytes of y-protocols encodeAwarenessUpdate on a real Awareness', () => {
		const a = newAwareness();
		const b = newAwareness();
		a.setLocalState(goodState);
		b.setLocalState({ user: { name: 'Bo', city: 'Kyiv', color: '#ffffff' }, cursor: null });
		b.setLocalState({ user: { name: 'Bo', city: 'Kyiv', color: '#fffffe' }, cursor: null });
		awarenessProtocol.applyAwarenessUpdate(
			a,
			awarenessProtocol.encodeAwarenessUpdate(b, [b.clientID]),
			'test',
		);
		const clients = [a.clientID, b.clientID];
		const theirs = awarenessProtocol.encodeAwarenessUpdate(a, clients);
		const ours = encodeAwarenessUpdate(
			clients.map((clientId) => ({
				clientId,
				clock: a.meta.get(clientId)?.clock ?? -1,
				state: a.getStates().get(clientId) ?? null,
			})),
		);
		expect(ours).toEqual(theirs);

		const decoded = decodeAwarenessUpdate(theirs);
		expect(decoded.map((e) => e.clientId)).toEqual(clients);
		expect(decoded[1]?.clock).toBe(b.meta.get(b.clientID)?.clock);
		expect(decoded[1]?.state).toEqual(b.getLocalState());
	});

	it('[P1] a client leaving is encoded as a null state, like y-protocols', () => {
		const a = newAwareness();
		a.setLocalState(goodState);
		a.setLocalState(null);
		const theirs = awarenessProtocol.encodeAwarenessUpdate(a, [a.clientID]);
		expect(decodeAwarenessUpdate(theirs)).toEqual([
			{ clientId: a.clientID, clock: 2, state: null },
		]);
		expect(encodeAwarenessUpdate([{ clientId: a.clientID, clock: 2, state: null }])).toEqual(
			theirs,
		);
	});

	it('[P1] what we encode is applied by y-protocols applyAwarenessUpdate', () => {
		const a = newAwareness();
		awarenessProtocol.applyAwarenessUpdate(
			a,
			encodeAwarenessUpdate([{ clientId: 4242, clock: 1, state: goodState }]),
			'test',
		);
		expect(a.getStates().get(4242)).toEqual(goodState);
	});

	it('[P1] malformed awareness bytes make decode throw', () => {
		const good = encodeAwarenessUpdate([{ clientId: 1, clock: 1, state: goodState }]);
		expect(() => decodeAwarenessUpdate(new Uint8Array(0))).toThrow();
		expect(() => decodeAwarenessUpdate(good.subarray(0, good.length - 1))).toThrow();
		expect(() => decodeAwarenessUpdate(new Uint8Array([...good, 0]))).toThrow(/trailing/);
		expect(() => decodeAwarenessUpdate(new Uint8Array([2, ...good.subarray(1)]))).toThrow();
		const notJson = encoding.createEncoder();
		encoding.writeVarUint(notJson, 1);
		encoding.writeVarUint(notJson, 1);
		encoding.writeVarUint(notJson, 1);
		encoding.writeVarString(notJson, '{not json');
		expect(() => decodeAwarenessUpdate(encoding.toUint8Array(notJson))).toThrow();
	});

	it('[P3] a state of exactly MAX_PRESENCE_STATE_BYTES is accepted', () => {
		const entry = entryOfJsonBytes(MAX_PRESENCE_STATE_BYTES);
		expect(decodeAwarenessUpdate(encodeAwarenessUpdate([entry]))).toEqual([entry]);
	});

	it('[P3] a state over MAX_PRESENCE_STATE_BYTES makes decode throw', () => {
		const entry = entryOfJsonBytes(MAX_PRESENCE_STATE_BYTES + 1);
		expect(() => decodeAwarenessUpdate(encodeAwarenessUpdate([entry]))).toThrow(/too large/);
		const small = { clientId: 2, clock: 1, state: goodState };
		expect(() => decodeAwarenessUpdate(encodeAwarenessUpdate([small, entry]))).toThrow(/too large/);
	});

	it('[P3] the limit counts UTF-8 bytes, not characters', () => {
		// 3-byte characters: fewer than MAX_PRESENCE_STATE_BYTES characters, well over in bytes.
		const entry = entryOfJsonBytes(MAX_PRESENCE_STATE_BYTES + 3, '€');
		expect(JSON.stringify(entry.state).length).toBeLessThan(MAX_PRESENCE_STATE_BYTES);
		expect(() => decodeAwarenessUpdate(encodeAwarenessUpdate([entry]))).toThrow(/too large/);
		// and a multi-byte state within the limit is fine
		const within = entryOfJsonBytes(MAX_PRESENCE_STATE_BYTES, '€');
		expect(decodeAwarenessUpdate(encodeAwarenessUpdate([within]))).toEqual([within]);
	});
});

describe('parsePresenceState', () => {
	it('[P1] accepts a good state and gives it back', () => {
		const result = parsePresenceState(goodState);
		expect(result).toEqual({ ok: true, state: goodState });
		expect(parsePresenceState({ user: { name: 'Ada', city: '', color: '#000000' } }).ok).toBe(true);
		expect(parsePresenceState({ ...goodState, cursor: null }).ok).toBe(true);
		expect(
			parsePresenceState({ user: { ...goodState.user, role: 'participant' }, cursor: null }).ok,
		).toBe(true);
	});

	it('[P1] trims the name and city', () => {
		const result = parsePresenceState({
			user: { name: '  Ada ', city: ' Lyon ', color: '#abcdef' },
		});
		expect(result).toEqual({
			ok: true,
			state: { user: { name: 'Ada', city: 'Lyon', color: '#abcdef' } },
		});
	});

	it('[P1] accepts null (a client leaving)', () => {
		expect(parsePresenceState(null)).toEqual({ ok: true, state: null });
	});

	it('[P1] accepts the empty state {} a stock y-websocket client announces first', () => {
		expect(parsePresenceState({})).toEqual({ ok: true, state: {} });
	});

	it('[P1] keeps unknown keys (forward compatible)', () => {
		const result = parsePresenceState({ ...goodState, tool: { kind: 'pen' } });
		expect(result).toEqual({ ok: true, state: { ...goodState, tool: { kind: 'pen' } } });
	});

	it('[P1] accepts a selection and a viewport, and refuses malformed or oversized ones', () => {
		const viewport = { x: -10, y: 20, width: 800, height: 600 };
		const ok = parsePresenceState({ ...goodState, selection: ['a', 'b'], viewport });
		expect(ok).toEqual({ ok: true, state: { ...goodState, selection: ['a', 'b'], viewport } });
		const bad: Record<string, unknown>[] = [
			{ selection: 'a' },
			{ selection: [''] },
			{ selection: Array.from({ length: MAX_SHARED_SELECTION + 1 }, (_, i) => `c${i}`) },
			{ viewport: { x: 0, y: 0, width: 0, height: 10 } },
			{ viewport: { x: Number.NaN, y: 0, width: 1, height: 1 } },
		];
		for (const extra of bad) {
			expect(parsePresenceState({ ...goodState, ...extra }).ok, JSON.stringify(extra)).toBe(false);
		}
	});

	it('[P1] refuses values of the wrong type', () => {
		const bad: unknown[] = [
			undefined,
			'state',
			42,
			true,
			[],
			{ user: 'Ada' },
			{ user: null },
			{ user: { ...goodState.user, name: 5 } },
			{ user: { ...goodState.user, city: null } },
			{ user: { name: 'Ada', color: '#abcdef' } },
			{ user: { ...goodState.user, role: 'admin' } },
			{ user: goodState.user, cursor: { x: '1', y: 2 } },
			{ user: goodState.user, cursor: { x: 1 } },
			{ user: goodState.user, cursor: [1, 2] },
		];
		for (const input of bad) {
			const result = parsePresenceState(input);
			expect(result.ok, JSON.stringify(input) ?? 'undefined').toBe(false);
			if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
		}
	});

	it('[P1] refuses an empty, blank or too long name', () => {
		for (const name of ['', '   ', 'n'.repeat(61)]) {
			expect(parsePresenceState({ user: { ...goodState.user, name } }).ok, name).toBe(false);
		}
		expect(parsePresenceState({ user: { ...goodState.user, name: 'n'.repeat(60) } }).ok).toBe(true);
	});

	it('[P1] refuses a colour that is not #rrggbb', () => {
		for (const color of ['red', '#abc', '#gggggg', '#aabbccdd', 'aabbcc', '#aabbcc ', '']) {
			expect(parsePresenceState({ user: { ...goodState.user, color } }).ok, color).toBe(false);
		}
	});

	it('[P1] refuses a non-finite cursor', () => {
		for (const cursor of [
			{ x: Infinity, y: 0 },
			{ x: 0, y: -Infinity },
			{ x: NaN, y: 0 },
		]) {
			expect(parsePresenceState({ ...goodState, cursor }).ok, String(cursor.x)).toBe(false);
		}
	});

	it('[P1] a __proto__ key neither pollutes Object.prototype nor the result', () => {
		const input: unknown = JSON.parse(
			'{"__proto__":{"polluted":1},"user":{"name":"Ada","city":"Lyon","color":"#abcdef","__proto__":{"pollutedUser":1}}}',
		);
		const result = parsePresenceState(input);
		expect(result.ok).toBe(true);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(({} as Record<string, unknown>).pollutedUser).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
		if (!result.ok || !result.state) return;
		expect((result.state as Record<string, unknown>).polluted).toBeUndefined();
		expect((result.state.user as Record<string, unknown>).pollutedUser).toBeUndefined();
		expect(Object.getPrototypeOf(result.state)).toBe(Object.prototype);
		// and the state survives encoding without carrying the key along as a prototype
		const [entry] = decodeAwarenessUpdate(
			encodeAwarenessUpdate([{ clientId: 1, clock: 1, state: result.state }]),
		);
		expect((entry?.state as Record<string, unknown>).polluted).toBeUndefined();
	});
});
