import { describe, expect, it } from 'vitest';
import {
	MAX_PRESENCE_STATE_BYTES,
	decodeAwarenessUpdate,
	encodeAwarenessUpdate,
	type AwarenessEntry,
} from '@groundwork/protocol';
import { checkPresenceUpdate } from './presence.js';

const user = { name: 'Ada', city: 'Lyon', color: '#336699' };
const nobodyElse = () => false;

function update(...entries: AwarenessEntry[]): Uint8Array {
	return encodeAwarenessUpdate(entries);
}

describe('checkPresenceUpdate', () => {
	it('[P2] stamps the authenticated role over a spoofed one', () => {
		const check = checkPresenceUpdate(
			update({
				clientId: 7,
				clock: 3,
				state: { user: { ...user, role: 'facilitator' }, cursor: { x: 1, y: 2 } },
			}),
			'viewer',
			nobodyElse,
		);
		expect(check.ok).toBe(true);
		if (!check.ok) return;
		const expected = [
			{
				clientId: 7,
				clock: 3,
				state: { user: { ...user, role: 'viewer' }, cursor: { x: 1, y: 2 } },
			},
		];
		expect(check.entries).toEqual(expected);
		// the bytes to apply and relay carry the stamped role, not the claimed one
		expect(decodeAwarenessUpdate(check.update)).toEqual(expected);
	});

	it('[P2] adds the role when the client sent none', () => {
		const check = checkPresenceUpdate(
			update({ clientId: 1, clock: 1, state: { user } }),
			'participant',
			nobodyElse,
		);
		expect(check.ok && decodeAwarenessUpdate(check.update)).toEqual([
			{ clientId: 1, clock: 1, state: { user: { ...user, role: 'participant' } } },
		]);
	});

	it('[P1] keeps an empty state {} as it is', () => {
		const check = checkPresenceUpdate(
			update({ clientId: 1, clock: 0, state: {} }),
			'viewer',
			nobodyElse,
		);
		expect(check.ok && check.entries).toEqual([{ clientId: 1, clock: 0, state: {} }]);
	});

	it('[P2] drops entries whose client id belongs to another connection', () => {
		const owned = new Set([2, 4]);
		const check = checkPresenceUpdate(
			update(
				{ clientId: 1, clock: 1, state: { user } },
				{ clientId: 2, clock: 9, state: { user: { ...user, name: 'Impostor' } } },
				{ clientId: 3, clock: 1, state: null },
				{ clientId: 4, clock: 9, state: null },
			),
			'participant',
			(clientId) => owned.has(clientId),
		);
		expect(check.ok).toBe(true);
		if (!check.ok) return;
		expect(check.entries.map((e) => e.clientId)).toEqual([1, 3]);
		expect(decodeAwarenessUpdate(check.update).map((e) => e.clientId)).toEqual([1, 3]);
	});

	it('[P1] keeps null (leave) entries, without a role', () => {
		const check = checkPresenceUpdate(
			update({ clientId: 5, clock: 4, state: null }),
			'facilitator',
			nobodyElse,
		);
		expect(check.ok).toBe(true);
		if (!check.ok) return;
		expect(check.entries).toEqual([{ clientId: 5, clock: 4, state: null }]);
		expect(decodeAwarenessUpdate(check.update)).toEqual([{ clientId: 5, clock: 4, state: null }]);
	});

	it('[P1] refuses an update with any invalid state', () => {
		const bad: unknown[] = [
			{ user: { ...user, color: 'red' } },
			{ user: { ...user, name: '' } },
			{ user: { ...user, role: 'admin' } },
			{ user, cursor: { x: 'left', y: 0 } },
			'a string',
			42,
		];
		for (const state of bad) {
			const check = checkPresenceUpdate(
				update({ clientId: 1, clock: 1, state: { user } }, { clientId: 2, clock: 1, state }),
				'participant',
				nobodyElse,
			);
			expect(check.ok, JSON.stringify(state)).toBe(false);
			if (!check.ok) expect(check.reason).toMatch(/bad presence state/);
		}
	});

	it('[P1] refuses bytes that are not an awareness update', () => {
		const good = update({ clientId: 1, clock: 1, state: { user } });
		for (const bytes of [
			new Uint8Array(0),
			good.subarray(0, good.length - 2),
			new Uint8Array([...good, 0]),
		]) {
			const check = checkPresenceUpdate(bytes, 'participant', nobodyElse);
			expect(check.ok).toBe(false);
			if (!check.ok) expect(check.reason).toMatch(/bad awareness update/);
		}
	});

	it('[P3] refuses a state over MAX_PRESENCE_STATE_BYTES', () => {
		const check = checkPresenceUpdate(
			update({
				clientId: 1,
				clock: 1,
				state: { user, note: 'n'.repeat(MAX_PRESENCE_STATE_BYTES) },
			}),
			'participant',
			nobodyElse,
		);
		expect(check.ok).toBe(false);
	});
});
