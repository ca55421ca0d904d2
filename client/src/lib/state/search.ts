import type { Template } from '@groundwork/protocol';

/** What search looks at in a card: its text, city and author (plain strings). */
export interface SearchableCard {
	text: string;
	city: string;
	createdBy: string;
}

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Folds a string for matching: decomposed (NFD), combining marks stripped, lower-cased, runs of
 * white space made one space. "Émission  Café" and "emission cafe" fold alike.
 */
export function foldForSearch(value: string): string {
	return value
		.normalize('NFD')
		.replace(COMBINING_MARKS, '')
		.toLocaleLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** The words of a query, folded; empty when the query is blank. */
export function searchTerms(query: string): string[] {
	const folded = foldForSearch(query);
	return folded ? folded.split(' ') : [];
}

/**
 * Whether every term occurs in the card's text, city or author (case- and accent-insensitive).
 * No terms match nothing: an empty query is no search at all.
 */
export function matchesSearch(card: SearchableCard, terms: readonly string[]): boolean {
	if (terms.length === 0) return false;
	const haystack = foldForSearch(`${card.text}\n${card.city}\n${card.createdBy}`);
	return terms.every((term) => haystack.includes(term));
}

/** The cards matching `query`, in their given order. */
export function searchCards<T>(
	cards: readonly T[],
	query: string,
	read: (card: T) => SearchableCard,
): T[] {
	const terms = searchTerms(query);
	if (terms.length === 0) return [];
	return cards.filter((card) => matchesSearch(read(card), terms));
}

/** The opening of a card's text for a result list: white space collapsed, at most `max` chars. */
export function excerpt(text: string, max = 60): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	const chars = Array.from(flat);
	if (chars.length <= max) return flat;
	return `${chars.slice(0, max).join('').trimEnd()}…`;
}

/** Where a card sits: its stage, sector and order inside the cell. */
export interface PlacedCard {
	column: string;
	row: string;
	order: number;
}

/**
 * The cards in reading order of the board: column by column (a roadmap's stages), within a
 * column row by row (its sectors), within a cell by order. The list view reads the same way.
 */
export function inReadingOrder<T extends PlacedCard>(cards: readonly T[], template: Template): T[] {
	const column = (card: T) => template.columns.indexOf(card.column);
	const row = (card: T) => template.rows.indexOf(card.row);
	return [...cards].sort((a, b) => column(a) - column(b) || row(a) - row(b) || a.order - b.order);
}
