import { foldForSearch, searchTerms } from './search.js';

/** A card offered as a link's other end: its id and its name as the user sees it. */
export interface CardChoice {
	id: string;
	label: string;
}

/** What links the candidates depend on: which cards each joins. */
export interface LinkEnds {
	from: string;
	to: string;
}

/** The cards a link dialog lists at most; a query narrows the rest down. */
export const MAX_LINK_CHOICES = 100;

/** The cards shown for a query, and how many more matched. */
export interface CandidateList {
	shown: CardChoice[];
	more: number;
}

/**
 * The cards `source` can be linked to: not itself, not a card it is already linked with (either
 * way), and whose label holds every word of `query` (case- and accent-insensitive; a blank query
 * matches all). At most `max` are shown, in their given order.
 */
export function linkCandidates(
	candidates: readonly CardChoice[],
	source: string,
	links: readonly LinkEnds[],
	query: string,
	max = MAX_LINK_CHOICES,
): CandidateList {
	const linked = new Set<string>([source]);
	for (const link of links) {
		if (link.from === source) linked.add(link.to);
		if (link.to === source) linked.add(link.from);
	}
	const terms = searchTerms(query);
	const matching = candidates.filter((card) => {
		if (linked.has(card.id)) return false;
		const label = foldForSearch(card.label);
		return terms.every((term) => label.includes(term));
	});
	return { shown: matching.slice(0, max), more: Math.max(0, matching.length - max) };
}
