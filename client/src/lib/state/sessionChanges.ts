import type { SessionState } from '@groundwork/protocol';
import { t } from '../i18n/i18n.js';

/**
 * What to tell screen-reader users when the session changes: a new phase, a lock or unlock, a
 * vote started or revealed. Nothing on the first state (joining is not news). [F2] [F4] [F5]
 */
export function sessionChangeMessages(previous: SessionState | null, next: SessionState): string[] {
	if (!previous) return [];
	const messages: string[] = [];
	const phase = next.phases[next.currentPhase];
	if (
		phase &&
		(previous.currentPhase !== next.currentPhase ||
			previous.phases[previous.currentPhase]?.id !== phase.id)
	) {
		messages.push(t('session.phaseChanged', { title: phase.title }));
	}
	if (previous.locked !== next.locked) {
		messages.push(t('session.lockChanged', { locked: next.locked ? 'true' : 'false' }));
	}
	if (next.vote && next.vote.id !== previous.vote?.id) {
		messages.push(t('vote.started', { label: next.vote.label }));
	}
	if (next.vote?.status === 'revealed' && previous.vote?.status === 'open') {
		messages.push(t('vote.revealedAlert'));
	}
	if (next.privateMode !== previous.privateMode) {
		messages.push(t(next.privateMode ? 'private.startedAlert' : 'private.revealedAlert'));
	}
	return messages;
}
