import {
	GAP_CATEGORIES,
	LEVERS,
	SECTORS,
	practiceContentSchema,
	type Difficulty,
	type EvidenceLevel,
	type GapCategory,
	type Lever,
	type PopulationBand,
	type PracticeChanges,
	type PracticeContent,
	type SectorId,
	type StageId,
} from '@groundwork/protocol';
import { ApiRequestError } from '../api.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import { cohortErrorMessage } from './cohortErrors.js';

/**
 * The form that edits a library item from the cohort view (issue 8): every field of its content
 * (`practiceContentSchema`), checked here first with messages in words, then sent as the fields
 * that changed only (`PATCH .../library/:id { content }`). The server checks again; its issues
 * (`content.<path>`) are put back next to their fields.
 */

/** Longest short text (title, origin, cost, funding, timeframe, partners, contact). */
export const MAX_EDIT_SHORT = 200;
/** Longest long text (summary, context, what was done, transferability, lessons). */
export const MAX_EDIT_LONG = 10_000;
/** Longest unit of a result. */
export const MAX_EDIT_UNIT = 40;
/** Most results an item lists. */
export const MAX_EDIT_RESULTS = 20;
/** Most links an item lists, and the longest link. */
export const MAX_EDIT_LINKS = 20;
export const MAX_EDIT_LINK_LENGTH = 2000;
/** The years a result may be dated. */
export const MIN_RESULT_YEAR = 1990;
export const MAX_RESULT_YEAR = 2100;

const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** One row of the results list as typed: every value is text until it is read. */
export interface ResultRow {
	/** Keeps a row's controls apart from the others' while rows come and go. */
	id: number;
	metric: string;
	value: string;
	unit: string;
	year: string;
}

/** The edit form's values; an empty choice (`''`) is "not set". */
export interface PracticeEditForm {
	title: string;
	summary: string;
	city: string;
	country: string;
	population: PopulationBand | '';
	sectors: SectorId[];
	levers: Lever[];
	stage: StageId | '';
	gapCategories: GapCategory[];
	context: string;
	whatWasDone: string;
	results: ResultRow[];
	costRange: string;
	fundingUsed: string;
	timeframe: string;
	partners: string;
	preconditions: string;
	adaptations: string;
	difficulty: Difficulty | '';
	lessons: string;
	evidenceLevel: EvidenceLevel;
	contact: string;
	/** One link per line. */
	links: string;
	language: string;
}

/**
 * A field of the form, named by its path in the content as the server names it
 * (`origin.city`, `results.0.value`): messages are keyed by it, controls are found by it.
 */
export type EditField = string;

/** What is wrong, by field. */
export type FieldErrors = Record<EditField, string>;

/** The content fields in the schema's order. */
export const CONTENT_KEYS = Object.keys(practiceContentSchema.shape) as (keyof PracticeContent)[];

/** The form filled with what `item` says now. */
export function practiceEditForm(item: PracticeContent): PracticeEditForm {
	return {
		title: item.title,
		summary: item.summary,
		city: item.origin.city,
		country: item.origin.country,
		population: item.origin.population ?? '',
		sectors: SECTORS.filter((sector) => item.sectors.includes(sector)),
		levers: LEVERS.filter((lever) => item.levers.includes(lever)),
		stage: item.stage ?? '',
		gapCategories: GAP_CATEGORIES.filter((category) => item.gapCategories.includes(category)),
		context: item.context,
		whatWasDone: item.whatWasDone,
		results: item.results.map((result, index) => ({
			id: index + 1,
			metric: result.metric,
			value: String(result.value),
			unit: result.unit,
			year: result.year === undefined ? '' : String(result.year),
		})),
		costRange: item.costRange,
		fundingUsed: item.fundingUsed,
		timeframe: item.timeframe,
		partners: item.partners,
		preconditions: item.transferability.preconditions,
		adaptations: item.transferability.adaptations,
		difficulty: item.transferability.difficulty ?? '',
		lessons: item.lessons,
		evidenceLevel: item.evidenceLevel,
		contact: item.contact,
		links: item.links.join('\n'),
		language: item.language,
	};
}

/** `rows` with an empty row at the end (while fewer than the most allowed). */
export function addResultRow(rows: readonly ResultRow[]): ResultRow[] {
	if (rows.length >= MAX_EDIT_RESULTS) return [...rows];
	const id = rows.reduce((max, row) => Math.max(max, row.id), 0) + 1;
	return [...rows, { id, metric: '', value: '', unit: '', year: '' }];
}

/** `rows` without row `id`. */
export function removeResultRow(rows: readonly ResultRow[], id: number): ResultRow[] {
	return rows.filter((row) => row.id !== id);
}

/** `values` with `value` ticked or not, in the order of `all`. */
export function toggled<T extends string>(
	all: readonly T[],
	values: readonly T[],
	value: T,
	on: boolean,
): T[] {
	return all.filter((each) => (each === value ? on : values.includes(each)));
}

