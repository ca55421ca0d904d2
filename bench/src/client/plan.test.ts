import { describe, expect, it } from 'vitest';
import {
	CARD_KINDS,
	CARD_RELATIONS,
	CARD_SIZE,
	SECTORS,
	STAGES,
	cellOfCard,
	rectsOverlap,
} from '@groundwork/protocol';
import {
	CELLS,
	cardsInCell,
	cellAt,
	cellNumber,
	formatClientTable,
	frameStats,
	kindOf,
	linkOf,
	median,
	planBurst,
	seededCell,
	seededLayout,
	seededPosition,
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

	it('maps cells to every stage and sector pair once, and back', () => {
		const pairs = new Set(
			Array.from({ length: CELLS }, (_, c) => `${cellAt(c).stage}/${cellAt(c).sector}`),
		);
		expect(pairs.size).toBe(STAGES.length * SECTORS.length);
		expect(cellAt(CELLS + 4)).toEqual(cellAt(4));
		for (let c = 0; c < CELLS; c++) expect(cellNumber(cellAt(c).stage, cellAt(c).sector)).toBe(c);
		expect(cellNumber('nowhere', 'energy')).toBe(-1);
		const counts = Array.from({ length: CELLS }, (_, c) => cardsInCell(2000, c));
		expect(counts.reduce((a, b) => a + b, 0)).toBe(2000);
	});

	it('gives texts of 20 to 200 characters, both ends reached', () => {
		const lengths = Array.from({ length: 2000 }, (_, i) => textLengthOf(i));
		expect(Math.min(...lengths)).toBe(20);
		expect(Math.max(...lengths)).toBe(200);
	});

	it.each([500, 2000])('places %i cards in their own cells, on slots of their own', (cards) => {
		const { bandSizes, grid } = seededLayout(cards);
		expect(bandSizes.size).toBeGreaterThan(0);
		const slots = new Set<string>();
		for (let i = 0; i < cards; i++) {
			const at = seededPosition(grid, i);
			const { stage, sector } = cellAt(seededCell(i));
			expect(cellOfCard(grid, at)).toEqual({ column: stage, row: sector });
			expect(at.x + CARD_SIZE.width).toBeLessThanOrEqual(grid.width);
			expect(at.y + CARD_SIZE.height).toBeLessThanOrEqual(grid.height);
			slots.add(`${at.x},${at.y}`);
		}
		expect(slots.size).toBe(cards);
	});

	it('links two different cards with a relation of the schema, half of them neighbours', () => {
		let neighbours = 0;
		for (let j = 0; j < 500; j++) {
			const link = linkOf(j, 2000);
			expect(link.from).not.toBe(link.to);
			expect(link.to).toBeGreaterThanOrEqual(0);
			expect(link.to).toBeLessThan(2000);
			expect(CARD_RELATIONS).toContain(link.relation);
			if (seededCell(link.from) === seededCell(link.to)) neighbours++;
		}
		expect(neighbours).toBeGreaterThanOrEqual(250);
		expect(new Set(Array.from({ length: 500 }, (_, j) => linkOf(j, 2000).relation)).size).toBe(3);
	});
});

describe('planBurst', () => {
	it.each([2000, 500])(
		'on %i cards, edits 50 cards and moves 50 others onto the slots they leave, in other cells',
		(cards) => {
			const { grid } = seededLayout(cards);
			const rounds = cards === 2000 ? [0, 1, 2] : [0, 1, 2, 3];
			const plans = rounds.map((round) => planBurst(cards, round));
			const touched = plans.flatMap((p) => [...p.edits, ...p.moves.map((m) => m.index)]);
			expect(new Set(touched).size).toBe(100 * rounds.length);
			for (const plan of plans) {
				expect(plan.edits).toHaveLength(50);
				expect(plan.moves).toHaveLength(50);
				const left = plan.moves.map((m) => seededPosition(grid, m.index));
				const taken = plan.moves.map((m) => m.at);
				expect(new Set(taken.map((p) => `${p.x},${p.y}`))).toEqual(
					new Set(left.map((p) => `${p.x},${p.y}`)),
				);
				for (const move of plan.moves) {
					expect(move.to).not.toBe(seededCell(move.index));
					const { stage, sector } = cellAt(move.to);
					expect(cellOfCard(grid, move.at)).toEqual({ column: stage, row: sector });
					expect(seededCell(move.reference)).toBe(move.to);
					expect(touched).not.toContain(move.reference);
					const reference = { ...seededPosition(grid, move.reference), ...CARD_SIZE };
					expect(rectsOverlap(reference, { ...move.at, ...CARD_SIZE })).toBe(false);
				}
			}
		},
	);

	it('refuses impossible rounds', () => {
		expect(() => planBurst(150, 0)).toThrow(RangeError);
		expect(() => planBurst(2000, 19)).toThrow(RangeError);
		expect(() => planBurst(500, 4)).toThrow(RangeError);
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
