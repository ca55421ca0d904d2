import { describe, expect, it } from 'vitest';
import { parseRoute } from '../route.js';
import { memoryStorage } from '../testing/memoryStorage.js';
import {
	COHORT_TOKEN_KEY_PREFIX,
	cohortPagePath,
	cohortToken,
	requestedCohort,
} from './cohortLink.js';

describe('the cohort view’s address', () => {
	it('is the board’s page with view=cohort, the cohort and the token when given', () => {
		expect(cohortPagePath('abc')).toBe('/b/abc?view=cohort');
		expect(cohortPagePath('abc', 'co 1')).toBe('/b/abc?view=cohort&cohort=co+1');
		expect(cohortPagePath('a/b', undefined, 'v1.x.y')).toBe('/b/a%2Fb?view=cohort&token=v1.x.y');
		expect(parseRoute('/b/abc', '?view=cohort&cohort=c1&token=v1.x.y')).toEqual({
			page: 'cohort',
			boardId: 'abc',
			token: 'v1.x.y',
		});
	});

	it('reads the cohort asked for', () => {
		expect(requestedCohort('?view=cohort&cohort=c1')).toBe('c1');
		expect(requestedCohort('?view=cohort&cohort=')).toBeUndefined();
		expect(requestedCohort('')).toBeUndefined();
	});

	it('keeps the token for this tab once the address no longer shows it', () => {
		const storage = memoryStorage();
		expect(cohortToken('abc', 'v1.x.y', storage)).toBe('v1.x.y');
		expect(storage.getItem(`${COHORT_TOKEN_KEY_PREFIX}abc`)).toBe('v1.x.y');
		expect(cohortToken('abc', '', storage)).toBe('v1.x.y');
		expect(cohortToken('other', '', storage)).toBe('');
		expect(cohortToken('abc', '', undefined)).toBe('');
	});
});
