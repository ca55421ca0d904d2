import { z } from 'zod';
import {
	GAP_CATEGORIES,
	GAP_STATUSES,
	SECTORS,
	SEVERITIES,
	STAGES,
	type GapFieldValues,
} from '@groundwork/protocol';
import type { GapCoverage } from '../sync/gapLinks.js';

/**
 * The user's own way of looking at the gap list (never shared): sort, filters, grouping. The
 * data is the board's; this is kept per board in this browser.
 */

/** Fields the list can be grouped and filtered by; `city` is the gap's owner city. */
export const GAP_FACETS = ['category', 'sector', 'stage', 'severity', 'status', 'city'] as const;
export type GapFacet = (typeof GAP_FACETS)[number];

/** What the list can be sorted by: the shared order, the title, a facet or the due date. */
export const GAP_SORTS = ['order', 'title', ...GAP_FACETS, 'dueDate', 'votes'] as const;
export type GapSort = (typeof GAP_SORTS)[number];

/** The coverage filter's choices. */
export const COVERAGE_FILTERS = ['all', 'uncovered', 'completed'] as const;
export type CoverageFilter = (typeof COVERAGE_FILTERS)[number];

/** A filter value that selects gaps where the field is not set. */
export const NOT_SET = '-';

export const gapViewSchema = z.object({
	sort: z.enum(GAP_SORTS).catch('order'),
	descending: z.boolean().catch(false),
	group: z.enum([...GAP_FACETS, 'none']).catch('none'),
	filters: z.partialRecord(z.enum(GAP_FACETS), z.string().max(200)).catch({}),
	coverage: z.enum(COVERAGE_FILTERS).catch('all'),
});
export type GapViewSettings = z.infer<typeof gapViewSchema>;

export const DEFAULT_GAP_VIEW: GapViewSettings = {
	sort: 'order',
	descending: false,
	group: 'none',
	filters: {},
	coverage: 'all',
};

/** The enumeration order of each enumerated facet (sorting and groups follow it). */
const FACET_ORDER: Record<Exclude<GapFacet, 'city'>, readonly string[]> = {
	category: GAP_CATEGORIES,
	sector: [...SECTORS, 'cross_cutting'],
	stage: STAGES,
	severity: SEVERITIES,
	status: GAP_STATUSES,
};

/** A gap as the view needs it. */
export interface ArrangeableGap {
	id: string;
	values: GapFieldValues;
	/** The live title (the values' copy may lag behind typing). */
	title: { toString(): string };
	order: number;
	createdAt: number;
	/** Votes in the last revealed vote. */
	votes?: number;
}

