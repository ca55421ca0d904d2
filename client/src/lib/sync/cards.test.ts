import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	CARD,
	LINK,
	cardsMap,
	cellRect,
	createCardMap,
	initBoardMeta,
	linksMap,
	slotPosition,
} from '@groundwork/protocol';
import {
	addCard,
	alignToSlots,
	allCards,
	boardLayout,
	deleteCards,
	moveCardsTo,
	placeUnplaced,
	allCells,
	cardsInCell,
	citiesOnBoard,
	deleteCard,
	moveCard,
	moveDirectionForKey,
	neighbourCell,
	setKind,
	uniqueCities,
} from './cards.js';

const base = { kind: 'action', city: 'Lisbon', createdBy: 'Ana' } as const;

function sync(a: Y.Doc, b: Y.Doc): void {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

describe('cards', () => {
	it('adds a card with every schema field and its text as a Y.Text', () => {
		const doc = new Y.Doc();
		const id = addCard(doc, { ...base, column: 'planning', row: 'energy', text: 'PV' }, 1000);
		const card = cardsMap(doc).get(id);
		expect(card?.get(CARD.text)).toBeInstanceOf(Y.Text);
		expect(card?.toJSON()).toEqual({
			id,
			kind: 'action',
			text: 'PV',
			stage: 'planning',
			sector: 'energy',
			city: 'Lisbon',
			createdBy: 'Ana',
			createdAt: 1000,
			updatedAt: 1000,
			order: 0,
			x: slotPosition(cellRect(boardLayout(doc), { column: 'planning', row: 'energy' })!, 0).x,
			y: slotPosition(cellRect(boardLayout(doc), { column: 'planning', row: 'energy' })!, 0).y,
		});
	});

	it('puts new cards in free slots of their cell, never on top of each other', () => {
		const doc = new Y.Doc();
		const ids = [0, 1, 2, 3].map(() => addCard(doc, { ...base, column: 'enabling', row: 'waste' }));
		const rect = cellRect(boardLayout(doc), { column: 'enabling', row: 'waste' })!;
		const views = cardsInCell(doc, 'enabling', 'waste');
		expect(views.map((card) => card.id)).toEqual(ids);
		views.forEach((card, index) =>
			expect({ x: card.x, y: card.y }).toEqual(slotPosition(rect, index)),
		);
		expect(views.every((card) => card.placed)).toBe(true);
	});

	it('a card added at a point belongs to the cell under its centre', () => {
		const doc = new Y.Doc();
		const rect = cellRect(boardLayout(doc), { column: 'localisation', row: 'mobility' })!;
		const id = addCard(doc, {
			...base,
			column: 'planning',
			row: 'energy',
			at: { x: rect.x + 5, y: rect.y + 5 },
		});
		const card = allCards(doc).find((c) => c.id === id)!;
		expect([card.stage, card.sector, card.x, card.y]).toEqual([
			'localisation',
			'mobility',
			rect.x + 5,
			rect.y + 5,
		]);
	});

	it('moving cards freely updates their cell, order and time, in one transaction', () => {
		const doc = new Y.Doc();
		const a = addCard(doc, { ...base, column: 'planning', row: 'energy' });
		const b = addCard(doc, { ...base, column: 'planning', row: 'energy' });
		const there = cellRect(boardLayout(doc), { column: 'enabling', row: 'nature' })!;
		let transactions = 0;
		doc.on('afterTransaction', () => transactions++);
		const moved = moveCardsTo(
			doc,
			[
				{ id: a, x: there.x + 40.4, y: there.y + 40 },
				{ id: b, x: 30, y: 30 },
				{ id: 'missing', x: 0, y: 0 },
				{ id: b, x: Number.NaN, y: 0 },
			],
			77,
		);
		expect(moved).toBe(2);
		expect(transactions).toBe(1);
		const card = allCards(doc).find((c) => c.id === a)!;
		expect([card.stage, card.sector, card.x, card.y, card.updatedAt]).toEqual([
			'enabling',
			'nature',
			there.x + 40,
			there.y + 40,
			77,
		]);
		expect(allCards(doc).find((c) => c.id === b)?.stage).toBe('planning');
	});

	it("deleting cards deletes their links and nobody else's", () => {
		const doc = new Y.Doc();
		const [a, b, c] = [0, 1, 2].map(() =>
			addCard(doc, { ...base, column: 'planning', row: 'energy' }),
		);
		const link = (id: string, from: string, to: string) => {
			const map = new Y.Map<unknown>();
			map.set(LINK.id, id);
			map.set(LINK.from, from);
			map.set(LINK.to, to);
			map.set(LINK.relation, 'enables');
			linksMap(doc).set(id, map);
		};
		link('ab', a!, b!);
		link('ca', c!, a!);
		link('bc', b!, c!);
		expect(deleteCards(doc, [a!, 'missing'])).toBe(1);
		expect([...linksMap(doc).keys()]).toEqual(['bc']);
		expect(deleteCards(doc, ['missing'])).toBe(0);
	});

	it('aligning puts the chosen cards in free slots of their cells, around the others', () => {
		const doc = new Y.Doc();
		const rect = cellRect(boardLayout(doc), { column: 'planning', row: 'energy' })!;
		const stay = addCard(doc, { ...base, column: 'planning', row: 'energy' });
		const a = addCard(doc, {
			...base,
			column: 'planning',
			row: 'energy',
			at: { x: rect.x + 300, y: rect.y + 170 },
		});
		const b = addCard(doc, {
			...base,
			column: 'planning',
			row: 'energy',
			at: { x: rect.x + 5, y: rect.y + 150 },
		});
		expect(alignToSlots(doc, [a, b])).toBe(2);
		const at = (id: string) => {
			const card = allCards(doc).find((c) => c.id === id)!;
			return { x: card.x, y: card.y };
		};
		expect(at(stay)).toEqual(slotPosition(rect, 0));
		expect(at(a)).toEqual(slotPosition(rect, 1));
		expect(at(b)).toEqual(slotPosition(rect, 2));
		expect(alignToSlots(doc, [a, b])).toBe(0);
	});

	it('cards without a position (older clients) are shown in free slots of their cell', () => {
		const doc = new Y.Doc();
		const placed = addCard(doc, { ...base, column: 'planning', row: 'energy' });
		const bare = createCardMap({
			id: 'bare',
			kind: 'note',
			text: '',
			stage: 'planning',
			sector: 'energy',
			city: '',
			createdBy: '',
			createdAt: 0,
			updatedAt: 0,
			order: 5,
		});
		cardsMap(doc).set('bare', bare);
		const layout = boardLayout(doc);
		const views = placeUnplaced(allCards(doc), layout);
		const shown = views.find((card) => card.id === 'bare')!;
		const rect = cellRect(layout, { column: 'planning', row: 'energy' })!;
		expect(shown.placed).toBe(false);
		expect({ x: shown.x, y: shown.y }).toEqual(slotPosition(rect, 1));
		expect(views.find((card) => card.id === placed)?.placed).toBe(true);
	});

	it('lists the cards of a cell in order, appending new ones at the end', () => {
		const doc = new Y.Doc();
		const first = addCard(doc, { ...base, column: 'planning', row: 'energy' });
		addCard(doc, { ...base, column: 'enabling', row: 'energy' });
		const second = addCard(doc, { ...base, column: 'planning', row: 'energy' });
		expect(cardsInCell(doc, 'planning', 'energy').map((c) => c.id)).toEqual([first, second]);
		expect(cardsInCell(doc, 'localisation', 'energy')).toEqual([]);
	});

	it('moves a card to the end of another cell', () => {
		const doc = new Y.Doc();
		const there = addCard(doc, { ...base, column: 'enabling', row: 'waste' });
		const id = addCard(doc, { ...base, column: 'planning', row: 'energy' });
		expect(moveCard(doc, id, { column: 'enabling', row: 'waste' }, 5)).toBe(true);
		expect(cardsInCell(doc, 'planning', 'energy')).toEqual([]);
		expect(cardsInCell(doc, 'enabling', 'waste').map((c) => c.id)).toEqual([there, id]);
		expect(cardsMap(doc).get(id)?.get(CARD.updatedAt)).toBe(5);
		expect(moveCard(doc, 'missing', { column: 'planning', row: 'energy' })).toBe(false);
	});

	it('changes the kind and deletes cards', () => {
		const doc = new Y.Doc();
		const id = addCard(doc, { ...base, column: 'planning', row: 'energy' });
		expect(setKind(doc, id, 'barrier')).toBe(true);
		expect(cardsInCell(doc, 'planning', 'energy')[0]?.kind).toBe('barrier');
		expect(deleteCard(doc, id)).toBe(true);
		expect(deleteCard(doc, id)).toBe(false);
		expect(cardsMap(doc).size).toBe(0);
	});

	it('skips malformed cards instead of failing', () => {
		const doc = new Y.Doc();
		const bad = new Y.Map<unknown>();
		bad.set(CARD.stage, 'nowhere');
		cardsMap(doc).set('bad', bad);
		const ok = createCardMap({
			id: 'ok',
			kind: 'note',
			text: '',
			stage: 'planning',
			sector: 'nature',
			city: '',
			createdBy: '',
			createdAt: 0,
			updatedAt: 0,
			order: 0,
		});
		cardsMap(doc).set('ok', ok);
		expect(cardsInCell(doc, 'planning', 'nature').map((c) => c.id)).toEqual(['ok']);
	});

	it('converges when two people add cards to the same cell at once', () => {
		const a = new Y.Doc();
		const b = new Y.Doc();
		addCard(a, { ...base, column: 'planning', row: 'energy' });
		addCard(b, { ...base, city: 'Tartu', column: 'planning', row: 'energy' });
		sync(a, b);
		const inA = cardsInCell(a, 'planning', 'energy').map((c) => c.id);
		expect(inA).toHaveLength(2);
		expect(cardsInCell(b, 'planning', 'energy').map((c) => c.id)).toEqual(inA);
	});

	it('lists the distinct cities on the board', () => {
		const doc = new Y.Doc();
		addCard(doc, { ...base, column: 'planning', row: 'energy' });
		addCard(doc, { ...base, city: ' lisbon ', column: 'planning', row: 'energy' });
		addCard(doc, { ...base, city: 'Gdynia', column: 'planning', row: 'energy' });
		addCard(doc, { ...base, city: '', column: 'planning', row: 'energy' });
		expect(citiesOnBoard(doc)).toEqual(['Gdynia', 'Lisbon']);
		expect(uniqueCities(['b', 'A', 'a', ''])).toEqual(['A', 'b']);
	});
});

describe('neighbourCell', () => {
	it('moves between stages and sectors and stops at the edges', () => {
		const from = { column: 'planning', row: 'buildings' } as const;
		expect(neighbourCell(from, 'right')).toEqual({ column: 'enabling', row: 'buildings' });
		expect(neighbourCell(from, 'down')).toEqual({ column: 'planning', row: 'energy' });
		expect(neighbourCell(from, 'left')).toBeNull();
		expect(neighbourCell(from, 'up')).toBeNull();
		expect(neighbourCell({ column: 'localisation', row: 'governance' }, 'right')).toBeNull();
		expect(neighbourCell({ column: 'localisation', row: 'governance' }, 'down')).toBeNull();
	});

	it('knows every cell of the roadmap', () => {
		expect(allCells()).toHaveLength(21);
	});
});

describe('moveDirectionForKey', () => {
	const key = (
		k: string,
		mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>>,
	) => ({
		key: k,
		altKey: false,
		ctrlKey: false,
		metaKey: false,
		shiftKey: false,
		...mods,
	});

	it('maps Alt+Arrow keys and nothing else', () => {
		expect(moveDirectionForKey(key('ArrowLeft', { altKey: true }))).toBe('left');
		expect(moveDirectionForKey(key('ArrowDown', { altKey: true }))).toBe('down');
		expect(moveDirectionForKey(key('ArrowLeft', {}))).toBeNull();
		expect(moveDirectionForKey(key('ArrowLeft', { altKey: true, shiftKey: true }))).toBeNull();
		expect(moveDirectionForKey(key('a', { altKey: true }))).toBeNull();
	});
});

describe('cards on other templates [D9]', () => {
	function treeBoard(): Y.Doc {
		const doc = new Y.Doc();
		initBoardMeta(doc, { title: 'Why?', template: 'problem-tree', schemaVersion: 2, createdAt: 1 });
		return doc;
	}

	it('a card keeps its cell in column and row, and has no stage or sector', () => {
		const doc = treeBoard();
		const id = addCard(doc, { ...base, kind: 'barrier', column: 'tree', row: 'causes' });
		const map = cardsMap(doc).get(id)!;
		expect([map.get(CARD.column), map.get(CARD.row)]).toEqual(['tree', 'causes']);
		expect(map.has(CARD.stage) || map.has(CARD.sector)).toBe(false);
		const [view] = allCards(doc);
		expect(view).toMatchObject({ column: 'tree', row: 'causes', stage: null, sector: null });
	});

	it('moving a card changes its row by its position, with its template’s bands', () => {
		const doc = treeBoard();
		const id = addCard(doc, { ...base, column: 'tree', row: 'causes' });
		const effects = cellRect(boardLayout(doc), { column: 'tree', row: 'effects' })!;
		moveCardsTo(doc, [{ id, x: effects.x + 40, y: effects.y + 40 }]);
		expect(allCards(doc)[0]).toMatchObject({ column: 'tree', row: 'effects' });
		expect(moveCard(doc, id, { column: 'tree', row: 'core-problem' })).toBe(true);
		expect(allCards(doc)[0]?.row).toBe('core-problem');
	});

	it('a card whose cell is not one of the template’s is skipped', () => {
		const doc = treeBoard();
		addCard(doc, { ...base, column: 'tree', row: 'causes' });
		const stray = createCardMap({
			id: 'stray',
			kind: 'note',
			text: '',
			stage: 'planning',
			sector: 'energy',
			city: '',
			createdBy: '',
			createdAt: 0,
			updatedAt: 0,
			order: 0,
		});
		cardsMap(doc).set('stray', stray);
		expect(allCards(doc).map((card) => card.id)).not.toContain('stray');
	});
});
