import { describe, expect, it } from 'vitest';
import { createCohortRequestSchema, joinCohortRequestSchema } from '@groundwork/protocol';
import { MAX_PLACE_LENGTH, memberFields, membershipOf } from './memberFields.js';

describe('the city fields of a cohort member', () => {
	it('start as a city’s roadmap with the user’s city', () => {
		expect(memberFields('Split')).toEqual({
			kind: 'city',
			city: 'Split',
			country: '',
			population: '',
		});
		expect(memberFields('x'.repeat(100)).city).toHaveLength(MAX_PLACE_LENGTH);
	});

	it('describe a city, trimmed, with the population band only when chosen', () => {
		const city = membershipOf({
			kind: 'city',
			city: ' Split ',
			country: ' Croatia',
			population: '100k_250k',
		});
		expect(city).toEqual({
			kind: 'city',
			member: { city: 'Split', country: 'Croatia', population: '100k_250k' },
		});
		expect(membershipOf({ ...memberFields('Tartu'), country: '' })).toEqual({
			kind: 'city',
			member: { city: 'Tartu', country: '' },
		});
		if (city === 'city_required') throw new Error('unexpected');
		const create = { title: 'SMCNetZero', ...city };
		expect(createCohortRequestSchema.safeParse(create).success).toBe(true);
		expect(joinCohortRequestSchema.safeParse({ invite: 'i1.a.b', ...city }).success).toBe(true);
	});

	it('need a city for a city’s roadmap but none for a seminar board', () => {
		expect(membershipOf(memberFields('  '))).toBe('city_required');
		const seminar = membershipOf({ ...memberFields('Split'), kind: 'seminar' });
		expect(seminar).toEqual({ kind: 'seminar' });
		if (seminar === 'city_required') throw new Error('unexpected');
		expect(createCohortRequestSchema.safeParse({ title: 'T', ...seminar }).success).toBe(true);
	});
});
