import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { cardsMap } from '@groundwork/protocol';
import { addCard, allCards, deleteCard, moveCard, setKind, type NewCard } from './cards.js';
import { LocalHistory, historyActionForKey } from './history.js';
import { applyTextChange } from './textBinding.js';
import { LOCAL_ORIGIN } from './origin.js';

const REMOTE = 'remote';

/** Two people's documents, kept in sync by hand; updates arrive with a non-local origin. */
function twoPeople() {
	const a = new Y.Doc();
	const b = new Y.Doc();
	a.on('update', (update: Uint8Array, origin: unknown) => {
		if (origin !== REMOTE) Y.applyUpdate(b, update, REMOTE);
	});
	b.on('update', (update: Uint8Array, origin: unknown) => {
		if (origin !== REMOTE) Y.applyUpdate(a, update, REMOTE);
	});
	return { a, b };
}

const card = (city: string, text = ''): NewCard => ({
	kind: 'action',
	column: 'planning',
	row: 'buildings',
	city,
	createdBy: city,
	text,
});

function textOf(doc: Y.Doc, id: string): string | undefined {
	return allCards(doc)
		.find((view) => view.id === id)
		?.text.toString();
}

/** Types `value` at the end of a card's text, as the textarea binding does. */
function type(doc: Y.Doc, id: string, value: string): void {
	const view = allCards(doc).find((c) => c.id === id);
	if (!view) throw new Error(`no card ${id}`);
	applyTextChange(view.text, view.text.toString() + value, undefined, LOCAL_ORIGIN);
}

/** Really waits (the undo manager reads the clock itself, so fake timers do not reach it). */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LocalHistory', () => {
	it('[I2] undoes only my own changes; the other person’s card and text stay, on both sides', () => {
		const { a, b } = twoPeople();
		const history = new LocalHistory(a);
		const mine = addCard(a, card('Lisbon'));
		type(a, mine, 'Retrofit');
		// Someone else types into my card and adds a card of their own.
		type(b, mine, ' schools');
		const theirs = addCard(b, card('Tartu', 'Bike lanes'));

		expect(history.undo()).toEqual({ change: 'text', card: mine });
		for (const doc of [a, b]) {
			expect(textOf(doc, mine)).toBe(' schools');
			expect(textOf(doc, theirs)).toBe('Bike lanes');
		}

		expect(history.undo()).toEqual({ change: 'add', card: mine });
		for (const doc of [a, b]) {
			expect(cardsMap(doc).has(mine)).toBe(false);
			expect(textOf(doc, theirs)).toBe('Bike lanes');
		}
		// Their changes are not mine to undo.
		expect(history.canUndo).toBe(false);
		expect(history.undo()).toBeNull();

		expect(history.redo()).toEqual({ change: 'add', card: mine });
		expect(history.redo()).toEqual({ change: 'text', card: mine });
		for (const doc of [a, b]) {
			expect(textOf(doc, mine)).toBe('Retrofit schools');
			expect(textOf(doc, theirs)).toBe('Bike lanes');
		}
		expect(history.canRedo).toBe(false);
	});

	it('[I2] never records changes that arrive from others', () => {
		const { a, b } = twoPeople();
		const onchange = vi.fn();
		const history = new LocalHistory(a, { onchange });
		addCard(b, card('Tartu'));
		expect(history.canUndo).toBe(false);
		expect(onchange).not.toHaveBeenCalled();
	});

	it('makes typing within the capture window one step', async () => {
		const doc = new Y.Doc();
		const id = addCard(doc, card('Lisbon'));
		const history = new LocalHistory(doc, { captureTimeout: 50 });
		for (const letter of 'Solar') type(doc, id, letter);
		await sleep(80);
		type(doc, id, ' roofs');
		expect(history.undo()).toEqual({ change: 'text', card: id });
		expect(textOf(doc, id)).toBe('Solar');
		history.undo();
		expect(textOf(doc, id)).toBe('');
		expect(history.canUndo).toBe(false);
	});

	it('keeps adding, moving and changing kind apart from typing, however quick', () => {
		const doc = new Y.Doc();
		const history = new LocalHistory(doc);
		const id = addCard(doc, card('Lisbon'));
		type(doc, id, 'Heat pumps');
		moveCard(doc, id, { column: 'enabling', row: 'energy' });
		setKind(doc, id, 'barrier');
		type(doc, id, '!');

		expect(history.undo()?.change).toBe('text');
		expect(history.undo()).toEqual({ change: 'kind', card: id });
		expect(allCards(doc)[0]?.kind).toBe('action');
		expect(history.undo()).toEqual({ change: 'move', card: id });
		expect(allCards(doc)[0]).toMatchObject({ column: 'planning', row: 'buildings' });
		expect(history.undo()?.change).toBe('text');
		expect(textOf(doc, id)).toBe('');
		expect(history.undo()?.change).toBe('add');
		expect(allCards(doc)).toEqual([]);
	});

	it('undoes and redoes a move for both people', () => {
		const { a, b } = twoPeople();
		const id = addCard(a, card('Lisbon'));
		const history = new LocalHistory(a);
		moveCard(a, id, { column: 'localisation', row: 'mobility' });
		history.undo();
		for (const doc of [a, b]) {
			expect(allCards(doc)[0]).toMatchObject({ column: 'planning', row: 'buildings' });
		}
		expect(history.redo()).toEqual({ change: 'move', card: id });
		for (const doc of [a, b]) {
			expect(allCards(doc)[0]).toMatchObject({ column: 'localisation', row: 'mobility' });
		}
	});

	it('does not override a later move by someone else', () => {
		const { a, b } = twoPeople();
		const id = addCard(a, card('Lisbon'));
		const history = new LocalHistory(a);
		moveCard(a, id, { column: 'enabling', row: 'buildings' });
		moveCard(b, id, { column: 'localisation', row: 'waste' });
		history.undo();
		for (const doc of [a, b]) {
			expect(allCards(doc)[0]).toMatchObject({ column: 'localisation', row: 'waste' });
		}
	});

	it('undoes a deletion with the card’s text', () => {
		const doc = new Y.Doc();
		const id = addCard(doc, card('Lisbon', 'Green roofs'));
		const history = new LocalHistory(doc);
		deleteCard(doc, id);
		expect(history.undo()).toEqual({ change: 'delete', card: id });
		expect(textOf(doc, id)).toBe('Green roofs');
	});

	it('reports changes of canUndo and canRedo, and stops when destroyed', () => {
		const doc = new Y.Doc();
		const onchange = vi.fn();
		const history = new LocalHistory(doc, { onchange });
		addCard(doc, card('Lisbon'));
		expect(onchange).toHaveBeenCalledTimes(1);
		expect([history.canUndo, history.canRedo]).toEqual([true, false]);
		history.undo();
		expect([history.canUndo, history.canRedo]).toEqual([false, true]);
		history.destroy();
		addCard(doc, card('Lisbon'));
		expect(history.canUndo).toBe(false);
	});
});

