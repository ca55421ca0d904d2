import type { CardKind, SectorId, StageId } from '@groundwork/protocol';
import { matchesSearch, type SearchableCard } from './search.js';

/** The personal card filter: each list empty means "any"; values in one list are alternatives. */
export interface CardFilter {
	cities: readonly string[];
	kinds: readonly CardKind[];
	stages: readonly StageId[];
	sectors: readonly SectorId[];
}

/** What the filter looks at in a card. */
export interface FilterableCard {
	city: string;
	kind: CardKind;
	/** Null on boards whose template has no stages or sectors. */
	stage: StageId | null;
	sector: SectorId | null;
}

/** How the board shows cards that do not match: hidden, or dimmed next to highlighted matches. */
export type FilterMode = 'hide' | 'highlight';

/** A filter letting every card through. */
export function emptyFilter(): CardFilter {
	return { cities: [], kinds: [], stages: [], sectors: [] };
}

/** How many values are chosen across the filter's lists. */
export function filterSize(filter: CardFilter): number {
	return filter.cities.length + filter.kinds.length + filter.stages.length + filter.sectors.length;
}

/** Whether the filter restricts anything. */
export function isFilterActive(filter: CardFilter): boolean {
	return filterSize(filter) > 0;
}

function cityKey(city: string): string {
	return city.trim().toLocaleLowerCase();
}

/**
 * Whether a card passes the filter: for every list with values, the card's value is one of them
 * (cities compared trimmed and case-insensitively, as the board merges them).
 */
export function matchesFilter(card: FilterableCard, filter: CardFilter): boolean {
	if (filter.cities.length > 0) {
		const key = cityKey(card.city);
		if (!filter.cities.some((city) => cityKey(city) === key)) return false;
	}
	if (filter.kinds.length > 0 && !filter.kinds.includes(card.kind)) return false;
	if (filter.stages.length > 0 && (!card.stage || !filter.stages.includes(card.stage))) {
		return false;
	}
	if (filter.sectors.length > 0 && (!card.sector || !filter.sectors.includes(card.sector))) {
		return false;
	}
	return true;
}

/** `list` with `value` added when `on`, removed otherwise (no duplicates, order kept). */
export function withValue<T>(list: readonly T[], value: T, on: boolean): T[] {
	const without = list.filter((item) => item !== value);
	return on ? [...without, value] : without;
}

/**
 * The ids of the cards that pass the filter and, when there are search terms, the search.
 * `read` gives what the search looks at (only called for cards that pass the filter).
 */
export function matchingIds<T extends FilterableCard & { id: string }>(
	cards: readonly T[],
	filter: CardFilter,
	terms: readonly string[],
	read: (card: T) => SearchableCard,
): ReadonlySet<string> {
	const ids = new Set<string>();
	for (const card of cards) {
		if (!matchesFilter(card, filter)) continue;
		if (terms.length > 0 && !matchesSearch(read(card), terms)) continue;
		ids.add(card.id);
	}
	return ids;
}
