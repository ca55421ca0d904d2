import type { CardView } from '../sync/cards.js';
import { t } from '../i18n/i18n.js';
import { actionStatusLabel, milestoneDateLabel, severityLabel } from '../i18n/fieldLabels.js';

/** One or two essentials of a card's fields, shown on its face as text. */
export function cardFacts(
	card: Pick<CardView, 'kind' | 'fields' | 'fromRoom' | 'votes'>,
): string[] {
	const { kind, fields } = card;
	const list: string[] = [];
	if (kind === 'action' && fields.status) {
		list.push(t('card.factStatus', { value: actionStatusLabel(fields.status) }));
	} else if (kind === 'barrier' && fields.severity) {
		list.push(t('card.factSeverity', { value: severityLabel(fields.severity) }));
	} else if (kind === 'milestone' && fields.date) {
		list.push(t('card.factDate', { value: milestoneDateLabel(fields.date) }));
	}
	if (kind === 'milestone' && fields.achieved) list.push(t('card.factAchieved'));
	if (kind === 'success' && fields.promotable) list.push(t('card.factPromotable'));
	if (card.votes !== undefined) list.push(t('card.factVotes', { count: card.votes }));
	if (card.fromRoom) list.push(t('card.factFromRoom', { room: card.fromRoom }));
	return list;
}
