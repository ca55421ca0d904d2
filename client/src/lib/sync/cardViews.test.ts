import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CARD, cardText, cardsMap } from '@groundwork/protocol';
import { addCard } from './cards.js';
import { CardViews } from './cardViews.js';

function board(): { doc: Y.Doc; views: CardViews; events: () => boolean } {
	const doc = new Y.Doc();
	const views = new CardViews(doc);
	let changed = false;
	cardsMap(doc).observeDeep((events) => {
		changed = views.apply(events) || changed;
	});
	return {
		doc,
		views,
		events: () => {
			const result = changed;
			changed = false;
			return result;
		},
	};
}

const card = {
	kind: 'action',
	column: 'planning',
	row: 'energy',
	city: 'Lyon',
	createdBy: 'Ada',
} as const;

describe('CardViews', () => {
	it('keeps the view object of every card an event did not touch', () => {
		const { doc, views } = board();
		const a = addCard(doc, card);
		const b = addCard(doc, { ...card, row: 'mobility' });
		const before = new Map(views.sorted().map((view) => [view.id, view]));
		cardsMap(doc).get(b)?.set(CARD.stage, 'enabling');
		const after = new Map(views.sorted().map((view) => [view.id, view]));
		expect(after.get(a)).toBe(before.get(a));
		expect(after.get(b)).not.toBe(before.get(b));
		expect(after.get(b)?.stage).toBe('enabling');
	});

	it('follows additions and deletions, including those from another document', () => {
		const { doc, views } = board();
		const remote = new Y.Doc();
		const id = addCard(remote, card);
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));
		expect(views.sorted().map((view) => view.id)).toEqual([id]);
		cardsMap(doc).delete(id);
		expect(views.sorted()).toEqual([]);
	});

	it('reports typing as no change to the views', () => {
		const { doc, events } = board();
		const id = addCard(doc, card);
		events();
		cardText(cardsMap(doc).get(id)!)!.insert(0, 'Heat pumps');
		expect(events()).toBe(false);
		cardsMap(doc).get(id)?.set(CARD.kind, 'note');
		expect(events()).toBe(true);
	});
});
