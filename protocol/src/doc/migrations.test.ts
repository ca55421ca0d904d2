import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MIGRATIONS, documentSchemaVersion, migrateDoc } from './migrations.js';
import { META, initBoardMeta, metaMap } from './schema.js';
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
});
