import {
	GAP_CATEGORIES,
	LEVERS,
	POPULATION_BANDS,
	SECTORS,
	STAGES,
	type LibraryQuery,
} from '@groundwork/protocol';
import { t } from '../i18n/i18n.js';
import { gapCategoryLabel, leverLabel } from '../i18n/fieldLabels.js';
import { sectorLabel, stageLabel } from '../i18n/labels.js';
import { populationLabel } from '../i18n/cohortBoardLabels.js';

/** The library's filters by a list of values (the text search aside), in display order. */
export const FILTER_FIELDS = ['sector', 'lever', 'stage', 'category', 'population'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** How long typing in the search waits before the library is read again, in milliseconds. */
export const SEARCH_DEBOUNCE_MS = 300;

/** The label of a filter ("Sector"). */
export function filterLabel(field: FilterField): string {
	return t(`cohort.filter.${field}`);
}

/** The values a filter offers, with their display names. */
export function filterChoices(field: FilterField): { value: string; label: string }[] {
	switch (field) {
		case 'sector':
			return SECTORS.map((value) => ({ value, label: sectorLabel(value) }));
		case 'lever':
			return LEVERS.map((value) => ({ value, label: leverLabel(value) }));
		case 'stage':
			return STAGES.map((value) => ({ value, label: stageLabel(value) }));
		case 'category':
			return GAP_CATEGORIES.map((value) => ({ value, label: gapCategoryLabel(value) }));
		case 'population':
			return POPULATION_BANDS.map((value) => ({ value, label: populationLabel(value) }));
	}
}

/** `query` with `field` set to `value` (an empty value removes the filter). */
export function withFilter(
	query: LibraryQuery,
	field: FilterField | 'q',
	value: string,
): LibraryQuery {
	const next: Record<string, string> = {};
	for (const [key, each] of Object.entries(query)) {
		if (key !== field && typeof each === 'string' && each.trim() !== '') next[key] = each;
	}
	const trimmed = value.trim();
	if (trimmed !== '') next[field] = field === 'q' ? trimmed : value;
	return next as LibraryQuery;
}

/** True when any filter or search is set. */
export function isFiltering(query: LibraryQuery): boolean {
	return Object.values(query).some((value) => typeof value === 'string' && value.trim() !== '');
}
