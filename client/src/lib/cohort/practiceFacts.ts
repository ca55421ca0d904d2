import type { PracticeView } from '@groundwork/protocol';
import { t } from '../i18n/i18n.js';
import { gapCategoryLabel, leverLabel } from '../i18n/fieldLabels.js';
import { sectorLabel, stageLabel } from '../i18n/labels.js';
import { difficultyLabel, evidenceLevelLabel, populationLabel } from '../i18n/cohortBoardLabels.js';
import { languageName, moderationLabel } from './cohortLabels.js';

/**
 * A library item's facts in reading order, in groups the detail view shows under their own
 * headings. What the author left empty is left out: a label never stands without a value.
 */

/** One fact of a library item: what it is and what the item says. */
export interface PracticeFact {
	label: string;
	value: string;
}

/** The item's origin, "Split, Croatia" (or just the city). */
export function originText(item: Pick<PracticeView, 'origin'>): string {
	const { city, country } = item.origin;
	return country.trim() ? t('cohort.practice.originPlace', { city, country }) : city;
}

function list(values: readonly string[]): string {
	return values.join(t('cohort.listSeparator'));
}

function filled(facts: [string, string][]): PracticeFact[] {
	return facts
		.filter(([, value]) => value.trim() !== '')
		.map(([label, value]) => ({ label, value }));
}

function shownTo(item: PracticeView): string {
	if (item.moderation !== 'approved') return '';
	return item.published ? t('cohort.practice.shownToPublic') : t('cohort.practice.shownToCohort');
}

/** Where it comes from and what it is about; where it stands in moderation. */
export function aboutFacts(item: PracticeView): PracticeFact[] {
	return filled([
		[t('cohort.practice.origin'), originText(item)],
		[
			t('cohort.practice.population'),
			item.origin.population ? populationLabel(item.origin.population) : '',
		],
		[t('cohort.practice.sectors'), list(item.sectors.map(sectorLabel))],
		[t('cohort.practice.levers'), list(item.levers.map(leverLabel))],
		[t('cohort.practice.stage'), item.stage ? stageLabel(item.stage) : ''],
		[t('cohort.practice.gapCategories'), list(item.gapCategories.map(gapCategoryLabel))],
		[t('cohort.practice.moderation'), moderationLabel(item.moderation)],
		[t('cohort.practice.shownTo'), shownTo(item)],
	]);
}

/** What it took: cost, funding, time and partners. */
export function deliveryFacts(item: PracticeView): PracticeFact[] {
	return filled([
		[t('cohort.practice.cost'), item.costRange],
		[t('cohort.practice.funding'), item.fundingUsed],
		[t('cohort.practice.timeframe'), item.timeframe],
		[t('cohort.practice.partners'), item.partners],
	]);
}

/** What another city needs to do it: preconditions, adaptations, difficulty. */
export function transferabilityFacts(item: PracticeView): PracticeFact[] {
	const { preconditions, adaptations, difficulty } = item.transferability;
	return filled([
		[t('cohort.practice.preconditions'), preconditions],
		[t('cohort.practice.adaptations'), adaptations],
		[t('cohort.practice.difficulty'), difficulty ? difficultyLabel(difficulty) : ''],
	]);
}

/** How well it is backed, whom to ask and the language it is written in. */
export function sourceFacts(item: PracticeView): PracticeFact[] {
	return filled([
		[t('cohort.practice.evidenceLevel'), evidenceLevelLabel(item.evidenceLevel)],
		[t('cohort.practice.contact'), item.contact],
		[t('cohort.practice.language'), languageName(item.language)],
	]);
}

/** The long texts before the results: the context and what was done. */
export function storyTexts(item: PracticeView): PracticeFact[] {
	return filled([
		[t('cohort.practice.context'), item.context],
		[t('cohort.practice.whatWasDone'), item.whatWasDone],
	]);
}
