import * as Y from 'yjs';
import {
	CARD,
	LINK,
	META,
	TEMPLATES,
	cardText,
	cardsMap,
	cellOfCard,
	cellRect,
	computeLayout,
	createCardMap,
	freeSlot,
	isCardKind,
	isSectorId,
	isStageId,
	isTemplateId,
	layoutMap,
	linksMap,
	metaMap,
	type BoardLayout,
	type CardKind,
	type CardMap,
	type Point,
	type SectorId,
	type StageId,
	type Template,
} from '@groundwork/protocol';
import { readCardFieldValues, type PlainCardFields } from './cardFields.js';
import { LOCAL_ORIGIN } from './origin.js';

/** One card read from the document: plain fields, and its live `Y.Text`. */
export interface CardView {
	id: string;
	kind: CardKind;
	/** The cell the card sits in: its template's column and row. [D3] [D9] */
	column: string;
	row: string;
	/** The roadmap stage and sector (on a roadmap, the column and row); null elsewhere. */
	stage: StageId | null;
	sector: SectorId | null;
	city: string;
	createdBy: string;
	createdAt: number;
	updatedAt: number;
	order: number;
	/** Top-left corner on the canvas (board units). */
	x: number;
	y: number;
	/** False when the document holds no position: x and y are then a free slot of its cell. */
	placed: boolean;
	text: Y.Text;
	/** The per-kind fields with valid values (long texts excluded), for the card's face. [D5] */
	fields: PlainCardFields;
	/** The breakout room the card came home from, if it did. [F9] */
	fromRoom?: string;
	/** The votes it got in the last revealed vote, if any. [F4] */
	votes?: number;
}

/** What the author decides when adding a card. */
export interface NewCard {
	kind: CardKind;
	/** The cell it goes to (ignored when `at` is given: the cell under it). */
	column: string;
	row: string;
	city: string;
	createdBy: string;
	text?: string;
	/** Where to put it; the first free slot of its cell when absent. */
	at?: Point;
}

/** A cell of the board: one column and one row of its template (a stage and a sector). */
export interface CellRef {
	column: string;
	row: string;
}

/** A direction a card can be moved in with the keyboard. */
export type MoveDirection = 'left' | 'right' | 'up' | 'down';

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A random card id of 16 characters (works outside secure contexts too). */
export function newCardId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (b) => ID_ALPHABET[b % ID_ALPHABET.length]).join('');
}

