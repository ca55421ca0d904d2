import { describe, expect, it } from 'vitest';
import { GAP_CATEGORIES, type ComparisonAnswer } from '@groundwork/protocol';
import { matrixIsEmpty, matrixRows, progressRows, splitProgressKey } from './comparisonRows.js';

const cities: ComparisonAnswer['cities'] = [
	{ city: 'Tartu', boardId: 'b-tartu', title: 'Tartu roadmap', mine: false },
	{ city: 'Split', boardId: 'b-split', title: 'Split roadmap', mine: true },
];

describe('the comparison’s tables', () => {
	it('gives every city a cell for every category, in alphabetical order', () => {
		const rows = matrixRows({
			cities,
			matrix: { Tartu: { finance_funding: { count: 2, worst: 'high' } } },
		});
		expect(rows.map((row) => row.city.city)).toEqual(['Split', 'Tartu']);
		expect(rows[0]?.cells).toHaveLength(GAP_CATEGORIES.length);
		expect(rows[0]?.cells.every((cell) => cell.count === 0 && cell.worst === null)).toBe(true);
		expect(rows[1]?.cells.find((cell) => cell.category === 'finance_funding')).toEqual({
			category: 'finance_funding',
			count: 2,
			worst: 'high',
		});
		expect(matrixIsEmpty(rows)).toBe(false);
		expect(matrixIsEmpty(matrixRows({ cities, matrix: {} }))).toBe(true);
	});

	it('splits a progress key into stage and sector', () => {
		expect(splitProgressKey('planning/buildings')).toEqual({
			stage: 'planning',
			sector: 'buildings',
		});
		expect(splitProgressKey('/')).toEqual({ stage: '', sector: '' });
		expect(splitProgressKey('planning')).toEqual({ stage: 'planning', sector: '' });
	});

	it('lists progress by city, then stage and sector in the roadmap’s order', () => {
		const counts = { planned: 1, inProgress: 0, completed: 2 };
		const rows = progressRows({
			cities,
			progress: {
				Tartu: {
					'/': counts,
					'localisation/energy': counts,
					'planning/governance': counts,
					'planning/buildings': counts,
				},
				Split: { 'enabling/': counts, 'enabling/mobility': counts },
			},
		});
		expect(rows.map((row) => `${row.city.city} ${row.stage}/${row.sector}`)).toEqual([
			'Split enabling/mobility',
			'Split enabling/',
			'Tartu planning/buildings',
			'Tartu planning/governance',
			'Tartu localisation/energy',
			'Tartu /',
		]);
		expect(rows[0]?.counts).toEqual(counts);
	});
});