/** The fields in the form's order, a result's four fields per row: the first wrong one gets focus. */
export function fieldOrder(form: Pick<PracticeEditForm, 'results'>): EditField[] {
	return [
		'title',
		'summary',
		'origin.city',
		'origin.country',
		'origin.population',
		'sectors',
		'levers',
		'stage',
		'gapCategories',
		'context',
		'whatWasDone',
		'results',
		...form.results.flatMap((_row, index) =>
			['metric', 'value', 'unit', 'year'].map((part) => `results.${index}.${part}`),
		),
		'costRange',
		'fundingUsed',
		'timeframe',
		'partners',
		'transferability.preconditions',
		'transferability.adaptations',
		'transferability.difficulty',
		'lessons',
		'evidenceLevel',
		'contact',
		'links',
		'language',
	];
}

/** The first field of `errors` in the form's order. */
export function firstInvalid(
	errors: FieldErrors,
	form: Pick<PracticeEditForm, 'results'>,
): EditField | undefined {
	return fieldOrder(form).find((field) => errors[field] !== undefined);
}

/** The number typed in a result ("12500", "3.5", "3,5"); NaN when it is not one. */
export function readNumber(text: string): number {
	const trimmed = text.trim();
	if (trimmed === '') return Number.NaN;
	return Number(/^-?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed);
}

/** The links of the textarea, one per line, blank lines left out; errors name the line. */
function readLinks(text: string, errors: FieldErrors): string[] {
	const links: string[] = [];
	const lines = text.split(/\r?\n/);
	lines.forEach((line, index) => {
		const link = line.trim();
		if (link === '' || errors.links) return;
		if (!isWebLink(link)) {
			errors.links = t('library.edit.linkInvalid', { line: index + 1, link });
		} else if (link.length > MAX_EDIT_LINK_LENGTH) {
			errors.links = t('library.edit.linkTooLong', { line: index + 1, max: MAX_EDIT_LINK_LENGTH });
		} else links.push(link);
	});
	if (!errors.links && links.length > MAX_EDIT_LINKS) {
		errors.links = t('library.edit.tooManyLinks', { max: MAX_EDIT_LINKS });
	}
	return links;
}

/** True for an absolute http or https address: other schemes (`javascript:`...) are refused. */
export function isWebLink(text: string): boolean {
	try {
		const url = new URL(text);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		return false;
	}
}

/** The language code as typed, its first part in lower case ("EN" -> "en", "pt-BR" stays). */
function readLanguage(text: string): string {
	const [first = '', ...rest] = text.trim().split('-');
	return [first.toLowerCase(), ...rest].join('-');
}

function readResults(rows: readonly ResultRow[], errors: FieldErrors): PracticeContent['results'] {
	const results: PracticeContent['results'] = [];
	const filled = rows.filter((row) =>
		[row.metric, row.value, row.unit, row.year].some((part) => part.trim() !== ''),
	);
	if (filled.length > MAX_EDIT_RESULTS) {
		errors.results = t('library.edit.tooManyResults', { max: MAX_EDIT_RESULTS });
	}
	rows.forEach((row, index) => {
		if (!filled.includes(row)) return;
		const at = `results.${index}`;
		const metric = row.metric.trim();
		const value = readNumber(row.value);
		const unit = row.unit.trim();
		const yearText = row.year.trim();
		const year = yearText === '' ? undefined : Number(yearText);
		if (metric === '') errors[`${at}.metric`] = t('library.edit.metricRequired');
		if (!Number.isFinite(value)) errors[`${at}.value`] = t('library.edit.valueInvalid');
		if (unit.length > MAX_EDIT_UNIT) {
			errors[`${at}.unit`] = t('library.edit.tooLong', { max: MAX_EDIT_UNIT });
		}
		if (
			year !== undefined &&
			(!/^\d{4}$/.test(yearText) || year < MIN_RESULT_YEAR || year > MAX_RESULT_YEAR)
		) {
			errors[`${at}.year`] = t('library.edit.yearInvalid', {
				min: MIN_RESULT_YEAR,
				max: MAX_RESULT_YEAR,
			});
		}
		results.push({ metric, value, unit, ...(year === undefined ? {} : { year }) });
	});
	return results;
}

/**
 * The content the form says, checked: every text trimmed and within its length, the title and
 * city given, results with a measure and a number (a row left wholly empty is dropped), web
 * links only, a language code. A choice "not set" (population, stage, difficulty) is left out.
 */
