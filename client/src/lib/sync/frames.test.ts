import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	CARD,
	CARD_SIZE,
	FRAME,
	cardsMap,
	cellRect,
	createCardMap,
	framesMap,
} from '@groundwork/protocol';
import { addCard, allCards, boardLayout } from './cards.js';
import {
	MIN_FRAME_SIZE,
	addFrame,
	allFrames,
	cardsInFrame,
	deleteFrame,
	moveFrame,
	renameFrame,
	resizeFrame,
} from './frames.js';
import { FrameViews } from './frameViews.js';
import { LOCAL_ORIGIN } from './origin.js';

const card = {
	kind: 'note',
	column: 'planning',
	row: 'energy',
	city: 'Oslo',
	createdBy: 'Ida',
} as const;
const frame = { title: 'Quick wins', x: 0, y: 0, w: 600, h: 400, createdBy: 'Ida' };

function cardAt(doc: Y.Doc, x: number, y: number): string {
	return addCard(doc, { ...card, at: { x, y } });
}

describe('frames', () => {
	it('[D7] adds a frame with every schema key, rounded and at least the minimum size', () => {
		const doc = new Y.Doc();
		const id = addFrame(doc, { ...frame, title: '  Quick\n wins ', x: 10.4, w: 20, h: 500 }, 42);
		expect(framesMap(doc).get(id)?.toJSON()).toEqual({
			id,
			title: 'Quick wins',
			x: 10,
			y: 0,
			w: MIN_FRAME_SIZE.width,
			h: 500,
			createdBy: 'Ida',
			createdAt: 42,
		});
		expect(() => addFrame(doc, { ...frame, x: Number.NaN })).toThrow(RangeError);
	});

	it('lists well-formed frames oldest first and skips malformed ones', () => {
		const doc = new Y.Doc();
		const late = addFrame(doc, frame, 20, 'b');
		const early = addFrame(doc, { ...frame, title: 'Early' }, 10, 'a');
		const broken = new Y.Map<unknown>();
		broken.set(FRAME.x, 'left');
		framesMap(doc).set('broken', broken);
		expect(allFrames(doc).map((view) => view.id)).toEqual([early, late]);
		expect(allFrames(doc)[0]).toMatchObject({ title: 'Early', w: 600, h: 400, createdBy: 'Ida' });
	});

	it('renames, resizes (never below the minimum) and deletes, leaving the cards', () => {
		const doc = new Y.Doc();
		const id = addFrame(doc, frame);
		const inside = cardAt(doc, 50, 50);
		expect(renameFrame(doc, id, 'Big bets')).toBe(true);
		expect(resizeFrame(doc, id, { x: -5.2, y: 8, width: 100, height: 1000 })).toBe(true);
		expect(allFrames(doc)[0]).toMatchObject({ title: 'Big bets', x: -5, y: 8, w: 240, h: 1000 });
		expect(resizeFrame(doc, id, { x: 0, y: 0, width: Number.POSITIVE_INFINITY, height: 1 })).toBe(
			false,
		);
		expect(renameFrame(doc, 'missing', 'x')).toBe(false);
		expect(resizeFrame(doc, 'missing', { x: 0, y: 0, width: 300, height: 300 })).toBe(false);
		expect(deleteFrame(doc, id)).toBe(true);
		expect(deleteFrame(doc, id)).toBe(false);
		expect(allFrames(doc)).toEqual([]);
		expect(allCards(doc).map((c) => c.id)).toEqual([inside]);
	});

	it('[D7] groups the cards whose centre lies inside', () => {
		const box = { x: 0, y: 0, w: 400, h: 300 };
		const cards = [
			{ id: 'in', x: 10, y: 10 },
			{ id: 'half-out', x: 400 - CARD_SIZE.width / 2, y: 10 },
			{ id: 'out', x: 400 - CARD_SIZE.width / 2 + 1, y: 10 },
			{ id: 'above', x: 10, y: -CARD_SIZE.height / 2 - 1 },
		];
		expect(cardsInFrame(box, cards).map((c) => c.id)).toEqual(['in', 'half-out']);
	});

	it('[D7] moving a frame moves its cards, their cells following, in one transaction', () => {
		const doc = new Y.Doc();
		const layout = boardLayout(doc);
		const planning = cellRect(layout, { column: 'planning', row: 'energy' })!;
		const enabling = cellRect(layout, { column: 'enabling', row: 'energy' })!;
		const id = addFrame(doc, { ...frame, x: planning.x, y: planning.y, w: 300, h: 200 });
		const inside = cardAt(doc, planning.x + 20, planning.y + 20);
		const outside = cardAt(doc, planning.x + 400, planning.y + 20);
		let transactions = 0;
		doc.on('afterTransaction', (transaction: Y.Transaction) => {
			transactions++;
			expect(transaction.origin).toBe(LOCAL_ORIGIN);
		});
		const dx = enabling.x - planning.x;
		expect(moveFrame(doc, id, dx + 0.4, 0, 99)).toEqual([inside]);
		expect(transactions).toBe(1);
		expect(allFrames(doc)[0]).toMatchObject({ x: enabling.x, y: planning.y });
		const moved = allCards(doc).find((c) => c.id === inside)!;
		expect([moved.x, moved.y, moved.stage, moved.updatedAt]).toEqual([
			enabling.x + 20,
			planning.y + 20,
			'enabling',
			99,
		]);
		expect(allCards(doc).find((c) => c.id === outside)?.x).toBe(planning.x + 400);
		expect(moveFrame(doc, 'missing', 1, 1)).toBeUndefined();
		expect(moveFrame(doc, id, 0, 0)).toEqual([]);
		expect(transactions).toBe(1);
	});

	it('undoes a frame move with its cards in one step', () => {
		const doc = new Y.Doc();
		const undo = new Y.UndoManager([cardsMap(doc), framesMap(doc)], {
			trackedOrigins: new Set([LOCAL_ORIGIN]),
		});
		const id = addFrame(doc, frame);
		const inside = cardAt(doc, 20, 20);
		undo.stopCapturing();
		moveFrame(doc, id, 48, 16);
		undo.undo();
		expect(allFrames(doc)[0]).toMatchObject({ x: 0, y: 0 });
		expect(allCards(doc).find((c) => c.id === inside)).toMatchObject({ x: 20, y: 20 });
	});

	it('moves cards without a stored position from where they are shown', () => {
		const doc = new Y.Doc();
		const rect = cellRect(boardLayout(doc), { column: 'planning', row: 'energy' })!;
		const id = addFrame(doc, { ...frame, x: rect.x, y: rect.y, w: rect.width, h: rect.height });
		const legacy = createCardMap({
			kind: card.kind,
			city: card.city,
			createdBy: card.createdBy,
			stage: 'planning',
			sector: 'energy',
			id: 'old',
			text: '',
			createdAt: 1,
			updatedAt: 1,
			order: 0,
		});
		cardsMap(doc).set('old', legacy);
		const shown = allCards(doc).find((c) => c.id === 'old')!;
		expect(shown.placed).toBe(false);
		expect(moveFrame(doc, id, 0, 32)).toEqual(['old']);
		expect(legacy.get(CARD.y)).toBe(rect.y + 16 + 32);
	});
});

describe('FrameViews', () => {
	it('re-reads only the frames an event touched', () => {
		const doc = new Y.Doc();
		const views = new FrameViews(doc);
		framesMap(doc).observeDeep((events) => views.apply(events));
		const a = addFrame(doc, frame, 1);
		const b = addFrame(doc, { ...frame, title: 'Second' }, 2);
		const before = views.get(a);
		renameFrame(doc, b, 'Renamed');
		expect(views.get(a)).toBe(before);
		expect(views.sorted().map((view) => view.title)).toEqual(['Quick wins', 'Renamed']);
		deleteFrame(doc, a);
		expect(views.sorted().map((view) => view.id)).toEqual([b]);
		expect(new FrameViews(doc).sorted()).toEqual(views.sorted());
	});
});
