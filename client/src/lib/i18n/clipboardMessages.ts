import { MAX_CLIPBOARD_CARDS, type ClipboardError } from '../sync/clipboardPayload.js';
import { t, type MessageKey } from './i18n.js';

/** What was done with a selection, for the message that announces it. */
export type ClipboardAction = 'copied' | 'pasted' | 'duplicated';

/** How many cards and frames a copy, paste or duplicate concerned. */
export interface ClipboardCounts {
	cards: number;
	frames: number;
}

const DONE: Record<ClipboardAction, MessageKey> = {
	copied: 'clipboard.copied',
	pasted: 'clipboard.pasted',
	duplicated: 'clipboard.duplicated',
};

/** The announcement after a copy, paste or duplicate, e.g. "3 cards and 1 frame pasted". */
export function clipboardDoneMessage(action: ClipboardAction, counts: ClipboardCounts): string {
	return t(DONE[action], { count: counts.cards, frames: counts.frames });
}

/** Why the clipboard could not be pasted, for the user. */
export function clipboardErrorMessage(error: ClipboardError): string {
	switch (error) {
		case 'empty':
			return t('clipboard.empty');
		case 'too_large':
			return t('clipboard.tooLarge', { max: MAX_CLIPBOARD_CARDS });
		case 'unsupported_version':
			return t('clipboard.newerVersion');
		default:
			return t('clipboard.invalid');
	}
}
