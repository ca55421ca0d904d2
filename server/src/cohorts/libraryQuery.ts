import type { LibraryQuery, PracticeContent } from '@groundwork/protocol';

/** The texts a library search looks in. */
function searchable(practice: PracticeContent): string {
	return [
		practice.title,
		practice.summary,
		practice.context,
		practice.whatWasDone,
		practice.lessons,
		practice.origin.city,
		practice.origin.country,
		practice.partners,
		practice.fundingUsed,
	]
		.join('\n')
		.toLocaleLowerCase();
}

/**
 * True when a library item passes the filters: each given facet must match, and every word of
 * the text search must occur in its texts (case-insensitive). [K6]
 */
export function matchesQuery(practice: PracticeContent, query: LibraryQuery): boolean {
	if (query.sector && !practice.sectors.includes(query.sector)) return false;
	if (query.lever && !practice.levers.includes(query.lever)) return false;
	if (query.stage && practice.stage !== query.stage) return false;
	if (query.category && !practice.gapCategories.includes(query.category)) return false;
	if (query.population && practice.origin.population !== query.population) return false;
	const words = (query.q ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const text = searchable(practice);
	return words.every((word) => text.includes(word));
}
