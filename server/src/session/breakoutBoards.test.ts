import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	CARD,
	CARD_SIZE,
	FRAME,
	SCHEMA_VERSION,
	TEMPLATES,
	cardsMap,
	cellOfCard,
	computeLayout,
	createCardMap,
	framesMap,
	initBoardMeta,
	layoutMap,
	type CardFields,
	type Rect,
	type TemplateId,
} from '@groundwork/protocol';
import { PROVENANCE, copyFrame, harvestRooms, type HarvestedRoom } from './breakoutBoards.js';

const NOW = 1_750_000_000_000;

function board(template: TemplateId = 'netzero-roadmap'): Y.Doc {
	const doc = new Y.Doc();
	initBoardMeta(doc, { title: 'Seminar', template, schemaVersion: SCHEMA_VERSION, createdAt: NOW });
	return doc;
}

function gridOf(doc: Y.Doc, template: TemplateId = 'netzero-roadmap') {
	const { columns, rows } = TEMPLATES[template];
	return computeLayout(columns, rows, layoutMap(doc));
}

/** Adds a card with plain fields, then `extra` keys as they are (a Y.Text, votes, lists). */
function card(
	doc: Y.Doc,
	fields: Partial<CardFields> & { id: string; text: string },
	extra: Record<string, unknown> = {},
): Y.Map<unknown> {
	const map = createCardMap({
		kind: 'action',
		stage: 'planning',
		sector: 'energy',
		city: 'Lisbon',
		createdBy: 'Ana',
		createdAt: NOW,
		updatedAt: NOW,
		order: 0,
		...fields,
	});
	cardsMap(doc).set(fields.id, map);
	for (const [key, value] of Object.entries(extra)) map.set(key, value);
	return map;
}

function frame(doc: Y.Doc, id: string, title: string, rect: Rect): Y.Map<unknown> {
	const map = new Y.Map<unknown>();
	framesMap(doc).set(id, map);
	map.set(FRAME.id, id);
	map.set(FRAME.title, title);
	map.set(FRAME.x, rect.x);
	map.set(FRAME.y, rect.y);
	map.set(FRAME.w, rect.width);
	map.set(FRAME.h, rect.height);
	map.set(FRAME.createdBy, 'Fac');
	map.set(FRAME.createdAt, NOW);
	return map;
}

function rectOfFrame(map: Y.Map<unknown>): Rect {
	return {
		x: map.get(FRAME.x) as number,
		y: map.get(FRAME.y) as number,
		width: map.get(FRAME.w) as number,
		height: map.get(FRAME.h) as number,
	};
}

function rectOfCard(map: Y.Map<unknown>): Rect {
	return {
		x: map.get(CARD.x) as number,
		y: map.get(CARD.y) as number,
		...CARD_SIZE,
	};
}

const within = (inner: Rect, outer: Rect): boolean =>
	inner.x >= outer.x &&
	inner.y >= outer.y &&
	inner.x + inner.width <= outer.x + outer.width &&
	inner.y + inner.height <= outer.y + outer.height;

const textOf = (map: Y.Map<unknown>, key: string = CARD.text): string | undefined => {
	const value = map.get(key);
	return value instanceof Y.Text ? value.toString() : undefined;
};

/** Every card of `doc` by its text. */
function cardsByText(doc: Y.Doc): Map<string, Y.Map<unknown>> {
	return new Map([...cardsMap(doc).values()].map((map) => [textOf(map) ?? '', map]));
}

