import { describe, expect, it } from 'vitest';
import { LEVERS, updatePracticeRequestSchema } from '@groundwork/protocol';
import { ApiRequestError } from '../api.js';
import {
	MAX_EDIT_RESULTS,
	addResultRow,
	changedContent,
	firstInvalid,
	isWebLink,
	issueField,
	practiceEdit,
	practiceEditForm,
	readNumber,
	readPracticeEdit,
	removeResultRow,
	saveFailure,
	toggled,
} from './practiceEdit.js';
import { practiceFixture } from './practiceFixture.js';

const item = practiceFixture({
	results: [{ metric: 'Energy saved', value: 12500, unit: 'kWh/year', year: 2024 }],
	links: ['https://split.hr/fund'],
});

describe('the practice edit form', () => {
	it('starts with every field of the item', () => {
		const form = practiceEditForm(item);
		expect(form).toMatchObject({
			title: 'School retrofit fund',
			city: 'Split',
			country: 'Croatia',
			population: '100k_250k',
			sectors: ['buildings'],
			stage: 'enabling',
			difficulty: 'medium',
			evidenceLevel: 'self_reported',
			links: 'https://split.hr/fund',
			language: 'en',
		});
		expect(form.results).toEqual([
			{ id: 1, metric: 'Energy saved', value: '12500', unit: 'kWh/year', year: '2024' },
		]);
	});

	it('sends nothing when nothing changed', () => {
		const outcome = practiceEdit(item, practiceEditForm(item));
		expect(outcome).toEqual({ ok: true, content: {} });
	});

	it('sends only what changed, trimmed, with the origin and transferability whole', () => {
		const form = practiceEditForm(item);
		form.title = '  School retrofit revolving fund ';
		form.country = 'Hrvatska';
		form.preconditions = 'A municipal energy manager.';
		form.levers = toggled(LEVERS, form.levers, 'participation', true);
		const outcome = practiceEdit(item, form);
		expect(outcome).toEqual({
			ok: true,
			content: {
				title: 'School retrofit revolving fund',
				origin: { city: 'Split', country: 'Hrvatska', population: '100k_250k' },
				levers: ['finance', 'participation'],
				transferability: {
					preconditions: 'A municipal energy manager.',
					adaptations: '',
					difficulty: 'medium',
				},
			},
		});
		if (!outcome.ok) return;
		const body = { content: outcome.content };
		expect(updatePracticeRequestSchema.safeParse(body).success).toBe(true);
	});

	it('keeps the order of checkbox lists whatever the order of ticking', () => {
		const all = ['a', 'b', 'c'] as const;
		expect(toggled(all, ['c'], 'a', true)).toEqual(['a', 'c']);
		expect(toggled(all, ['a', 'c'], 'a', false)).toEqual(['c']);
	});

	it('adds and removes result rows, drops empty ones and reads numbers', () => {
		let rows = addResultRow(practiceEditForm(item).results);
		expect(rows.map((row) => row.id)).toEqual([1, 2]);
		rows = addResultRow(rows);
		rows[2] = { ...rows[2]!, metric: 'Schools', value: '3,5', unit: '' };
		rows = removeResultRow(rows, 1);
		expect(rows.map((row) => row.id)).toEqual([2, 3]);
		const form = { ...practiceEditForm(item), results: rows };
		const outcome = practiceEdit(item, form);
		expect(outcome).toEqual({
			ok: true,
			content: { results: [{ metric: 'Schools', value: 3.5, unit: '' }] },
		});
		let full = practiceEditForm(item).results;
		for (let i = 0; i < 30; i++) full = addResultRow(full);
		expect(full).toHaveLength(MAX_EDIT_RESULTS);
		expect(readNumber('12500')).toBe(12500);
		expect(readNumber('-0.25')).toBe(-0.25);
		expect(readNumber('')).toBeNaN();
		expect(readNumber('a lot')).toBeNaN();
	});

	it('says what is wrong, by field, and which comes first', () => {
		const form = practiceEditForm(item);
		form.title = ' ';
		form.city = '';
		form.results = [
			{ id: 1, metric: '', value: 'many', unit: 'kWh', year: '1850' },
			{ id: 2, metric: 'Schools', value: '3', unit: '', year: '' },
		];
		form.links = 'https://ok.example\n\njavascript:alert(1)';
		form.language = 'English';
		const { errors } = readPracticeEdit(form);
		expect(Object.keys(errors).sort()).toEqual([
			'language',
			'links',
			'origin.city',
			'results.0.metric',
			'results.0.value',
			'results.0.year',
			'title',
		]);
		expect(errors.links).toBe(
			'Line 3: “javascript:alert(1)” is not accepted. Only web addresses starting with http:// or https:// can be given.',
		);
		expect(errors['results.0.year']).toBe(
			'Please give a year from 1990 to 2100, or leave it empty.',
		);
		expect(errors.title).toBe('Please give the practice a title.');
		expect(firstInvalid(errors, form)).toBe('title');
		expect(practiceEdit(item, form).ok).toBe(false);
	});

	it('accepts web links only and reads the language code', () => {
		expect(isWebLink('https://example.org/a?b=c')).toBe(true);
		expect(isWebLink('http://example.org')).toBe(true);
		expect(isWebLink('ftp://example.org')).toBe(false);
		expect(isWebLink('data:text/html,hi')).toBe(false);
		expect(isWebLink('example.org')).toBe(false);
		const form = { ...practiceEditForm(item), language: ' HR ' };
		expect(readPracticeEdit(form).content.language).toBe('hr');
		expect(readPracticeEdit({ ...form, language: 'pt-BR' }).errors).toEqual({});
	});

	it('clears a choice set back to “Not set”, and sets one chosen', () => {
		const form = { ...practiceEditForm(item), stage: '' as const, population: '' as const };
		expect(practiceEdit(item, form)).toEqual({
			ok: true,
			content: { stage: null, origin: { city: 'Split', country: 'Croatia' } },
		});
		const bare = practiceFixture({ stage: undefined });
		const chosen = { ...practiceEditForm(bare), stage: 'planning' as const };
		expect(practiceEdit(bare, chosen)).toEqual({ ok: true, content: { stage: 'planning' } });
	});

	it('compares content whatever the order of its keys', () => {
		const reordered = {
			...item,
			origin: { population: item.origin.population, country: 'Croatia', city: 'Split' },
		};
		expect(changedContent(item, reordered)).toEqual({});
	});

	it('puts the server’s issues next to their fields', () => {
		expect(issueField('content.title')).toBe('title');
		expect(issueField('content.origin.city')).toBe('origin.city');
		expect(issueField('content.results.2.year')).toBe('results.2.year');
		expect(issueField('content.links.1')).toBe('links');
		expect(issueField('content')).toBeUndefined();
		expect(issueField('moderation')).toBeUndefined();
		const error = new ApiRequestError(400, {
			error: {
				code: 'invalid_body',
				message: 'The request is not valid.',
				issues: [
					{ path: 'content.links.1', message: 'Invalid URL' },
					{ path: 'content.title', message: 'Too small' },
					{ path: '(body)', message: 'give content' },
				],
			},
		});
		expect(saveFailure(error)).toEqual({
			fields: { links: 'Link 2: Invalid URL', title: 'Too small' },
			message: 'Some of the values were refused: give content',
		});
		const forbidden = new ApiRequestError(403, {
			error: { code: 'forbidden', message: 'No.' },
		});
		expect(saveFailure(forbidden)).toEqual({
			fields: {},
			message: 'Your role on this board does not allow this.',
		});
	});
});
