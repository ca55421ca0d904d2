import type {
	EvidenceSource,
	GapAssessment,
	GapFieldKey,
	GapStatus,
	GapVisibility,
	ActionStatus,
	FundingSource,
	FundingStatus,
	GapCategory,
	Lever,
	MilestoneKind,
	Severity,
	SphereOfInfluence,
} from '@groundwork/protocol';
import { formatDate, t } from './i18n.js';

/** The display name of an action status ("In progress"). */
export function actionStatusLabel(status: ActionStatus): string {
	return t(`actionStatus.${status}`);
}

/** The display name of a sphere of influence. */
export function sphereLabel(sphere: SphereOfInfluence): string {
	return t(`sphere.${sphere}`);
}

/** The display name of a funding source. */
export function fundingSourceLabel(source: FundingSource): string {
	return t(`fundingSource.${source}`);
}

/** The display name of a funding status. */
export function fundingStatusLabel(status: FundingStatus): string {
	return t(`fundingStatus.${status}`);
}

/** The display name of a milestone kind. */
export function milestoneKindLabel(kind: MilestoneKind): string {
	return t(`milestoneKind.${kind}`);
}

/** The display name of a gap category. */
export function gapCategoryLabel(category: GapCategory): string {
	return t(`gapCategory.${category}`);
}

/** The display name of a severity. */
export function severityLabel(severity: Severity): string {
	return t(`severity.${severity}`);
}

/** The display name of a gap's status. */
export function gapStatusLabel(status: GapStatus): string {
	return t(`gapStatus.${status}`);
}

/** The display name of a gap's assessment. */
export function gapAssessmentLabel(assessment: GapAssessment): string {
	return t(`gapAssessment.${assessment}`);
}

/** The display name of a gap's visibility. */
export function gapVisibilityLabel(visibility: GapVisibility): string {
	return t(`gapVisibility.${visibility}`);
}

/** The display name of where a piece of evidence comes from. */
export function evidenceSourceLabel(source: EvidenceSource): string {
	return t(`evidenceSource.${source}`);
}

/** The name of a gap field ("Owner city"). */
export function gapFieldLabel(key: GapFieldKey | 'city'): string {
	return t(`gapField.${key}`);
}

/** The display name of a lever. */
export function leverLabel(lever: Lever): string {
	return t(`lever.${lever}`);
}

/**
 * A milestone's date as people read it: a year as is ("2030"), an ISO date in the locale
 * ("30 June 2027", as a calendar day, whatever the time zone).
 */
export function milestoneDateLabel(date: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) return date;
	return formatDate(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
