import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api.js';
import { t } from '../i18n/i18n.js';
import { creationFailure, creationFailureMessage } from './creationCode.js';

function apiError(status: number, code: string): ApiRequestError {
	return new ApiRequestError(status, { error: { code, message: 'from the server' } });
}

describe('a failed board creation [H9]', () => {
	it('asks for the creation code, or says the one given is wrong', () => {
		const refused = apiError(401, 'create_token_required');
		expect(creationFailure(refused, '')).toBe('code-needed');
		expect(creationFailure(refused, '   ')).toBe('code-needed');
		expect(creationFailure(refused, 'seminar-2040')).toBe('code-wrong');
		expect(t(creationFailureMessage('code-needed')!)).toMatch(/creation code/);
		expect(t(creationFailureMessage('code-wrong')!)).toMatch(/not right/);
	});

	it('tells a rate limit apart from other failures', () => {
		expect(creationFailure(apiError(429, 'rate_limited'), '')).toBe('rate-limited');
		expect(t(creationFailureMessage('rate-limited')!)).toMatch(/Try again in a few minutes/);
		expect(creationFailure(apiError(401, 'unauthorized'), '')).toBe('other');
		expect(creationFailure(apiError(400, 'invalid_body'), '')).toBe('other');
		expect(creationFailure(new TypeError('Failed to fetch'), '')).toBe('other');
		expect(creationFailureMessage('other')).toBeUndefined();
	});
});
