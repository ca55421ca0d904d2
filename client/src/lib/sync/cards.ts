import * as Y from 'yjs';
import {
	CARD,
	TEMPLATES,
	cardText,
	cardsMap,
	createCardMap,
	isCardKind,
	isSectorId,
	isStageId,
	type CardKind,
	type CardMap,
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
	stage: StageId;
	sector: SectorId;
	city: string;
	createdBy: string;
	createdAt: number;
	updatedAt: number;
	order: number;
	text: Y.Text;
	/** The per-kind fields with valid values (long texts excluded), for the card's face. [D5] */
	fields: PlainCardFields;
}

/** What the author decides when adding a card. */
export interface NewCard {
	kind: CardKind;
	stage: StageId;
	sector: SectorId;
	city: string;
	createdBy: string;
	text?: string;
}

/** A roadmap cell: one stage (column) and one sector (row). */
export interface CellRef {
	stage: StageId;
	sector: SectorId;
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

/** Reads one card; undefined when it is malformed (unknown stage, sector or no text). */
export function readCard(id: string, card: CardMap): CardView | undefined {
	const text = cardText(card);
	const stage = card.get(CARD.stage);
	const sector = card.get(CARD.sector);
	if (!text || !isStageId(stage) || !isSectorId(sector)) return undefined;
	const kind = card.get(CARD.kind);
	return {
		id,
		kind: isCardKind(kind) ? kind : 'note',
		stage,
		sector,
		city: str(card.get(CARD.city)),
		createdBy: str(card.get(CARD.createdBy)),
		createdAt: num(card.get(CARD.createdAt)),
		updatedAt: num(card.get(CARD.updatedAt)),
		order: num(card.get(CARD.order)),
		text,
		fields: readCardFieldValues(card),
	};
}

/** Every well-formed card of the board, in no particular order. */
export function allCards(doc: Y.Doc): CardView[] {
	const cards: CardView[] = [];
	for (const [id, card] of cardsMap(doc)) {
		const view = card instanceof Y.Map ? readCard(id, card) : undefined;
		if (view) cards.push(view);
	}
	return cards;
}

/** Sorts cards by `order`, then by id so every client shows the same order. */
export function compareCards(a: CardView, b: CardView): number {
	return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The cards of one cell, sorted by `order`. */
export function cardsInCell(doc: Y.Doc, stage: StageId, sector: SectorId): CardView[] {
	return allCards(doc)
		.filter((card) => card.stage === stage && card.sector === sector)
		.sort(compareCards);
}

function nextOrder(doc: Y.Doc, stage: StageId, sector: SectorId): number {
	const cards = cardsInCell(doc, stage, sector);
	const last = cards[cards.length - 1];
	return last ? Math.floor(last.order) + 1 : 0;
}

/** Adds a card at the end of its cell and returns its id. */
export function addCard(doc: Y.Doc, card: NewCard, now = Date.now(), id = newCardId()): string {
	doc.transact(() => {
		const map = createCardMap({
			id,
			kind: card.kind,
			text: card.text ?? '',
			stage: card.stage,
			sector: card.sector,
			city: card.city,
			createdBy: card.createdBy,
			createdAt: now,
			updatedAt: now,
			order: nextOrder(doc, card.stage, card.sector),
		});
		cardsMap(doc).set(id, map);
	}, LOCAL_ORIGIN);
	return id;
}

/** Moves a card to the end of another cell. Returns false when the card does not exist. */
export function moveCard(
	doc: Y.Doc,
	id: string,
	stage: StageId,
	sector: SectorId,
	now = Date.now(),
): boolean {
	const card = cardsMap(doc).get(id);
	if (!card) return false;
	if (card.get(CARD.stage) === stage && card.get(CARD.sector) === sector) return true;
	doc.transact(() => {
		card.set(CARD.order, nextOrder(doc, stage, sector));
		card.set(CARD.stage, stage);
		card.set(CARD.sector, sector);
		card.set(CARD.updatedAt, now);
	}, LOCAL_ORIGIN);
	return true;
}

/** Deletes a card. Returns false when it did not exist. */
export function deleteCard(doc: Y.Doc, id: string): boolean {
	const cards = cardsMap(doc);
	if (!cards.has(id)) return false;
	doc.transact(() => cards.delete(id), LOCAL_ORIGIN);
	return true;
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
 * The cell next to `from` in `direction` (left/right: stage, up/down: sector), or null at
 * the edge of the template's grid.
 */
export function neighbourCell(
	from: CellRef,
	direction: MoveDirection,
	template: Template = TEMPLATES['netzero-roadmap'],
): CellRef | null {
	const horizontal = direction === 'left' || direction === 'right';
	const step = direction === 'left' || direction === 'up' ? -1 : 1;
	if (horizontal) {
		const stage = template.columns[template.columns.indexOf(from.stage) + step];
		return stage ? { stage, sector: from.sector } : null;
	}
	const sector = template.rows[template.rows.indexOf(from.sector) + step];
	return sector ? { stage: from.stage, sector } : null;
}

/** Every cell of a template, row by row. */
export function allCells(template: Template = TEMPLATES['netzero-roadmap']): CellRef[] {
	return template.rows.flatMap((sector) => template.columns.map((stage) => ({ stage, sector })));
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
