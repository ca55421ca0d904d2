import { ApiRequestError } from '../api.js';
import { t } from '../i18n/i18n.js';

/** What the user reads when a board settings call failed. */
export function settingsFailure(cause: unknown): string {
	if (cause instanceof ApiRequestError) {
		if (cause.code === 'revoked') return t('admin.revoked');
		if (cause.status === 403) return t('admin.forbidden');
		if (cause.status === 404) return t('admin.gone');
	}
	return t('admin.error', { message: cause instanceof Error ? cause.message : String(cause) });
}
