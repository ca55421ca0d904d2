import { describe, expect, it } from 'vitest';
import { parseSoakArgs } from './plan.js';
import { canonical, countEdits, formatTable, memoryVerdict, sumCounts } from './verdict.js';

describe('soak plan', () => {
	it('lasts 10 minutes by default; --minutes or --seconds shorten it', () => {
		expect(parseSoakArgs([]).durationMs).toBe(600_000);
		expect(parseSoakArgs(['--minutes', '2']).durationMs).toBe(120_000);
		const short = parseSoakArgs(['--seconds', '60', '--seed', '7']);
		expect(short).toMatchObject({ durationMs: 60_000, warmUpMs: 12_000, seed: 7 });
		expect(parseSoakArgs(['--minutes', '60']).warmUpMs).toBe(120_000);
	});

	it('refuses two durations, too short a run, unknown flags and servers', () => {
		expect(() => parseSoakArgs(['--minutes', '1', '--seconds', '30'])).toThrow(/not both/);
		expect(() => parseSoakArgs(['--seconds', '5'])).toThrow(/at least 20 seconds/);
		expect(() => parseSoakArgs(['--seconds', 'x'])).toThrow(/positive/);
		expect(() => parseSoakArgs(['--fast'])).toThrow(/Usage/);
		expect(() => parseSoakArgs(['--server', 'docker'])).toThrow(/auto, dist or source/);
	});
});

describe('soak verdict', () => {
	it('compares documents whatever the order of their keys', () => {
		expect(canonical({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 3 } })).toBe(
			canonical({ a: { c: 3, d: [2, { e: 0, f: 1 }] }, b: 1 }),
		);
		expect(canonical({ a: [1, 2] })).not.toBe(canonical({ a: [2, 1] }));
	});

	it('counts edits as acknowledged, present, lost or never acknowledged', () => {
		const edits = [
			{ clientId: 1, clock: 3 },
			{ clientId: 1, clock: 5 },
			{ clientId: 2, clock: 1 },
			{ clientId: 3, clock: 4 },
		];
		const acknowledged = new Map([
			[1, 5],
			[2, 1],
		]);
		const stored = new Map([
			[1, 4],
			[2, 1],
			[3, 9],
		]);
		expect(countEdits(edits, acknowledged, stored)).toEqual({
			made: 4,
			acknowledged: 3,
			present: 3,
			lost: 1,
			unacknowledged: 1,
		});
		const count = countEdits(edits, acknowledged, stored);
		expect(sumCounts([count, count]).made).toBe(8);
	});

	it('passes memory within 10 % of warm-up', () => {
		expect(memoryVerdict(100, 110)).toMatchObject({ ok: true });
		expect(memoryVerdict(100, 80)).toEqual({ ok: true, change: -0.2 });
		expect(memoryVerdict(100, 111).ok).toBe(false);
	});

	it('prints a two-column table', () => {
		expect(
			formatTable([
				['boards', '4'],
				['result', 'PASS'],
			]),
		).toBe(['--------+------', ' boards | 4', ' result | PASS', '--------+------'].join('\n'));
	});
});
