import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api.js';
import { t } from '../i18n/i18n.js';
import { settingsFailure } from './settingsFailure.js';

function failure(status: number, code: string): ApiRequestError {
	return new ApiRequestError(status, { error: { code, message: `${code} from the server` } });
}

describe('settingsFailure', () => {
	it('[T6] names a revoked link, a refusal and a board that is gone', () => {
		expect(settingsFailure(failure(401, 'revoked'))).toBe(t('admin.revoked'));
		expect(settingsFailure(failure(403, 'forbidden'))).toBe(t('admin.forbidden'));
		expect(settingsFailure(failure(404, 'not_found'))).toBe(t('admin.gone'));
	});

	it('passes any other message on', () => {
		expect(settingsFailure(failure(400, 'invalid_body'))).toBe(
			t('admin.error', { message: 'invalid_body from the server' }),
		);
		expect(settingsFailure(new TypeError('Failed to fetch'))).toContain('Failed to fetch');
	});
});