describe('[F9] copyFrame: a room starts from a frame of the main board', () => {
	const FRAME_RECT = { x: 2000, y: 100, width: 700, height: 400 };

	function mainBoard(): Y.Doc {
		const doc = board();
		frame(doc, 'frame-energy', 'Energy ideas', FRAME_RECT);
		frame(doc, 'frame-other', 'Elsewhere', { x: 0, y: 3000, width: 500, height: 500 });
		card(
			doc,
			{ id: 'inside', text: 'Solar on schools', kind: 'success', x: 2010, y: 110 },
			{
				whatWorked: new Y.Text('Community funding'),
				levers: ['finance', 'regulation'],
				promotable: true,
				votes: 3,
			},
		);
		// Sticks out to the left, but its centre (x + 100) is inside.
		card(doc, { id: 'straddling', text: 'Bus lanes', city: 'Aarhus', x: 1910, y: 300 });
		// Its centre is 10 units left of the frame.
		card(doc, { id: 'outside-left', text: 'Heat pumps', x: 1890, y: 300 });
		// Its centre is below the frame.
		card(doc, { id: 'outside-below', text: 'Bike racks', x: 2100, y: 450 });
		card(doc, { id: 'far', text: 'In the other frame', x: 10, y: 3010 });
		return doc;
	}

	it('[F9] copies the frame and exactly the cards whose centre is inside it, under new ids', () => {
		const from = mainBoard();
		const to = board();
		const before = Y.encodeStateAsUpdate(from);
		const copied = to.transact(() => copyFrame(from, 'frame-energy', to));
		expect(copied).toBe(2);

		const frames = [...framesMap(to).entries()];
		expect(frames).toHaveLength(1);
		const [frameId, copy] = frames[0]!;
		expect(frameId).not.toBe('frame-energy');
		expect(copy.get(FRAME.id)).toBe(frameId);
		expect(copy.get(FRAME.title)).toBe('Energy ideas');
		expect(rectOfFrame(copy)).toEqual(FRAME_RECT);

		const byText = cardsByText(to);
		expect([...byText.keys()].sort()).toEqual(['Bus lanes', 'Solar on schools']);
		for (const [id, map] of cardsMap(to).entries()) {
			expect(map.get(CARD.id)).toBe(id);
			expect(cardsMap(from).has(id), `${id} is a new id`).toBe(false);
		}
		// The main board is as it was.
		expect(Y.encodeStateAsUpdate(from)).toEqual(before);
	});

	it('[F9] a copied card keeps its fields, with its texts as new Y.Texts and its cell from its position', () => {
		const from = mainBoard();
		const to = board();
		to.transact(() => copyFrame(from, 'frame-energy', to));
		const original = cardsMap(from).get('inside')!;
		const copy = cardsByText(to).get('Solar on schools')!;

		for (const key of [CARD.text, 'whatWorked']) {
			expect(copy.get(key)).toBeInstanceOf(Y.Text);
			expect(copy.get(key)).not.toBe(original.get(key));
			expect(textOf(copy, key)).toBe(textOf(original, key));
		}
		for (const key of [
			CARD.kind,
			CARD.city,
			CARD.createdBy,
			CARD.createdAt,
			CARD.updatedAt,
			CARD.x,
			CARD.y,
			'levers',
			'promotable',
			'votes',
		]) {
			expect(copy.get(key), key).toEqual(original.get(key));
		}
		const cell = cellOfCard(gridOf(to), { x: 2010, y: 110 })!;
		expect({ stage: copy.get(CARD.stage), sector: copy.get(CARD.sector) }).toEqual({
			stage: cell.column,
			sector: cell.row,
		});
		expect(cardsByText(to).get('Bus lanes')!.get(CARD.city)).toBe('Aarhus');

		// The copy is the room's own: editing it leaves the main board's card alone.
		(copy.get(CARD.text) as Y.Text).insert(0, 'More ');
		expect(textOf(original)).toBe('Solar on schools');
	});

	it('[F9] an unknown frame copies nothing', () => {
		const from = mainBoard();
		const to = board();
		expect(to.transact(() => copyFrame(from, 'no-such-frame', to))).toBe(0);
		expect(framesMap(to).size).toBe(0);
		expect(cardsMap(to).size).toBe(0);
	});
});

