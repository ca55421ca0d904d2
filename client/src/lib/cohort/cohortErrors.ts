import { ApiRequestError } from '../api.js';
import { t } from '../i18n/i18n.js';

/**
 * What to tell people when a cohort request fails (issue 8): the server's error codes (see
 * server/src/cohorts) in words, expired and replaced invitations in particular.
 */
export function cohortErrorMessage(error: unknown): string {
	if (!(error instanceof ApiRequestError)) return t('cohortBoard.error.offline');
	switch (error.code) {
		case 'invite_expired':
			return t('cohortBoard.error.inviteExpired');
		case 'invite_revoked':
			return t('cohortBoard.error.inviteRevoked');
		case 'invalid_invite':
			return t('cohortBoard.error.inviteInvalid');
		case 'cohort_full':
			return t('cohortBoard.error.cohortFull');
		case 'forbidden':
			return t('cohortBoard.error.forbidden');
		case 'not_member':
			return t('cohortBoard.error.notMember');
		case 'not_promotable':
			return t('cohortBoard.error.notPromotable');
		case 'revoked':
		case 'unauthorized':
			return t('cohortBoard.error.linkRevoked');
		case 'not_found':
			return t('cohortBoard.error.notFound');
	}
	if (error.status === 410) return t('cohortBoard.error.inviteExpired');
	if (error.status === 403) return t('cohortBoard.error.forbidden');
	if (error.status === 400 || error.status === 422) {
		const issue = error.issues[0]?.message ?? error.message;
		return t('cohortBoard.error.invalid', { message: issue });
	}
	return t('cohortBoard.error.other', { message: error.message });
}
