import * as Y from 'yjs';
import { cardsMap, type Template } from '@groundwork/protocol';
import { boardTemplate, compareCards, readCard, type CardView } from './cards.js';

/**
 * The board's cards as plain views, kept up to date from Yjs events: only the cards an event
 * touched are read again, and every other card keeps its view object, so the UI re-renders
 * what changed and nothing else (a burst of remote changes on a 2,000-card board stays cheap).
 */
export class CardViews {
	readonly #views = new Map<string, CardView>();
	readonly #cards: Y.Map<Y.Map<unknown>>;
	/** The board's template: which keys hold a card's cell. */
	readonly template: Template;

	constructor(doc: Y.Doc) {
		this.#cards = cardsMap(doc);
		this.template = boardTemplate(doc);
		for (const id of this.#cards.keys()) this.#read(id);
	}

	/** Every card, sorted by cell order. */
	sorted(): CardView[] {
		return [...this.#views.values()].sort(compareCards);
	}

	/**
	 * Re-reads the cards that `events` (from `observeDeep` on the cards map) touched. Returns
	 * false when nothing a view shows changed (typing only changes a card's `Y.Text`, which its
	 * binding shows by itself).
	 */
	apply(events: readonly Y.YEvent<Y.AbstractType<unknown>>[]): boolean {
		const touched = new Set<string>();
		for (const event of events) {
			if (event.target === this.#cards) {
				for (const key of event.changes.keys.keys()) touched.add(key);
			} else if (!(event.target instanceof Y.Text)) {
				const id = event.path[0];
				if (typeof id === 'string') touched.add(id);
			}
		}
		for (const id of touched) this.#read(id);
		return touched.size > 0;
	}

	#read(id: string): void {
		const card = this.#cards.get(id);
		const view = card instanceof Y.Map ? readCard(id, card, this.template) : undefined;
		if (view) this.#views.set(id, view);
		else this.#views.delete(id);
	}
}
