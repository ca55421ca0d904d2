import {
	isSectorId,
	type GapCategory,
	type PracticeMatch,
	type SectorId,
	type StageId,
} from '@groundwork/protocol';
import { t } from '../i18n/i18n.js';
import { gapCategoryLabel } from '../i18n/fieldLabels.js';
import { sectorLabel, stageLabel } from '../i18n/labels.js';
import { evidenceLevelLabel } from '../i18n/cohortBoardLabels.js';

/** What the reasons of a suggestion need of the gap it answers. */
export interface SuggestedFor {
	category?: GapCategory;
	sector?: SectorId | 'cross_cutting';
	stage?: StageId;
}

/**
 * Why a library practice is suggested for a gap (issue 8, "Suggestions"), one sentence per
 * reason the server gave: the category and sector and stage it shares with the gap, the cities
 * that implemented it, how well it is evidenced.
 */
export function suggestionReasons(match: PracticeMatch, gap: SuggestedFor): string[] {
	const { practice } = match;
	return match.reasons.flatMap((reason): string[] => {
		switch (reason) {
			case 'category':
				return gap.category
					? [t('cohortBoard.reason.category', { label: gapCategoryLabel(gap.category) })]
					: [];
			case 'sector':
				return gap.sector && isSectorId(gap.sector)
					? [t('cohortBoard.reason.sector', { label: sectorLabel(gap.sector) })]
					: [];
			case 'stage':
				return gap.stage ? [t('cohortBoard.reason.stage', { label: stageLabel(gap.stage) })] : [];
			case 'implemented': {
				const cities = new Set(
					practice.replications.filter((r) => r.status === 'implemented').map((r) => r.city),
				);
				return [t('cohortBoard.reason.implemented', { count: Math.max(cities.size, 1) })];
			}
			case 'evidence':
				return [
					t('cohortBoard.reason.evidence', { label: evidenceLevelLabel(practice.evidenceLevel) }),
				];
		}
		return [];
	});
}
