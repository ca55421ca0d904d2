import { ApiRequestError } from '../api.js';
import type { MessageKey } from '../i18n/i18n.js';

/**
 * What to tell people when a public programme request fails (issue 11): reading the public
 * page, sending the registration form, opening an invitation link. Each gives a message key.
 */

/** Reading a programme's public page. */
export function loadErrorKey(error: unknown): MessageKey {
	if (!(error instanceof ApiRequestError)) return 'programme.error.offline';
	if (error.status === 404) return 'programme.error.notFound';
	return 'programme.error.other';
}

/** Sending the registration form (a refused body is said per field, see `registrationForm`). */
export function registrationErrorKey(error: unknown): MessageKey {
	if (!(error instanceof ApiRequestError)) return 'programme.error.offline';
	if (error.code === 'registration_closed' || error.status === 409) {
		return 'programme.register.error.closed';
	}
	if (error.code === 'rate_limited' || error.status === 429) {
		return 'programme.register.error.rateLimited';
	}
	if (error.code === 'invalid_body' || error.status === 400) {
		return 'programme.register.error.refused';
	}
	if (error.status === 404) return 'programme.error.notFound';
	return 'programme.error.other';
}

/** Trading an invitation link's pass for a board link. */
export function passErrorKey(error: unknown): MessageKey {
	if (!(error instanceof ApiRequestError)) return 'programme.error.offline';
	switch (error.code) {
		case 'invalid_pass':
			return 'programme.enter.error.invalid';
		case 'pass_expired':
			return 'programme.enter.error.expired';
		case 'pass_revoked':
			return 'programme.enter.error.revoked';
	}
	if (error.status === 401 || error.status === 400) return 'programme.enter.error.invalid';
	if (error.status === 410) return 'programme.enter.error.revoked';
	return 'programme.error.other';
}
