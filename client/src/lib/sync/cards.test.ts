import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CARD, cardsMap, createCardMap } from '@groundwork/protocol';
import {
	addCard,
	allCells,
	cardsInCell,
	citiesOnBoard,
	deleteCard,
	moveCard,
	moveDirectionForKey,
	neighbourCell,
	setKind,
	uniqueCities,
} from './cards.js';

const base = { kind: 'action', city: 'Lisbon', createdBy: 'Ana' } as const;

function sync(a: Y.Doc, b: Y.Doc): void {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

describe('cards', () => {
	it('adds a card with every schema field and its text as a Y.Text', () => {
		const doc = new Y.Doc();
		const id = addCard(doc, { ...base, stage: 'planning', sector: 'energy', text: 'PV' }, 1000);
		const card = cardsMap(doc).get(id);
		expect(card?.get(CARD.text)).toBeInstanceOf(Y.Text);
		expect(card?.toJSON()).toEqual({
			id,
			kind: 'action',
			text: 'PV',
			stage: 'planning',
			sector: 'energy',
			city: 'Lisbon',
			createdBy: 'Ana',
			createdAt: 1000,
			updatedAt: 1000,
			order: 0,
		});
	});

	it('lists the cards of a cell in order, appending new ones at the end', () => {
		const doc = new Y.Doc();
		const first = addCard(doc, { ...base, stage: 'planning', sector: 'energy' });
		addCard(doc, { ...base, stage: 'enabling', sector: 'energy' });
		const second = addCard(doc, { ...base, stage: 'planning', sector: 'energy' });
		expect(cardsInCell(doc, 'planning', 'energy').map((c) => c.id)).toEqual([first, second]);
		expect(cardsInCell(doc, 'localisation', 'energy')).toEqual([]);
	});

	it('moves a card to the end of another cell', () => {
		const doc = new Y.Doc();
		const there = addCard(doc, { ...base, stage: 'enabling', sector: 'waste' });
		const id = addCard(doc, { ...base, stage: 'planning', sector: 'energy' });
		expect(moveCard(doc, id, 'enabling', 'waste', 5)).toBe(true);
		expect(cardsInCell(doc, 'planning', 'energy')).toEqual([]);
		expect(cardsInCell(doc, 'enabling', 'waste').map((c) => c.id)).toEqual([there, id]);
		expect(cardsMap(doc).get(id)?.get(CARD.updatedAt)).toBe(5);
		expect(moveCard(doc, 'missing', 'planning', 'energy')).toBe(false);
	});

	it('changes the kind and deletes cards', () => {
		const doc = new Y.Doc();
		const id = addCard(doc, { ...base, stage: 'planning', sector: 'energy' });
		expect(setKind(doc, id, 'barrier')).toBe(true);
		expect(cardsInCell(doc, 'planning', 'energy')[0]?.kind).toBe('barrier');
		expect(deleteCard(doc, id)).toBe(true);
		expect(deleteCard(doc, id)).toBe(false);
		expect(cardsMap(doc).size).toBe(0);
	});

	it('skips malformed cards instead of failing', () => {
		const doc = new Y.Doc();
		const bad = new Y.Map<unknown>();
		bad.set(CARD.stage, 'nowhere');
		cardsMap(doc).set('bad', bad);
		const ok = createCardMap({
			id: 'ok',
			kind: 'note',
			text: '',
			stage: 'planning',
			sector: 'nature',
			city: '',
			createdBy: '',
			createdAt: 0,
			updatedAt: 0,
			order: 0,
		});
		cardsMap(doc).set('ok', ok);
		expect(cardsInCell(doc, 'planning', 'nature').map((c) => c.id)).toEqual(['ok']);
	});

	it('converges when two people add cards to the same cell at once', () => {
		const a = new Y.Doc();
		const b = new Y.Doc();
		addCard(a, { ...base, stage: 'planning', sector: 'energy' });
		addCard(b, { ...base, city: 'Tartu', stage: 'planning', sector: 'energy' });
		sync(a, b);
		const inA = cardsInCell(a, 'planning', 'energy').map((c) => c.id);
		expect(inA).toHaveLength(2);
		expect(cardsInCell(b, 'planning', 'energy').map((c) => c.id)).toEqual(inA);
	});

	it('lists the distinct cities on the board', () => {
		const doc = new Y.Doc();
		addCard(doc, { ...base, stage: 'planning', sector: 'energy' });
		addCard(doc, { ...base, city: ' lisbon ', stage: 'planning', sector: 'energy' });
		addCard(doc, { ...base, city: 'Gdynia', stage: 'planning', sector: 'energy' });
		addCard(doc, { ...base, city: '', stage: 'planning', sector: 'energy' });
		expect(citiesOnBoard(doc)).toEqual(['Gdynia', 'Lisbon']);
		expect(uniqueCities(['b', 'A', 'a', ''])).toEqual(['A', 'b']);
	});
});

describe('neighbourCell', () => {
	it('moves between stages and sectors and stops at the edges', () => {
		const from = { stage: 'planning', sector: 'buildings' } as const;
		expect(neighbourCell(from, 'right')).toEqual({ stage: 'enabling', sector: 'buildings' });
		expect(neighbourCell(from, 'down')).toEqual({ stage: 'planning', sector: 'energy' });
		expect(neighbourCell(from, 'left')).toBeNull();
		expect(neighbourCell(from, 'up')).toBeNull();
		expect(neighbourCell({ stage: 'localisation', sector: 'governance' }, 'right')).toBeNull();
		expect(neighbourCell({ stage: 'localisation', sector: 'governance' }, 'down')).toBeNull();
	});

	it('knows every cell of the roadmap', () => {
		expect(allCells()).toHaveLength(21);
	});
});

describe('moveDirectionForKey', () => {
	const key = (
		k: string,
		mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>>,
	) => ({
		key: k,
		altKey: false,
		ctrlKey: false,
		metaKey: false,
		shiftKey: false,
		...mods,
	});

	it('maps Alt+Arrow keys and nothing else', () => {
		expect(moveDirectionForKey(key('ArrowLeft', { altKey: true }))).toBe('left');
		expect(moveDirectionForKey(key('ArrowDown', { altKey: true }))).toBe('down');
		expect(moveDirectionForKey(key('ArrowLeft', {}))).toBeNull();
		expect(moveDirectionForKey(key('ArrowLeft', { altKey: true, shiftKey: true }))).toBeNull();
		expect(moveDirectionForKey(key('a', { altKey: true }))).toBeNull();
	});
});
