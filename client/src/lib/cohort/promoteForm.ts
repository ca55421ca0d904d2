import {
	GAP_CATEGORIES,
	type Difficulty,
	type EvidenceLevel,
	type GapCategory,
	type PracticeContent,
	type PromoteRequest,
} from '@groundwork/protocol';

/**
 * The form that completes a success card or a resolved gap before it goes to the cohort's
 * library (issue 8). The server fills the item from the card or gap first; the form sends only
 * what the person filled in, which then takes precedence.
 */

/** Longest short field (title, cost range, funding, timeframe, contact), in characters. */
export const MAX_PROMOTE_SHORT = 200;
/** Longest long field (summary, lessons), in characters. */
export const MAX_PROMOTE_LONG = 10_000;

/** The promote form's values; empty strings and lists mean "keep what the server fills in". */
export interface PromoteForm {
	title: string;
	summary: string;
	gapCategories: GapCategory[];
	costRange: string;
	fundingUsed: string;
	timeframe: string;
	contact: string;
	evidenceLevel: EvidenceLevel | '';
	difficulty: Difficulty | '';
	lessons: string;
}

/** What is promoted: a success card or a resolved gap of the board. */
export type PromoteSource = PromoteRequest['source'];

/** The item's content as the request carries it: only the fields given. */
export type PromoteContent = NonNullable<PromoteRequest['content']>;

/** An empty form; a gap's category may be ticked from the start (what it answers). */
export function promoteForm(gapCategories: readonly GapCategory[] = []): PromoteForm {
	return {
		title: '',
		summary: '',
		gapCategories: GAP_CATEGORIES.filter((category) => gapCategories.includes(category)),
		costRange: '',
		fundingUsed: '',
		timeframe: '',
		contact: '',
		evidenceLevel: '',
		difficulty: '',
		lessons: '',
	};
}

const TEXT_FIELDS = [
	'title',
	'summary',
	'costRange',
	'fundingUsed',
	'timeframe',
	'contact',
	'lessons',
] as const satisfies readonly (keyof PromoteForm & keyof PracticeContent)[];

/**
 * The content to send: each text trimmed and sent only when not empty, the categories only when
 * some are ticked, the evidence level and difficulty only when chosen (a difficulty travels in
 * `transferability`, whose texts the form leaves empty, as the server's prefill does).
 */
export function promoteContent(form: PromoteForm): PromoteContent {
	const content: PromoteContent = {};
	for (const key of TEXT_FIELDS) {
		const value = form[key].trim();
		if (value !== '') content[key] = value;
	}
	if (form.gapCategories.length > 0) {
		content.gapCategories = GAP_CATEGORIES.filter((category) =>
			form.gapCategories.includes(category),
		);
	}
	if (form.evidenceLevel) content.evidenceLevel = form.evidenceLevel;
	if (form.difficulty) {
		content.transferability = { preconditions: '', adaptations: '', difficulty: form.difficulty };
	}
	return content;
}

/** The body of the promote request: the content only when something was given. */
export function promoteRequest(
	source: PromoteSource,
	form: PromoteForm,
	submit: boolean,
): PromoteRequest {
	const content = promoteContent(form);
	return {
		source,
		...(Object.keys(content).length > 0 ? { content } : {}),
		...(submit ? { submit: true } : {}),
	};
}
