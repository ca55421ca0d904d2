import * as Y from 'yjs';
import { cardsMap } from '@groundwork/protocol';
import { EntryViews } from './entryViews.js';
import { boardTemplate, compareCards, readCard, type CardView } from './cards.js';

/**
 * The board's cards as plain views, sorted by cell order. Only the cards an event touched are
 * read again and every other card keeps its view object, so a burst of remote changes on a
 * 2,000-card board stays cheap; typing changes only a card's `Y.Text`, which its binding shows by
 * itself, so it re-reads nothing. Cells are read with the board's template as it is now.
 */
export class CardViews extends EntryViews<CardView> {
	constructor(doc: Y.Doc) {
		const template = boardTemplate(doc);
		super(
			cardsMap(doc),
			(id, card) => readCard(id, card, template),
			compareCards,
			(event) => event.target instanceof Y.Text,
		);
	}
}