function num(value: unknown, fallback = 0): number {
	return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function str(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

/**
 * Reads one card of a board made from `template`; undefined when it is malformed (a cell that is
 * not one of the template's, or no text).
 */
export function readCard(
	id: string,
	card: CardMap,
	template: Template = TEMPLATES['netzero-roadmap'],
): CardView | undefined {
	const text = cardText(card);
	const column = card.get(template.cellKeys.column);
	const row = card.get(template.cellKeys.row);
	if (!text || typeof column !== 'string' || typeof row !== 'string') return undefined;
	if (!isCell(template, column, row)) return undefined;
	const stage = card.get(CARD.stage);
	const sector = card.get(CARD.sector);
	const kind = card.get(CARD.kind);
	const x = card.get(CARD.x);
	const y = card.get(CARD.y);
	const placed =
		typeof x === 'number' && Number.isFinite(x) && typeof y === 'number' && Number.isFinite(y);
	return {
		id,
		kind: isCardKind(kind) ? kind : 'note',
		column,
		row,
		stage: isStageId(stage) ? stage : null,
		sector: isSectorId(sector) ? sector : null,
		city: str(card.get(CARD.city)),
		createdBy: str(card.get(CARD.createdBy)),
		createdAt: num(card.get(CARD.createdAt)),
		updatedAt: num(card.get(CARD.updatedAt)),
		order: num(card.get(CARD.order)),
		x: placed ? x : 0,
		y: placed ? y : 0,
		placed,
		text,
		fields: readCardFieldValues(card),
		...provenance(card),
	};
}

/** Where a card came from and what it won: a breakout room, a vote's total. [F4] [F9] */
function provenance(card: CardMap): Pick<CardView, 'fromRoom' | 'votes'> {
	const fromRoom = card.get('fromRoom');
	const votes = card.get('votes');
	return {
		...(typeof fromRoom === 'string' && fromRoom ? { fromRoom: fromRoom.slice(0, 80) } : {}),
		...(typeof votes === 'number' && Number.isInteger(votes) && votes >= 0 ? { votes } : {}),
	};
}

/** True when `column` and `row` name a cell of `template`. */
export function isCell(template: Template, column: string, row: string): boolean {
	return template.columns.includes(column) && template.rows.includes(row);
}

/** Every well-formed card of the board, in no particular order. */
export function allCards(doc: Y.Doc): CardView[] {
	const cards: CardView[] = [];
	const template = boardTemplate(doc);
	for (const [id, card] of cardsMap(doc)) {
		const view = card instanceof Y.Map ? readCard(id, card, template) : undefined;
		if (view) cards.push(view);
	}
	return cards;
}

/** Sorts cards by `order`, then by id so every client shows the same order. */
export function compareCards(a: CardView, b: CardView): number {
	return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The cards of one cell, sorted by `order`. */
export function cardsInCell(doc: Y.Doc, column: string, row: string): CardView[] {
	return allCards(doc)
		.filter((card) => card.column === column && card.row === row)
		.sort(compareCards);
}

/** The order a card gets at the end of a cell. */
export function nextOrder(doc: Y.Doc, column: string, row: string): number {
	const cards = cardsInCell(doc, column, row);
	const last = cards[cards.length - 1];
	return last ? Math.floor(last.order) + 1 : 0;
}

/** The board's template, as its metadata names it (the roadmap when it names none). */
export function boardTemplate(doc: Y.Doc): Template {
	const id = metaMap(doc).get(META.template);
	return TEMPLATES[isTemplateId(id) ? id : 'netzero-roadmap'];
}

/** The board's columns and rows laid out with the sizes in its `layout` map. [D8] */
export function boardLayout(doc: Y.Doc): BoardLayout {
	const template = boardTemplate(doc);
	return computeLayout(template.columns, template.rows, layoutMap(doc));
}

/**
 * Writes a card's cell under its template's keys (a roadmap card's stage and sector), and the
 * end of the cell's order when the cell changes. [D3] [D9]
 */
export function writeCell(doc: Y.Doc, card: CardMap, cell: CellRef): void {
	const { cellKeys } = boardTemplate(doc);
	if (card.get(cellKeys.column) === cell.column && card.get(cellKeys.row) === cell.row) return;
	card.set(CARD.order, nextOrder(doc, cell.column, cell.row));
	card.set(cellKeys.column, cell.column);
	card.set(cellKeys.row, cell.row);
}

/** The first free slot of a cell, among the cards already in it. */
function slotInCell(doc: Y.Doc, column: string, row: string, except?: string): Point {
	const layout = boardLayout(doc);
	const rect = cellRect(layout, { column, row }) ?? {
		x: 0,
		y: 0,
		width: 0,
		height: 0,
	};
	const occupied = placeUnplaced(allCards(doc), layout).filter(
		(card) => card.id !== except && card.column === column && card.row === row,
	);
	return freeSlot(rect, occupied);
}

/**
 * Gives the cards that have no position in the document (written by an older or a stock client)
 * one: the free slots of their cells, in cell order. Placed cards are returned as they are. [D3]
 */
export function placeUnplaced(cards: CardView[], layout: BoardLayout): CardView[] {
	if (cards.every((card) => card.placed)) return cards;
	const byCell = new Map<string, CardView[]>();
	for (const card of cards) {
		const key = `${card.column}/${card.row}`;
		const list = byCell.get(key) ?? [];
		list.push(card);
		byCell.set(key, list);
	}
	const resolved = new Map<string, CardView>();
	for (const list of byCell.values()) {
		const first = list[0];
		if (!first || list.every((card) => card.placed)) continue;
		const rect = cellRect(layout, first);
		if (!rect) continue;
		const taken: Point[] = list.filter((card) => card.placed);
		for (const card of list.filter((c) => !c.placed).sort(compareCards)) {
			const slot = freeSlot(rect, taken);
			taken.push(slot);
			resolved.set(card.id, { ...card, x: slot.x, y: slot.y });
		}
	}
	return cards.map((card) => resolved.get(card.id) ?? card);
}

/**
 * Aligns cards to the grid of their cells: each goes, in its cell's order, to the first free slot
 * of its cell that no card left in place overlaps. One transaction; returns how many moved.
 */
export function alignToSlots(doc: Y.Doc, ids: readonly string[], now = Date.now()): number {
	const chosen = new Set(ids);
	const layout = boardLayout(doc);
	const cards = placeUnplaced(allCards(doc), layout);
	const moves: CardPosition[] = [];
	const byCell = new Map<string, CardView[]>();
	for (const card of cards) {
		const key = `${card.column}/${card.row}`;
		byCell.set(key, [...(byCell.get(key) ?? []), card]);
	}
	for (const list of byCell.values()) {
		const rect = list[0] && cellRect(layout, list[0]);
		if (!rect) continue;
		const taken: Point[] = list.filter((card) => !chosen.has(card.id));
		for (const card of list.filter((c) => chosen.has(c.id)).sort(compareCards)) {
			const slot = freeSlot(rect, taken);
			taken.push(slot);
			moves.push({ id: card.id, ...slot });
		}
	}
	return moveCardsTo(doc, moves, now);
}

/** Adds a card (at `card.at`, or in the first free slot of its cell) and returns its id. */
export function addCard(doc: Y.Doc, card: NewCard, now = Date.now(), id = newCardId()): string {
	doc.transact(() => {
		const at = card.at ?? slotInCell(doc, card.column, card.row);
		const cell = (card.at && cellOfCard(boardLayout(doc), at)) || card;
		const { cellKeys } = boardTemplate(doc);
		const map = createCardMap({
			id,
			kind: card.kind,
			text: card.text ?? '',
			city: card.city,
			createdBy: card.createdBy,
			createdAt: now,
			updatedAt: now,
			order: nextOrder(doc, cell.column, cell.row),
			x: at.x,
			y: at.y,
			[cellKeys.column]: cell.column,
			[cellKeys.row]: cell.row,
		});
		cardsMap(doc).set(id, map);
	}, LOCAL_ORIGIN);
	return id;
}

/**
 * Moves a card into the first free slot of another cell, at the end of its order. Returns false
 * when the card does not exist.
 */
export function moveCard(doc: Y.Doc, id: string, to: CellRef, now = Date.now()): boolean {
	const card = cardsMap(doc).get(id);
	if (!card) return false;
	const { cellKeys } = boardTemplate(doc);
	if (card.get(cellKeys.column) === to.column && card.get(cellKeys.row) === to.row) return true;
	const slot = slotInCell(doc, to.column, to.row, id);
	doc.transact(() => {
		writeCell(doc, card, to);
		card.set(CARD.x, slot.x);
		card.set(CARD.y, slot.y);
		card.set(CARD.updatedAt, now);
	}, LOCAL_ORIGIN);
	return true;
}

/** A card's new position. */
export interface CardPosition {
	id: string;
	x: number;
	y: number;
}

/**
 * Puts cards at new positions (a drag, a nudge, a frame moving) in one transaction: each card's
 * cell follows its centre, and a card that changes cell goes to the end of the new cell's order.
 * Positions are rounded to whole units. Returns how many cards moved.
 */
export function moveCardsTo(doc: Y.Doc, moves: readonly CardPosition[], now = Date.now()): number {
	const cards = cardsMap(doc);
	const layout = boardLayout(doc);
	let moved = 0;
	doc.transact(() => {
		for (const move of moves) {
			const card = cards.get(move.id);
			if (!(card instanceof Y.Map) || !Number.isFinite(move.x) || !Number.isFinite(move.y)) {
				continue;
			}
			const x = Math.round(move.x);
			const y = Math.round(move.y);
			if (card.get(CARD.x) === x && card.get(CARD.y) === y) continue;
			const cell = cellOfCard(layout, { x, y });
			if (cell) writeCell(doc, card, cell);
			card.set(CARD.x, x);
			card.set(CARD.y, y);
			card.set(CARD.updatedAt, now);
			moved++;
		}
	}, LOCAL_ORIGIN);
	return moved;
}

/** Deletes a card and its links. Returns false when it did not exist. */
export function deleteCard(doc: Y.Doc, id: string): boolean {
	return deleteCards(doc, [id]) > 0;
}

/**
 * Deletes cards, and every link from or to one of them, in one transaction (one undo step).
 * Returns how many cards were deleted. [D6]
 */
export function deleteCards(doc: Y.Doc, ids: readonly string[]): number {
	const cards = cardsMap(doc);
	const gone = new Set(ids.filter((id) => cards.has(id)));
	if (gone.size === 0) return 0;
	doc.transact(() => {
		for (const id of gone) cards.delete(id);
		const links = linksMap(doc);
		for (const [linkId, link] of links) {
			if (!(link instanceof Y.Map)) continue;
			const from = link.get(LINK.from);
			const to = link.get(LINK.to);
			if (
				(typeof from === 'string' && gone.has(from)) ||
				(typeof to === 'string' && gone.has(to))
			) {
				links.delete(linkId);
			}
		}
	}, LOCAL_ORIGIN);
	return gone.size;
}

/** Changes a card's kind. Returns false when the card does not exist. */
export function setKind(doc: Y.Doc, id: string, kind: CardKind, now = Date.now()): boolean {
	const card = cardsMap(doc).get(id);
	if (!card) return false;
	doc.transact(() => {
		card.set(CARD.kind, kind);
		card.set(CARD.updatedAt, now);
	}, LOCAL_ORIGIN);
	return true;
}

/** The distinct, non-empty city names on the board's cards, sorted alphabetically. */
export function citiesOnBoard(doc: Y.Doc): string[] {
	return uniqueCities(allCards(doc).map((card) => card.city));
}

/** Trims, removes empty and duplicate (case-insensitive) names, and sorts. */
export function uniqueCities(names: Iterable<string>): string[] {
	const byKey = new Map<string, string>();
	for (const name of names) {
		const trimmed = name.trim();
		const key = trimmed.toLocaleLowerCase();
		if (trimmed && !byKey.has(key)) byKey.set(key, trimmed);
	}
	return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}

/**
 * The cell next to `from` in `direction` (left/right: column, up/down: row), or null at the edge
 * of the template's grid.
 */
export function neighbourCell(
	from: CellRef,
	direction: MoveDirection,
	template: Template = TEMPLATES['netzero-roadmap'],
): CellRef | null {
	const horizontal = direction === 'left' || direction === 'right';
	const step = direction === 'left' || direction === 'up' ? -1 : 1;
	if (horizontal) {
		const column = template.columns[template.columns.indexOf(from.column) + step];
		return column ? { column, row: from.row } : null;
	}
	const row = template.rows[template.rows.indexOf(from.row) + step];
	return row ? { column: from.column, row } : null;
}

/** Every cell of a template, row by row. */
export function allCells(template: Template = TEMPLATES['netzero-roadmap']): CellRef[] {
	return template.rows.flatMap((row) => template.columns.map((column) => ({ column, row })));
}

/** The keys that move a card with the keyboard: Alt plus an arrow key, nothing else held. */
export function moveDirectionForKey(event: {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
}): MoveDirection | null {
	if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
	switch (event.key) {
		case 'ArrowLeft':
			return 'left';
		case 'ArrowRight':
			return 'right';
		case 'ArrowUp':
			return 'up';
		case 'ArrowDown':
			return 'down';
		default:
			return null;
	}
}
