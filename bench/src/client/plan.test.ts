import { describe, expect, it } from 'vitest';
import { CARD_KINDS, SECTORS, STAGES } from '@groundwork/protocol';
import {
	CELLS,
	cellAt,
	formatClientTable,
	frameStats,
	kindOf,
	linkOf,
	median,
	planBurst,
	seededCell,
	textLengthOf,
	verdict,
} from './plan.js';

describe('seeded board layout', () => {
	it('spreads cards over all 21 cells with every kind in every cell', () => {
		const kindsPerCell = new Map<number, Set<string>>();
		for (let i = 0; i < 2000; i++) {
			const cell = seededCell(i);
			kindsPerCell.set(cell, (kindsPerCell.get(cell) ?? new Set()).add(kindOf(i)));
		}
		expect(kindsPerCell.size).toBe(CELLS);
		for (const kinds of kindsPerCell.values()) expect(kinds.size).toBe(CARD_KINDS.length);
	});

	it('maps cells to every stage and sector pair once', () => {
		const pairs = new Set(
			Array.from({ length: CELLS }, (_, c) => `${cellAt(c).stage}/${cellAt(c).sector}`),
		);
		expect(pairs.size).toBe(STAGES.length * SECTORS.length);
		expect(cellAt(CELLS + 4)).toEqual(cellAt(4));
	});

	it('gives texts of 20 to 200 characters, both ends reached', () => {
		const lengths = Array.from({ length: 2000 }, (_, i) => textLengthOf(i));
		expect(Math.min(...lengths)).toBe(20);
		expect(Math.max(...lengths)).toBe(200);
	});

	it('links two different cards', () => {
		for (let j = 0; j < 500; j++) {
			const link = linkOf(j, 2000);
			expect(link.from).not.toBe(link.to);
			expect(link.to).toBeLessThan(2000);
		}
	});
});

describe('planBurst', () => {
	it('edits 50 cards and moves 50 others to another cell, next to an untouched reference', () => {
		const plans = [0, 1, 2].map((round) => planBurst(2000, round));
		const touched = plans.flatMap((p) => [...p.edits, ...p.moves.map((m) => m.index)]);
		expect(new Set(touched).size).toBe(300);
		for (const plan of plans) {
			expect(plan.edits).toHaveLength(50);
			expect(plan.moves).toHaveLength(50);
			for (const move of plan.moves) {
				expect(move.to).not.toBe(seededCell(move.index));
				expect(seededCell(move.reference)).toBe(move.to);
				expect(touched).not.toContain(move.reference);
			}
		}
	});

	it('works on the quick board and refuses impossible rounds', () => {
		expect(planBurst(500, 0).moves).toHaveLength(50);
		expect(() => planBurst(150, 0)).toThrow(RangeError);
		expect(() => planBurst(2000, 19)).toThrow(RangeError);
	});
});

describe('statistics and table', () => {
	it('summarises frame intervals', () => {
		const intervals = [...Array.from({ length: 95 }, () => 16), 17, 18, 40, 50, 100];
		expect(frameStats(intervals)).toEqual({ frames: 100, p50: 16, p95: 16, max: 100, over33ms: 3 });
		expect(frameStats([]).frames).toBe(0);
		expect(median([5, 1, 3])).toBe(3);
	});

	it('says whether a target is met', () => {
		const row = { scenario: 's', figure: 'f', unit: 'ms' };
		expect(verdict({ ...row, value: 10, target: 20 })).toBe('yes');
		expect(verdict({ ...row, value: 20, target: 20 })).toBe('no');
		expect(verdict({ ...row, value: 'error', target: 20 })).toBe('n/a');
		expect(verdict({ ...row, value: 5 })).toBe('');
		const table = formatClientTable([{ ...row, value: 1234.5, target: 1500 }]);
		expect(table.split('\n')).toHaveLength(3);
		expect(table).toMatch(/1234\.5\s+ms\s+< 1500\s+yes$/);
	});
});
