import { ApiRequestError, CREATE_TOKEN_REQUIRED } from '../api.js';
import type { MessageKey } from '../i18n/i18n.js';

/**
 * What a failed board creation or import says to the person: the server asks for its creation
 * code (`CREATE_TOKEN`; none given yet, or the one given is wrong), too many boards were made
 * from this address, or something else (shown as the server's message). [H9], [W7]
 */
export type CreationFailure = 'code-needed' | 'code-wrong' | 'rate-limited' | 'other';

/** Reads a failed creation; `sentCode` is the creation code the request carried ('' for none). */
export function creationFailure(error: unknown, sentCode: string): CreationFailure {
	if (error instanceof ApiRequestError) {
		if (error.status === 401 && error.code === CREATE_TOKEN_REQUIRED) {
			return sentCode.trim() ? 'code-wrong' : 'code-needed';
		}
		if (error.status === 429) return 'rate-limited';
	}
	return 'other';
}

/** The message of a failure about the creation code or the rate; undefined for `other`. */
export function creationFailureMessage(failure: CreationFailure): MessageKey | undefined {
	switch (failure) {
		case 'code-needed':
			return 'security.creationCodeNeeded';
		case 'code-wrong':
			return 'security.creationCodeWrong';
		case 'rate-limited':
			return 'security.rateLimited';
		default:
			return undefined;
	}
}
