import * as Y from 'yjs';
import { linksMap } from '@groundwork/protocol';
import { compareLinks, readLink, type LinkView } from './links.js';

/**
 * The board's links as plain views, kept up to date from Yjs events: only the links an event
 * touched are read again, and every other link keeps its view object, so the connector layer
 * redraws what changed and nothing else.
 */
export class LinkViews {
	readonly #views = new Map<string, LinkView>();
	readonly #links: Y.Map<Y.Map<unknown>>;

	constructor(doc: Y.Doc) {
		this.#links = linksMap(doc);
		for (const id of this.#links.keys()) this.#read(id);
	}

	/** Every well-formed link, oldest first. */
	sorted(): LinkView[] {
		return [...this.#views.values()].sort(compareLinks);
	}

	/** One link's view, if it exists and is well formed. */
	get(id: string): LinkView | undefined {
		return this.#views.get(id);
	}

	/**
	 * Re-reads the links that `events` (from `observeDeep` on the links map) touched. Returns
	 * false when none did.
	 */
	apply(events: readonly Y.YEvent<Y.AbstractType<unknown>>[]): boolean {
		const touched = new Set<string>();
		for (const event of events) {
			if (event.target === this.#links) {
				for (const key of event.changes.keys.keys()) touched.add(key);
			} else {
				const id = event.path[0];
				if (typeof id === 'string') touched.add(id);
			}
		}
		for (const id of touched) this.#read(id);
		return touched.size > 0;
	}

	#read(id: string): void {
		const map = this.#links.get(id);
		const view = map instanceof Y.Map ? readLink(id, map) : undefined;
		if (view) this.#views.set(id, view);
		else this.#views.delete(id);
	}
}
