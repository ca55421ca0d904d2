import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MIGRATIONS, documentSchemaVersion, migrateDoc } from './migrations.js';
import { CARD, META, cardsMap, initBoardMeta, layoutMap, metaMap } from './schema.js';
import { cellOfCard, cellRect, computeLayout, slotPosition } from './layout.js';
import { STAGES } from '../domain/stages.js';
import { SECTORS } from '../domain/sectors.js';
import { SCHEMA_VERSION } from '../version.js';

describe('migrations', () => {
	it('[D4] versions start at 1, rise by exactly 1 and end at SCHEMA_VERSION', () => {
		expect(MIGRATIONS.length).toBeGreaterThan(0);
		MIGRATIONS.forEach((migration, index) => {
			expect(migration.version).toBe(index + 1);
			expect(migration.description.trim().length).toBeGreaterThan(0);
			expect(typeof migration.up).toBe('function');
		});
		expect(MIGRATIONS.at(-1)?.version).toBe(SCHEMA_VERSION);
	});

	it('[D4] a blank document is brought to SCHEMA_VERSION, reporting every version applied', () => {
		const doc = new Y.Doc();
		expect(documentSchemaVersion(doc)).toBe(0);
		const applied = migrateDoc(doc);
		expect(applied).toEqual(MIGRATIONS.map((m) => m.version));
		expect(applied.at(-1)).toBe(SCHEMA_VERSION);
		expect(documentSchemaVersion(doc)).toBe(SCHEMA_VERSION);
		expect(metaMap(doc).get(META.schemaVersion)).toBe(SCHEMA_VERSION);
	});

	it('[D4] migrating twice does nothing the second time', () => {
		const doc = new Y.Doc();
		migrateDoc(doc);
		let updates = 0;
		doc.on('update', () => updates++);
		expect(migrateDoc(doc)).toEqual([]);
		expect(updates).toBe(0);
		expect(documentSchemaVersion(doc)).toBe(SCHEMA_VERSION);
	});

	it('[D4] a document created at the current version needs no migration', () => {
		const doc = new Y.Doc();
		initBoardMeta(doc, {
			title: 'T',
			template: 'netzero-roadmap',
			schemaVersion: SCHEMA_VERSION,
			createdAt: 1,
		});
		expect(migrateDoc(doc)).toEqual([]);
	});

	it('[D4] the migration runs in one transaction with the given origin', () => {
		const doc = new Y.Doc();
		const origins: unknown[] = [];
		doc.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));
		migrateDoc(doc);
		expect(origins).toEqual(['migration']);

		const other = new Y.Doc();
		const marker = Symbol('mine');
		const seen: unknown[] = [];
		other.on('update', (_update: Uint8Array, origin: unknown) => seen.push(origin));
		migrateDoc(other, marker);
		expect(seen).toEqual([marker]);
	});

	it('[D4] the migration syncs to another replica like any update', () => {
		const doc = new Y.Doc();
		migrateDoc(doc);
		const replica = new Y.Doc();
		Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
		expect(documentSchemaVersion(replica)).toBe(SCHEMA_VERSION);
		expect(migrateDoc(replica)).toEqual([]);
	});

	it('[D4] a document newer than the code is refused and left untouched', () => {
		const doc = new Y.Doc();
		metaMap(doc).set(META.schemaVersion, SCHEMA_VERSION + 1);
		metaMap(doc).set(META.title, 'From the future');
		const before = Y.encodeStateAsUpdate(doc);
		let updates = 0;
		doc.on('update', () => updates++);

		expect(() => migrateDoc(doc)).toThrow(/newer/);
		expect(updates).toBe(0);
		expect(documentSchemaVersion(doc)).toBe(SCHEMA_VERSION + 1);
		expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
	});

	it('[D4] documentSchemaVersion reads a garbage version as 0', () => {
		const garbage: unknown[] = ['1', 1.5, -1, NaN, Infinity, null, true, { v: 1 }, [1]];
		for (const value of garbage) {
			const doc = new Y.Doc();
			metaMap(doc).set(META.schemaVersion, value);
			expect(documentSchemaVersion(doc), String(value)).toBe(0);
		}
		const zero = new Y.Doc();
		metaMap(zero).set(META.schemaVersion, 0);
		expect(documentSchemaVersion(zero)).toBe(0);
		const three = new Y.Doc();
		metaMap(three).set(META.schemaVersion, 3);
		expect(documentSchemaVersion(three)).toBe(3);
	});

	it('[D4] a document with a garbage version is migrated from the start', () => {
		const doc = new Y.Doc();
		metaMap(doc).set(META.schemaVersion, 'one');
		expect(migrateDoc(doc)).toEqual(MIGRATIONS.map((m) => m.version));
		expect(metaMap(doc).get(META.schemaVersion)).toBe(SCHEMA_VERSION);
	});

	describe('version 2: cards get positions', () => {
		function v1Board(cards: [string, string, string, number][]): Y.Doc {
			const doc = new Y.Doc();
			initBoardMeta(doc, {
				title: 'Old',
				template: 'netzero-roadmap',
				schemaVersion: 1,
				createdAt: 1,
			});
			for (const [id, stage, sector, order] of cards) {
				const card = new Y.Map<unknown>();
				card.set(CARD.id, id);
				card.set(CARD.stage, stage);
				card.set(CARD.sector, sector);
				card.set(CARD.order, order);
				card.set(CARD.text, new Y.Text(id));
				cardsMap(doc).set(id, card);
			}
			return doc;
		}
		const position = (doc: Y.Doc, id: string) => {
			const card = cardsMap(doc).get(id)!;
			return { x: card.get(CARD.x), y: card.get(CARD.y) };
		};

		it('[D3][D4] places each card in its own cell, in cell order', () => {
			const doc = v1Board([
				['b', 'planning', 'buildings', 1],
				['a', 'planning', 'buildings', 0],
				['c', 'enabling', 'energy', 0],
			]);
			expect(migrateDoc(doc)).toEqual([2]);
			const layout = computeLayout(STAGES, SECTORS, layoutMap(doc));
			const first = cellRect(layout, { column: 'planning', row: 'buildings' })!;
			expect(position(doc, 'a')).toEqual(slotPosition(first, 0));
			expect(position(doc, 'b')).toEqual(slotPosition(first, 1));
			for (const id of ['a', 'b', 'c']) {
				const card = cardsMap(doc).get(id)!;
				expect(cellOfCard(layout, position(doc, id) as { x: number; y: number })).toEqual({
					column: card.get(CARD.stage),
					row: card.get(CARD.sector),
				});
			}
		});

		it('[D4] grows the bands of a crowded cell so its cards stay inside it', () => {
			const many = Array.from(
				{ length: 40 },
				(_, i) => [`k${i}`, 'localisation', 'nature', i] as [string, string, string, number],
			);
			const doc = v1Board(many);
			migrateDoc(doc);
			const layout = computeLayout(STAGES, SECTORS, layoutMap(doc));
			for (const [id] of many) {
				expect(cellOfCard(layout, position(doc, id) as { x: number; y: number })).toEqual({
					column: 'localisation',
					row: 'nature',
				});
			}
			expect(layoutMap(doc).has('row:nature')).toBe(true);
			expect(layoutMap(doc).has('row:buildings')).toBe(false);
		});

		it('[D4] keeps positions and band sizes already written, and is the same on two replicas', () => {
			const doc = v1Board([
				['a', 'planning', 'buildings', 0],
				['b', 'planning', 'buildings', 1],
			]);
			cardsMap(doc).get('a')!.set(CARD.x, 999);
			cardsMap(doc).get('a')!.set(CARD.y, 111);
			const replica = new Y.Doc();
			Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
			migrateDoc(doc);
			migrateDoc(replica);
			expect(position(doc, 'a')).toEqual({ x: 999, y: 111 });
			expect(position(replica, 'b')).toEqual(position(doc, 'b'));
		});
	});
});
