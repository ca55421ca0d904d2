/**
 * Pure helpers of the client benchmark (`npm run bench:client`): the seeded board's layout, the
 * burst plan, frame statistics and the table. Unit-tested in plan.test.ts.
 */
import * as Y from 'yjs';
import {
	CARD_KINDS,
	CARD_RELATIONS,
	SECTORS,
	STAGES,
	cellRect,
	computeLayout,
	fittingBandSizes,
	layoutMap,
	slotPosition,
	type BoardLayout,
	type CardKind,
	type CardRelation,
	type Point,
	type SectorId,
	type StageId,
} from '@groundwork/protocol';
import { percentile, round } from '../stats.js';

/** Number of roadmap cells (3 stages x 7 sectors). */
export const CELLS = STAGES.length * SECTORS.length;

export interface CellRef {
	stage: StageId;
	sector: SectorId;
}

/** Cell `c` (0 … 20) as stage and sector; card `i` sits in cell `i % 21`. */
export function cellAt(c: number): CellRef {
	const index = ((c % CELLS) + CELLS) % CELLS;
	return { stage: STAGES[index % STAGES.length]!, sector: SECTORS[index % SECTORS.length]! };
}

/** The cell number (0 … 20) of a stage and sector, the inverse of `cellAt`; -1 if unknown. */
export function cellNumber(stage: string, sector: string): number {
	for (let c = 0; c < CELLS; c++) {
		const cell = cellAt(c);
		if (cell.stage === stage && cell.sector === sector) return c;
	}
	return -1;
}

/** The seeded cell of card `i`: stage `i % 3`, sector `i % 7` (every cell, kinds mixed). */
export const seededCell = (i: number): number => i % CELLS;

/** The kind of card `i`: 5 kinds over 21 cells, so every cell holds every kind. */
export const kindOf = (i: number): CardKind => CARD_KINDS[i % CARD_KINDS.length]!;

/** Text length of card `i`, 20 … 200 characters, spread evenly and deterministic. */
export const textLengthOf = (i: number): number => 20 + ((i * 37) % 181);

/** How many of `cards` cards sit in cell `c` (cards c, c + 21, c + 42, …). */
export const cardsInCell = (cards: number, c: number): number =>
	Math.max(0, Math.ceil((cards - c) / CELLS));

/** The seeded board's geometry: the band sizes written to `layout` and the resulting grid. */
export interface SeededLayout {
	/** `layout` map key (`column:<id>`, `row:<id>`) -> size, from `fittingBandSizes`. */
	bandSizes: Map<string, number>;
	grid: BoardLayout;
}

/**
 * The grid of a board of `cards` cards: bands grown with `fittingBandSizes`, as the server's
 * migration grows them, so every cell holds its cards in automatic slots.
 */
export function seededLayout(cards: number): SeededLayout {
	const bandSizes = fittingBandSizes(STAGES, SECTORS, (cell) =>
		cardsInCell(cards, cellNumber(cell.column, cell.row)),
	);
	const doc = new Y.Doc();
	const sizes = layoutMap(doc);
	for (const [key, size] of bandSizes) sizes.set(key, size);
	const grid = computeLayout(STAGES, SECTORS, sizes);
	doc.destroy();
	return { bandSizes, grid };
}

/**
 * Where card `i` sits: slot `floor(i / 21)` of its cell (the cards of a cell fill its slots in
 * the order of their index, left to right, then line by line).
 */
export function seededPosition(grid: BoardLayout, i: number): Point {
	const { stage, sector } = cellAt(seededCell(i));
	const rect = cellRect(grid, { column: stage, row: sector });
	if (!rect) throw new RangeError(`no cell ${stage}/${sector} in the layout`);
	return slotPosition(rect, Math.floor(i / CELLS));
}

/**
 * Link `j` of a board of `cards` cards: from card `4j`; even links go to the next card of the
 * same cell (a neighbour, so the view at 100 % has links), odd links across the board.
 */
export function linkOf(
	j: number,
	cards: number,
): { from: number; to: number; relation: CardRelation } {
	const from = (j * 4) % cards;
	let to: number;
	if (j % 2 === 0) to = from + CELLS < cards ? from + CELLS : from - CELLS;
	else to = (from * 13 + 7) % cards;
	if (to === from || to < 0) to = (from + 1) % cards;
	return { from, to, relation: CARD_RELATIONS[j % CARD_RELATIONS.length]! };
}

