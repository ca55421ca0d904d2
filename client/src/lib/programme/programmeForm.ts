import {
	MAX_MATERIAL_LINKS,
	MAX_SEMINARS,
	MAX_SEMINAR_MINUTES,
	STAGES,
	isTimeZone,
	wallClockSchema,
	wallDateSchema,
	webUrlSchema,
	type CreateProgrammeRequest,
	type ProgrammeDetails,
	type Seminar,
	type SeminarFormat,
	type SeminarRequest,
	type SeminarUpdate,
	type StageId,
	type TemplateId,
} from '@groundwork/protocol';
import type { MessageKey } from '../i18n/i18n.js';

/**
 * The coordinators' forms of a programme (issue 11): the programme's details and its seminars
 * as the inputs hold them, turned into the API's bodies (`CreateProgrammeRequest`,
 * `SeminarRequest`, `SeminarUpdate`), checked before sending, and the server's refusals
 * (`400 invalid_body` issues such as `seminars.1.place`) put back next to their fields.
 * Fields are named by their path in the request body, as the server names them.
 */

/** The 24 official languages of the EU, as ISO 639-1 codes: the programme's language choices. */
export const EU_LANGUAGES = [
	'bg',
	'cs',
	'da',
	'de',
	'el',
	'en',
	'es',
	'et',
	'fi',
	'fr',
	'ga',
	'hr',
	'hu',
	'it',
	'lt',
	'lv',
	'mt',
	'nl',
	'pl',
	'pt',
	'ro',
	'sk',
	'sl',
	'sv',
] as const;

/** A new seminar's length: a half-day workshop. */
export const DEFAULT_DURATION_MINUTES = 180;
export const MIN_DURATION_MINUTES = 15;
/** A new seminar's start time. */
export const DEFAULT_TIME = '10:00';
/** A new seminar's board. */
export const DEFAULT_TEMPLATE: TemplateId = 'netzero-roadmap';

/** The largest material file when the server does not say (its `MAX_MATERIAL_BYTES` default). */
export const DEFAULT_MAX_MATERIAL_BYTES = 10 * 1024 * 1024;

/** Longest texts, as the server takes them. */
export const MAX_LENGTH = {
	title: 120,
	organiser: 120,
	description: 4000,
	seminarTitle: 120,
	place: 200,
	agenda: 4000,
	linkTitle: 120,
	url: 2000,
} as const;

/** The programme's details as the form holds them. */
export interface ProgrammeForm {
	title: string;
	organiser: string;
	description: string;
	languages: string[];
	registrationOpen: boolean;
}

/** A material link's row; `key` tells the rows apart while they are added and removed. */
export interface LinkRow {
	key: number;
	title: string;
	url: string;
}

/** A seminar as the form holds it; `template` is used only when the seminar is made. */
export interface SeminarForm {
	key: number;
	title: string;
	stage: StageId;
	date: string;
	time: string;
	/** A number input's value: undefined or null while empty. */
	durationMinutes: number | null | undefined;
	timeZone: string;
	format: SeminarFormat;
	place: string;
	agenda: string;
	links: LinkRow[];
	template: TemplateId;
}

/** What is wrong, by field path (`title`, `seminars.1.place`, `links.0.url`). */
export type FieldErrors = Record<string, MessageKey>;

/** The limits a field error's message quotes (`{min}`, `{max}`), by its message. */
export function fieldErrorValues(key: MessageKey): { min?: number; max?: number } {
	switch (key) {
		case 'programmeAdmin.invalid.durationMinutes':
			return { min: MIN_DURATION_MINUTES, max: MAX_SEMINAR_MINUTES };
		case 'programmeAdmin.invalid.links':
			return { max: MAX_MATERIAL_LINKS };
		case 'programmeAdmin.invalid.seminars':
			return { max: MAX_SEMINARS };
		default:
			return {};
	}
}

let lastKey = 0;

/** A key no other row of this page has. */
export function rowKey(): number {
	lastKey += 1;
	return lastKey;
}

