import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTextChange, bindTextarea, diffText, type TextChange } from './textBinding.js';
import { LOCAL_ORIGIN } from './origin.js';

function apply(before: string, change: TextChange | null): string {
	if (!change) return before;
	return (
		before.slice(0, change.index) + change.insert + before.slice(change.index + change.deleteCount)
	);
}

describe('diffText', () => {
	it('returns null for equal strings', () => {
		expect(diffText('same', 'same')).toBeNull();
	});

	it('finds an insertion in the middle', () => {
		expect(diffText('hello world', 'hello brave world')).toEqual({
			index: 6,
			deleteCount: 0,
			insert: 'brave ',
		});
	});

	it('finds a deletion', () => {
		expect(diffText('hello brave world', 'hello world')).toEqual({
			index: 6,
			deleteCount: 6,
			insert: '',
		});
	});

	it('finds a replacement', () => {
		expect(diffText('cost: 100 EUR', 'cost: 275 EUR')).toEqual({
			index: 6,
			deleteCount: 3,
			insert: '275',
		});
	});

	it('handles empty strings on either side', () => {
		expect(diffText('', 'abc')).toEqual({ index: 0, deleteCount: 0, insert: 'abc' });
		expect(diffText('abc', '')).toEqual({ index: 0, deleteCount: 3, insert: '' });
	});

	it('uses the cursor to place an ambiguous insertion where the user typed', () => {
		// Typing "a" between the two letters of "aa": the caret ends at 2.
		expect(diffText('aa', 'aaa', 2)).toEqual({ index: 1, deleteCount: 0, insert: 'a' });
		// Without a cursor the change lands after the common prefix.
		expect(diffText('aa', 'aaa')).toEqual({ index: 2, deleteCount: 0, insert: 'a' });
	});

	it('uses the cursor to place an ambiguous deletion', () => {
		// Backspace on the second "a" of "aaa": the caret ends at 1.
		expect(diffText('aaa', 'aa', 1)).toEqual({ index: 1, deleteCount: 1, insert: '' });
	});

	it('never splits a surrogate pair', () => {
		const change = diffText('a😀b', 'a😃b');
		expect(change).toEqual({ index: 1, deleteCount: 2, insert: '😃' });
	});

	it('always produces a change that turns before into after', () => {
		const samples = ['', 'a', 'ab', 'abc', 'abba', 'Lisbon', 'Lisboa', 'x😀y', '😀😀'];
		for (const before of samples) {
			for (const after of samples) {
				for (let cursor = 0; cursor <= after.length; cursor++) {
					expect(apply(before, diffText(before, after, cursor))).toBe(after);
				}
				expect(apply(before, diffText(before, after))).toBe(after);
			}
		}
	});
});

describe('applyTextChange', () => {
	it('writes the minimal edit into a Y.Text in one transaction', () => {
		const doc = new Y.Doc();
		const text = doc.getText('t');
		text.insert(0, 'solar roofs');
		let transactions = 0;
		doc.on('afterTransaction', () => transactions++);
		applyTextChange(text, 'solar panels', undefined, 'me');
		expect(text.toString()).toBe('solar panels');
		expect(transactions).toBe(1);
	});

	it('keeps both people’s text when two edit the same card at once', () => {
		const a = new Y.Doc();
		const b = new Y.Doc();
		a.getText('t').insert(0, 'Heat pumps');
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		applyTextChange(a.getText('t'), 'Heat pumps for schools', 22);
		applyTextChange(b.getText('t'), 'District heat pumps', 9);
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		expect(a.getText('t').toString()).toBe(b.getText('t').toString());
		expect(a.getText('t').toString()).toBe('District heat pumps for schools');
	});
});

/** A stand-in for a focused <textarea>: value, selection and input events. */
function fakeTextarea() {
	const listeners = new Set<() => void>();
	const area = {
		value: '',
		selectionStart: 0,
		selectionEnd: 0,
		selectionDirection: 'none' as 'none' | 'forward' | 'backward',
		ownerDocument: { activeElement: null as unknown },
		setSelectionRange(start: number, end: number, direction?: 'forward' | 'backward' | 'none') {
			area.selectionStart = start;
			area.selectionEnd = end;
			area.selectionDirection = direction ?? 'none';
		},
		addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
		removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
		/** Types `text` at the caret, as the browser would, and fires `input`. */
		type(text: string) {
			const { value, selectionStart: s, selectionEnd: e } = area;
			area.value = value.slice(0, s) + text + value.slice(e);
			area.selectionStart = area.selectionEnd = s + text.length;
			for (const listener of listeners) listener();
		},
		listenerCount: () => listeners.size,
	};
	area.ownerDocument.activeElement = area;
	return area;
}

describe('bindTextarea', () => {
	function twoPeople() {
		const a = new Y.Doc();
		const b = new Y.Doc();
		a.on('update', (update: Uint8Array) => Y.applyUpdate(b, update, 'remote'));
		b.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin !== 'remote') Y.applyUpdate(a, update, 'remote');
		});
		return { a, b };
	}

	it('shows the text, writes input into the document and unbinds', () => {
		const doc = new Y.Doc();
		const text = doc.getText('t');
		text.insert(0, 'Bike lanes');
		const area = fakeTextarea();
		const unbind = bindTextarea(area as never, text);
		expect(area.value).toBe('Bike lanes');
		area.setSelectionRange(10, 10);
		area.type(' everywhere');
		expect(text.toString()).toBe('Bike lanes everywhere');
		unbind();
		expect(area.listenerCount()).toBe(0);
	});

	it('keeps the caret in place when someone else edits before it', () => {
		const { a, b } = twoPeople();
		a.getText('t').insert(0, 'solar roofs');
		const area = fakeTextarea();
		bindTextarea(area as never, a.getText('t'));
		area.setSelectionRange(5, 5); // after "solar"
		b.getText('t').insert(0, 'Public ');
		expect(area.value).toBe('Public solar roofs');
		expect([area.selectionStart, area.selectionEnd]).toEqual([12, 12]);
		area.type(' PV');
		expect(b.getText('t').toString()).toBe('Public solar PV roofs');
	});

	it('does not write anything when read-only', () => {
		const doc = new Y.Doc();
		const text = doc.getText('t');
		text.insert(0, 'fixed');
		const area = fakeTextarea();
		bindTextarea(area as never, text, { readonly: true });
		area.type('!');
		expect(text.toString()).toBe('fixed');
		expect(area.value).toBe('fixed');
	});

	it('types with the local origin, so undo takes it back into the textarea', () => {
		const doc = new Y.Doc();
		const text = doc.getText('t');
		const origins: unknown[] = [];
		doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
		const undo = new Y.UndoManager(text, { trackedOrigins: new Set([LOCAL_ORIGIN]) });
		const area = fakeTextarea();
		bindTextarea(area as never, text);
		area.type('Tree planting');
		expect(origins).toEqual([LOCAL_ORIGIN]);
		undo.undo();
		expect(area.value).toBe('');
		undo.redo();
		expect(area.value).toBe('Tree planting');
	});

	it('keeps two textareas bound to the same text in step', () => {
		const doc = new Y.Doc();
		const text = doc.getText('t');
		const first = fakeTextarea();
		const second = fakeTextarea();
		bindTextarea(first as never, text);
		bindTextarea(second as never, text);
		first.type('Compost');
		expect(second.value).toBe('Compost');
	});
});
