import * as Y from 'yjs';
import {
	CARD_GAP,
	CARD_TEXT_FIELDS,
	LINK,
	MAX_LONG_FIELD_LENGTH,
	MAX_SHORT_FIELD_LENGTH,
	cardsMap,
	cellOfCard,
	createCardMap,
	isCardRelation,
	isCardTextField,
	linksMap,
	type BoardLayout,
	type Point,
	type Template,
} from '@groundwork/protocol';
import { cardTextField } from './cardFields.js';
import {
	allCards,
	boardLayout,
	boardTemplate,
	newCardId,
	placeUnplaced,
	type CardView,
	type CellRef,
} from './cards.js';
import {
	CLIPBOARD_FORMAT,
	CLIPBOARD_VERSION,
	clipText,
	groupOrigin,
	readingOrder,
	type ClipboardCard,
	type ClipboardCardFields,
	type ClipboardFrame,
	type ClipboardLink,
	type ClipboardPayload,
} from './clipboardPayload.js';
import { allFrames, cardsInFrame, writeFrame, type FrameView } from './frames.js';
import { LOCAL_ORIGIN } from './origin.js';

/** Where a duplicate lands, relative to the original (board units). */
export const DUPLICATE_OFFSET: Point = { x: 2 * CARD_GAP, y: 2 * CARD_GAP };

/** Who pastes: given to cards and frames that carry no author (pasted plain text). */
export interface PasteAuthor {
	name: string;
	city: string;
}

/** The ids of what a paste or a duplicate created, in payload order. */
export interface PasteResult {
	cards: string[];
	frames: string[];
}

function copyCard(doc: Y.Doc, card: CardView, key: string, origin: Point): ClipboardCard {
	const fields: Record<string, unknown> = { ...card.fields };
	// A copy of a card is not a copy of its library practice: the library counts only the card
	// the server made (SPEC [K7]).
	delete fields['inspiredBy'];
	delete fields['replication'];
	const map = cardsMap(doc).get(card.id);
	for (const key of CARD_TEXT_FIELDS) {
		const text = map ? cardTextField(map, key) : undefined;
		if (text) fields[key] = clipText(text.toString(), MAX_LONG_FIELD_LENGTH);
	}
	return {
		key,
		kind: card.kind,
		text: clipText(card.text.toString(), MAX_LONG_FIELD_LENGTH),
		city: clipText(card.city, MAX_SHORT_FIELD_LENGTH),
		createdBy: clipText(card.createdBy, MAX_SHORT_FIELD_LENGTH),
		x: card.x - origin.x,
		y: card.y - origin.y,
		fields: fields as ClipboardCardFields,
	};
}

/** The links between copied cards; `keys` maps a copied card's id to its key in the payload. */
function copyLinks(doc: Y.Doc, keys: ReadonlyMap<string, string>): ClipboardLink[] {
	const links: ClipboardLink[] = [];
	for (const link of linksMap(doc).values()) {
		if (!(link instanceof Y.Map)) continue;
		const from: unknown = link.get(LINK.from);
		const to: unknown = link.get(LINK.to);
		const relation: unknown = link.get(LINK.relation);
		const createdBy: unknown = link.get(LINK.createdBy);
		const fromKey = typeof from === 'string' ? keys.get(from) : undefined;
		const toKey = typeof to === 'string' ? keys.get(to) : undefined;
		if (!fromKey || !toKey || fromKey === toKey || !isCardRelation(relation)) continue;
		const author = typeof createdBy === 'string' ? clipText(createdBy, MAX_SHORT_FIELD_LENGTH) : '';
		links.push({ from: fromKey, to: toKey, relation, createdBy: author });
	}
	return links;
}

function copyFrame(frame: FrameView, origin: Point): ClipboardFrame {
	return {
		title: clipText(frame.title, MAX_SHORT_FIELD_LENGTH),
		x: frame.x - origin.x,
		y: frame.y - origin.y,
		w: frame.w,
		h: frame.h,
		createdBy: clipText(frame.createdBy, MAX_SHORT_FIELD_LENGTH),
	};
}

/** A copied selection and where its top-left corner was on the board. */
function captureSelection(
	doc: Y.Doc,
	cardIds: readonly string[],
	frameIds: readonly string[],
): { payload: ClipboardPayload; origin: Point } {
	const wantedFrames = new Set(frameIds);
	const frames = allFrames(doc).filter((frame) => wantedFrames.has(frame.id));
	const cards = placeUnplaced(allCards(doc), boardLayout(doc));
	const chosen = new Set(cardIds);
	for (const frame of frames) for (const card of cardsInFrame(frame, cards)) chosen.add(card.id);
	const copied = cards.filter((card) => chosen.has(card.id)).sort(readingOrder);
	const origin = groupOrigin([...copied, ...frames]);
	const keys = new Map(copied.map((card, index) => [card.id, `c${index}`]));
	return {
		origin,
		payload: {
			format: CLIPBOARD_FORMAT,
			version: CLIPBOARD_VERSION,
			cards: copied.map((card, index) => copyCard(doc, card, `c${index}`, origin)),
			links: copyLinks(doc, keys),
			frames: frames.map((frame) => copyFrame(frame, origin)),
		},
	};
}

/**
 * Copies cards and frames as a plain payload: every card's fields with its text and long texts as
 * strings, the links between two copied cards, the frames; positions relative to the group's
 * top-left. A copied frame brings the cards inside it. Unknown ids are ignored. The payload
 * may exceed the paste limits (a paste then refuses it); text is cut to the limits.
 */
