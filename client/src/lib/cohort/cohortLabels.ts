import {
	isSectorId,
	isStageId,
	type MemberKind,
	type ModerationStatus,
	type ReplicationStatus,
} from '@groundwork/protocol';
import { replicationLabel } from '../i18n/cohortBoardLabels.js';
import { getLocale, t } from '../i18n/i18n.js';
import { sectorLabel, stageLabel } from '../i18n/labels.js';

/**
 * The display names of the cohort view's values. Population bands, evidence levels,
 * difficulties and replication statuses are named in `../i18n/cohortBoardLabels.ts`, shared
 * with the board side.
 */

/** "Split — Implemented". */
export function replicationText(replication: { city: string; status: ReplicationStatus }): string {
	return t('cohort.replication.line', {
		city: replication.city,
		status: replicationLabel(replication.status),
	});
}

/** Where an item stands in moderation ("Waiting for approval"). */
export function moderationLabel(status: ModerationStatus): string {
	return t(`cohort.moderation.${status}`);
}

/** How a board takes part in the cohort ("City board"). */
export function memberKindLabel(kind: MemberKind): string {
	return t(`cohort.memberKind.${kind}`);
}

/** A sector as the comparison gives it: a sector id, "cross_cutting" or nothing. */
export function sectorName(sector: string | undefined): string {
	if (!sector) return t('cohort.noSector');
	if (isSectorId(sector)) return sectorLabel(sector);
	if (sector === 'cross_cutting') return t('gapSector.cross_cutting');
	return sector;
}

/** A stage as the comparison gives it: a stage id or nothing. */
export function stageName(stage: string | undefined): string {
	if (!stage) return t('cohort.noStage');
	return isStageId(stage) ? stageLabel(stage) : stage;
}

/** The name of a language in the current locale ("hr" -> "Croatian"), or its code. */
export function languageName(code: string): string {
	try {
		return new Intl.DisplayNames([getLocale()], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
}

/** A number in the current locale ("12,500"). */
export function formatNumber(value: number): string {
	return new Intl.NumberFormat(getLocale()).format(value);
}
