import type * as Y from 'yjs';

/**
 * The geometry of a board's structure: columns and rows (the template's bands) laid out on the
 * canvas in board units, cards placed in them, and which cell a point falls in. Shared by the
 * server's migration and the client's canvas so both place cards the same way. [D8]
 */

/** A card's size on the canvas, in board units. */
export const CARD_SIZE = { width: 200, height: 128 } as const;

/** The space between cards placed automatically, and around them inside a cell. */
export const CARD_GAP = 16;

/** The labels' strips: row labels left of x = 0, column labels above y = 0. */
export const HEADER_SIZE = { width: 180, height: 64 } as const;

/** A column three cards wide and a row two cards high. */
export const DEFAULT_COLUMN_WIDTH = CARD_GAP + 3 * (CARD_SIZE.width + CARD_GAP);
export const DEFAULT_ROW_HEIGHT = CARD_GAP + 2 * (CARD_SIZE.height + CARD_GAP);

/** The smallest and largest size a band can be given. */
export const MIN_BAND_SIZE = 240;
export const MAX_BAND_SIZE = 20_000;

/** A point in board units. */
export interface Point {
	x: number;
	y: number;
}

/** A rectangle in board units. */
export interface Rect extends Point {
	width: number;
	height: number;
}

/** One column or row: where it starts and how large it is, along its axis. */
export interface Band {
	id: string;
	start: number;
	size: number;
}

/** The board's bands, laid out; cells start at (0, 0). */
export interface BoardLayout {
	columns: Band[];
	rows: Band[];
	width: number;
	height: number;
}

/** A cell, named by its column's and row's ids. */
export interface CellId {
	column: string;
	row: string;
}

export type Axis = 'column' | 'row';

/** The `layout` map key holding a band's size. [D8] */
export function bandSizeKey(axis: Axis, id: string): string {
	return `${axis}:${id}`;
}

/** Clamps a requested band size to the allowed range (and rounds it to whole units). */
export function clampBandSize(size: number): number {
	if (!Number.isFinite(size)) return MIN_BAND_SIZE;
	return Math.round(Math.min(MAX_BAND_SIZE, Math.max(MIN_BAND_SIZE, size)));
}

/** A band's size as stored, or undefined when unset or not a finite number. */
export function storedBandSize(layout: Y.Map<unknown>, axis: Axis, id: string): number | undefined {
	const value = layout.get(bandSizeKey(axis, id));
	return typeof value === 'number' && Number.isFinite(value) ? clampBandSize(value) : undefined;
}

function lay(ids: readonly string[], size: (id: string) => number): Band[] {
	let start = 0;
	return ids.map((id) => {
		const band = { id, start, size: size(id) };
		start += band.size;
		return band;
	});
}

/** Lays out `columns` and `rows` with the sizes stored in `layout` (defaults elsewhere). */
export function computeLayout(
	columns: readonly string[],
	rows: readonly string[],
	layout?: Y.Map<unknown>,
): BoardLayout {
	const cols = lay(
		columns,
		(id) => (layout && storedBandSize(layout, 'column', id)) ?? DEFAULT_COLUMN_WIDTH,
	);
	const rs = lay(rows, (id) => (layout && storedBandSize(layout, 'row', id)) ?? DEFAULT_ROW_HEIGHT);
	const last = (bands: Band[]) => (bands.length ? bands[bands.length - 1]! : undefined);
	const width = (last(cols)?.start ?? 0) + (last(cols)?.size ?? 0);
	const height = (last(rs)?.start ?? 0) + (last(rs)?.size ?? 0);
	return { columns: cols, rows: rs, width, height };
}

function bandAt(bands: readonly Band[], position: number): Band | undefined {
	if (bands.length === 0) return undefined;
	for (const band of bands) if (position < band.start + band.size) return band;
	return bands[bands.length - 1];
}

/**
 * The cell a point lies in. Points outside the grid belong to the nearest cell, so every card
 * has a cell wherever it is dropped. Undefined only for a layout without bands.
 */
export function cellAt(layout: BoardLayout, point: Point): CellId | undefined {
	const column = bandAt(layout.columns, point.x);
	const row = bandAt(layout.rows, point.y);
	return column && row ? { column: column.id, row: row.id } : undefined;
}

