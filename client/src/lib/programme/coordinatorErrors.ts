import { ApiRequestError } from '../api.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import { fieldErrorValues } from './programmeForm.js';

/**
 * What to tell a programme's coordinators when a request fails (issue 11): the server's error
 * codes (protocol/SPEC.md, "Programmes (G)") in words; a replaced or expired coordinator link
 * in particular.
 */
export function coordinatorErrorMessage(error: unknown): string {
	if (!(error instanceof ApiRequestError)) return t('programmeAdmin.error.offline');
	switch (error.code) {
		case 'revoked':
		case 'unauthorized':
			return t('programmeAdmin.error.linkReplaced');
		case 'not_found':
			return t('programmeAdmin.error.notFound');
		case 'too_large':
			return t('programmeAdmin.error.tooLarge');
		case 'too_many_files':
			return t('programmeAdmin.error.tooManyFiles');
		case 'rate_limited':
			return t('programmeAdmin.error.rateLimited');
	}
	if (error.status === 401) return t('programmeAdmin.error.linkReplaced');
	if (error.status === 404) return t('programmeAdmin.error.notFound');
	if (error.status === 413) return t('programmeAdmin.error.tooLarge');
	if (error.status === 429) return t('programmeAdmin.error.rateLimited');
	if (error.status === 400 || error.status === 422) {
		return t('programmeAdmin.error.invalid', {
			message: error.issues[0]?.message ?? error.message,
		});
	}
	return t('programmeAdmin.error.other', { message: error.message });
}

/** True when the failure means the coordinator link no longer works. */
export function isLinkRefused(error: unknown): boolean {
	return error instanceof ApiRequestError && error.status === 401;
}

/** A field error's words, with the limits it may quote. */
export function fieldErrorText(key: MessageKey): string {
	return t(key, fieldErrorValues(key));
}
