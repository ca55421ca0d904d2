/**
 * Pure helpers of the client benchmark (`npm run bench:client`): the seeded board's layout, the
 * burst plan, frame statistics and the table. Unit-tested in plan.test.ts.
 */
import {
	CARD_KINDS,
	SECTORS,
	STAGES,
	type CardKind,
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

/** The seeded cell of card `i`: stage `i % 3`, sector `i % 7` (every cell, kinds mixed). */
export const seededCell = (i: number): number => i % CELLS;

/** The kind of card `i`: 5 kinds over 21 cells, so every cell holds every kind. */
export const kindOf = (i: number): CardKind => CARD_KINDS[i % CARD_KINDS.length]!;

/** Text length of card `i`, 20 … 200 characters, spread evenly and deterministic. */
export const textLengthOf = (i: number): number => 20 + ((i * 37) % 181);

export const RELATIONS = ['enables', 'blocks', 'depends-on', 'contributes-to'] as const;

/** Connector `j` of a board of `cards` cards: two different cards and a relation. */
export function linkOf(
	j: number,
	cards: number,
): { from: number; to: number; relation: (typeof RELATIONS)[number] } {
	const from = (j * 7) % cards;
	let to = (j * 13 + 1) % cards;
	if (to === from) to = (to + 1) % cards;
	return { from, to, relation: RELATIONS[j % RELATIONS.length]! };
}

/** One move of a burst: card `index` goes to cell `to`, where card `reference` stays. */
export interface PlannedMove {
	index: number;
	to: number;
	reference: number;
}

export interface BurstPlan {
	/** Cards whose text gets a marker appended. */
	edits: number[];
	moves: PlannedMove[];
}

/**
 * The cards burst `round` touches, spread evenly over the board: `size` cards at
 * `k * stride + round` (stride = cards / size), even k edited, odd k moved to another cell.
 * No card is touched by two rounds while `round < stride - 1`. The reference card of a move sits
 * in the target cell and is never touched (index ≡ stride - 1 mod stride), so "the moved card is
 * in the same cell as its reference" checks the move without knowing how cells are labelled.
 */
export function planBurst(cards: number, round: number, size = 100): BurstPlan {
	const stride = Math.floor(cards / size);
	if (stride < 2 || round < 0 || round >= stride - 1) {
		throw new RangeError(`no burst ${round} of ${size} changes on ${cards} cards`);
	}
	const references = new Map<number, number>();
	for (let j = stride - 1; j < cards && references.size < CELLS; j += stride) {
		const cell = seededCell(j);
		if (!references.has(cell)) references.set(cell, j);
	}
	const edits: number[] = [];
	const moves: PlannedMove[] = [];
	for (let k = 0; k < size; k++) {
		const index = k * stride + round;
		if (k % 2 === 0) {
			edits.push(index);
			continue;
		}
		const to = (seededCell(index) + 1 + (k % (CELLS - 1))) % CELLS;
		const reference = references.get(to);
		if (reference === undefined) throw new RangeError(`no reference card in cell ${to}`);
		moves.push({ index, to, reference });
	}
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
