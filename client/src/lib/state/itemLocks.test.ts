import { describe, expect, it } from 'vitest';
import { heldCardIds, insideAny, lockedFrames } from './itemLocks.js';

const frames = [
	{ id: 'f1', x: 0, y: 0, w: 400, h: 300 },
	{ id: 'f2', x: 1000, y: 0, w: 400, h: 300 },
];
const cards = [
	{ id: 'a', x: 10, y: 10 }, // inside f1
	{ id: 'b', x: 1010, y: 10 }, // inside f2
	{ id: 'c', x: 2000, y: 0 }, // in no frame
	{ id: 'd', x: 350, y: 10 }, // overlaps f1, centre (450, 74) outside
];

describe('item locks as the client shows them', () => {
	it('holds nothing while nothing is locked', () => {
		expect(heldCardIds(cards, frames, new Set())).toEqual(new Set());
	});

	it('holds a locked card, and the cards whose centre lies in a locked frame', () => {
		expect(heldCardIds(cards, frames, new Set(['c']))).toEqual(new Set(['c']));
		expect(heldCardIds(cards, frames, new Set(['f1']))).toEqual(new Set(['a']));
		expect(heldCardIds(cards, frames, new Set(['f2', 'd']))).toEqual(new Set(['b', 'd']));
	});

	it('says where a card would land inside a locked frame', () => {
		const boxes = lockedFrames(frames, new Set(['f2']));
		expect(boxes.map((frame) => frame.id)).toEqual(['f2']);
		expect(insideAny(boxes, { x: 1100, y: 100 })).toBe(true);
		expect(insideAny(boxes, { x: 10, y: 10 })).toBe(false);
	});
});
