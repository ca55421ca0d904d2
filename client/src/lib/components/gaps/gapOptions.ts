import {
	GAP_ASSESSMENTS,
	GAP_CATEGORIES,
	GAP_STATUSES,
	GAP_VISIBILITIES,
	SECTORS,
	SEVERITIES,
	STAGES,
} from '@groundwork/protocol';
import { t } from '../../i18n/i18n.js';
import {
	gapAssessmentLabel,
	gapCategoryLabel,
	gapStatusLabel,
	gapVisibilityLabel,
	severityLabel,
} from '../../i18n/fieldLabels.js';
import { sectorLabel, stageLabel } from '../../i18n/labels.js';

/** A gap field whose value is one of a list. */
export type GapChoiceField =
	'category' | 'sector' | 'stage' | 'severity' | 'status' | 'assessment' | 'visibility';

/** The choices of an enumerated gap field, in order, with their display names. */
export function gapChoices(field: GapChoiceField): { value: string; label: string }[] {
	switch (field) {
		case 'category':
			return GAP_CATEGORIES.map((value) => ({ value, label: gapCategoryLabel(value) }));
		case 'sector':
			return [
				...SECTORS.map((value) => ({ value, label: sectorLabel(value) })),
				{ value: 'cross_cutting', label: t('gapSector.cross_cutting') },
			];
		case 'stage':
			return STAGES.map((value) => ({ value, label: stageLabel(value) }));
		case 'severity':
			return SEVERITIES.map((value) => ({ value, label: severityLabel(value) }));
		case 'status':
			return GAP_STATUSES.map((value) => ({ value, label: gapStatusLabel(value) }));
		case 'assessment':
			return GAP_ASSESSMENTS.map((value) => ({ value, label: gapAssessmentLabel(value) }));
		case 'visibility':
			return GAP_VISIBILITIES.map((value) => ({ value, label: gapVisibilityLabel(value) }));
	}
}

/** The display name of a value of an enumerated gap field, or of a city. */
export function gapChoiceLabel(field: GapChoiceField | 'city', value: string): string {
	if (field === 'city') return value;
	return gapChoices(field).find((choice) => choice.value === value)?.label ?? value;
}
