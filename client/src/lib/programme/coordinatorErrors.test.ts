import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api.js';
import { t } from '../i18n/i18n.js';
import { coordinatorErrorMessage, isLinkRefused } from './coordinatorErrors.js';

function failure(status: number, code: string, issues: { path: string; message: string }[] = []) {
	return new ApiRequestError(status, { error: { code, message: `HTTP ${code}`, issues } });
}

describe('coordinator error messages', () => {
	it('says when the coordinator link was replaced or expired', () => {
		expect(coordinatorErrorMessage(failure(401, 'revoked'))).toBe(
			t('programmeAdmin.error.linkReplaced'),
		);
		expect(coordinatorErrorMessage(failure(401, 'unauthorized'))).toBe(
			t('programmeAdmin.error.linkReplaced'),
		);
		expect(isLinkRefused(failure(401, 'revoked'))).toBe(true);
		expect(isLinkRefused(failure(404, 'not_found'))).toBe(false);
	});

	it('names file refusals, and an unreachable server', () => {
		expect(coordinatorErrorMessage(failure(413, 'too_large'))).toBe('File too large.');
		expect(coordinatorErrorMessage(failure(409, 'too_many_files'))).toBe(
			t('programmeAdmin.error.tooManyFiles'),
		);
		expect(coordinatorErrorMessage(new TypeError('Failed to fetch'))).toBe(
			t('programmeAdmin.error.offline'),
		);
	});

	it('quotes the first issue of a refused body', () => {
		const message = coordinatorErrorMessage(
			failure(400, 'invalid_body', [{ path: 'title', message: 'Too long' }]),
		);
		expect(message).toContain('Too long');
	});
});
