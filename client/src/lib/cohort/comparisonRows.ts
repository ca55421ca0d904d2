import {
	GAP_CATEGORIES,
	SECTORS,
	STAGES,
	type ActionCounts,
	type ComparedCity,
	type ComparisonAnswer,
	type GapCategory,
	type Severity,
} from '@groundwork/protocol';

/**
 * The comparison's tables as rows, cities in alphabetical order: the matrix of open gaps (every
 * city, every category, zero where it has none) and each city's actions by stage and sector
 * (stages and sectors in the roadmap's order, what has neither last).
 */

/** One cell of the matrix row of a city. */
export interface MatrixRowCell {
	category: GapCategory;
	count: number;
	worst: Severity | null;
}

/** A city's row of the matrix. */
export interface MatrixRow {
	city: ComparedCity;
	cells: MatrixRowCell[];
}

/** A city's actions in one stage and sector. */
export interface ProgressRow {
	city: ComparedCity;
	stage: string;
	sector: string;
	counts: ActionCounts;
}

function byCity(a: ComparedCity, b: ComparedCity): number {
	return a.city.localeCompare(b.city) || a.boardId.localeCompare(b.boardId);
}

/** The cities of the comparison in alphabetical order. */
export function sortedCities(answer: Pick<ComparisonAnswer, 'cities'>): ComparedCity[] {
	return [...answer.cities].sort(byCity);
}

/** The matrix of open gaps, one row per city, one cell per gap category. */
export function matrixRows(answer: Pick<ComparisonAnswer, 'cities' | 'matrix'>): MatrixRow[] {
	return sortedCities(answer).map((city) => {
		const row = answer.matrix[city.city] ?? {};
		return {
			city,
			cells: GAP_CATEGORIES.map((category) => ({
				category,
				count: row[category]?.count ?? 0,
				worst: row[category]?.worst ?? null,
			})),
		};
	});
}

/** True when no city of the comparison has an open gap with a category. */
export function matrixIsEmpty(rows: readonly MatrixRow[]): boolean {
	return rows.every((row) => row.cells.every((cell) => cell.count === 0));
}

function rank(order: readonly string[], value: string): number {
	const index = order.indexOf(value);
	if (index >= 0) return index;
	return value === '' ? order.length + 1 : order.length;
}

/** Splits a progress key "stage/sector" (either may be empty). */
export function splitProgressKey(key: string): { stage: string; sector: string } {
	const slash = key.indexOf('/');
	if (slash < 0) return { stage: key, sector: '' };
	return { stage: key.slice(0, slash), sector: key.slice(slash + 1) };
}

/** The roadmap progress, one row per city, stage and sector that has actions. */
export function progressRows(answer: Pick<ComparisonAnswer, 'cities' | 'progress'>): ProgressRow[] {
	const rows: ProgressRow[] = [];
	for (const city of sortedCities(answer)) {
		const cells = Object.entries(answer.progress[city.city] ?? {}).map(([key, counts]) => ({
			...splitProgressKey(key),
			counts,
		}));
		cells.sort(
			(a, b) =>
				rank(STAGES, a.stage) - rank(STAGES, b.stage) ||
				rank(SECTORS, a.sector) - rank(SECTORS, b.sector) ||
				a.stage.localeCompare(b.stage) ||
				a.sector.localeCompare(b.sector),
		);
		for (const cell of cells) rows.push({ city, ...cell });
	}
	return rows;
}
