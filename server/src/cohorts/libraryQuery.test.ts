import { describe, expect, it } from 'vitest';
import type { PracticeContent } from '@groundwork/protocol';
import { matchesQuery } from './libraryQuery.js';

const practice: PracticeContent = {
	title: 'School streets',
	summary: 'Streets closed to cars at school times',
	origin: { city: 'Split', country: 'HR', population: '100k_250k' },
	sectors: ['mobility'],
	levers: ['participation', 'governance_policy'],
	stage: 'localisation',
	gapCategories: ['engagement_participation'],
	context: '',
	whatWasDone: 'Pilot in three districts',
	results: [],
	costRange: '',
	fundingUsed: 'EU',
	timeframe: '',
	partners: 'Parents’ associations',
	transferability: { preconditions: '', adaptations: '' },
	lessons: '',
	evidenceLevel: 'self_reported',
	contact: '',
	links: [],
	language: 'en',
};

describe('matchesQuery', () => {
	it('keeps an item that passes every given facet and every search word', () => {
		expect(matchesQuery(practice, {})).toBe(true);
		expect(
			matchesQuery(practice, {
				sector: 'mobility',
				lever: 'participation',
				stage: 'localisation',
				category: 'engagement_participation',
				population: '100k_250k',
				q: 'SPLIT pilot',
			}),
		).toBe(true);
	});

	it('drops an item that misses one facet or one word', () => {
		expect(matchesQuery(practice, { sector: 'energy' })).toBe(false);
		expect(matchesQuery(practice, { lever: 'finance' })).toBe(false);
		expect(matchesQuery(practice, { stage: 'planning' })).toBe(false);
		expect(matchesQuery(practice, { category: 'finance_funding' })).toBe(false);
		expect(matchesQuery(practice, { population: 'under_20k' })).toBe(false);
		expect(matchesQuery(practice, { q: 'pilot heat' })).toBe(false);
	});
});
