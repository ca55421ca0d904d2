import * as Y from 'yjs';

/**
 * The entries of a root map of `Y.Map`s (cards, links, frames) as plain views, kept up to date
 * from Yjs events: only the entries an event touched are read again, and every other entry keeps
 * its view object, so the UI re-renders what changed and nothing else.
 */
export class EntryViews<V> {
	readonly #views = new Map<string, V>();
	readonly #map: Y.Map<Y.Map<unknown>>;
	readonly #readEntry: (id: string, entry: Y.Map<unknown>) => V | undefined;
	readonly #compare: (a: V, b: V) => number;
	readonly #ignore: (event: Y.YEvent<Y.AbstractType<unknown>>) => boolean;

	/**
	 * `read` gives an entry's view (undefined when it is malformed); `compare` orders `sorted()`;
	 * events `ignore` accepts change nothing a view shows (a card's text, which its binding shows).
	 */
	constructor(
		map: Y.Map<Y.Map<unknown>>,
		read: (id: string, entry: Y.Map<unknown>) => V | undefined,
		compare: (a: V, b: V) => number,
		ignore: (event: Y.YEvent<Y.AbstractType<unknown>>) => boolean = () => false,
	) {
		this.#map = map;
		this.#readEntry = read;
		this.#compare = compare;
		this.#ignore = ignore;
		for (const id of map.keys()) this.#read(id);
	}

	/** Every well-formed entry, in `compare` order. */
	sorted(): V[] {
		return [...this.#views.values()].sort(this.#compare);
	}

	/** One entry's view, if it exists and is well formed. */
	get(id: string): V | undefined {
		return this.#views.get(id);
	}

	/**
	 * Re-reads the entries that `events` (from `observeDeep` on the map) touched. Returns false
	 * when nothing a view shows changed.
	 */
	apply(events: readonly Y.YEvent<Y.AbstractType<unknown>>[]): boolean {
		const touched = new Set<string>();
		for (const event of events) {
			if (event.target === this.#map) {
				for (const key of event.changes.keys.keys()) touched.add(key);
			} else if (!this.#ignore(event)) {
				const id = event.path[0];
				if (typeof id === 'string') touched.add(id);
			}
		}
		for (const id of touched) this.#read(id);
		return touched.size > 0;
	}

	#read(id: string): void {
		const entry = this.#map.get(id);
		const view = entry instanceof Y.Map ? this.#readEntry(id, entry) : undefined;
		if (view) this.#views.set(id, view);
		else this.#views.delete(id);
	}
}
