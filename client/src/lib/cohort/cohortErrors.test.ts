import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api.js';
import { cohortErrorMessage } from './cohortErrors.js';

function failure(status: number, code?: string, message = 'The server said no.') {
	return new ApiRequestError(status, code ? { error: { code, message } } : undefined);
}

describe('cohort errors in words', () => {
	it('tells an expired invitation from a replaced or broken one', () => {
		expect(cohortErrorMessage(failure(410, 'invite_expired'))).toMatch(/expired/);
		expect(cohortErrorMessage(failure(410, 'invite_revoked'))).toMatch(/replaced/);
		expect(cohortErrorMessage(failure(401, 'invalid_invite'))).toMatch(/not valid/);
		expect(cohortErrorMessage(failure(410))).toMatch(/expired/);
	});

	it('explains refusals of the role and of what cannot be shared', () => {
		expect(cohortErrorMessage(failure(403, 'forbidden'))).toMatch(/role/);
		expect(cohortErrorMessage(failure(422, 'not_promotable'))).toMatch(/resolved gap/);
		expect(cohortErrorMessage(failure(401, 'revoked'))).toMatch(/no longer works/);
	});

	it('passes on what the server found invalid, and says when it cannot be reached', () => {
		const invalid = new ApiRequestError(400, {
			error: {
				code: 'invalid_body',
				message: 'Bad',
				issues: [{ path: 'content.title', message: 'Title too long' }],
			},
		});
		expect(cohortErrorMessage(invalid)).toMatch(/Title too long/);
		expect(cohortErrorMessage(failure(500, 'internal', 'Boom'))).toMatch(/Boom/);
		expect(cohortErrorMessage(new TypeError('Failed to fetch'))).toMatch(/could not be reached/);
	});
});
