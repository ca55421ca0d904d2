import { describe, expect, it } from 'vitest';
import {
	createProgrammeRequestSchema,
	seminarUpdateSchema,
	type Seminar,
} from '@groundwork/protocol';
import {
	EU_LANGUAGES,
	addLinkRow,
	createErrors,
	createProgrammeRequest,
	defaultSeminarForms,
	emptyProgrammeForm,
	fieldErrorValues,
	fieldId,
	fieldOrder,
	issueErrors,
	languageChoices,
	languageName,
	programmeDetails,
	programmeErrors,
	programmeFormOf,
	programmeIssueField,
	removeLinkRow,
	seminarErrors,
	seminarErrorsAt,
	seminarFormOf,
	seminarIssueField,
	seminarRequest,
	seminarUpdate,
	timeZoneChoices,
	withoutSeminarErrors,
	type SeminarForm,
} from './programmeForm.js';

function filledSeminar(overrides: Partial<SeminarForm> = {}): SeminarForm {
	const [seminar] = defaultSeminarForms('Europe/Zagreb');
	return { ...seminar!, title: ' Kick-off ', date: '2026-03-28', ...overrides };
}

describe('programme form: defaults', () => {
	it('starts with one seminar per stage, titles empty, in the given zone', () => {
		const rows = defaultSeminarForms('Europe/Lisbon');
		expect(rows.map((row) => row.stage)).toEqual(['planning', 'enabling', 'localisation']);
		for (const row of rows) {
			expect(row).toMatchObject({
				title: '',
				durationMinutes: 180,
				timeZone: 'Europe/Lisbon',
				format: 'online',
				template: 'netzero-roadmap',
				links: [],
			});
		}
		expect(new Set(rows.map((row) => row.key)).size).toBe(3);
	});

	it('starts a programme in the page’s language when it is a choice, registration open', () => {
		expect(emptyProgrammeForm('hr')).toMatchObject({ languages: ['hr'], registrationOpen: true });
		expect(emptyProgrammeForm('pt-BR').languages).toEqual(['pt']);
		expect(emptyProgrammeForm('zz').languages).toEqual([]);
	});

	it('offers the EU languages and any other the programme has', () => {
		expect(EU_LANGUAGES).toHaveLength(24);
		expect(languageChoices(['hr'])).toEqual([...EU_LANGUAGES]);
		expect(languageChoices(['uk', 'hr', 'ca']).slice(-2)).toEqual(['ca', 'uk']);
		expect(languageName('hr', 'en')).toBe('Croatian');
		expect(languageName('hr', 'de')).toBe('Kroatisch');
	});

	it('offers the zone in use even when the platform’s list lacks it', () => {
		expect(timeZoneChoices(['Europe/Zagreb'], 'UTC')).toEqual(['UTC', 'Europe/Zagreb']);
		expect(timeZoneChoices(['Europe/Zagreb'], 'Europe/Zagreb')).toEqual(['Europe/Zagreb']);
	});
});