describe('[F9] harvestRooms: each room’s cards come home in a frame of their own', () => {
	const title = (room: string) => `Breakout: ${room}`;

	/** A room board with cards made at the given times (out of order on purpose). */
	function room(name: string, cards: { text: string; at: number; votes?: number }[]): Y.Doc {
		const doc = board();
		cards.forEach((entry, i) =>
			card(
				doc,
				{
					id: `${name}-${i}`,
					text: entry.text,
					kind: i % 2 ? 'barrier' : 'action',
					city: `${name} city`,
					createdBy: `${name} author ${i}`,
					createdAt: entry.at,
					x: 5000 + 250 * i,
					y: 40,
				},
				entry.votes === undefined ? {} : { votes: entry.votes },
			),
		);
		return doc;
	}

	function rooms(): HarvestedRoom[] {
		return [
			{
				name: 'Lisbon',
				boardId: 'board-lisbon',
				doc: room('Lisbon', [
					{ text: 'L second', at: NOW + 2, votes: 4 },
					{ text: 'L first', at: NOW + 1 },
					{ text: 'L third', at: NOW + 3 },
					{ text: 'L fourth', at: NOW + 4 },
					{ text: 'L fifth', at: NOW + 5, votes: 1 },
				]),
			},
			{ name: 'Empty', boardId: 'board-empty', doc: room('Empty', []) },
			{
				name: 'Aarhus',
				boardId: 'board-aarhus',
				doc: room('Aarhus', [{ text: 'A only', at: NOW + 9 }]),
			},
		];
	}

	/** The new frames of `main` (not in `before`), by title. */
	function framesByTitle(main: Y.Doc, before: string[] = []): Map<string, Y.Map<unknown>> {
		return new Map(
			[...framesMap(main).entries()]
				.filter(([id]) => !before.includes(id))
				.map(([, map]) => [map.get(FRAME.title) as string, map]),
		);
	}

	function cardsInside(main: Y.Doc, area: Rect): Y.Map<unknown>[] {
		return [...cardsMap(main).values()].filter((map) => within(rectOfCard(map), area));
	}

	it('[F9] one frame per room, titled by the callback, below the grid, one under the other', () => {
		const main = board();
		const harvested = rooms();
		const count = main.transact(() => harvestRooms(main, harvested, title, NOW));
		expect(count).toBe(6);
		const frames = framesByTitle(main);
		expect([...frames.keys()]).toEqual(['Breakout: Lisbon', 'Breakout: Empty', 'Breakout: Aarhus']);
		const rects = [...frames.values()].map(rectOfFrame);
		const grid = gridOf(main);
		expect(rects[0]!.y).toBeGreaterThanOrEqual(grid.height);
		for (let i = 1; i < rects.length; i++) {
			expect(rects[i]!.y).toBeGreaterThanOrEqual(rects[i - 1]!.y + rects[i - 1]!.height);
		}
		for (const [id, map] of framesMap(main).entries()) expect(map.get(FRAME.id)).toBe(id);
	});

	it('[F9] each room’s cards sit inside its frame, in the order they were made, with where they came from', () => {
		const main = board();
		const harvested = rooms();
		main.transact(() => harvestRooms(main, harvested, title, NOW));
		const frames = framesByTitle(main);
		const grid = gridOf(main);

		for (const source of harvested) {
			const area = rectOfFrame(frames.get(`Breakout: ${source.name}`)!);
			const inside = cardsInside(main, area);
			const originals = [...cardsMap(source.doc).values()].sort(
				(a, b) => (a.get(CARD.createdAt) as number) - (b.get(CARD.createdAt) as number),
			);
			expect(inside.map((map) => textOf(map))).toHaveLength(originals.length);
			// Reading order (rows top to bottom, left to right) is the order they were made.
			const reading = [...inside].sort(
				(a, b) =>
					(a.get(CARD.y) as number) - (b.get(CARD.y) as number) ||
					(a.get(CARD.x) as number) - (b.get(CARD.x) as number),
			);
			expect(reading.map((map) => textOf(map))).toEqual(originals.map((map) => textOf(map)));

			originals.forEach((original, i) => {
				const copy = reading[i]!;
				expect(copy.get(CARD.id)).not.toBe(original.get(CARD.id));
				expect(copy.get(CARD.text)).not.toBe(original.get(CARD.text));
				for (const key of [CARD.kind, CARD.city, CARD.createdBy, CARD.createdAt, 'votes']) {
					expect(copy.get(key), key).toEqual(original.get(key));
				}
				expect(copy.get(PROVENANCE.room)).toBe(source.name);
				expect(copy.get(PROVENANCE.board)).toBe(source.boardId);
				const cell = cellOfCard(grid, rectOfCard(copy))!;
				expect({ stage: copy.get(CARD.stage), sector: copy.get(CARD.sector) }).toEqual({
					stage: cell.column,
					sector: cell.row,
				});
			});
		}
		// An empty room still gets its (empty) frame.
		expect(cardsInside(main, rectOfFrame(frames.get('Breakout: Empty')!))).toEqual([]);
		for (const [id, map] of cardsMap(main).entries()) expect(map.get(CARD.id)).toBe(id);
	});

	it('[F9] harvested frames go below the frames already on the board, and the board’s cards stay', () => {
		const main = board();
		frame(main, 'low-frame', 'Parking lot', { x: 400, y: 6000, width: 600, height: 900 });
		frame(main, 'high-frame', 'Ideas', { x: 0, y: 200, width: 600, height: 400 });
		card(main, { id: 'kept', text: 'Already here', x: 20, y: 20 });
		main.transact(() => harvestRooms(main, rooms(), title, NOW));
		for (const rect of [...framesByTitle(main, ['low-frame', 'high-frame']).values()].map(
			rectOfFrame,
		)) {
			expect(rect.y).toBeGreaterThanOrEqual(6900);
		}
		expect(textOf(cardsMap(main).get('kept')!)).toBe('Already here');
		expect(framesMap(main).size).toBe(5);

		// A second harvest goes below the first.
		const first = [...framesMap(main).keys()];
		const bottom = Math.max(
			...[...framesMap(main).values()].map((map) => rectOfFrame(map).y + rectOfFrame(map).height),
		);
		main.transact(() =>
			harvestRooms(main, [{ name: 'Late', boardId: 'b', doc: board() }], title, NOW),
		);
		expect(rectOfFrame(framesByTitle(main, first).get('Breakout: Late')!).y).toBeGreaterThanOrEqual(
			bottom,
		);
	});

	it('[F9] a harvest leaves the rooms’ boards as they were', () => {
		const main = board();
		const harvested = rooms();
		const before = harvested.map((entry) => Y.encodeStateAsUpdate(entry.doc));
		main.transact(() => harvestRooms(main, harvested, title, NOW));
		harvested.forEach((entry, i) => expect(Y.encodeStateAsUpdate(entry.doc)).toEqual(before[i]));
	});
});
