import * as Y from 'yjs';
import {
	FRAME,
	MAX_SHORT_FIELD_LENGTH,
	frameHoldsCard,
	framesMap,
	type Rect,
} from '@groundwork/protocol';
import { allCards, boardLayout, moveCardsTo, newCardId, placeUnplaced } from './cards.js';
import { LOCAL_ORIGIN } from './origin.js';

/** One frame read from the document: a named area that groups the cards inside it. [D7] */
export interface FrameView {
	id: string;
	/** Plain text; may be empty (the UI then shows "Untitled frame"). */
	title: string;
	/** Top-left corner on the canvas (board units). */
	x: number;
	y: number;
	/** Width and height (board units). */
	w: number;
	h: number;
	createdBy: string;
	createdAt: number;
}

/** What the author decides when adding a frame. */
export interface NewFrame {
	title: string;
	x: number;
	y: number;
	w: number;
	h: number;
	createdBy: string;
}

/** The smallest a frame can be (board units): it still holds one card with room for a title. */
export const MIN_FRAME_SIZE = { width: 240, height: 160 } as const;

/** Longest frame title, in characters. */
export const MAX_FRAME_TITLE_LENGTH = MAX_SHORT_FIELD_LENGTH;

function finite(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

/** A title as stored: at most `MAX_FRAME_TITLE_LENGTH` characters, on one line, trimmed. */
export function cleanFrameTitle(title: string): string {
	return title.replace(/\s+/g, ' ').trim().slice(0, MAX_FRAME_TITLE_LENGTH);
}

/** Reads one frame; undefined when it is malformed (a coordinate or size is not a number). */
export function readFrame(id: string, frame: Y.Map<unknown>): FrameView | undefined {
	const x = frame.get(FRAME.x);
	const y = frame.get(FRAME.y);
	const w = frame.get(FRAME.w);
	const h = frame.get(FRAME.h);
	if (!finite(x) || !finite(y) || !finite(w) || !finite(h) || w <= 0 || h <= 0) return undefined;
	const title = frame.get(FRAME.title);
	const createdBy = frame.get(FRAME.createdBy);
	const createdAt = frame.get(FRAME.createdAt);
	return {
		id,
		title: typeof title === 'string' ? title : '',
		x,
		y,
		w,
		h,
		createdBy: typeof createdBy === 'string' ? createdBy : '',
		createdAt: finite(createdAt) ? createdAt : 0,
	};
}

/** Sorts frames oldest first (drawn first, so below newer ones), then by id. */
export function compareFrames(a: FrameView, b: FrameView): number {
	return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every well-formed frame of the board, oldest first. */
export function allFrames(doc: Y.Doc): FrameView[] {
	const frames: FrameView[] = [];
	for (const [id, frame] of framesMap(doc)) {
		const view = frame instanceof Y.Map ? readFrame(id, frame) : undefined;
		if (view) frames.push(view);
	}
	return frames.sort(compareFrames);
}

/** A frame's rectangle, in the shared geometry's terms. */
export function frameRect(frame: Pick<FrameView, 'x' | 'y' | 'w' | 'h'>): Rect {
	return { x: frame.x, y: frame.y, width: frame.w, height: frame.h };
}

/**
 * Writes a new frame's map into the document (inside the caller's transaction). Coordinates are
 * rounded to whole units and the size is at least `MIN_FRAME_SIZE`.
 */
export function writeFrame(doc: Y.Doc, id: string, frame: NewFrame, now: number): void {
	const map = new Y.Map<unknown>();
	map.set(FRAME.id, id);
	map.set(FRAME.title, cleanFrameTitle(frame.title));
	map.set(FRAME.x, Math.round(frame.x));
	map.set(FRAME.y, Math.round(frame.y));
	map.set(FRAME.w, Math.max(MIN_FRAME_SIZE.width, Math.round(frame.w)));
	map.set(FRAME.h, Math.max(MIN_FRAME_SIZE.height, Math.round(frame.h)));
	map.set(FRAME.createdBy, frame.createdBy);
	map.set(FRAME.createdAt, now);
	framesMap(doc).set(id, map);
}

/**
 * Adds a frame in one transaction and returns its id. The size is raised to `MIN_FRAME_SIZE`
 * when smaller; the cards it covers are not changed (a frame groups whatever lies inside). [D7]
 */
export function addFrame(doc: Y.Doc, frame: NewFrame, now = Date.now(), id = newCardId()): string {
	if (![frame.x, frame.y, frame.w, frame.h].every(Number.isFinite)) {
		throw new RangeError('A frame needs finite coordinates and size');
	}
	doc.transact(() => writeFrame(doc, id, frame, now), LOCAL_ORIGIN);
	return id;
}

function frameMap(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
	const frame = framesMap(doc).get(id);
	return frame instanceof Y.Map ? frame : undefined;
}

/** Renames a frame (trimmed, one line, bounded). Returns false when it does not exist. */
export function renameFrame(doc: Y.Doc, id: string, title: string): boolean {
	const frame = frameMap(doc, id);
	if (!frame) return false;
	const clean = cleanFrameTitle(title);
	if (frame.get(FRAME.title) !== clean) {
		doc.transact(() => frame.set(FRAME.title, clean), LOCAL_ORIGIN);
	}
	return true;
}

/**
 * Gives a frame a new rectangle (a resize from any edge moves its corner too), rounded to whole
 * units, at least `MIN_FRAME_SIZE` large. Cards are not moved: resizing changes which cards the
 * frame groups. Returns false when the frame does not exist or the rectangle is not finite.
 */
export function resizeFrame(doc: Y.Doc, id: string, rect: Rect): boolean {
	const frame = frameMap(doc, id);
	if (!frame || ![rect.x, rect.y, rect.width, rect.height].every(Number.isFinite)) return false;
	doc.transact(() => {
		frame.set(FRAME.x, Math.round(rect.x));
		frame.set(FRAME.y, Math.round(rect.y));
		frame.set(FRAME.w, Math.max(MIN_FRAME_SIZE.width, Math.round(rect.width)));
		frame.set(FRAME.h, Math.max(MIN_FRAME_SIZE.height, Math.round(rect.height)));
	}, LOCAL_ORIGIN);
	return true;
}

/** Deletes a frame; the cards inside it stay where they are. Returns false when it did not exist. */
export function deleteFrame(doc: Y.Doc, id: string): boolean {
	const frames = framesMap(doc);
	if (!frames.has(id)) return false;
	doc.transact(() => frames.delete(id), LOCAL_ORIGIN);
	return true;
}

/** The cards whose centre lies inside `frame`, in the order given. [D7] */
export function cardsInFrame<C extends { id: string; x: number; y: number }>(
	frame: Pick<FrameView, 'x' | 'y' | 'w' | 'h'>,
	cards: readonly C[],
): C[] {
	return cards.filter((card) => frameHoldsCard(frame, card));
}

/**
 * Moves a frame by (`dx`, `dy`) together with the cards inside it at the time of the call, in
 * one transaction (one undo step): the frame's corner and the cards' positions, each card's cell
 * following its centre as in `moveCardsTo`. Cards without a stored position count where they are
 * shown (a free slot of their cell). Returns the ids of the cards moved, or undefined when the
 * frame does not exist (or the offset is not finite). [D7]
 */
export function moveFrame(
	doc: Y.Doc,
	id: string,
	dx: number,
	dy: number,
	now = Date.now(),
): string[] | undefined {
	const map = frameMap(doc, id);
	const frame = map ? readFrame(id, map) : undefined;
	if (!map || !frame || !Number.isFinite(dx) || !Number.isFinite(dy)) return undefined;
	const x = Math.round(frame.x + dx);
	const y = Math.round(frame.y + dy);
	const inside = cardsInFrame(frame, placeUnplaced(allCards(doc), boardLayout(doc)));
	if (x === frame.x && y === frame.y) return [];
	doc.transact(() => {
		map.set(FRAME.x, x);
		map.set(FRAME.y, y);
		moveCardsTo(
			doc,
			inside.map((card) => ({ id: card.id, x: card.x + (x - frame.x), y: card.y + (y - frame.y) })),
			now,
		);
	}, LOCAL_ORIGIN);
	return inside.map((card) => card.id);
}
