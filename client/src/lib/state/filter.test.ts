import { describe, expect, it } from 'vitest';
import {
	emptyFilter,
	filterSize,
	isFilterActive,
	matchesFilter,
	matchingIds,
	withValue,
	type CardFilter,
	type FilterableCard,
} from './filter.js';

const lisbonAction: FilterableCard = {
	city: 'Lisbon',
	kind: 'action',
	stage: 'planning',
	sector: 'buildings',
};
const tartuBarrier: FilterableCard = {
	city: 'Tartu',
	kind: 'barrier',
	stage: 'localisation',
	sector: 'energy',
};

function filter(parts: Partial<CardFilter>): CardFilter {
	return { ...emptyFilter(), ...parts };
}

describe('filter', () => {
	it('lets everything through when empty', () => {
		expect(isFilterActive(emptyFilter())).toBe(false);
		expect(matchesFilter(lisbonAction, emptyFilter())).toBe(true);
		expect(matchesFilter({ ...tartuBarrier, city: '' }, emptyFilter())).toBe(true);
	});

	it('matches cities trimmed and case-insensitively', () => {
		const f = filter({ cities: ['lisbon '] });
		expect(matchesFilter(lisbonAction, f)).toBe(true);
		expect(matchesFilter(tartuBarrier, f)).toBe(false);
		expect(matchesFilter({ ...lisbonAction, city: '' }, f)).toBe(false);
	});

	it('treats values of one list as alternatives and lists as all required', () => {
		const either = filter({ cities: ['Lisbon', 'Tartu'] });
		expect(matchesFilter(lisbonAction, either)).toBe(true);
		expect(matchesFilter(tartuBarrier, either)).toBe(true);
		const both = filter({ cities: ['Lisbon', 'Tartu'], kinds: ['barrier'] });
		expect(matchesFilter(lisbonAction, both)).toBe(false);
		expect(matchesFilter(tartuBarrier, both)).toBe(true);
		expect(matchesFilter(tartuBarrier, filter({ stages: ['planning'] }))).toBe(false);
		expect(matchesFilter(tartuBarrier, filter({ sectors: ['energy', 'waste'] }))).toBe(true);
		expect(filterSize(both)).toBe(3);
		expect(isFilterActive(both)).toBe(true);
	});

	it('adds and removes values without duplicates', () => {
		expect(withValue(['a'], 'b', true)).toEqual(['a', 'b']);
		expect(withValue(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
		expect(withValue(['a', 'b'], 'a', false)).toEqual(['b']);
		expect(withValue([], 'a', false)).toEqual([]);
	});

	it('combines the filter with search terms', () => {
		const cards = [
			{ ...lisbonAction, id: 'a', text: 'Retrofit schools', createdBy: 'Ana' },
			{ ...tartuBarrier, id: 'b', text: 'School budgets', createdBy: 'Kaarel' },
			{ ...lisbonAction, id: 'c', text: 'Bike lanes', createdBy: 'Rui' },
		];
		const read = (card: (typeof cards)[number]) => card;
		expect([...matchingIds(cards, emptyFilter(), ['school'], read)]).toEqual(['a', 'b']);
		expect([...matchingIds(cards, filter({ cities: ['Lisbon'] }), [], read)]).toEqual(['a', 'c']);
		expect([...matchingIds(cards, filter({ cities: ['Lisbon'] }), ['school'], read)]).toEqual([
			'a',
		]);
	});
});
