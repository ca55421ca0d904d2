import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardRecord, NewBoardRecord, Storage } from '../../src/storage/DocStorage.js';

/** What a contract run needs: a fresh storage and a way to throw it away. */
export interface StorageFixture {
	storage: Storage;
	cleanup(): Promise<void>;
}

/** Records the updates a document emits, one per transaction. */
function recordingDoc(): { doc: Y.Doc; updates: Uint8Array[] } {
	const doc = new Y.Doc();
	const updates: Uint8Array[] = [];
	doc.on('update', (update: Uint8Array) => updates.push(update));
	return { doc, updates };
}

/** A few separate edits to a board document, including deletions, as one update each. */
function someEdits(): { doc: Y.Doc; updates: Uint8Array[] } {
	const { doc, updates } = recordingDoc();
	const meta = doc.getMap('meta');
	const cards = doc.getMap<Y.Map<unknown>>('cards');
	meta.set('title', 'Lyon roadmap');
	meta.set('schemaVersion', 1);
	const card = new Y.Map<unknown>();
	cards.set('c1', card);
	card.set('text', new Y.Text('Retrofit homes'));
	card.set('kind', 'action');
	(card.get('text') as Y.Text).insert(0, 'Plan: ');
	const doomed = new Y.Map<unknown>();
	cards.set('c2', doomed);
	doomed.set('kind', 'barrier');
	cards.delete('c2');
	meta.set('title', 'Lyon 2030 roadmap');
	return { doc, updates };
}

/** The content that matters of a document: its meta and cards as JSON. */
function contentOf(updates: readonly Uint8Array[]): unknown {
	const doc = new Y.Doc();
	for (const update of updates) Y.applyUpdate(doc, update);
	const content = { meta: doc.getMap('meta').toJSON(), cards: doc.getMap('cards').toJSON() };
	doc.destroy();
	return content;
}

function bytes(updates: readonly Uint8Array[]): number[][] {
	return updates.map((update) => [...update]);
}

const record: NewBoardRecord = {
	id: 'board-0001',
	title: 'Lyon roadmap',
	template: 'netzero-roadmap',
	createdAt: 1_700_000_000_123,
};

/** What the catalog holds for `input` right after creating it. */
function created(input: NewBoardRecord): BoardRecord {
	return { ...input, archived: false, generations: { facilitator: 0, participant: 0, viewer: 0 } };
}

/**
 * The behaviour every `Storage` keeps (SPEC.md [S1]-[S3]). Call it from a test file with a
 * factory that gives a fresh, empty storage and a cleanup for it.
 */