/** The value of a facet on a gap, as a string; undefined when not set. */
export function facetValue(values: GapFieldValues, facet: GapFacet): string | undefined {
	const value = facet === 'city' ? values.ownerCity : values[facet];
	return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The values a facet takes, in display order: the enumeration, or the cities present. */
export function facetChoices(facet: GapFacet, gaps: readonly ArrangeableGap[]): string[] {
	if (facet !== 'city') return [...FACET_ORDER[facet]];
	const cities = new Set<string>();
	for (const gap of gaps) {
		const city = facetValue(gap.values, 'city');
		if (city) cities.add(city);
	}
	return [...cities].sort((a, b) => a.localeCompare(b));
}

function rank(facet: GapFacet, value: string | undefined): number | string {
	if (value === undefined) return Number.POSITIVE_INFINITY;
	if (facet === 'city') return value.toLocaleLowerCase();
	const index = FACET_ORDER[facet].indexOf(value);
	return index < 0 ? FACET_ORDER[facet].length : index;
}

function compareRanks(a: number | string, b: number | string): number {
	if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1;
	if (typeof a === 'number') return a === Number.POSITIVE_INFINITY ? 1 : -1;
	if (typeof b === 'number') return b === Number.POSITIVE_INFINITY ? -1 : 1;
	return a.localeCompare(b);
}

function sortKey(gap: ArrangeableGap, sort: GapSort): number | string {
	switch (sort) {
		case 'order':
			return gap.order;
		case 'title':
			return gap.title.toString().trim().toLocaleLowerCase() || Number.POSITIVE_INFINITY;
		case 'dueDate':
			return gap.values.dueDate ?? Number.POSITIVE_INFINITY;
		case 'votes':
			// Most votes first in the ascending order: ranking is what people sort votes for.
			return gap.votes === undefined ? Number.POSITIVE_INFINITY : -gap.votes;
		default:
			return rank(sort, facetValue(gap.values, sort));
	}
}

/** True when `gap` passes every filter of `settings`. */
export function matchesGapView(
	gap: ArrangeableGap,
	settings: GapViewSettings,
	coverage: GapCoverage,
): boolean {
	if (settings.coverage !== 'all' && coverage !== settings.coverage) return false;
	for (const facet of GAP_FACETS) {
		const wanted = settings.filters[facet];
		if (wanted === undefined || wanted === '') continue;
		const value = facetValue(gap.values, facet);
		if (wanted === NOT_SET ? value !== undefined : value !== wanted) return false;
	}
	return true;
}

/** One group of the arranged list; `key` is null for the single group of an ungrouped list. */
export interface GapGroup<G> {
	key: string | null;
	gaps: G[];
}

/**
 * Filters, sorts and groups gaps as `settings` say; gaps `keep` accepts stay whatever the filters
 * (one just added or opened). Unset values sort last (in either direction) and form the last
 * group; ties keep the shared order.
 */
export function arrangeGaps<G extends ArrangeableGap>(
	gaps: readonly G[],
	settings: GapViewSettings,
	coverageOf: (id: string) => GapCoverage,
	keep: (id: string) => boolean = () => false,
): GapGroup<G>[] {
	const direction = settings.descending ? -1 : 1;
	const visible = gaps
		.filter((gap) => keep(gap.id) || matchesGapView(gap, settings, coverageOf(gap.id)))
		.map((gap) => ({ gap, key: sortKey(gap, settings.sort) }))
		.sort((a, b) => {
			const unsetA = a.key === Number.POSITIVE_INFINITY;
			const unsetB = b.key === Number.POSITIVE_INFINITY;
			if (unsetA !== unsetB) return unsetA ? 1 : -1;
			return (
				direction * compareRanks(a.key, b.key) ||
				a.gap.order - b.gap.order ||
				a.gap.createdAt - b.gap.createdAt
			);
		})
		.map(({ gap }) => gap);
	if (settings.group === 'none') return [{ key: null, gaps: visible }];
	const facet = settings.group;
	const groups = new Map<string, G[]>();
	for (const gap of visible) {
		const key = facetValue(gap.values, facet) ?? NOT_SET;
		const list = groups.get(key) ?? [];
		list.push(gap);
		groups.set(key, list);
	}
	return [...groups.entries()]
		.sort(([a], [b]) =>
			compareRanks(
				rank(facet, a === NOT_SET ? undefined : a),
				rank(facet, b === NOT_SET ? undefined : b),
			),
		)
		.map(([key, list]) => ({ key, gaps: list }));
}

const STORAGE_PREFIX = 'groundwork.gapView.';

function defaultStorage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/** The user's remembered view of a board's gap list; the default when none or unreadable. */
export function loadGapView(boardId: string, storage = defaultStorage()): GapViewSettings {
	try {
		const stored = storage?.getItem(STORAGE_PREFIX + boardId);
		if (!stored) return structuredClone(DEFAULT_GAP_VIEW);
		const parsed = gapViewSchema.safeParse(JSON.parse(stored));
		return parsed.success ? structuredClone(parsed.data) : structuredClone(DEFAULT_GAP_VIEW);
	} catch {
		return structuredClone(DEFAULT_GAP_VIEW);
	}
}

/** Remembers the view for this board (silently skipped when storage is unavailable). */
export function saveGapView(
	boardId: string,
	settings: GapViewSettings,
	storage = defaultStorage(),
): void {
	try {
		storage?.setItem(STORAGE_PREFIX + boardId, JSON.stringify(settings));
	} catch {
		// Private mode or quota: the view simply is not remembered.
	}
}

/** Where the gap list is shown: hidden, beside the canvas, or full width. */
export const GAP_PANEL_MODES = ['closed', 'side', 'full'] as const;
export type GapPanelMode = (typeof GAP_PANEL_MODES)[number];
const PANEL_KEY = 'groundwork.gapPanel';

/** The remembered place of the gap list. */
export function loadGapPanel(storage = defaultStorage()): GapPanelMode {
	try {
		const stored = storage?.getItem(PANEL_KEY);
		return GAP_PANEL_MODES.find((mode) => mode === stored) ?? 'closed';
	} catch {
		return 'closed';
	}
}

/** Remembers the place of the gap list. */
export function saveGapPanel(mode: GapPanelMode, storage = defaultStorage()): void {
	try {
		storage?.setItem(PANEL_KEY, mode);
	} catch {
		// Not remembered.
	}
}
