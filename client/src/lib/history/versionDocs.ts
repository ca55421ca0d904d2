import * as Y from 'yjs';
import { CARD, cardsMap, gapsMap, isCardKind, type CardKind } from '@groundwork/protocol';
import type { HistoryApi } from './historyApi.js';

/** The versions' documents a page has opened, kept while the history is open (read-only). */
export class VersionDocs {
	readonly #docs = new Map<string, Promise<Y.Doc>>();

	constructor(private readonly api: HistoryApi) {}

	/** The document of version `id`, fetched once. */
	get(id: string): Promise<Y.Doc> {
		let doc = this.#docs.get(id);
		if (!doc) {
			doc = this.api.snapshot(id).then((update) => {
				const built = new Y.Doc();
				Y.applyUpdate(built, update);
				return built;
			});
			// A failed fetch is not kept: the next try fetches again.
			doc.catch(() => this.#docs.delete(id));
			this.#docs.set(id, doc);
		}
		return doc;
	}

	/** Frees every document. */
	destroy(): void {
		for (const doc of this.#docs.values())
			void doc.then(
				(d) => d.destroy(),
				() => undefined,
			);
		this.#docs.clear();
	}
}

/** What a card or gap is called in a list of changes. */
export interface ItemName {
	id: string;
	/** The start of its text or title; empty when it has none. */
	text: string;
	/** A card's kind and city, for a card without text. */
	kind?: CardKind;
	city?: string;
}

/** The name of card `id` as `doc` has it. */
export function cardName(doc: Y.Doc, id: string): ItemName {
	const card = cardsMap(doc).get(id);
	const kind = card?.get(CARD.kind);
	const city = card?.get(CARD.city);
	return {
		id,
		text: String(card?.get(CARD.text) ?? '')
			.trim()
			.slice(0, 80),
		kind: isCardKind(kind) ? kind : 'note',
		city: typeof city === 'string' ? city : '',
	};
}

/** The name of gap `id` as `doc` has it. */
export function gapName(doc: Y.Doc, id: string): ItemName {
	return {
		id,
		// A gap's title field, a `Y.Text` [D10].
		text: String(gapsMap(doc).get(id)?.get('title') ?? '')
			.trim()
			.slice(0, 80),
	};
}
