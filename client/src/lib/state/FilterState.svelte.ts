import * as Y from 'yjs';
import { SvelteSet } from 'svelte/reactivity';
import { cardsMap } from '@groundwork/protocol';
import type { CardView } from '../sync/cards.js';
import type { BoardModel } from './BoardModel.svelte.js';
import {
	emptyFilter,
	filterSize,
	matchingIds,
	withValue,
	type CardFilter,
	type FilterMode,
} from './filter.js';
import { inReadingOrder, searchTerms } from './search.js';

/**
 * How one card is shown under the current search and filter: `plain` (nothing to say),
 * `match` (highlighted), `other` (dimmed, does not match) or `hidden` (left out).
 */
export type CardMatch = 'plain' | 'match' | 'other' | 'hidden';

/**
 * The user's own way of finding cards: a search query, a filter and how non-matching cards are
 * shown. Personal, never written to the shared document. A card matches when it passes both
 * the search (if any) and the filter (if any).
 */
export class FilterState {
	/** The search field's text. */
	query = $state('');
	/** The chosen cities, kinds, stages and sectors. */
	filter = $state.raw<CardFilter>(emptyFilter());
	/** Whether non-matching cards are hidden or dimmed. */
	mode = $state<FilterMode>('highlight');
	/** Bumped when card text changes, so a search follows what people type. */
	#textRevision = $state(0);
	/** Cards the user is working on: shown even when the filter hides their like. */
	readonly #kept = new SvelteSet<string>();
	#model: BoardModel;

	readonly terms = $derived(searchTerms(this.query));
	readonly filterCount = $derived(filterSize(this.filter));
	/** Whether a search or a filter is on. */
	readonly active = $derived(this.terms.length > 0 || this.filterCount > 0);

	/** The ids of the matching cards; null when neither search nor filter is on. */
	readonly matches = $derived.by((): ReadonlySet<string> | null => {
		if (!this.active) return null;
		const { terms, filter } = this;
		if (terms.length > 0) void this.#textRevision;
		return matchingIds(this.#model.cards, filter, terms, searchable);
	});

	/** The cards found by the search (and passing the filter), in reading order. */
	readonly results = $derived.by((): CardView[] => {
		const matches = this.matches;
		if (this.terms.length === 0 || !matches) return [];
		const found = this.#model.cards.filter((card) => matches.has(card.id));
		return inReadingOrder(found, this.#model.template);
	});

	constructor(model: BoardModel) {
		this.#model = model;
		cardsMap(model.doc).observeDeep(this.#onCards);
	}

	#onCards = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
		if (events.some((event) => event.target instanceof Y.Text)) this.#textRevision++;
	};

	/** How `card` is shown. */
	matchOf(card: CardView): CardMatch {
		const matches = this.matches;
		if (!matches) return 'plain';
		if (matches.has(card.id)) return this.mode === 'highlight' ? 'match' : 'plain';
		return this.mode === 'highlight' || this.#kept.has(card.id) ? 'other' : 'hidden';
	}

	/** The cards of a list that are shown, and how many are hidden. */
	visible(cards: CardView[]): { shown: CardView[]; hidden: number } {
		if (!this.matches || this.mode === 'highlight') return { shown: cards, hidden: 0 };
		const shown = cards.filter((card) => this.matchOf(card) !== 'hidden');
		return { shown, hidden: cards.length - shown.length };
	}

	/** Keeps card `id` on screen whatever the filter (it was added, moved or jumped to). */
	keep(id: string): void {
		this.#kept.add(id);
	}

	setQuery(query: string): void {
		this.query = query;
		this.#kept.clear();
	}

	setMode(mode: FilterMode): void {
		this.mode = mode;
		this.#kept.clear();
	}

	/** Turns one value of one of the filter's lists on or off. */
	toggle<K extends keyof CardFilter>(list: K, value: CardFilter[K][number], on: boolean): void {
		this.filter = { ...this.filter, [list]: withValue<typeof value>(this.filter[list], value, on) };
		this.#kept.clear();
	}

	/** Whether `value` is chosen in one of the filter's lists. */
	has<K extends keyof CardFilter>(list: K, value: CardFilter[K][number]): boolean {
		return (this.filter[list] as readonly string[]).includes(value);
	}

	/** Empties the filter (the search stays). */
	clearFilter(): void {
		this.filter = emptyFilter();
		this.#kept.clear();
	}

	/** Stops following the document. */
	destroy(): void {
		cardsMap(this.#model.doc).unobserveDeep(this.#onCards);
	}
}

function searchable(card: CardView) {
	return { text: card.text.toString(), city: card.city, createdBy: card.createdBy };
}
