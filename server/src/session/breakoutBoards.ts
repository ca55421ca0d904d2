import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import {
	CARD,
	CARD_GAP,
	CARD_SIZE,
	FRAME,
	META,
	TEMPLATES,
	cardsMap,
	cellOfCard,
	computeLayout,
	frameHoldsCard,
	framesMap,
	isTemplateId,
	layoutMap,
	metaMap,
	readFrameBox,
} from '@groundwork/protocol';

/**
 * Moving cards between a main board and its breakout boards [F9]: a frame's cards copied into a
 * new room, and each room's cards harvested back into a frame of the main board, with where
 * they came from. Both work on documents inside the caller's transaction.
 */

/**
 * Keys a harvested card gets: the room it was made in, that room's board, and the cell it had
 * there (`{ column, row }`: on the main board it sits in its room's frame, below the grid).
 */
export const PROVENANCE = { room: 'fromRoom', board: 'fromBoard', cell: 'fromCell' } as const;

const newId = (): string => randomBytes(9).toString('base64url');

function num(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A card's keys copied as plain values (texts as new `Y.Text`s); nested types are skipped. */
function copyCard(card: Y.Map<unknown>): Y.Map<unknown> {
	const copy = new Y.Map<unknown>();
	for (const [key, value] of card.entries()) {
		if (value instanceof Y.Text) copy.set(key, new Y.Text(value.toString()));
		else if (!(value instanceof Y.AbstractType)) copy.set(key, structuredClone(value));
	}
	return copy;
}

function layoutOf(doc: Y.Doc) {
	const templateId = metaMap(doc).get(META.template);
	const template = TEMPLATES[isTemplateId(templateId) ? templateId : 'netzero-roadmap'];
	return { template, layout: computeLayout(template.columns, template.rows, layoutMap(doc)) };
}

/** Puts a card at (x, y) and writes the cell under it, as a client moving it would. [D3] */
function place(doc: Y.Doc, card: Y.Map<unknown>, x: number, y: number): void {
	const { template, layout } = layoutOf(doc);
	card.set(CARD.x, x);
	card.set(CARD.y, y);
	const cell = cellOfCard(layout, { x, y });
	if (cell) {
		card.set(template.cellKeys.column, cell.column);
		card.set(template.cellKeys.row, cell.row);
	}
}

/** Copies the frame `frameId` of `from` and the cards whose centre is inside it into `to`. */
export function copyFrame(from: Y.Doc, frameId: string, to: Y.Doc): number {
	const frame = framesMap(from).get(frameId);
	if (!(frame instanceof Y.Map)) return 0;
	const box = readFrameBox(frame);
	if (!box) return 0;
	const frameCopy = copyCard(frame);
	const frameCopyId = newId();
	frameCopy.set(FRAME.id, frameCopyId);
	framesMap(to).set(frameCopyId, frameCopy);
	let copied = 0;
	for (const card of cardsMap(from).values()) {
		if (!(card instanceof Y.Map)) continue;
		const x = num(card.get(CARD.x));
		const y = num(card.get(CARD.y));
		if (x === undefined || y === undefined) continue;
		if (!frameHoldsCard(box, { x, y })) continue;
		const copy = copyCard(card);
		const id = newId();
		copy.set(CARD.id, id);
		cardsMap(to).set(id, copy);
		place(to, copy, x, y);
		copied++;
	}
	return copied;
}

/** A room whose cards come home. */
export interface HarvestedRoom {
	name: string;
	boardId: string;
	doc: Y.Doc;
}

const COLUMNS = 4;
const PADDING = 32;
const HEADER = 64;

/**
 * Copies every card of every room into the main board, each room's cards in a frame of their
 * own ("Breakout: <room>") laid out below the board's grid, one frame under the other. A card
 * keeps its kind, text, fields, city, author, time and votes, and records `fromRoom` and
 * `fromBoard`. Returns how many cards came home.
 */
export function harvestRooms(
	main: Y.Doc,
	rooms: readonly HarvestedRoom[],
	title: (room: string) => string,
	now: number,
): number {
	const { layout } = layoutOf(main);
	let top = layout.height + 2 * PADDING;
	for (const frame of framesMap(main).values()) {
		const y = num(frame.get(FRAME.y));
		const h = num(frame.get(FRAME.h));
		if (y !== undefined && h !== undefined) top = Math.max(top, y + h + PADDING);
	}
	let harvested = 0;
	for (const room of rooms) {
		const cards = [...cardsMap(room.doc).values()].filter(
			(card): card is Y.Map<unknown> => card instanceof Y.Map,
		);
		cards.sort((a, b) => (num(a.get(CARD.createdAt)) ?? 0) - (num(b.get(CARD.createdAt)) ?? 0));
		const rows = Math.max(1, Math.ceil(cards.length / COLUMNS));
		const width = 2 * PADDING + COLUMNS * CARD_SIZE.width + (COLUMNS - 1) * CARD_GAP;
		const height = HEADER + PADDING + rows * CARD_SIZE.height + (rows - 1) * CARD_GAP;
		const frame = new Y.Map<unknown>();
		const frameId = newId();
		frame.set(FRAME.id, frameId);
		frame.set(FRAME.title, title(room.name));
		frame.set(FRAME.x, 0);
		frame.set(FRAME.y, top);
		frame.set(FRAME.w, width);
		frame.set(FRAME.h, height);
		frame.set(FRAME.createdBy, '');
		frame.set(FRAME.createdAt, now);
		framesMap(main).set(frameId, frame);
		cards.forEach((card, index) => {
			const copy = copyCard(card);
			const id = newId();
			copy.set(CARD.id, id);
			copy.set(PROVENANCE.room, room.name);
			copy.set(PROVENANCE.board, room.boardId);
			const { template } = layoutOf(room.doc);
			const fromColumn = card.get(template.cellKeys.column);
			const fromRow = card.get(template.cellKeys.row);
			if (typeof fromColumn === 'string' && typeof fromRow === 'string') {
				copy.set(PROVENANCE.cell, { column: fromColumn, row: fromRow });
			}
			copy.set(CARD.order, index);
			cardsMap(main).set(id, copy);
			const column = index % COLUMNS;
			const row = Math.floor(index / COLUMNS);
			place(
				main,
				copy,
				PADDING + column * (CARD_SIZE.width + CARD_GAP),
				top + HEADER + row * (CARD_SIZE.height + CARD_GAP),
			);
			harvested++;
		});
		top += height + PADDING;
	}
	return harvested;
}
