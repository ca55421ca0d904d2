import { describe, expect, it } from 'vitest';
import { linkCandidates } from './linkCandidates.js';

const cards = [
	{ id: 'a', label: 'Retrofit schools' },
	{ id: 'b', label: 'Heat pumps' },
	{ id: 'c', label: 'Énergie solaire' },
	{ id: 'd', label: 'Heat network' },
];

function ids(list: { shown: { id: string }[] }): string[] {
	return list.shown.map((card) => card.id);
}

describe('linkCandidates', () => {
	it('offers every other card not yet linked with the source, either way', () => {
		const links = [
			{ from: 'a', to: 'b' },
			{ from: 'c', to: 'a' },
			{ from: 'b', to: 'd' },
		];
		expect(ids(linkCandidates(cards, 'a', links, ''))).toEqual(['d']);
		expect(ids(linkCandidates(cards, 'c', [], '  '))).toEqual(['a', 'b', 'd']);
	});

	it('narrows by every word of the query, ignoring case and accents', () => {
		expect(ids(linkCandidates(cards, 'a', [], 'HEAT'))).toEqual(['b', 'd']);
		expect(ids(linkCandidates(cards, 'a', [], 'heat net'))).toEqual(['d']);
		expect(ids(linkCandidates(cards, 'a', [], 'energie'))).toEqual(['c']);
		expect(ids(linkCandidates(cards, 'a', [], 'wind'))).toEqual([]);
	});

	it('shows at most `max` cards and counts the rest', () => {
		expect(linkCandidates(cards, 'a', [], '', 2)).toEqual({ shown: cards.slice(1, 3), more: 1 });
	});
});