/** The name of a language in `locale` ("Croatian", "kroatisch"), or its code when unknown. */
export function languageName(code: string, locale: string): string {
	try {
		return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
}

/** The languages to choose from: the EU's, and any other the programme already has. */
export function languageChoices(selected: readonly string[]): string[] {
	const extra = selected.filter((code) => !(EU_LANGUAGES as readonly string[]).includes(code));
	return [...EU_LANGUAGES, ...[...new Set(extra)].sort()];
}

/** The time zones to choose from: the platform's, with `current` when it lacks it ("UTC"). */
export function timeZoneChoices(supported: readonly string[], current: string): string[] {
	return supported.includes(current) ? [...supported] : [current, ...supported];
}

/** An empty programme form, in the language of the page when it is one of the choices. */
export function emptyProgrammeForm(locale: string): ProgrammeForm {
	const language = locale.toLowerCase().split('-')[0] ?? '';
	return {
		title: '',
		organiser: '',
		description: '',
		languages: (EU_LANGUAGES as readonly string[]).includes(language) ? [language] : [],
		registrationOpen: true,
	};
}

/** The form of a programme's stored details. */
export function programmeFormOf(details: ProgrammeDetails): ProgrammeForm {
	return {
		title: details.title,
		organiser: details.organiser,
		description: details.description,
		languages: [...details.languages],
		registrationOpen: details.registrationOpen,
	};
}

/** A new seminar of `stage`, in time zone `timeZone`, its title and date still to fill in. */
export function newSeminarForm(stage: StageId, timeZone: string): SeminarForm {
	return {
		key: rowKey(),
		title: '',
		stage,
		date: '',
		time: DEFAULT_TIME,
		durationMinutes: DEFAULT_DURATION_MINUTES,
		timeZone,
		format: 'online',
		place: '',
		agenda: '',
		links: [],
		template: DEFAULT_TEMPLATE,
	};
}

/** The rows a new programme starts with: one seminar per stage. */
export function defaultSeminarForms(timeZone: string): SeminarForm[] {
	return STAGES.map((stage) => newSeminarForm(stage, timeZone));
}

/** The form of a stored seminar, to edit it. */
export function seminarFormOf(seminar: Seminar): SeminarForm {
	return {
		key: rowKey(),
		title: seminar.title,
		stage: seminar.stage,
		date: seminar.date,
		time: seminar.time,
		durationMinutes: seminar.durationMinutes,
		timeZone: seminar.timeZone,
		format: seminar.format,
		place: seminar.place,
		agenda: seminar.agenda,
		links: seminar.links.map((link) => ({ key: rowKey(), title: link.title, url: link.url })),
		template: seminar.template,
	};
}

/** The links with one more, empty row. */
export function addLinkRow(links: readonly LinkRow[]): LinkRow[] {
	return [...links, { key: rowKey(), title: '', url: '' }];
}

/** The links without row `key`. */
export function removeLinkRow(links: readonly LinkRow[], key: number): LinkRow[] {
	return links.filter((link) => link.key !== key);
}

function filledLinks(links: readonly LinkRow[]): LinkRow[] {
	return links.filter((link) => link.title.trim() !== '' || link.url.trim() !== '');
}

/** The programme's details to send: texts trimmed, each language once. */
export function programmeDetails(form: ProgrammeForm): ProgrammeDetails {
	return {
		title: form.title.trim(),
		organiser: form.organiser.trim(),
		description: form.description.trim(),
		languages: [...new Set(form.languages)],
		registrationOpen: form.registrationOpen,
	};
}

/** A seminar's changes to send: texts trimmed, empty link rows left out. */
export function seminarUpdate(form: SeminarForm): SeminarUpdate {
	return {
		title: form.title.trim(),
		stage: form.stage,
		date: form.date,
		time: form.time,
		durationMinutes: form.durationMinutes ?? 0,
		timeZone: form.timeZone,
		format: form.format,
		place: form.place.trim(),
		agenda: form.agenda.trim(),
		links: filledLinks(form.links).map((link) => ({
			title: link.title.trim(),
			url: link.url.trim(),
		})),
	};
}

/** A new seminar to send, with its board's template. */
export function seminarRequest(form: SeminarForm): SeminarRequest {
	return { ...seminarUpdate(form), template: form.template };
}

/** The body of `POST /api/programmes`. */
export function createProgrammeRequest(
	programme: ProgrammeForm,
	seminars: readonly SeminarForm[],
): CreateProgrammeRequest {
	return { ...programmeDetails(programme), seminars: seminars.map(seminarRequest) };
}

/** What is wrong with the programme's details, before sending. */
export function programmeErrors(form: ProgrammeForm): FieldErrors {
	const errors: FieldErrors = {};
	if (!form.title.trim()) errors.title = 'programmeAdmin.invalid.title';
	if (!form.organiser.trim()) errors.organiser = 'programmeAdmin.invalid.organiser';
	if (form.description.trim().length > MAX_LENGTH.description) {
		errors.description = 'programmeAdmin.invalid.description';
	}
	if (form.languages.length === 0) errors.languages = 'programmeAdmin.invalid.languages';
	return errors;
}

/** What is wrong with a seminar, before sending; paths within the seminar. */
export function seminarErrors(form: SeminarForm): FieldErrors {
	const errors: FieldErrors = {};
	if (!form.title.trim()) errors.title = 'programmeAdmin.invalid.seminarTitle';
	if (!wallDateSchema.safeParse(form.date).success) errors.date = 'programmeAdmin.invalid.date';
	if (!wallClockSchema.safeParse(form.time).success) errors.time = 'programmeAdmin.invalid.time';
	const minutes = form.durationMinutes;
	if (
		typeof minutes !== 'number' ||
		!Number.isInteger(minutes) ||
		minutes < MIN_DURATION_MINUTES ||
		minutes > MAX_SEMINAR_MINUTES
	) {
		errors.durationMinutes = 'programmeAdmin.invalid.durationMinutes';
	}
	if (!isTimeZone(form.timeZone)) errors.timeZone = 'programmeAdmin.invalid.timeZone';
	if (form.format === 'on_site' && !form.place.trim())
		errors.place = 'programmeAdmin.invalid.place';
	form.links.forEach((link, index) => {
		if (!link.title.trim() && !link.url.trim()) return;
		if (!link.title.trim()) errors[`links.${index}.title`] = 'programmeAdmin.invalid.linkTitle';
		if (!webUrlSchema.safeParse(link.url.trim()).success) {
			errors[`links.${index}.url`] = 'programmeAdmin.invalid.linkUrl';
		}
	});
	return errors;
}

/** What is wrong with a new programme and its seminars (`seminars.<n>.<field>`). */
export function createErrors(
	programme: ProgrammeForm,
	seminars: readonly SeminarForm[],
): FieldErrors {
	const errors = programmeErrors(programme);
	seminars.forEach((seminar, index) => {
		for (const [field, key] of Object.entries(seminarErrors(seminar))) {
			errors[`seminars.${index}.${field}`] = key;
		}
	});
	return errors;
}

/** The errors of seminar `index` of a new programme, by their path within the seminar. */
export function seminarErrorsAt(errors: FieldErrors, index: number): FieldErrors {
	const prefix = `seminars.${index}.`;
	return Object.fromEntries(
		Object.entries(errors)
			.filter(([field]) => field.startsWith(prefix))
			.map(([field, key]) => [field.slice(prefix.length), key]),
	);
}

/** The errors without any of a seminar row (their numbers change when a row goes). */
export function withoutSeminarErrors(errors: FieldErrors): FieldErrors {
	return Object.fromEntries(
		Object.entries(errors).filter(([field]) => !field.startsWith('seminars.')),
	);
}

const PROGRAMME_FIELDS = ['title', 'organiser', 'description', 'languages', 'registrationOpen'];
const SEMINAR_FIELDS = [
	'title',
	'stage',
	'date',
	'time',
	'durationMinutes',
	'timeZone',
	'format',
	'place',
	'agenda',
	'links',
	'template',
];
const INDEX = /^\d+$/;

/**
 * The field of a seminar a server issue is about (`place`, `links.2.url`), or undefined when
 * the form has no such field.
 */
export function seminarIssueField(path: string): string | undefined {
	const [field = '', index, leaf] = path.split('.');
	if (field === 'links') {
		if (index !== undefined && INDEX.test(index) && (leaf === 'title' || leaf === 'url')) {
			return `links.${index}.${leaf}`;
		}
		return 'links';
	}
	return SEMINAR_FIELDS.includes(field) && index === undefined ? field : undefined;
}

/**
 * The field of a new programme a server issue is about (`title`, `languages`,
 * `seminars.1.place`), or undefined when the form has no such field.
 */
export function programmeIssueField(path: string): string | undefined {
	const parts = path.split('.');
	const [field = ''] = parts;
	if (field === 'languages') return 'languages';
	if (field === 'seminars') {
		const index = parts[1];
		if (index === undefined || !INDEX.test(index)) return 'seminars';
		const inner = seminarIssueField(parts.slice(2).join('.'));
		return inner ? `seminars.${index}.${inner}` : undefined;
	}
	return PROGRAMME_FIELDS.includes(field) && parts.length === 1 ? field : undefined;
}

/** Whether fields are named within a programme (`seminars.1.place`) or within one seminar. */
export type FieldScope = 'programme' | 'seminar';

const ISSUE_KEYS: Record<string, MessageKey> = {
	organiser: 'programmeAdmin.invalid.organiser',
	description: 'programmeAdmin.invalid.description',
	languages: 'programmeAdmin.invalid.languages',
	date: 'programmeAdmin.invalid.date',
	time: 'programmeAdmin.invalid.time',
	durationMinutes: 'programmeAdmin.invalid.durationMinutes',
	timeZone: 'programmeAdmin.invalid.timeZone',
	place: 'programmeAdmin.invalid.place',
	agenda: 'programmeAdmin.invalid.agenda',
};

/** The message of a refused field, by the field's path. */
export function issueMessageKey(field: string, scope: FieldScope = 'programme'): MessageKey {
	const parts = field.split('.');
	if (scope === 'programme' && parts[0] === 'seminars') {
		return parts.length > 2
			? issueMessageKey(parts.slice(2).join('.'), 'seminar')
			: 'programmeAdmin.invalid.seminars';
	}
	const [name = '', , leaf] = parts;
	if (name === 'title') {
		return scope === 'seminar'
			? 'programmeAdmin.invalid.seminarTitle'
			: 'programmeAdmin.invalid.title';
	}
	if (name === 'links') {
		if (leaf === 'title') return 'programmeAdmin.invalid.linkTitle';
		if (leaf === 'url') return 'programmeAdmin.invalid.linkUrl';
		return 'programmeAdmin.invalid.links';
	}
	return Object.hasOwn(ISSUE_KEYS, name) ? ISSUE_KEYS[name]! : 'programmeAdmin.invalid.other';
}

/**
 * The server's issues as field errors (the first issue of each field kept) and the messages of
 * issues no field of the form shows.
 */
export function issueErrors(
	issues: readonly { path?: string; message: string }[],
	scope: FieldScope,
): { fields: FieldErrors; other: string[] } {
	const fieldOf = scope === 'programme' ? programmeIssueField : seminarIssueField;
	const fields: FieldErrors = {};
	const other: string[] = [];
	for (const issue of issues) {
		const field = issue.path ? fieldOf(issue.path) : undefined;
		if (field === undefined) other.push(issue.message);
		else if (!(field in fields)) fields[field] = issueMessageKey(field, scope);
	}
	return { fields, other };
}

/** The fields in the order the form shows them, for the error summary and the first focus. */
export function fieldOrder(fields: readonly string[], scope: FieldScope = 'programme'): string[] {
	const rank = (field: string): number[] => {
		const parts = field.split('.');
		if (scope === 'seminar') return seminarRank(parts);
		if (parts[0] === 'seminars') {
			const index = Number(parts[1] ?? -1);
			return [
				PROGRAMME_FIELDS.length,
				Number.isNaN(index) ? -1 : index,
				...seminarRank(parts.slice(2)),
			];
		}
		return [PROGRAMME_FIELDS.indexOf(parts[0] ?? '')];
	};
	return [...fields].sort((a, b) => compareRanks(rank(a), rank(b)));
}

function seminarRank(parts: readonly string[]): number[] {
	const field = SEMINAR_FIELDS.indexOf(parts[0] ?? '');
	const link = Number(parts[1] ?? -1);
	const leaf = parts[2] === 'url' ? 1 : 0;
	return [field, Number.isNaN(link) ? -1 : link, leaf];
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		const difference = (a[i] ?? -1) - (b[i] ?? -1);
		if (difference !== 0) return difference;
	}
	return 0;
}

/** The id of a field's control: `<prefix>-seminars-1-place`. */
export function fieldId(prefix: string, field: string): string {
	return `${prefix}-${field.replaceAll('.', '-')}`;
}
