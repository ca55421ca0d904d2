import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api.js';
import { loadErrorKey, passErrorKey, registrationErrorKey } from './publicErrors.js';

function failure(status: number, code?: string): ApiRequestError {
	return new ApiRequestError(status, code ? { error: { code, message: code } } : undefined);
}

describe('public programme errors', () => {
	it('says a programme that is not there does not exist, and a lost connection as such', () => {
		expect(loadErrorKey(failure(404, 'not_found'))).toBe('programme.error.notFound');
		expect(loadErrorKey(new TypeError('Failed to fetch'))).toBe('programme.error.offline');
		expect(loadErrorKey(failure(500))).toBe('programme.error.other');
	});

	it('says why a registration was not taken', () => {
		expect(registrationErrorKey(failure(409, 'registration_closed'))).toBe(
			'programme.register.error.closed',
		);
		expect(registrationErrorKey(failure(429, 'rate_limited'))).toBe(
			'programme.register.error.rateLimited',
		);
		expect(registrationErrorKey(failure(400, 'invalid_body'))).toBe(
			'programme.register.error.refused',
		);
		expect(registrationErrorKey(new TypeError('offline'))).toBe('programme.error.offline');
		expect(registrationErrorKey(failure(503))).toBe('programme.error.other');
	});

	it('says why an invitation link did not open', () => {
		expect(passErrorKey(failure(401, 'invalid_pass'))).toBe('programme.enter.error.invalid');
		expect(passErrorKey(failure(410, 'pass_expired'))).toBe('programme.enter.error.expired');
		expect(passErrorKey(failure(410, 'pass_revoked'))).toBe('programme.enter.error.revoked');
		expect(passErrorKey(failure(401))).toBe('programme.enter.error.invalid');
		expect(passErrorKey(new TypeError('offline'))).toBe('programme.error.offline');
		expect(passErrorKey(failure(500))).toBe('programme.error.other');
	});
});