export function copySelection(
	doc: Y.Doc,
	cardIds: readonly string[],
	frameIds: readonly string[] = [],
): ClipboardPayload {
	return captureSelection(doc, cardIds, frameIds).payload;
}

/** The next free `order` of every cell that holds cards, keyed `stage/sector`. */
function nextOrders(doc: Y.Doc): Map<string, number> {
	const orders = new Map<string, number>();
	for (const card of allCards(doc)) {
		const key = `${card.column}/${card.row}`;
		orders.set(key, Math.max(orders.get(key) ?? 0, Math.floor(card.order) + 1));
	}
	return orders;
}

function writeFields(map: Y.Map<unknown>, fields: ClipboardCardFields): void {
	for (const [key, value] of Object.entries(fields)) {
		if (value === undefined) continue;
		map.set(key, isCardTextField(key) ? new Y.Text(String(value)) : structuredClone(value));
	}
}

/** The cell of a card at `position`: the one under its centre (the first cell if none). */
function cellAtPosition(layout: BoardLayout, template: Template, position: Point): CellRef {
	return (
		cellOfCard(layout, position) ?? {
			column: template.columns[0] ?? '',
			row: template.rows[0] ?? '',
		}
	);
}

/** Writes one pasted card into `cell` (inside the caller's transaction); returns its new id. */
function pasteCard(
	doc: Y.Doc,
	card: ClipboardCard,
	position: Point,
	cell: CellRef,
	template: Template,
	author: PasteAuthor,
	orders: Map<string, number>,
	now: number,
): string {
	const id = newCardId();
	const key = `${cell.column}/${cell.row}`;
	const order = orders.get(key) ?? 0;
	orders.set(key, order + 1);
	const authored = card.createdBy !== '';
	const map = createCardMap({
		id,
		kind: card.kind,
		text: card.text,
		city: authored ? card.city : author.city,
		createdBy: authored ? card.createdBy : author.name,
		createdAt: now,
		updatedAt: now,
		order,
		x: position.x,
		y: position.y,
	});
	map.set(template.cellKeys.column, cell.column);
	map.set(template.cellKeys.row, cell.row);
	writeFields(map, card.fields);
	cardsMap(doc).set(id, map);
	return id;
}

/** Writes one pasted link between two new cards (inside the caller's transaction). */
function pasteLink(doc: Y.Doc, link: ClipboardLink, from: string, to: string, now: number): void {
	const id = newCardId();
	const map = new Y.Map<unknown>();
	map.set(LINK.id, id);
	map.set(LINK.from, from);
	map.set(LINK.to, to);
	map.set(LINK.relation, link.relation);
	map.set(LINK.createdBy, link.createdBy);
	map.set(LINK.createdAt, now);
	linksMap(doc).set(id, map);
}

/**
 * Pastes a payload in one transaction (one undo step): new ids for every card, link and frame;
 * the group's top-left lands at `at`; each card's cell follows its centre on this board's
 * layout, at the end of the cell's order. Cards keep their city and author (they are someone's
 * work) but get fresh times; cards, links and frames without an author get `author`'s. Links
 * are recreated between the new cards. Returns the new ids. [D3] [D6] [D7]
 */
export function pastePayload(
	doc: Y.Doc,
	payload: ClipboardPayload,
	at: Point,
	author: PasteAuthor,
	now = Date.now(),
): PasteResult {
	if (!Number.isFinite(at.x) || !Number.isFinite(at.y)) throw new RangeError('Paste at a point');
	const result: PasteResult = { cards: [], frames: [] };
	if (payload.cards.length === 0 && payload.frames.length === 0) return result;
	const origin = groupOrigin([...payload.cards, ...payload.frames]);
	const dx = Math.round(at.x) - origin.x;
	const dy = Math.round(at.y) - origin.y;
	const layout = boardLayout(doc);
	const template = boardTemplate(doc);
	const orders = nextOrders(doc);
	const ids = new Map<string, string>();
	doc.transact(() => {
		for (const card of payload.cards) {
			const position = { x: Math.round(card.x + dx), y: Math.round(card.y + dy) };
			const cell = cellAtPosition(layout, template, position);
			const id = pasteCard(doc, card, position, cell, template, author, orders, now);
			ids.set(card.key, id);
			result.cards.push(id);
		}
		for (const link of payload.links) {
			const from = ids.get(link.from);
			const to = ids.get(link.to);
			const createdBy = link.createdBy || author.name;
			if (from && to && from !== to) pasteLink(doc, { ...link, createdBy }, from, to, now);
		}
		for (const frame of payload.frames) {
			const id = newCardId();
			const createdBy = frame.createdBy || author.name;
			writeFrame(doc, id, { ...frame, x: frame.x + dx, y: frame.y + dy, createdBy }, now);
			result.frames.push(id);
		}
	}, LOCAL_ORIGIN);
	return result;
}

/**
 * Duplicates cards and frames on the same board, `offset` from the originals, in one
 * transaction; like a copy and paste, with links between duplicated cards duplicated too.
 */
export function duplicate(
	doc: Y.Doc,
	cardIds: readonly string[],
	frameIds: readonly string[] = [],
	offset: Point = DUPLICATE_OFFSET,
	now = Date.now(),
): PasteResult {
	const { payload, origin } = captureSelection(doc, cardIds, frameIds);
	const at = { x: origin.x + offset.x, y: origin.y + offset.y };
	return pastePayload(doc, payload, at, { name: '', city: '' }, now);
}
