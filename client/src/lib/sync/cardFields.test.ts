import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardsMap } from '@groundwork/protocol';
import { addCard, readCard } from './cards.js';
import {
	addFunding,
	cardTextField,
	ensureTextFields,
	onlyTextChanged,
	parseNumberInput,
	readCardFieldValues,
	removeFunding,
	setCardField,
	toggleLever,
	updateFunding,
} from './cardFields.js';

function board(kind: 'action' | 'milestone' | 'success' | 'barrier' | 'note' = 'action') {
	const doc = new Y.Doc();
	const id = addCard(
		doc,
		{ kind, column: 'planning', row: 'energy', city: 'Lisbon', createdBy: 'Ana' },
		1000,
		'card-1',
	);
	const card = cardsMap(doc).get(id);
	if (!card) throw new Error('no card');
	return { doc, id, card };
}

describe('card fields', () => {
	it('[D5] setCardField writes a valid value and updatedAt in one transaction', () => {
		const { doc, id, card } = board();
		let transactions = 0;
		doc.on('afterTransaction', () => transactions++);
		expect(setCardField(doc, id, 'status', 'in_progress', 2000)).toEqual({ ok: true });
		expect(setCardField(doc, id, 'costEur', 125000, 3000)).toEqual({ ok: true });
		expect(transactions).toBe(2);
		expect(card.get('status')).toBe('in_progress');
		expect(card.get('updatedAt')).toBe(3000);
		expect(readCardFieldValues(card)).toEqual({ status: 'in_progress', costEur: 125000 });
		expect(readCard(id, card)?.fields.status).toBe('in_progress');
	});

	it('[D5] setCardField refuses bad values and other kinds’ fields without writing', () => {
		const { doc, id, card } = board();
		const bad = setCardField(doc, id, 'costEur', -5, 2000);
		expect(bad).toMatchObject({ ok: false, issue: { code: 'invalid_value', key: 'costEur' } });
		expect(setCardField(doc, id, 'severity', 'high', 2000)).toMatchObject({
			ok: false,
			issue: { code: 'unknown_field' },
		});
		expect(setCardField(doc, 'nope', 'status', 'idea')).toMatchObject({
			ok: false,
			issue: { code: 'no_card' },
		});
		expect(card.has('costEur')).toBe(false);
		expect(card.get('updatedAt')).toBe(1000);
	});

	it('[D5] undefined clears a field; invalid stored values read as absent; unknown keys kept', () => {
		const { doc, id, card } = board('barrier');
		setCardField(doc, id, 'severity', 'high', 2000);
		card.set('category', 'not-a-category');
		card.set('fromTheFuture', 42);
		expect(readCardFieldValues(card)).toEqual({ severity: 'high' });
		expect(setCardField(doc, id, 'severity', undefined, 3000)).toEqual({ ok: true });
		expect(card.has('severity')).toBe(false);
		expect(card.get('updatedAt')).toBe(3000);
		expect(card.get('fromTheFuture')).toBe(42);
	});

	it('[D5] a card keeps its fields when its kind changes', () => {
		const { doc, id, card } = board('action');
		setCardField(doc, id, 'status', 'planned');
		card.set('kind', 'barrier');
		expect(readCardFieldValues(card).status).toBe('planned');
		expect(setCardField(doc, id, 'status', 'idea')).toMatchObject({ ok: false });
	});

	it('ensureTextFields gives a success card shared texts once; setCardField edits them', () => {
		const { doc, id, card } = board('success');
		expect(cardTextField(card, 'whatWorked')).toBeUndefined();
		expect(ensureTextFields(doc, id, 'success')).toBe(true);
		const text = cardTextField(card, 'whatWorked');
		expect(text).toBeInstanceOf(Y.Text);
		expect(ensureTextFields(doc, id, 'success')).toBe(false);
		expect(cardTextField(card, 'whatWorked')).toBe(text);
		expect(ensureTextFields(doc, id, 'action')).toBe(false);
		expect(setCardField(doc, id, 'whatWorked', 'Peer visits')).toEqual({ ok: true });
		expect(cardTextField(card, 'whatWorked')).toBe(text);
		expect(text?.toString()).toBe('Peer visits');
		// Texts are not plain values.
		expect(readCardFieldValues(card)).toEqual({});
	});

	it('two people typing into a long text at once both keep their text', () => {
		const a = board('success');
		ensureTextFields(a.doc, a.id, 'success');
		const b = new Y.Doc();
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a.doc));
		setCardField(a.doc, a.id, 'evidence', 'Survey');
		const theirs = cardTextField(cardsMap(b).get(a.id) as Y.Map<unknown>, 'evidence');
		theirs?.insert(0, 'Audit. ');
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a.doc));
		Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b));
		expect(cardTextField(a.card, 'evidence')?.toString()).toBe(theirs?.toString());
		expect(theirs?.toString()).toContain('Survey');
		expect(theirs?.toString()).toContain('Audit. ');
	});

	it('parseNumberInput: empty clears, decimal commas are read, rubbish is NaN', () => {
		expect(parseNumberInput('')).toBeUndefined();
		expect(parseNumberInput('  ')).toBeUndefined();
		expect(parseNumberInput('1500')).toBe(1500);
		expect(parseNumberInput('12,5')).toBe(12.5);
		expect(parseNumberInput('abc')).toBeNaN();
	});

	it('toggleLever keeps the canonical order and no duplicates', () => {
		expect(toggleLever(undefined, 'finance', true)).toEqual(['finance']);
		expect(toggleLever(['participation'], 'finance', true)).toEqual(['finance', 'participation']);
		expect(toggleLever(['finance', 'finance'], 'finance', true)).toEqual(['finance']);
		expect(toggleLever(['finance', 'participation'], 'finance', false)).toEqual(['participation']);
	});

	it('funding list helpers return new arrays', () => {
		const list = addFunding(undefined);
		expect(list).toEqual([{ source: 'municipal', status: 'identified' }]);
		const changed = updateFunding(list, 0, { source: 'EU' });
		expect(changed).toEqual([{ source: 'EU', status: 'identified' }]);
		expect(list[0]?.source).toBe('municipal');
		expect(addFunding(changed)).toHaveLength(2);
		expect(removeFunding(addFunding(changed), 0)).toEqual([
			{ source: 'municipal', status: 'identified' },
		]);
	});

	it('onlyTextChanged tells typing from field changes', () => {
		const { doc, id, card } = board('success');
		ensureTextFields(doc, id, 'success');
		const seen: boolean[] = [];
		const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) =>
			seen.push(onlyTextChanged(events));
		card.observeDeep(observer);
		cardTextField(card, 'whatWorked')?.insert(0, 'x');
		setCardField(doc, id, 'promotable', true);
		card.unobserveDeep(observer);
		expect(seen).toEqual([true, false]);
	});
});
