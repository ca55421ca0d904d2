import { describe, expect, it } from 'vitest';
import { GAP_CATEGORIES, LEVERS, POPULATION_BANDS, SECTORS, STAGES } from '@groundwork/protocol';
import {
	FILTER_FIELDS,
	filterChoices,
	filterLabel,
	isFiltering,
	withFilter,
} from './libraryFilters.js';

describe('the library’s filters', () => {
	it('offers every value of the protocol, named', () => {
		const values = (field: (typeof FILTER_FIELDS)[number]) =>
			filterChoices(field).map((choice) => choice.value);
		expect(values('sector')).toEqual([...SECTORS]);
		expect(values('lever')).toEqual([...LEVERS]);
		expect(values('stage')).toEqual([...STAGES]);
		expect(values('category')).toEqual([...GAP_CATEGORIES]);
		expect(values('population')).toEqual([...POPULATION_BANDS]);
		expect(filterChoices('category')[1]).toEqual({
			value: 'finance_funding',
			label: 'Finance & funding',
		});
		expect(FILTER_FIELDS.map(filterLabel)).toEqual([
			'Sector',
			'Lever',
			'Stage',
			'Gap category',
			'City size',
		]);
	});

	it('sets and removes one filter, leaving the others', () => {
		const query = withFilter({ sector: 'buildings' }, 'stage', 'planning');
		expect(query).toEqual({ sector: 'buildings', stage: 'planning' });
		expect(withFilter(query, 'sector', '')).toEqual({ stage: 'planning' });
		expect(withFilter(query, 'q', '  heat pumps ')).toEqual({
			sector: 'buildings',
			stage: 'planning',
			q: 'heat pumps',
		});
		expect(withFilter({ q: 'x' }, 'q', '   ')).toEqual({});
	});

	it('knows when anything is filtered', () => {
		expect(isFiltering({})).toBe(false);
		expect(isFiltering({ q: '' })).toBe(false);
		expect(isFiltering({ lever: 'finance' })).toBe(true);
	});
});