describe('programme form: requests', () => {
	it('turns the form into a valid CreateProgrammeRequest', () => {
		const programme = {
			...emptyProgrammeForm('en'),
			title: ' Academy ',
			organiser: 'Energy agency',
			description: ' About ',
			languages: ['en', 'hr', 'en'],
		};
		const seminar = filledSeminar({
			format: 'on_site',
			place: ' Town hall ',
			links: [
				{ key: 1, title: ' Guide ', url: ' https://example.org/guide ' },
				{ key: 2, title: '', url: '  ' },
			],
		});
		const body = createProgrammeRequest(programme, [seminar]);
		expect(body).toEqual({
			title: 'Academy',
			organiser: 'Energy agency',
			description: 'About',
			languages: ['en', 'hr'],
			registrationOpen: true,
			seminars: [
				{
					title: 'Kick-off',
					stage: 'planning',
					date: '2026-03-28',
					time: '10:00',
					durationMinutes: 180,
					timeZone: 'Europe/Zagreb',
					format: 'on_site',
					place: 'Town hall',
					agenda: '',
					links: [{ title: 'Guide', url: 'https://example.org/guide' }],
					template: 'netzero-roadmap',
				},
			],
		});
		expect(createProgrammeRequestSchema.safeParse(body).success).toBe(true);
	});

	it('sends a seminar’s changes without its template', () => {
		const update = seminarUpdate(filledSeminar({ template: 'problem-tree' }));
		expect(update).not.toHaveProperty('template');
		expect(seminarUpdateSchema.safeParse(update).success).toBe(true);
		expect(seminarRequest(filledSeminar({ template: 'problem-tree' })).template).toBe(
			'problem-tree',
		);
	});

	it('reads a stored seminar and programme back into the form', () => {
		const stored: Seminar = {
			...seminarUpdate(
				filledSeminar({ links: [{ key: 9, title: 'A', url: 'https://a.example' }] }),
			),
			id: 's1',
			programmeId: 'p1',
			template: 'stakeholder-map',
			boardId: 'b1',
			start: 0,
			end: 0,
			sequence: 0,
			createdAt: 0,
		};
		const form = seminarFormOf(stored);
		expect(form).toMatchObject({ title: 'Kick-off', template: 'stakeholder-map' });
		expect(form.links).toEqual([{ key: expect.any(Number), title: 'A', url: 'https://a.example' }]);
		const details = programmeDetails({ ...emptyProgrammeForm('en'), title: 'T', organiser: 'O' });
		expect(programmeFormOf(details)).toEqual({ ...details, languages: ['en'] });
	});

	it('adds and removes link rows by key', () => {
		const one = addLinkRow([]);
		const two = addLinkRow(one);
		expect(two).toHaveLength(2);
		expect(removeLinkRow(two, two[0]!.key)).toEqual([two[1]]);
	});
});

describe('programme form: checks', () => {
	it('asks for a title, an organiser and a language', () => {
		expect(programmeErrors(emptyProgrammeForm('zz'))).toEqual({
			title: 'programmeAdmin.invalid.title',
			organiser: 'programmeAdmin.invalid.organiser',
			languages: 'programmeAdmin.invalid.languages',
		});
	});

	it('checks each field of a seminar', () => {
		expect(seminarErrors(filledSeminar())).toEqual({});
		expect(
			seminarErrors(
				filledSeminar({
					title: ' ',
					date: '2026-02-30',
					time: '25:00',
					durationMinutes: 10,
					timeZone: 'Mars/Olympus',
					format: 'on_site',
					place: '',
					links: [
						{ key: 1, title: '', url: 'javascript:alert(1)' },
						{ key: 2, title: '', url: '' },
						{ key: 3, title: 'Ok', url: 'https://ok.example' },
					],
				}),
			),
		).toEqual({
			title: 'programmeAdmin.invalid.seminarTitle',
			date: 'programmeAdmin.invalid.date',
			time: 'programmeAdmin.invalid.time',
			durationMinutes: 'programmeAdmin.invalid.durationMinutes',
			timeZone: 'programmeAdmin.invalid.timeZone',
			place: 'programmeAdmin.invalid.place',
			'links.0.title': 'programmeAdmin.invalid.linkTitle',
			'links.0.url': 'programmeAdmin.invalid.linkUrl',
		});
		expect(seminarErrors(filledSeminar({ durationMinutes: undefined }))).toHaveProperty(
			'durationMinutes',
		);
		expect(seminarErrors(filledSeminar({ durationMinutes: 90.5 }))).toHaveProperty(
			'durationMinutes',
		);
	});

	it('names a new programme’s seminar errors by row, and gives them back per row', () => {
		const errors = createErrors({ ...emptyProgrammeForm('en'), title: 'T', organiser: 'O' }, [
			filledSeminar(),
			filledSeminar({ format: 'on_site' }),
		]);
		expect(errors).toEqual({ 'seminars.1.place': 'programmeAdmin.invalid.place' });
		expect(seminarErrorsAt(errors, 1)).toEqual({ place: 'programmeAdmin.invalid.place' });
		expect(seminarErrorsAt(errors, 0)).toEqual({});
		expect(withoutSeminarErrors({ ...errors, title: 'programmeAdmin.invalid.title' })).toEqual({
			title: 'programmeAdmin.invalid.title',
		});
	});
});

