import * as Y from 'yjs';
import { CARD, META, cardsMap, layoutMap, metaMap } from './schema.js';
import { computeLayout, cellRect, fittingBandSizes, slotPosition, type CellId } from './layout.js';
import { TEMPLATES, isTemplateId } from '../domain/templates.js';
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
	{
		version: 2,
		description:
			'Canvas: cards get positions (x, y) in their cell; root maps links, frames and layout.',
		up: placeCards,
	},
];

function num(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Gives every card without a position one in its cell, in cell order, and widens the bands that
 * would overflow (unless a size is already stored). Deterministic, so two instances migrating
 * the same board at once write the same values.
 */
function placeCards(doc: Y.Doc): void {
	const templateId = metaMap(doc).get(META.template);
	const template = TEMPLATES[isTemplateId(templateId) ? templateId : 'netzero-roadmap'];
	const byCell = new Map<string, { id: string; order: number; card: Y.Map<unknown> }[]>();
	const key = (cell: CellId) => `${cell.column}/${cell.row}`;
	for (const [id, card] of cardsMap(doc)) {
		if (!(card instanceof Y.Map)) continue;
		if (num(card.get(CARD.x)) !== undefined && num(card.get(CARD.y)) !== undefined) continue;
		const column = card.get(template.cellKeys.column);
		const row = card.get(template.cellKeys.row);
		if (typeof column !== 'string' || typeof row !== 'string') continue;
		const list = byCell.get(key({ column, row })) ?? [];
		list.push({ id, order: num(card.get(CARD.order)) ?? 0, card });
		byCell.set(key({ column, row }), list);
	}
	if (byCell.size === 0) return;
	const layout = layoutMap(doc);
	for (const [sizeKey, size] of fittingBandSizes(
		template.columns,
		template.rows,
		(cell) => byCell.get(key(cell))?.length ?? 0,
	)) {
		if (!layout.has(sizeKey)) layout.set(sizeKey, size);
	}
	const grid = computeLayout(template.columns, template.rows, layout);
	for (const [cellKey, cards] of byCell) {
		const [column = '', row = ''] = cellKey.split('/');
		const rect = cellRect(grid, { column, row });
		if (!rect) continue;
		cards.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		cards.forEach(({ card }, index) => {
			const slot = slotPosition(rect, index);
			card.set(CARD.x, slot.x);
			card.set(CARD.y, slot.y);
		});
	}
}

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