export function readPracticeEdit(form: PracticeEditForm): {
	content: PracticeContent;
	errors: FieldErrors;
} {
	const errors: FieldErrors = {};
	const text = (field: EditField, value: string, max: number, required?: MessageKey): string => {
		const trimmed = value.trim();
		if (required && trimmed === '') errors[field] = t(required);
		else if (trimmed.length > max) errors[field] = t('library.edit.tooLong', { max });
		return trimmed;
	};
	// "Not set" clears a choice: the PATCH then sends the stage as null, and the origin and the
	// transferability without it.
	const { population, stage, difficulty } = form;
	const language = readLanguage(form.language);
	if (!LANGUAGE_PATTERN.test(language)) errors.language = t('library.edit.languageInvalid');
	const content: PracticeContent = {
		title: text('title', form.title, MAX_EDIT_SHORT, 'library.edit.titleRequired'),
		summary: text('summary', form.summary, MAX_EDIT_LONG),
		origin: {
			city: text('origin.city', form.city, MAX_EDIT_SHORT, 'library.edit.cityRequired'),
			country: text('origin.country', form.country, MAX_EDIT_SHORT),
			...(population ? { population } : {}),
		},
		sectors: SECTORS.filter((sector) => form.sectors.includes(sector)),
		levers: LEVERS.filter((lever) => form.levers.includes(lever)),
		...(stage ? { stage } : {}),
		gapCategories: GAP_CATEGORIES.filter((category) => form.gapCategories.includes(category)),
		context: text('context', form.context, MAX_EDIT_LONG),
		whatWasDone: text('whatWasDone', form.whatWasDone, MAX_EDIT_LONG),
		results: readResults(form.results, errors),
		costRange: text('costRange', form.costRange, MAX_EDIT_SHORT),
		fundingUsed: text('fundingUsed', form.fundingUsed, MAX_EDIT_SHORT),
		timeframe: text('timeframe', form.timeframe, MAX_EDIT_SHORT),
		partners: text('partners', form.partners, MAX_EDIT_SHORT),
		transferability: {
			preconditions: text('transferability.preconditions', form.preconditions, MAX_EDIT_LONG),
			adaptations: text('transferability.adaptations', form.adaptations, MAX_EDIT_LONG),
			...(difficulty ? { difficulty } : {}),
		},
		lessons: text('lessons', form.lessons, MAX_EDIT_LONG),
		evidenceLevel: form.evidenceLevel,
		contact: text('contact', form.contact, MAX_EDIT_SHORT),
		links: readLinks(form.links, errors),
		language,
	};
	return { content, errors };
}

/** A value as JSON with its keys sorted, `undefined` left out: equal values read the same. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, each: unknown) =>
		each && typeof each === 'object' && !Array.isArray(each)
			? Object.fromEntries(Object.entries(each).sort(([a], [b]) => a.localeCompare(b)))
			: each,
	);
}

/**
 * The fields of `next` that differ from `original` (the origin and the transferability whole,
 * as the request carries them, so a population or difficulty left out is cleared), and `null`
 * for an optional field cleared (the stage): what the PATCH sends.
 */
export function changedContent(original: PracticeContent, next: PracticeContent): PracticeChanges {
	const changes: Record<string, unknown> = {};
	for (const key of CONTENT_KEYS) {
		if (canonical(original[key]) !== canonical(next[key])) changes[key] = next[key] ?? null;
	}
	return changes as PracticeChanges;
}

/** The outcome of saving the form: what to send, or what to fix first. */
export type PracticeEditOutcome =
	{ ok: true; content: PracticeChanges } | { ok: false; errors: FieldErrors };

/** Reads and checks the form, then keeps what changed; `content` is empty when nothing did. */
export function practiceEdit(
	original: PracticeContent,
	form: PracticeEditForm,
): PracticeEditOutcome {
	const { content, errors } = readPracticeEdit(form);
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, content: changedContent(original, content) };
}

const SIMPLE_FIELDS = new Set<string>(
	fieldOrder({ results: [] }).filter((field) => !field.startsWith('results.')),
);

/**
 * The field a server issue is about: its path without `content.`, a link's index read as the
 * links field (its message then says which link). Undefined when no field of the form holds it.
 */
export function issueField(path: string | undefined): EditField | undefined {
	if (!path?.startsWith('content.')) return undefined;
	const field = path.slice('content.'.length);
	if (SIMPLE_FIELDS.has(field)) return field;
	if (/^results\.\d+\.(metric|value|unit|year)$/.test(field)) return field;
	if (/^results\.\d+$/.test(field)) return `${field}.metric`;
	if (/^links\.\d+$/.test(field)) return 'links';
	if (field === 'origin') return 'origin.city';
	if (field === 'transferability') return 'transferability.preconditions';
	return undefined;
}

/**
 * The server's refusal of a save: its issues by field (the first of each field kept), and a
 * message for the rest ('' when every issue found its field).
 */
export function saveFailure(error: unknown): { fields: FieldErrors; message: string } {
	const fields: FieldErrors = {};
	if (!(error instanceof ApiRequestError) || error.status !== 400 || error.issues.length === 0) {
		return { fields, message: cohortErrorMessage(error) };
	}
	const other: string[] = [];
	for (const issue of error.issues) {
		const field = issueField(issue.path);
		if (field === undefined) other.push(issue.message);
		else if (fields[field] === undefined) {
			const link = /^content\.links\.(\d+)$/.exec(issue.path ?? '');
			fields[field] = link
				? t('library.edit.linkRefused', { n: Number(link[1]) + 1, message: issue.message })
				: issue.message;
		}
	}
	const message =
		other.length > 0 ? t('cohortBoard.error.invalid', { message: other.join('; ') }) : '';
	return { fields, message };
}