/** The cell a card at `position` belongs to: the one under its centre. */
export function cellOfCard(layout: BoardLayout, position: Point): CellId | undefined {
	return cellAt(layout, {
		x: position.x + CARD_SIZE.width / 2,
		y: position.y + CARD_SIZE.height / 2,
	});
}

/** A cell's rectangle, or undefined when the layout has no such column or row. */
export function cellRect(layout: BoardLayout, cell: CellId): Rect | undefined {
	const column = layout.columns.find((band) => band.id === cell.column);
	const row = layout.rows.find((band) => band.id === cell.row);
	if (!column || !row) return undefined;
	return { x: column.start, y: row.start, width: column.size, height: row.size };
}

/** How many cards fit side by side in a cell `width` wide (at least one). */
export function slotsPerLine(width: number): number {
	return Math.max(1, Math.floor((width - CARD_GAP) / (CARD_SIZE.width + CARD_GAP)));
}

/**
 * The position of the `index`th automatically placed card in `cell`: left to right, then top to
 * bottom; lines continue below the cell when it is full.
 */
export function slotPosition(cell: Rect, index: number): Point {
	const perLine = slotsPerLine(cell.width);
	const column = index % perLine;
	const line = Math.floor(index / perLine);
	return {
		x: cell.x + CARD_GAP + column * (CARD_SIZE.width + CARD_GAP),
		y: cell.y + CARD_GAP + line * (CARD_SIZE.height + CARD_GAP),
	};
}

/** True when two rectangles overlap (touching edges do not count). */
export function rectsOverlap(a: Rect, b: Rect): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A frame's box: its top-left corner and its width and height, in board units. [D7] */
export interface FrameBox {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** True when the centre of a card at `position` lies inside `frame` (edges included). [D7] */
export function frameHoldsCard(frame: FrameBox, position: Point): boolean {
	const cx = position.x + CARD_SIZE.width / 2;
	const cy = position.y + CARD_SIZE.height / 2;
	return cx >= frame.x && cx <= frame.x + frame.w && cy >= frame.y && cy <= frame.y + frame.h;
}

/** A card's rectangle at `position`. */
export function cardRect(position: Point): Rect {
	return { x: position.x, y: position.y, width: CARD_SIZE.width, height: CARD_SIZE.height };
}

/**
 * The first automatic slot of `cell` where a new card overlaps none of `occupied` (the cards
 * already there). Looks a bounded number of slots ahead, then stacks below the last one.
 */
export function freeSlot(cell: Rect, occupied: readonly Point[]): Point {
	const rects = occupied.map(cardRect);
	const limit = occupied.length + 1;
	for (let index = 0; index <= limit; index++) {
		const slot = slotPosition(cell, index);
		if (!rects.some((rect) => rectsOverlap(rect, cardRect(slot)))) return slot;
	}
	return slotPosition(cell, limit + 1);
}

/** Snaps a coordinate to the card grid (steps of CARD_GAP). */
export function snap(value: number, step = CARD_GAP): number {
	return Math.round(value / step) * step;
}

/**
 * Band sizes that fit `counts` cards per cell with automatic placement: columns widen to about
 * the square root of their fullest cell's count, rows grow to hold their fullest cell. Only
 * sizes larger than the default are returned. Used when cards are first given positions.
 */
export function fittingBandSizes(
	columns: readonly string[],
	rows: readonly string[],
	counts: (cell: CellId) => number,
): Map<string, number> {
	const sizes = new Map<string, number>();
	const widths = new Map<string, number>();
	for (const column of columns) {
		const fullest = Math.max(0, ...rows.map((row) => counts({ column, row })));
		const across = Math.max(3, Math.ceil(Math.sqrt(fullest)));
		const width = clampBandSize(CARD_GAP + across * (CARD_SIZE.width + CARD_GAP));
		widths.set(column, Math.max(width, DEFAULT_COLUMN_WIDTH));
		if (width > DEFAULT_COLUMN_WIDTH) sizes.set(bandSizeKey('column', column), width);
	}
	for (const row of rows) {
		const lines = Math.max(
			0,
			...columns.map((column) =>
				Math.ceil(
					counts({ column, row }) / slotsPerLine(widths.get(column) ?? DEFAULT_COLUMN_WIDTH),
				),
			),
		);
		const height = clampBandSize(CARD_GAP + lines * (CARD_SIZE.height + CARD_GAP));
		if (height > DEFAULT_ROW_HEIGHT) sizes.set(bandSizeKey('row', row), height);
	}
	return sizes;
}
