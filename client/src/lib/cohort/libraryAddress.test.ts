import { describe, expect, it } from 'vitest';
import { libraryQueryFromSearch, publicLibraryPath } from './libraryAddress.js';

describe('the public library’s address', () => {
	it('reads the search and the filters it knows', () => {
		expect(libraryQueryFromSearch('')).toEqual({});
		expect(
			libraryQueryFromSearch('?q=%20school%20fund&sector=buildings&stage=moon&population=20k_50k'),
		).toEqual({ q: 'school fund', sector: 'buildings', population: '20k_50k' });
		expect(libraryQueryFromSearch(`?q=${'a'.repeat(201)}&lever=finance`)).toEqual({
			lever: 'finance',
		});
	});

	it('writes them back in a fixed order', () => {
		expect(publicLibraryPath({})).toBe('/library');
		expect(publicLibraryPath({ category: 'finance_funding', q: 'heat pumps' })).toBe(
			'/library?q=heat+pumps&category=finance_funding',
		);
		const path = publicLibraryPath({ sector: 'energy', q: 'solar' });
		expect(libraryQueryFromSearch(path.slice(path.indexOf('?')))).toEqual({
			q: 'solar',
			sector: 'energy',
		});
	});
});
