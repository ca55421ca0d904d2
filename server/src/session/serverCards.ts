import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import {
	CARD,
	META,
	TEMPLATES,
	cardsMap,
	cellRect,
	computeLayout,
	createCardMap,
	freeSlot,
	isTemplateId,
	layoutMap,
	metaMap,
	type Draft,
	type Point,
} from '@groundwork/protocol';

/**
 * Adds a card the server writes on someone's behalf (a revealed private idea) in the first free
 * slot of its cell, inside the caller's transaction. A cell the board's template does not have
 * puts the card in the first cell. [D3] [F10]
 */
export function addCardAt(
	doc: Y.Doc,
	draft: Draft,
	author: { name: string; city: string },
	now: number,
): string {
	const templateId = metaMap(doc).get(META.template);
	const template = TEMPLATES[isTemplateId(templateId) ? templateId : 'netzero-roadmap'];
	const layout = computeLayout(template.columns, template.rows, layoutMap(doc));
	const known = template.columns.includes(draft.column) && template.rows.includes(draft.row);
	const cell = known
		? { column: draft.column, row: draft.row }
		: { column: template.columns[0] ?? '', row: template.rows[0] ?? '' };
	const rect = cellRect(layout, cell);
	const occupied: Point[] = [];
	let order = 0;
	for (const card of cardsMap(doc).values()) {
		if (!(card instanceof Y.Map)) continue;
		if (card.get(template.cellKeys.column) !== cell.column) continue;
		if (card.get(template.cellKeys.row) !== cell.row) continue;
		const x = card.get(CARD.x);
		const y = card.get(CARD.y);
		if (typeof x === 'number' && typeof y === 'number') occupied.push({ x, y });
		const cardOrder = card.get(CARD.order);
		if (typeof cardOrder === 'number') order = Math.max(order, cardOrder + 1);
	}
	const at = rect ? freeSlot(rect, occupied) : { x: 0, y: 0 };
	const id = randomBytes(9).toString('base64url');
	cardsMap(doc).set(
		id,
		createCardMap({
			id,
			kind: template.cardKinds.includes(draft.kind)
				? draft.kind
				: (template.cardKinds[0] ?? 'note'),
			text: draft.text,
			city: author.city,
			createdBy: author.name,
			createdAt: now,
			updatedAt: now,
			order,
			x: at.x,
			y: at.y,
			[template.cellKeys.column]: cell.column,
			[template.cellKeys.row]: cell.row,
		}),
	);
	return id;
}
