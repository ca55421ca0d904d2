import { SEVERITIES, type GapCategory, type Severity } from '../domain/cardFields.js';

/**
 * The cohort's comparison view (issue 8, "Compare"): a matrix of cities by gap category (how many
 * gaps, the worst severity), the gaps several cities share, and each city's actions by stage and
 * sector. Built from gaps and actions already filtered for the viewer (`visibleGaps`).
 */

/** A gap as the comparison reads it. */
export interface ComparedGap {
	city: string;
	boardId: string;
	gapId: string;
	title: string;
	category?: GapCategory;
	sector?: string;
	severity?: Severity;
	resolved: boolean;
}

/** One cell of the matrix. */
export interface MatrixCell {
	count: number;
	/** The worst severity among the open gaps of the cell; null when none has one. */
	worst: Severity | null;
}

/** City -> category -> cell, for open gaps. */
export type GapMatrix = Record<string, Partial<Record<GapCategory, MatrixCell>>>;

function worse(a: Severity | null, b: Severity | undefined): Severity | null {
	if (!b) return a;
	if (!a) return b;
	return SEVERITIES.indexOf(b) < SEVERITIES.indexOf(a) ? b : a;
}

/** Counts the open gaps per city and category, with the worst severity of each cell. */
export function gapMatrix(gaps: readonly ComparedGap[]): GapMatrix {
	const matrix: GapMatrix = {};
	for (const gap of gaps) {
		if (gap.resolved || !gap.category) continue;
		const row = (matrix[gap.city] ??= {});
		const cell = (row[gap.category] ??= { count: 0, worst: null });
		cell.count++;
		cell.worst = worse(cell.worst, gap.severity);
	}
	return matrix;
}

/** Open gaps of the same category and sector held by at least `minCities` cities. */
export interface SharedGap {
	category: GapCategory;
	sector: string;
	cities: string[];
	gaps: ComparedGap[];
}

/** The gaps several cities share (same category and sector), most widely shared first. */
export function sharedGaps(gaps: readonly ComparedGap[], minCities = 2): SharedGap[] {
	const groups = new Map<string, SharedGap>();
	for (const gap of gaps) {
		if (gap.resolved || !gap.category) continue;
		const sector = gap.sector ?? '';
		const key = `${gap.category}\n${sector}`;
		let group = groups.get(key);
		if (!group) groups.set(key, (group = { category: gap.category, sector, cities: [], gaps: [] }));
		group.gaps.push(gap);
		if (!group.cities.includes(gap.city)) group.cities.push(gap.city);
	}
	return [...groups.values()]
		.filter((group) => group.cities.length >= minCities)
		.map((group) => ({ ...group, cities: [...group.cities].sort() }))
		.sort(
			(a, b) =>
				b.cities.length - a.cities.length ||
				a.category.localeCompare(b.category) ||
				a.sector.localeCompare(b.sector),
		);
}

/** An action as the progress view reads it. */
export interface ComparedAction {
	city: string;
	stage?: string;
	sector?: string;
	status?: string;
}

/** Actions planned, in progress and completed. */
export interface ActionCounts {
	planned: number;
	inProgress: number;
	completed: number;
}

/** City -> "stage/sector" -> counts of its actions (ideas, postponed and cancelled left out). */
export function roadmapProgress(
	actions: readonly ComparedAction[],
): Record<string, Record<string, ActionCounts>> {
	const progress: Record<string, Record<string, ActionCounts>> = {};
	for (const action of actions) {
		const field =
			action.status === 'planned'
				? 'planned'
				: action.status === 'in_progress'
					? 'inProgress'
					: action.status === 'completed'
						? 'completed'
						: null;
		if (!field) continue;
		const cell = `${action.stage ?? ''}/${action.sector ?? ''}`;
		const counts = ((progress[action.city] ??= {})[cell] ??= {
			planned: 0,
			inProgress: 0,
			completed: 0,
		});
		counts[field]++;
	}
	return progress;
}
