import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { memoryStorage } from '../testing/memoryStorage.js';
import {
	PendingChanges,
	TEXT_CHANGE_MERGE_MS,
	pendingChangeStore,
	pendingChangesKey,
	typedText,
} from './offlineChanges.js';

/** The `typedText` of each transaction `edit` makes on `doc`. */
function typedTexts(doc: Y.Doc, edit: () => void): (Y.Text | null)[] {
	const seen: (Y.Text | null)[] = [];
	const listen = (transaction: Y.Transaction) => seen.push(typedText(transaction));
	doc.on('afterTransaction', listen);
	edit();
	doc.off('afterTransaction', listen);
	return seen;
}

describe('pending changes', () => {
	it('tells typing into one text apart from other changes', () => {
		const doc = new Y.Doc();
		const cards = doc.getMap<Y.Map<unknown>>('cards');
		const card = new Y.Map<unknown>();
		const text = new Y.Text();
		const seen = typedTexts(doc, () => {
			doc.transact(() => {
				card.set('text', text);
				cards.set('a', card);
			});
			doc.transact(() => text.insert(0, 'Bus lanes'));
			doc.transact(() => text.delete(0, 4));
			doc.transact(() => card.set('stage', 'planning'));
		});
		expect(seen).toEqual([null, text, text, null]);
	});

	it('counts each change once, typing on in the same text within the merge time as one', () => {
		let now = 1000;
		const changes = new PendingChanges(pendingChangeStore('b1', memoryStorage()), () => now);
		const a = new Y.Text();
		const b = new Y.Text();
		expect(changes.count).toBe(0);
		expect(changes.record(null)).toBe(1); // a card added
		expect(changes.record(a)).toBe(2); // typing into it
		now += TEXT_CHANGE_MERGE_MS - 1;
		expect(changes.record(a)).toBe(2); // still typing
		now += TEXT_CHANGE_MERGE_MS - 1;
		expect(changes.record(a)).toBe(2);
		expect(changes.record(b)).toBe(3); // another text
		now += TEXT_CHANGE_MERGE_MS;
		expect(changes.record(b)).toBe(4); // typing again after a pause
		expect(changes.record(null)).toBe(5);
		expect(changes.record(null)).toBe(6); // structural changes never merge
	});

	it('keeps the count across page loads until the server confirms a sync', () => {
		const storage = memoryStorage();
		const first = new PendingChanges(pendingChangeStore('b1', storage));
		first.record(null);
		first.record(null);
		first.record(null);
		expect(storage.getItem(pendingChangesKey('b1'))).toBe('3');

		const reloaded = new PendingChanges(pendingChangeStore('b1', storage));
		expect(reloaded.count).toBe(3);
		expect(new PendingChanges(pendingChangeStore('b2', storage)).count).toBe(0);
		reloaded.record(null);
		expect(reloaded.count).toBe(4);
		reloaded.confirm();
		expect(reloaded.count).toBe(0);
		expect(storage.getItem(pendingChangesKey('b1'))).toBeNull();
		expect(new PendingChanges(pendingChangeStore('b1', storage)).count).toBe(0);
	});

	it('forgets the count when the changes did not survive (no local copy)', () => {
		const storage = memoryStorage();
		storage.setItem(pendingChangesKey('b1'), '5');
		const changes = new PendingChanges(pendingChangeStore('b1', storage));
		changes.discard();
		expect(changes.count).toBe(0);
		expect(storage.getItem(pendingChangesKey('b1'))).toBeNull();
	});

	it('ignores unreadable counts and works without storage', () => {
		const storage = memoryStorage();
		for (const bad of ['-2', 'NaN', '1.5', 'lots', '1e400']) {
			storage.setItem(pendingChangesKey('b1'), bad);
			expect(pendingChangeStore('b1', storage).load(), bad).toBe(0);
		}
		const changes = new PendingChanges(pendingChangeStore('b1', undefined));
		expect(changes.record(null)).toBe(1);
		expect(() => changes.confirm()).not.toThrow();
	});
});
