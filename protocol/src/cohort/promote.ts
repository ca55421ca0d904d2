import type { GapCategory, Lever } from '../domain/cardFields.js';
import { isSectorId, type SectorId } from '../domain/sectors.js';
import { isStageId } from '../domain/stages.js';
import type { MemberCity } from './cohorts.js';
import type { DigestCard, DigestGap } from './boardDigest.js';
import type { PracticeContent } from './library.js';

/**
 * What a library item starts with when a city promotes a success card or a resolved gap (issue
 * 8, "filled from the card where possible"): its author then completes or changes any field.
 */

function firstLine(text: string): string {
	const line = text.split('\n').find((part) => part.trim() !== '') ?? '';
	return line.trim().slice(0, 200);
}

function blank(origin: MemberCity, language: string): PracticeContent {
	return {
		title: '',
		summary: '',
		origin: { city: origin.city, country: origin.country, population: origin.population },
		sectors: [],
		levers: [],
		gapCategories: [],
		context: '',
		whatWasDone: '',
		results: [],
		costRange: '',
		fundingUsed: '',
		timeframe: '',
		partners: '',
		transferability: { preconditions: '', adaptations: '' },
		lessons: '',
		evidenceLevel: 'self_reported',
		contact: '',
		links: [],
		language,
	};
}

function sectorsOf(sector: string | undefined): SectorId[] {
	return sector && isSectorId(sector) ? [sector] : [];
}

/** A success card as a library item: its text, what worked, evidence, cell and levers. */
export function practiceFromCard(
	card: DigestCard,
	origin: MemberCity,
	language = 'en',
): PracticeContent {
	const content = blank(origin, language);
	content.title = firstLine(card.text) || firstLine(card.whatWorked ?? '');
	content.summary = card.text.trim().slice(0, 10_000);
	content.whatWasDone = (card.whatWorked ?? '').trim().slice(0, 10_000);
	content.sectors = sectorsOf(card.sector);
	content.levers = [...card.levers];
	if (card.stage && isStageId(card.stage)) content.stage = card.stage;
	const evidence = (card.evidence ?? '').trim();
	if (evidence) content.context = evidence.slice(0, 10_000);
	return content;
}

/**
 * A resolved gap as a library item: the gap's title and description, its category as the one it
 * answers, and the actions that resolved it as what was done.
 */
export function practiceFromGap(
	gap: DigestGap,
	actions: readonly DigestCard[],
	origin: MemberCity,
	language = 'en',
): PracticeContent {
	const content = blank(origin, language);
	content.title = firstLine(gap.title ?? '');
	content.context = (gap.description ?? '').trim().slice(0, 10_000);
	content.summary = content.context;
	const done = actions.map((action) => `- ${firstLine(action.text)}`).filter((l) => l !== '- ');
	content.whatWasDone = done.join('\n').slice(0, 10_000);
	content.sectors = gap.sector && gap.sector !== 'cross_cutting' ? sectorsOf(gap.sector) : [];
	if (gap.stage) content.stage = gap.stage;
	const categories: GapCategory[] = gap.category ? [gap.category] : [];
	content.gapCategories = categories;
	const levers = new Set<Lever>(actions.flatMap((action) => action.levers));
	content.levers = [...levers];
	return content;
}
