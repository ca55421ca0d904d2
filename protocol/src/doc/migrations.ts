import type * as Y from 'yjs';
import { META, metaMap } from './schema.js';
import { SCHEMA_VERSION } from '../version.js';

/** One step of the document schema. Append only: never edit or reorder a released step. [D4] */
export interface Migration {
	/** The schema version the document has after this step. */
	readonly version: number;
	readonly description: string;
	readonly up: (doc: Y.Doc) => void;
}

/** Every migration, in order. The last one's version equals SCHEMA_VERSION. */
export const MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		description: 'Initial schema: meta, cards (Y.Map of Y.Map with Y.Text text), gaps.',
		up: () => {
			// Root types are created on first access; version 1 needs no data change.
		},
	},
];

/** The schema version a document says it has; 0 when it says nothing. */
export function documentSchemaVersion(doc: Y.Doc): number {
	const version = metaMap(doc).get(META.schemaVersion);
	return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

/**
 * Brings `doc` up to SCHEMA_VERSION in one transaction with `origin`, and returns the versions
 * applied. A document newer than this code is left untouched and reported by throwing. [D4]
 */
export function migrateDoc(doc: Y.Doc, origin: unknown = 'migration'): number[] {
	const from = documentSchemaVersion(doc);
	if (from > SCHEMA_VERSION) {
		throw new Error(`Document schema ${from} is newer than this code (${SCHEMA_VERSION})`);
	}
	const pending = MIGRATIONS.filter((m) => m.version > from);
	if (pending.length === 0) return [];
	doc.transact(() => {
		for (const migration of pending) migration.up(doc);
		metaMap(doc).set(META.schemaVersion, SCHEMA_VERSION);
	}, origin);
	return pending.map((m) => m.version);
}
