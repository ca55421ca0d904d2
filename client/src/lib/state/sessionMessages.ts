import type { Ack } from '@groundwork/protocol';
import { SessionRequestError } from '../sync/sessionErrors.js';
import { t } from '../i18n/i18n.js';

/** What to tell the user when the server refused a session command (by its stable code). */
export function refusalMessage(ack: Extract<Ack, { ok: false }>): string {
	switch (ack.code) {
		case 'forbidden':
			return t('session.forbidden');
		case 'rate_limited':
			return t('session.rateLimited');
		case 'unavailable':
			return t('session.unavailable');
		case 'invalid':
			return t('session.invalid');
	}
}

/** What to tell the user when a session command could not be sent or got no answer. */
export function sessionErrorMessage(error: unknown): string {
	if (error instanceof SessionRequestError && error.reason === 'offline') {
		return t('session.offline');
	}
	return t('session.timeout');
}
