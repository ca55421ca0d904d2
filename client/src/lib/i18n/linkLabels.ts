import type { CardRelation } from '@groundwork/protocol';
import { t } from './i18n.js';

/** The display name of a relation between cards ("Depends on"). */
export function relationLabel(relation: CardRelation): string {
	return t('link.relation', { relation });
}

/** A link as a sentence naming both cards, e.g. "Retrofit enables Heat pumps". */
export function linkSentence(from: string, relation: CardRelation, to: string): string {
	return t('link.title', { from, relation, to });
}
