import { describe, expect, it } from 'vitest';
import {
	BOARD_ID_PATTERN,
	MAX_TITLE_LENGTH,
	isBoardId,
	parseCreateBoardRequest,
	parseRotateLinksRequest,
	parseUpdateBoardRequest,
} from './api.js';

const template = 'netzero-roadmap';

function issuePaths(input: unknown): string[] {
	const result = parseCreateBoardRequest(input);
	expect(result.ok).toBe(false);
	if (result.ok) return [];
	for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
	return result.issues.map((issue) => issue.path);
}

describe('parseCreateBoardRequest', () => {
	it('[H1] accepts a good body and trims the title', () => {
		expect(parseCreateBoardRequest({ title: '  Lyon 2030  ', template })).toEqual({
			ok: true,
			value: { title: 'Lyon 2030', template },
		});
		expect(parseCreateBoardRequest({ title: 'x', template })).toEqual({
			ok: true,
			value: { title: 'x', template },
		});
	});

	it('[H1] accepts a title of MAX_TITLE_LENGTH characters, counted after trimming', () => {
		const longest = 't'.repeat(MAX_TITLE_LENGTH);
		expect(parseCreateBoardRequest({ title: longest, template }).ok).toBe(true);
		expect(parseCreateBoardRequest({ title: `   ${longest}   `, template })).toEqual({
			ok: true,
			value: { title: longest, template },
		});
	});

	it('[H1] refuses a missing, non-string, empty, blank or too long title, at path "title"', () => {
		expect(issuePaths({ template })).toEqual(['title']);
		expect(issuePaths({ title: 42, template })).toEqual(['title']);
		expect(issuePaths({ title: null, template })).toEqual(['title']);
		expect(issuePaths({ title: '', template })).toEqual(['title']);
		expect(issuePaths({ title: '   \n\t', template })).toEqual(['title']);
		expect(issuePaths({ title: 't'.repeat(MAX_TITLE_LENGTH + 1), template })).toEqual(['title']);
	});

	it('[H1] refuses a missing or unknown template, at path "template"', () => {
		expect(issuePaths({ title: 'Board' })).toEqual(['template']);
		expect(issuePaths({ title: 'Board', template: 'kanban' })).toEqual(['template']);
		expect(issuePaths({ title: 'Board', template: 'NETZERO-ROADMAP' })).toEqual(['template']);
		expect(issuePaths({ title: 'Board', template: ['netzero-roadmap'] })).toEqual(['template']);
	});

	it('[H1] gives one issue per bad field', () => {
		expect(issuePaths({ title: '', template: 'nope' }).sort()).toEqual(['template', 'title']);
		expect(issuePaths({}).sort()).toEqual(['template', 'title']);
	});

	it('[H1] refuses extra keys', () => {
		const paths = issuePaths({ title: 'Board', template, owner: 'me' });
		expect(paths).toEqual(['(body)']);
		const result = parseCreateBoardRequest({ title: 'Board', template, owner: 'me' });
		if (!result.ok) expect(result.issues[0]?.message).toContain('owner');
		expect(issuePaths(JSON.parse(`{"title":"B","template":"${template}","__proto__":{}}`))).toEqual(
			['(body)'],
		);
	});

	it('[H1] refuses bodies that are not objects, at path "(body)"', () => {
		for (const body of [null, undefined, [], ['Board', template], 'Board', 42, true]) {
			expect(issuePaths(body), JSON.stringify(body) ?? 'undefined').toEqual(['(body)']);
		}
	});
});

describe('isBoardId', () => {
	it('[H2] accepts 8 to 64 URL-safe characters', () => {
		for (const id of ['abcdefgh', 'A1_-b2C3', 'x'.repeat(64), 'V1StGXR8_Z5jdHi6B-myT']) {
			expect(isBoardId(id), id).toBe(true);
			expect(BOARD_ID_PATTERN.test(id)).toBe(true);
		}
	});

	it('[H2] refuses ids that are too short, too long or not URL-safe, and non-strings', () => {
		const bad: unknown[] = [
			'',
			'abcdefg',
			'x'.repeat(65),
			'abcd/efgh',
			'abcd.efgh',
			'abcd efgh',
			'abcdefgh\n',
			'abcdéfgh',
			'../../etc/passwd',
			'%2e%2e%2fabcd',
			12345678,
			null,
			undefined,
			['abcdefgh'],
			{ toString: () => 'abcdefgh' },
		];
		for (const value of bad) expect(isBoardId(value), String(value)).toBe(false);
	});
});

describe('parseUpdateBoardRequest', () => {
	it('[H7] accepts a title, archived, or both, and trims the title', () => {
		expect(parseUpdateBoardRequest({ title: '  Lyon 2040 ' })).toEqual({
			ok: true,
			value: { title: 'Lyon 2040' },
		});
		expect(parseUpdateBoardRequest({ archived: true })).toEqual({
			ok: true,
			value: { archived: true },
		});
		expect(parseUpdateBoardRequest({ title: 'x', archived: false })).toEqual({
			ok: true,
			value: { title: 'x', archived: false },
		});
	});

	it('[H7] refuses an empty body, bad fields and unknown keys, naming each', () => {
		const paths = (input: unknown) => {
			const result = parseUpdateBoardRequest(input);
			expect(result.ok).toBe(false);
			return result.ok ? [] : result.issues.map((issue) => issue.path);
		};
		expect(paths({})).toEqual(['(body)']);
		expect(paths(null)).toEqual(['(body)']);
		expect(paths([])).toEqual(['(body)']);
		expect(paths({ title: '   ' })).toEqual(['title']);
		expect(paths({ title: 't'.repeat(MAX_TITLE_LENGTH + 1) })).toEqual(['title']);
		expect(paths({ archived: 'yes' })).toEqual(['archived']);
		expect(paths({ title: 'ok', template: 'problem-tree' })).toEqual(['(body)']);
		expect(paths(JSON.parse('{"title":"ok","__proto__":{"archived":true}}'))).toEqual(['(body)']);
	});
});

describe('parseRotateLinksRequest', () => {
	it('[H6] accepts one role, or several distinct ones', () => {
		for (const roles of [['viewer'], ['participant'], ['viewer', 'participant', 'facilitator']]) {
			expect(parseRotateLinksRequest({ roles })).toEqual({ ok: true, value: { roles } });
		}
	});

	it('[H6] refuses no roles, unknown or repeated roles and other shapes', () => {
		const bad: unknown[] = [
			{},
			{ roles: [] },
			{ roles: 'viewer' },
			{ roles: ['owner'] },
			{ roles: ['viewer', 'viewer'] },
			{ roles: ['viewer'], extra: 1 },
			null,
		];
		for (const input of bad) {
			const result = parseRotateLinksRequest(input);
			expect(result.ok, JSON.stringify(input)).toBe(false);
			if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
		}
	});
});
