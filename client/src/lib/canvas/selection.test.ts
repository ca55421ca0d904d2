import { describe, expect, it } from 'vitest';
import { CARD_SIZE } from '@groundwork/protocol';
import {
	cardsInBox,
	cardsToRender,
	countHidden,
	kept,
	selectionsOf,
	toggled,
} from './selection.js';

const cards = [
	{ id: 'a', x: 0, y: 0, cell: 'one' },
	{ id: 'b', x: 1000, y: 0, cell: 'one' },
	{ id: 'c', x: 5000, y: 5000, cell: 'two' },
];

describe('canvas selection', () => {
	it('toggles an id without changing the original set', () => {
		const base = new Set(['a']);
		expect([...toggled(base, 'b')]).toEqual(['a', 'b']);
		expect([...toggled(base, 'a')]).toEqual([]);
		expect([...base]).toEqual(['a']);
	});

	it('keeps the same set when nothing is dropped', () => {
		const base = new Set(['a', 'b']);
		expect(kept(base, () => true)).toBe(base);
		expect([...kept(base, (id) => id === 'b')]).toEqual(['b']);
	});

	it('hit-tests a selection box against card rectangles', () => {
		expect(cardsInBox(cards, { x: -10, y: -10, width: 20, height: 20 })).toEqual(['a']);
		expect(cardsInBox(cards, { x: CARD_SIZE.width, y: 0, width: 10, height: 10 })).toEqual([]);
		expect(cardsInBox(cards, { x: 0, y: 0, width: 6000, height: 6000 })).toEqual(['a', 'b', 'c']);
	});

	it('renders the cards in the region, the ones always kept, and none that are hidden', () => {
		const region = { x: -100, y: -100, width: 1500, height: 500 };
		const none = () => false;
		const groups = cardsToRender(cards, region, none, none, (card) => card.cell);
		expect([...groups.keys()]).toEqual(['one']);
		expect(groups.get('one')?.map((card) => card.id)).toEqual(['a', 'b']);
		const withC = cardsToRender(
			cards,
			region,
			(id) => id === 'c',
			(card) => card.id === 'b',
			(card) => card.cell,
		);
		expect(withC.get('one')?.map((card) => card.id)).toEqual(['a']);
		expect(withC.get('two')?.map((card) => card.id)).toEqual(['c']);
	});

	it("maps others' selected cards to the first person who selected them", () => {
		const peers = [
			{ name: 'Ana', selection: ['a', 'b'] },
			{ name: 'Jon', selection: ['b', 'c'] },
		];
		const map = selectionsOf(peers);
		expect(map.get('b')?.name).toBe('Ana');
		expect(map.get('c')?.name).toBe('Jon');
		expect(map.has('d')).toBe(false);
	});

	it('counts hidden cards per cell', () => {
		const counts = countHidden(
			cards,
			(card) => card.id !== 'b',
			(card) => card.cell,
		);
		expect([...counts]).toEqual([
			['one', 1],
			['two', 1],
		]);
	});
});
