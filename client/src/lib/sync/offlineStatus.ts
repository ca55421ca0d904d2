import { t } from '../i18n/i18n.js';
import type { ConnectionStatus } from './BoardConnection.svelte.js';

/** What the user is told about the link to the server and their unsent changes. */
export interface LinkState {
	status: ConnectionStatus;
	/** The server confirmed the document is in sync (since the last connection). */
	synced: boolean;
	/** Changes made here that the server has not confirmed yet. */
	pending: number;
	/** The board is kept on this device (IndexedDB), so unsent changes survive a reload. */
	keptLocally: boolean;
	/** The user may change the board (viewers have no changes to send). */
	canEdit: boolean;
}

/**
 * The connection indicator's text: the state of the link and, when the user can edit, whether
 * their changes are saved, being sent, or how many wait ("Offline: 3 changes waiting to be sent").
 * It always starts with the plain state ("Connected", "Offline", "Reconnecting…").
 */
export function statusText(link: LinkState): string {
	const { status, pending } = link;
	if (status === 'denied' || status === 'tooLarge' || (!link.canEdit && pending === 0)) {
		return t(`status.${status}`);
	}
	if (status !== 'connected') return t(`offline.status.${status}`, { count: pending });
	if (pending > 0) return t('offline.status.sending');
	return link.synced ? t('offline.status.connected') : t('status.connected');
}
