import type { FigureSpec, FigureValue } from './scenarios/common.js';
import type { Mode } from './servers.js';

/** One line of the table: a figure of a scenario, for each mode. */
export interface Row {
	scenario: string;
	figure: string;
	unit: string;
	better: FigureSpec['better'];
	values: Partial<Record<Mode, FigureValue>>;
	/** ours / stock, for each of our modes, when both are numbers. */
	ratios: { embedded: number | null; redis: number | null };
}

/** ours / stock, rounded; null when either side is not a number or stock is 0. */
export function ratio(
	ours: FigureValue | undefined,
	stock: FigureValue | undefined,
): number | null {
	if (typeof ours !== 'number' || typeof stock !== 'number') return null;
	if (!Number.isFinite(ours) || !Number.isFinite(stock) || stock === 0) return null;
	return Math.round((ours / stock) * 100) / 100;
}

export function makeRows(
	scenario: string,
	figures: FigureSpec[],
	results: Partial<Record<Mode, Record<string, FigureValue>>>,
): Row[] {
	return figures.map((spec) => {
		const values: Partial<Record<Mode, FigureValue>> = {};
		for (const [mode, figuresOfMode] of Object.entries(results) as [
			Mode,
			Record<string, FigureValue>,
		][]) {
			values[mode] = figuresOfMode[spec.name] ?? null;
		}
		return {
			scenario,
			figure: spec.name,
			unit: spec.unit,
			better: spec.better,
			values,
			ratios: {
				embedded: ratio(values.embedded, values.stock),
				redis: ratio(values.redis, values.stock),
			},
		};
	});
}

function show(value: FigureValue | undefined): string {
	if (value === undefined || value === null) return '-';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'n/a';
	return value;
}

/** The table as fixed-width text. */
export function formatTable(rows: readonly Row[]): string {
	const header = [
		'scenario',
		'figure',
		'unit',
		'better',
		'ours-embedded',
		'ours-redis',
		'stock',
		'embedded/stock',
		'redis/stock',
	];
	const lines = rows.map((row) => [
		row.scenario,
		row.figure,
		row.unit,
		row.better === 'none' ? '' : row.better,
		show(row.values.embedded),
		show(row.values.redis),
		show(row.values.stock),
		show(row.ratios.embedded),
		show(row.ratios.redis),
	]);
	const widths = header.map((title, i) =>
		Math.max(title.length, ...lines.map((line) => line[i]!.length)),
	);
	const format = (cells: string[]): string =>
		cells
			.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
			.join('  ');
	const rule = widths.map((width) => '-'.repeat(width)).join('  ');
	return [format(header), rule, ...lines.map(format)].join('\n');
}