describe('historyActionForKey', () => {
	const key = (key: string, mods: Partial<Record<'alt' | 'ctrl' | 'meta' | 'shift', boolean>>) => ({
		key,
		code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : '',
		altKey: mods.alt ?? false,
		ctrlKey: mods.ctrl ?? false,
		metaKey: mods.meta ?? false,
		shiftKey: mods.shift ?? false,
	});

	it('maps Ctrl/Cmd+Z to undo, Ctrl/Cmd+Shift+Z and Ctrl+Y to redo', () => {
		expect(historyActionForKey(key('z', { ctrl: true }))).toBe('undo');
		expect(historyActionForKey(key('z', { meta: true }))).toBe('undo');
		expect(historyActionForKey(key('Z', { ctrl: true, shift: true }))).toBe('redo');
		expect(historyActionForKey(key('Z', { meta: true, shift: true }))).toBe('redo');
		expect(historyActionForKey(key('y', { ctrl: true }))).toBe('redo');
	});

	it('ignores other combinations', () => {
		expect(historyActionForKey(key('z', {}))).toBeNull();
		expect(historyActionForKey(key('z', { ctrl: true, alt: true }))).toBeNull();
		expect(historyActionForKey(key('y', { meta: true }))).toBeNull();
		expect(historyActionForKey(key('c', { ctrl: true }))).toBeNull();
	});

	it('uses the physical key when the layout has no Latin letters', () => {
		expect(historyActionForKey({ ...key('я', { ctrl: true }), code: 'KeyZ' })).toBe('undo');
	});
});