export function docStorageContract(name: string, make: () => Promise<StorageFixture>): void {
	describe(`Storage contract: ${name}`, () => {
		let fixture: StorageFixture;
		let storage: Storage;

		beforeEach(async () => {
			fixture = await make();
			storage = fixture.storage;
		});

		afterEach(async () => {
			await fixture.cleanup();
		});

		describe('documents', () => {
			it('[S2] an unknown board has no updates', async () => {
				expect(await storage.docs.loadUpdates('board-none')).toEqual([]);
			});

			it('[S1] [S2] appended updates load back byte for byte, in order', async () => {
				const { updates } = someEdits();
				expect(updates.length).toBeGreaterThan(5);
				for (const update of updates) await storage.docs.appendUpdate('board-0001', update);
				const loaded = await storage.docs.loadUpdates('board-0001');
				expect(loaded.every((u) => u instanceof Uint8Array)).toBe(true);
				expect(bytes(loaded)).toEqual(bytes(updates));
			});

			it('[S1] the stored update is a copy: changing the caller buffer afterwards changes nothing', async () => {
				const { updates } = someEdits();
				const update = (updates[0] as Uint8Array).slice();
				const original = [...update];
				await storage.docs.appendUpdate('board-0001', update);
				update.fill(0);
				expect(bytes(await storage.docs.loadUpdates('board-0001'))).toEqual([original]);
			});

			it('[S1] appends issued without awaiting each one keep their order', async () => {
				const { updates } = someEdits();
				await Promise.all(updates.map((u) => storage.docs.appendUpdate('board-0001', u)));
				expect(bytes(await storage.docs.loadUpdates('board-0001'))).toEqual(bytes(updates));
			});

			it('[S2] boards are isolated from each other', async () => {
				const a = someEdits().updates;
				const { doc, updates: b } = recordingDoc();
				doc.getMap('meta').set('title', 'Kyiv');
				for (const update of a) await storage.docs.appendUpdate('board-aaaa', update);
				for (const update of b) await storage.docs.appendUpdate('board-bbbb', update);
				expect(bytes(await storage.docs.loadUpdates('board-aaaa'))).toEqual(bytes(a));
				expect(bytes(await storage.docs.loadUpdates('board-bbbb'))).toEqual(bytes(b));

				await storage.docs.compact('board-aaaa');
				await storage.docs.deleteBoard('board-aaaa');
				expect(bytes(await storage.docs.loadUpdates('board-bbbb'))).toEqual(bytes(b));
			});

			it('[S3] compaction leaves one update with the same content and returns how many it merged', async () => {
				const { updates } = someEdits();
				for (const update of updates) await storage.docs.appendUpdate('board-0001', update);
				const before = contentOf(await storage.docs.loadUpdates('board-0001'));
				expect(before).toEqual({
					meta: { title: 'Lyon 2030 roadmap', schemaVersion: 1 },
					cards: { c1: { text: 'Plan: Retrofit homes', kind: 'action' } },
				});

				expect(await storage.docs.compact('board-0001')).toBe(updates.length);
				const after = await storage.docs.loadUpdates('board-0001');
				expect(after).toHaveLength(1);
				expect(contentOf(after)).toEqual(before);
			});

			it('[S3] compacting an empty board or one with a single update merges nothing', async () => {
				expect(await storage.docs.compact('board-none')).toBe(0);
				expect(await storage.docs.loadUpdates('board-none')).toEqual([]);

				const [only] = someEdits().updates;
				await storage.docs.appendUpdate('board-0001', only as Uint8Array);
				expect(await storage.docs.compact('board-0001')).toBe(0);
				expect(bytes(await storage.docs.loadUpdates('board-0001'))).toEqual(
					bytes([only as Uint8Array]),
				);
			});

			it('[S3] compacting twice in a row merges nothing the second time', async () => {
				for (const update of someEdits().updates)
					await storage.docs.appendUpdate('board-0001', update);
				await storage.docs.compact('board-0001');
				const snapshot = await storage.docs.loadUpdates('board-0001');
				expect(await storage.docs.compact('board-0001')).toBe(0);
				expect(bytes(await storage.docs.loadUpdates('board-0001'))).toEqual(bytes(snapshot));
			});

			it('[S3] updates appended after a compaction are kept, after the snapshot', async () => {
				const { doc, updates } = someEdits();
				for (const update of updates) await storage.docs.appendUpdate('board-0001', update);
				await storage.docs.compact('board-0001');
				const [snapshot] = await storage.docs.loadUpdates('board-0001');

				const mark = updates.length;
				doc.getMap('meta').set('title', 'After compaction');
				doc.getMap<Y.Map<unknown>>('cards').delete('c1');
				const later = updates.slice(mark);
				expect(later).toHaveLength(2);
				for (const update of later) await storage.docs.appendUpdate('board-0001', update);

				const loaded = await storage.docs.loadUpdates('board-0001');
				expect(bytes(loaded)).toEqual(bytes([snapshot as Uint8Array, ...later]));
				expect(contentOf(loaded)).toEqual({
					meta: { title: 'After compaction', schemaVersion: 1 },
					cards: {},
				});

				// and a second compaction folds them in
				expect(await storage.docs.compact('board-0001')).toBe(3);
				const compacted = await storage.docs.loadUpdates('board-0001');
				expect(compacted).toHaveLength(1);
				expect(contentOf(compacted)).toEqual(contentOf(loaded));
			});

			it('[S3] an update appended while a compaction runs is kept', async () => {
				const { doc, updates } = someEdits();
				for (const update of updates) await storage.docs.appendUpdate('board-0001', update);
				doc.getMap('meta').set('title', 'Concurrent');
				const concurrent = updates.at(-1) as Uint8Array;
				await Promise.all([
					storage.docs.compact('board-0001'),
					storage.docs.appendUpdate('board-0001', concurrent),
				]);
				const loaded = await storage.docs.loadUpdates('board-0001');
				expect((contentOf(loaded) as { meta: { title: string } }).meta.title).toBe('Concurrent');
			});

			it('deleteBoard removes every update of the board', async () => {
				for (const update of someEdits().updates)
					await storage.docs.appendUpdate('board-0001', update);
				await storage.docs.compact('board-0001');
				await storage.docs.appendUpdate('board-0001', someEdits().updates[0] as Uint8Array);
				await storage.docs.deleteBoard('board-0001');
				expect(await storage.docs.loadUpdates('board-0001')).toEqual([]);
				expect(await storage.docs.compact('board-0001')).toBe(0);
				await expect(storage.docs.deleteBoard('board-none')).resolves.toBeUndefined();
			});
		});

		describe('catalog', () => {
			it('[H1] [T5] a created board can be read back, unarchived, at generation 0', async () => {
				await storage.boards.createBoard(record);
				expect(await storage.boards.getBoard(record.id)).toEqual(created(record));
			});

			it('[H2] an unknown id gives undefined', async () => {
				expect(await storage.boards.getBoard('board-none')).toBeUndefined();
				await storage.boards.createBoard(record);
				expect(await storage.boards.getBoard('board-0002')).toBeUndefined();
			});

			it('[H1] a duplicate id is rejected and the first record is kept', async () => {
				await storage.boards.createBoard(record);
				await expect(storage.boards.createBoard({ ...record, title: 'Usurper' })).rejects.toThrow();
				expect(await storage.boards.getBoard(record.id)).toEqual(created(record));
			});

			it('[H1] records are independent of the objects passed in and handed out', async () => {
				const input = { ...record };
				await storage.boards.createBoard(input);
				input.title = 'Changed by caller';
				const first = await storage.boards.getBoard(record.id);
				if (first) {
					first.title = 'Changed by reader';
					first.generations.viewer = 7;
				}
				expect(await storage.boards.getBoard(record.id)).toEqual(created(record));
			});

			it('[H1] keeps several boards apart', async () => {
				const second = { ...record, id: 'board-0002', title: 'Kyiv', createdAt: 5 };
				await storage.boards.createBoard(record);
				await storage.boards.createBoard(second);
				await storage.boards.rotateLinks(second.id, ['viewer']);
				await storage.boards.updateBoard(second.id, { archived: true });
				expect(await storage.boards.getBoard(record.id)).toEqual(created(record));
				expect(await storage.boards.getBoard(second.id)).toEqual({
					...created(second),
					archived: true,
					generations: { facilitator: 0, participant: 0, viewer: 1 },
				});
			});

			it('[H7] updateBoard renames and archives, together or apart, and answers the record', async () => {
				await storage.boards.createBoard(record);
				const title = 'Lyon 2040 – “net zero” ’26 🌍';
				expect(await storage.boards.updateBoard(record.id, { title })).toEqual({
					...created(record),
					title,
				});
				expect(await storage.boards.updateBoard(record.id, { archived: true })).toEqual({
					...created(record),
					title,
					archived: true,
				});
				const both = await storage.boards.updateBoard(record.id, {
					title: 'Lyon',
					archived: false,
				});
				expect(both).toEqual({ ...created(record), title: 'Lyon' });
				expect(await storage.boards.getBoard(record.id)).toEqual(both);
			});

			it('[H7] updateBoard of an unknown board answers undefined and creates nothing', async () => {
				expect(await storage.boards.updateBoard('board-none', { title: 'Ghost' })).toBeUndefined();
				expect(await storage.boards.getBoard('board-none')).toBeUndefined();
			});

			it('[T5] rotateLinks raises the named roles by one, once each, and keeps the rest', async () => {
				await storage.boards.createBoard(record);
				const once = await storage.boards.rotateLinks(record.id, ['participant']);
				expect(once?.generations).toEqual({ facilitator: 0, participant: 1, viewer: 0 });
				const all = await storage.boards.rotateLinks(record.id, [
					'viewer',
					'participant',
					'facilitator',
				]);
				expect(all?.generations).toEqual({ facilitator: 1, participant: 2, viewer: 1 });
				const repeated = await storage.boards.rotateLinks(record.id, ['viewer', 'viewer']);
				expect(repeated?.generations).toEqual({ facilitator: 1, participant: 2, viewer: 2 });
				expect(await storage.boards.getBoard(record.id)).toEqual({
					...created(record),
					generations: { facilitator: 1, participant: 2, viewer: 2 },
				});
			});

			it('[T5] rotations issued at once all count', async () => {
				await storage.boards.createBoard(record);
				await Promise.all(
					Array.from({ length: 10 }, () => storage.boards.rotateLinks(record.id, ['viewer'])),
				);
				expect((await storage.boards.getBoard(record.id))?.generations.viewer).toBe(10);
			});

			it('[T5] rotateLinks of an unknown board answers undefined and creates nothing', async () => {
				expect(await storage.boards.rotateLinks('board-none', ['viewer'])).toBeUndefined();
				expect(await storage.boards.getBoard('board-none')).toBeUndefined();
			});

			it('[H8] deleteBoard removes the record once, and the id can be created again', async () => {
				await storage.boards.createBoard(record);
				await storage.boards.rotateLinks(record.id, ['viewer']);
				expect(await storage.boards.deleteBoard(record.id)).toBe(true);
				expect(await storage.boards.getBoard(record.id)).toBeUndefined();
				expect(await storage.boards.deleteBoard(record.id)).toBe(false);
				expect(await storage.boards.deleteBoard('board-none')).toBe(false);
				await storage.boards.createBoard(record);
				expect(await storage.boards.getBoard(record.id)).toEqual(created(record));
			});
		});
	});
}