describe('programme form: server issues', () => {
	it('maps issue paths of a new programme to its fields', () => {
		expect(programmeIssueField('title')).toBe('title');
		expect(programmeIssueField('languages.2')).toBe('languages');
		expect(programmeIssueField('seminars.1.place')).toBe('seminars.1.place');
		expect(programmeIssueField('seminars.0.links.3.url')).toBe('seminars.0.links.3.url');
		expect(programmeIssueField('seminars.0.links')).toBe('seminars.0.links');
		expect(programmeIssueField('seminars')).toBe('seminars');
		expect(programmeIssueField('seminars.2')).toBeUndefined();
		expect(programmeIssueField('seminars.2.unknown')).toBeUndefined();
		expect(programmeIssueField('(body)')).toBeUndefined();
		expect(programmeIssueField('title.extra')).toBeUndefined();
	});

	it('maps issue paths of one seminar to its fields', () => {
		expect(seminarIssueField('place')).toBe('place');
		expect(seminarIssueField('links.1.title')).toBe('links.1.title');
		expect(seminarIssueField('links.1')).toBe('links');
		expect(seminarIssueField('seminars')).toBeUndefined();
	});

	it('puts issues next to their fields, first one kept, the rest said apart', () => {
		const { fields, other } = issueErrors(
			[
				{ path: 'seminars.1.place', message: 'An on-site seminar needs a place' },
				{ path: 'seminars.1.place', message: 'Second' },
				{ path: 'seminars.0.title', message: 'Too small' },
				{ path: 'title', message: 'Too small' },
				{ path: '(body)', message: 'Unrecognized key' },
			],
			'programme',
		);
		expect(fields).toEqual({
			'seminars.1.place': 'programmeAdmin.invalid.place',
			'seminars.0.title': 'programmeAdmin.invalid.seminarTitle',
			title: 'programmeAdmin.invalid.title',
		});
		expect(other).toEqual(['Unrecognized key']);
		expect(issueErrors([{ path: 'title', message: 'x' }], 'seminar').fields).toEqual({
			title: 'programmeAdmin.invalid.seminarTitle',
		});
	});

	it('orders fields as the form shows them, and names their controls', () => {
		expect(
			fieldOrder([
				'seminars.1.place',
				'languages',
				'seminars.0.links.1.url',
				'seminars.0.links.1.title',
				'seminars.0.title',
				'seminars.10.title',
				'title',
			]),
		).toEqual([
			'title',
			'languages',
			'seminars.0.title',
			'seminars.0.links.1.title',
			'seminars.0.links.1.url',
			'seminars.1.place',
			'seminars.10.title',
		]);
		expect(fieldOrder(['place', 'links.0.url', 'title'], 'seminar')).toEqual([
			'title',
			'place',
			'links.0.url',
		]);
		expect(fieldId('p1', 'seminars.1.place')).toBe('p1-seminars-1-place');
	});
});

describe('programme form: limits in messages', () => {
	it('gives each message the limits it quotes', () => {
		expect(fieldErrorValues('programmeAdmin.invalid.durationMinutes')).toEqual({
			min: 15,
			max: 2880,
		});
		expect(fieldErrorValues('programmeAdmin.invalid.links')).toEqual({ max: 20 });
		expect(fieldErrorValues('programmeAdmin.invalid.seminars')).toEqual({ max: 30 });
		expect(fieldErrorValues('programmeAdmin.invalid.title')).toEqual({});
	});
});
