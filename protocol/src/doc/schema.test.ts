import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	CARD,
	META,
	ROOT,
	cardText,
	cardsMap,
	createCardMap,
	gapsMap,
	initBoardMeta,
	metaMap,
	type BoardMeta,
	type CardFields,
} from './schema.js';
import { SCHEMA_VERSION } from '../version.js';

const fields: CardFields = {
	id: 'card-1',
	kind: 'action',
	text: 'Retrofit 500 homes',
	stage: 'planning',
	sector: 'buildings',
	city: 'Lyon',
	createdBy: 'Ada',
	createdAt: 1_700_000_000_000,
	updatedAt: 1_700_000_000_500,
	order: 2.5,
	x: 16,
	y: 32,
};

const meta: BoardMeta = {
	title: 'Lyon roadmap',
	template: 'netzero-roadmap',
	schemaVersion: SCHEMA_VERSION,
	createdAt: 1_700_000_000_000,
};

describe('document schema', () => {
	it('[D1] the root maps are meta, cards, gaps, links, frames and layout', () => {
		const doc = new Y.Doc();
		expect(ROOT).toEqual({
			meta: 'meta',
			cards: 'cards',
			gaps: 'gaps',
			links: 'links',
			frames: 'frames',
			layout: 'layout',
		});
		expect(metaMap(doc)).toBe(doc.getMap('meta'));
		expect(cardsMap(doc)).toBe(doc.getMap('cards'));
		expect(gapsMap(doc)).toBe(doc.getMap('gaps'));
		expect(gapsMap(doc).size).toBe(0);
	});

	it('[D3] createCardMap gives a Y.Map with every field and the text as a Y.Text', () => {
		const doc = new Y.Doc();
		const card = createCardMap(fields);
		cardsMap(doc).set(fields.id, card);

		const stored = cardsMap(doc).get(fields.id);
		expect(stored).toBe(card);
		expect(card.get(CARD.text)).toBeInstanceOf(Y.Text);
		expect(String(card.get(CARD.text))).toBe(fields.text);
		// A roadmap card: its cell is its stage and sector, so it has no `column` and `row`.
		const keys = Object.values(CARD).filter((key) => key !== CARD.column && key !== CARD.row);
		expect([...card.keys()].sort()).toEqual(keys.sort());
		for (const key of keys) {
			if (key !== CARD.text) expect(card.get(key), key).toEqual(fields[key]);
		}
		expect(card.toJSON()).toEqual(fields);
	});

	it('[D3] the card text survives a round trip to another document as a Y.Text', () => {
		const doc = new Y.Doc();
		cardsMap(doc).set(fields.id, createCardMap(fields));
		const copy = new Y.Doc();
		Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
		const card = cardsMap(copy).get(fields.id);
		expect(card).toBeInstanceOf(Y.Map);
		const text = card && cardText(card);
		expect(text).toBeInstanceOf(Y.Text);
		expect(text?.toString()).toBe(fields.text);
	});

	it('[D3] two people typing in one card at once both keep their text', () => {
		const a = new Y.Doc();
		cardsMap(a).set(fields.id, createCardMap({ ...fields, text: 'Plan' }));
		const b = new Y.Doc();
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		const textA = cardText(cardsMap(a).get(fields.id) as Y.Map<unknown>);
		const textB = cardText(cardsMap(b).get(fields.id) as Y.Map<unknown>);
		textA?.insert(0, 'Solar ');
		textB?.insert(4, ' 2030');
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		expect(textA?.toString()).toBe('Solar Plan 2030');
		expect(textB?.toString()).toBe('Solar Plan 2030');
	});

	it('[D3] cardText gives the Y.Text, or undefined for a malformed card', () => {
		const doc = new Y.Doc();
		const good = createCardMap(fields);
		const plain = new Y.Map<unknown>();
		const missing = new Y.Map<unknown>();
		cardsMap(doc).set('good', good);
		cardsMap(doc).set('plain', plain);
		cardsMap(doc).set('missing', missing);
		plain.set(CARD.text, 'just a string');

		expect(cardText(good)).toBe(good.get(CARD.text));
		expect(cardText(plain)).toBeUndefined();
		expect(cardText(missing)).toBeUndefined();
	});

	it('[D2] initBoardMeta writes title, template, schemaVersion and createdAt in one update', () => {
		const doc = new Y.Doc();
		let updates = 0;
		doc.on('update', () => updates++);
		initBoardMeta(doc, meta);
		expect(updates).toBe(1);
		expect(metaMap(doc).toJSON()).toEqual({
			[META.title]: meta.title,
			[META.template]: meta.template,
			[META.schemaVersion]: meta.schemaVersion,
			[META.createdAt]: meta.createdAt,
		});
		expect(Object.values(META).sort()).toEqual(
			['createdAt', 'schemaVersion', 'template', 'title'].sort(),
		);
	});
});
