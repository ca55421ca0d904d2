import * as Y from 'yjs';
import { frameHoldsCard, type FrameBox, type Point } from './layout.js';
import { CARD, FRAME, cardsMap, framesMap } from './schema.js';

/**
 * Which cards a facilitator's locks hold [F5]: the locked cards themselves, and every card whose
 * centre lies inside a locked frame (a frame groups what lies inside it, [D7]). The server
 * refuses participants' changes to them; clients show them locked.
 */

function finite(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

/** A frame's box, or undefined when a coordinate or size is missing or not a number. */
export function readFrameBox(frame: Y.Map<unknown>): FrameBox | undefined {
	const [x, y, w, h] = [FRAME.x, FRAME.y, FRAME.w, FRAME.h].map((key) => frame.get(key));
	if (!finite(x) || !finite(y) || !finite(w) || !finite(h)) return undefined;
	return { x, y, w, h };
}

/** A card's stored position, or undefined when it has none (it sits in a free slot). [D3] */
export function readCardPosition(card: Y.Map<unknown>): Point | undefined {
	const x = card.get(CARD.x);
	const y = card.get(CARD.y);
	return finite(x) && finite(y) ? { x, y } : undefined;
}

/** The boxes of the locked frames among `locked`. */
export function lockedFrameBoxes(doc: Y.Doc, locked: ReadonlySet<string>): FrameBox[] {
	const boxes: FrameBox[] = [];
	const frames = framesMap(doc);
	for (const id of locked) {
		const frame = frames.get(id);
		const box = frame instanceof Y.Map ? readFrameBox(frame) : undefined;
		if (box) boxes.push(box);
	}
	return boxes;
}

/** True when the card `id` is held: locked itself, or inside one of `frames`. */
export function isCardHeld(
	doc: Y.Doc,
	id: string,
	locked: ReadonlySet<string>,
	frames: readonly FrameBox[],
): boolean {
	if (locked.has(id)) return true;
	const card = cardsMap(doc).get(id);
	const position = card instanceof Y.Map ? readCardPosition(card) : undefined;
	return position !== undefined && frames.some((frame) => frameHoldsCard(frame, position));
}

/**
 * The ids of the cards `locked` holds: the ids themselves (a card's or a frame's: an id is only
 * ever one of them) and the cards whose centre lies inside a locked frame.
 */
export function heldCards(doc: Y.Doc, locked: ReadonlySet<string>): Set<string> {
	const held = new Set(locked);
	const frames = lockedFrameBoxes(doc, locked);
	if (frames.length === 0) return held;
	for (const [id, card] of cardsMap(doc)) {
		const position = card instanceof Y.Map ? readCardPosition(card) : undefined;
		if (position && frames.some((frame) => frameHoldsCard(frame, position))) held.add(id);
	}
	return held;
}
