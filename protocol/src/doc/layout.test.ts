import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	CARD_GAP,
	CARD_SIZE,
	DEFAULT_COLUMN_WIDTH,
	DEFAULT_ROW_HEIGHT,
	MAX_BAND_SIZE,
	MIN_BAND_SIZE,
	bandSizeKey,
	cellAt,
	cellOfCard,
	cellRect,
	clampBandSize,
	computeLayout,
	fittingBandSizes,
	freeSlot,
	rectsOverlap,
	slotPosition,
	slotsPerLine,
	snap,
} from './layout.js';

const columns = ['a', 'b', 'c'];
const rows = ['x', 'y'];

describe('board layout [D8]', () => {
	it('lays bands end to end from 0 with default sizes', () => {
		const layout = computeLayout(columns, rows);
		expect(layout.columns.map((band) => band.start)).toEqual([
			0,
			DEFAULT_COLUMN_WIDTH,
			2 * DEFAULT_COLUMN_WIDTH,
		]);
		expect(layout.width).toBe(3 * DEFAULT_COLUMN_WIDTH);
		expect(layout.height).toBe(2 * DEFAULT_ROW_HEIGHT);
	});

	it('uses stored sizes, clamped, and ignores values that are not numbers', () => {
		const doc = new Y.Doc();
		const map = doc.getMap('layout');
		map.set(bandSizeKey('column', 'b'), 1000);
		map.set(bandSizeKey('row', 'x'), 10);
		map.set(bandSizeKey('row', 'y'), 'tall');
		const layout = computeLayout(columns, rows, map);
		expect(layout.columns[1]).toEqual({ id: 'b', start: DEFAULT_COLUMN_WIDTH, size: 1000 });
		expect(layout.columns[2]!.start).toBe(DEFAULT_COLUMN_WIDTH + 1000);
		expect(layout.rows[0]!.size).toBe(MIN_BAND_SIZE);
		expect(layout.rows[1]!.size).toBe(DEFAULT_ROW_HEIGHT);
	});

	it('clamps band sizes to the allowed range', () => {
		expect(clampBandSize(1)).toBe(MIN_BAND_SIZE);
		expect(clampBandSize(1e9)).toBe(MAX_BAND_SIZE);
		expect(clampBandSize(Number.NaN)).toBe(MIN_BAND_SIZE);
		expect(clampBandSize(300.4)).toBe(300);
	});

	it('finds the cell under a point, and the nearest cell outside the grid', () => {
		const layout = computeLayout(columns, rows);
		expect(cellAt(layout, { x: 10, y: 10 })).toEqual({ column: 'a', row: 'x' });
		expect(cellAt(layout, { x: DEFAULT_COLUMN_WIDTH, y: DEFAULT_ROW_HEIGHT })).toEqual({
			column: 'b',
			row: 'y',
		});
		expect(cellAt(layout, { x: -500, y: 1e6 })).toEqual({ column: 'a', row: 'y' });
		expect(cellAt(layout, { x: 1e6, y: -1 })).toEqual({ column: 'c', row: 'x' });
		expect(cellAt(computeLayout([], rows), { x: 0, y: 0 })).toBeUndefined();
	});

	it('a card belongs to the cell under its centre', () => {
		const layout = computeLayout(columns, rows);
		const justLeft = DEFAULT_COLUMN_WIDTH - CARD_SIZE.width / 2 - 1;
		expect(cellOfCard(layout, { x: justLeft, y: 0 })?.column).toBe('a');
		expect(cellOfCard(layout, { x: justLeft + 2, y: 0 })?.column).toBe('b');
	});

	it("gives a cell's rectangle, or undefined for an unknown band", () => {
		const layout = computeLayout(columns, rows);
		expect(cellRect(layout, { column: 'b', row: 'y' })).toEqual({
			x: DEFAULT_COLUMN_WIDTH,
			y: DEFAULT_ROW_HEIGHT,
			width: DEFAULT_COLUMN_WIDTH,
			height: DEFAULT_ROW_HEIGHT,
		});
		expect(cellRect(layout, { column: 'z', row: 'y' })).toBeUndefined();
	});

	it('places cards left to right, then in lines below, inside the cell', () => {
		const cell = { x: 100, y: 50, width: DEFAULT_COLUMN_WIDTH, height: DEFAULT_ROW_HEIGHT };
		expect(slotsPerLine(DEFAULT_COLUMN_WIDTH)).toBe(3);
		expect(slotsPerLine(10)).toBe(1);
		expect(slotPosition(cell, 0)).toEqual({ x: 100 + CARD_GAP, y: 50 + CARD_GAP });
		expect(slotPosition(cell, 2).x).toBe(100 + CARD_GAP + 2 * (CARD_SIZE.width + CARD_GAP));
		expect(slotPosition(cell, 3)).toEqual({
			x: 100 + CARD_GAP,
			y: 50 + CARD_GAP + CARD_SIZE.height + CARD_GAP,
		});
	});

	it('a free slot overlaps no card already in the cell', () => {
		const cell = { x: 0, y: 0, width: DEFAULT_COLUMN_WIDTH, height: DEFAULT_ROW_HEIGHT };
		expect(freeSlot(cell, [])).toEqual(slotPosition(cell, 0));
		const taken = [slotPosition(cell, 0), { x: slotPosition(cell, 1).x + 30, y: 20 }];
		const slot = freeSlot(cell, taken);
		expect(slot).toEqual(slotPosition(cell, 3));
		const rect = (p: { x: number; y: number }) => ({ ...p, ...CARD_SIZE });
		for (const other of taken) expect(rectsOverlap(rect(slot), rect(other))).toBe(false);
	});

	it('rectangles that only touch do not overlap', () => {
		const a = { x: 0, y: 0, width: 10, height: 10 };
		expect(rectsOverlap(a, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
		expect(rectsOverlap(a, { x: 9, y: 9, width: 5, height: 5 })).toBe(true);
	});

	it('snaps to the card grid', () => {
		expect(snap(7)).toBe(0);
		expect(snap(9)).toBe(CARD_GAP);
		expect(snap(-9)).toBe(-CARD_GAP);
	});

	it('widens columns and heightens rows that would overflow, and only those', () => {
		const counts = new Map([
			['a/x', 100],
			['b/y', 4],
		]);
		const sizes = fittingBandSizes(
			columns,
			rows,
			(cell) => counts.get(`${cell.column}/${cell.row}`) ?? 0,
		);
		const across = Math.ceil(Math.sqrt(100));
		expect(sizes.get('column:a')).toBe(CARD_GAP + across * (CARD_SIZE.width + CARD_GAP));
		expect(sizes.has('column:b')).toBe(false);
		expect(sizes.get('row:x')).toBe(CARD_GAP + 10 * (CARD_SIZE.height + CARD_GAP));
		// Four cards in a three-wide cell need two lines: exactly the default row height.
		expect(sizes.has('row:y')).toBe(false);
	});
});