/**
 * One move of a burst: card `index` goes to cell `to`, at `at` with sort key `order` (the slot
 * and order of the next moved card, which leaves it in the same burst), where card `reference`
 * stays.
 */
export interface PlannedMove {
	index: number;
	to: number;
	at: Point;
	order: number;
	reference: number;
}

export interface BurstPlan {
	/** Cards whose text gets a marker inserted at the start. */
	edits: number[];
	moves: PlannedMove[];
}

/**
 * The cards burst `round` touches, spread evenly over the board: `size` cards at
 * `k * stride + round` (stride = cards / size), even k edited, odd k moved. The moved cards
 * rotate: each takes the slot (and order) of the next one, which is in another cell, so moved
 * cards land on free slots and no two cards ever end up on each other. No card is touched by two
 * rounds while `round < stride - 1`, so every round starts from the seeded positions. The
 * reference card of a move sits in the target cell and is never touched (index ≡ stride - 1 mod
 * stride), so "the moved card is in the same cell as its reference" checks the move without
 * knowing how cells are labelled.
 */
export function planBurst(cards: number, round: number, size = 100): BurstPlan {
	const stride = Math.floor(cards / size);
	if (stride < 2 || round < 0 || round >= stride - 1) {
		throw new RangeError(`no burst ${round} of ${size} changes on ${cards} cards`);
	}
	const { grid } = seededLayout(cards);
	const references = new Map<number, number>();
	for (let j = stride - 1; j < cards && references.size < CELLS; j += stride) {
		const cell = seededCell(j);
		if (!references.has(cell)) references.set(cell, j);
	}
	const edits: number[] = [];
	const moved: number[] = [];
	for (let k = 0; k < size; k++) {
		const index = k * stride + round;
		if (k % 2 === 0) edits.push(index);
		else moved.push(index);
	}
	const moves = moved.map((index, j): PlannedMove => {
		const next = moved[(j + 1) % moved.length]!;
		const to = seededCell(next);
		if (to === seededCell(index)) throw new RangeError(`move ${j} would stay in cell ${to}`);
		const reference = references.get(to);
		if (reference === undefined) throw new RangeError(`no reference card in cell ${to}`);
		return { index, to, at: seededPosition(grid, next), order: next, reference };
	});
	return { edits, moves };
}

/** The median (nearest rank, so always one of the values); NaN for none. */
export const median = (values: readonly number[]): number => percentile(values, 50);

export interface FrameStats {
	frames: number;
	p50: number;
	p95: number;
	max: number;
	/** Intervals longer than 2 frames at 60 Hz (33.4 ms): visible stutter. */
	over33ms: number;
}

/** Statistics of frame intervals (ms between consecutive requestAnimationFrame callbacks). */
export function frameStats(intervals: readonly number[]): FrameStats {
	return {
		frames: intervals.length,
		p50: round(percentile(intervals, 50)),
		p95: round(percentile(intervals, 95)),
		max: intervals.length === 0 ? Number.NaN : round(Math.max(...intervals)),
		over33ms: intervals.filter((ms) => ms > 1000 / 30).length,
	};
}

/** One figure of the table; `target` is an upper bound when given. */
export interface ClientRow {
	scenario: string;
	figure: string;
	value: number | string;
	unit: string;
	target?: number;
}

/** "yes"/"no" against the row's target, "" without one, "n/a" when there is no number. */
export function verdict(row: ClientRow): string {
	if (row.target === undefined) return '';
	if (typeof row.value !== 'number' || !Number.isFinite(row.value)) return 'n/a';
	return row.value < row.target ? 'yes' : 'no';
}

/** The table as fixed-width text: figure, value, unit, target, met. */
export function formatClientTable(rows: readonly ClientRow[]): string {
	const header = ['scenario', 'figure', 'value', 'unit', 'target', 'met'];
	const lines = rows.map((row) => [
		row.scenario,
		row.figure,
		typeof row.value === 'number' && !Number.isFinite(row.value) ? 'n/a' : String(row.value),
		row.unit,
		row.target === undefined ? '' : `< ${row.target}`,
		verdict(row),
	]);
	const widths = header.map((title, i) =>
		Math.max(title.length, ...lines.map((l) => l[i]!.length)),
	);
	const format = (cells: string[]): string =>
		cells
			.map((cell, i) => (i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
			.join('  ')
			.trimEnd();
	return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join(
		'\n',
	);
}
