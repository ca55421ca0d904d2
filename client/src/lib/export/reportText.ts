import { getLocale, t } from '../i18n/i18n.js';
import type { BoardReport, ReportCard } from './reportData.js';

/** A list of names in the current locale: "Lisbon, Oslo and Tartu". */
export function listOf(values: readonly string[]): string {
	return new Intl.ListFormat(getLocale(), { style: 'long', type: 'conjunction' }).format(values);
}

/** What the report says after a card's text: its city, votes, status, cell in its room. */
export function cardMeta(card: ReportCard): string {
	const parts: string[] = [];
	if (card.city) parts.push(card.city);
	if (card.votes !== undefined) parts.push(t('card.factVotes', { count: card.votes }));
	if (card.detail) parts.push(card.detail);
	if (card.fromCell) parts.push(t('report.roomCell', { cell: card.fromCell }));
	return parts.join(t('report.separator'));
}

/** The one-line summary under the report's title. */
export function reportSummary(report: BoardReport): string {
	return t('report.summary', {
		cards: report.cardCount,
		count: report.gaps.length,
		n: report.cities.length,
	});
}
