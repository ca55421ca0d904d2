import { t } from './i18n.js';

/** A frame's accessible name: "Frame “Quick wins”", or "Untitled frame" without a title. */
export function frameLabel(title: string): string {
	const trimmed = title.trim();
	return t('frame.label', { title: trimmed, hasText: trimmed ? 'yes' : 'no' });
}

/** The announcement after renaming a frame. */
export function frameRenamedMessage(title: string): string {
	const trimmed = title.trim();
	return t('frame.renamed', { title: trimmed, hasText: trimmed ? 'yes' : 'no' });
}

/** The announcement after moving a frame with the cards inside it. */
export function frameMovedMessage(cards: number): string {
	return t('frame.moved', { count: cards });
}
