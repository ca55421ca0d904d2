import { describe, expect, it } from 'vitest';
import { GAP_CSV_COLUMNS, gapsToCsv, parseGapCsv } from './gapCsv.js';
import type { GapFieldValues } from './gapFields.js';

const full: GapFieldValues = {
	title: 'No staff with energy skills, "yet"',
	description: 'Two people left in 2023;\nnobody replaced them.\r\nSee "HR plan", page 4.',
	category: 'skills_capacity',
	sector: 'cross_cutting',
	stage: 'enabling',
	severity: 'critical',
	assessment: 'partially_met',
	ownerCity: 'Thessaloniki',
	ownerDepartment: 'Τμήμα Ενέργειας',
	ownerPerson: 'Ана Петрова',
	status: 'action_planned',
	evidence: [
		{ source: 'inventory', url: 'https://example.org/report?a=1&b=2', text: 'Staff list, 2024' },
		{ source: 'survey', text: 'Asked 40 people | 12 answered' },
	],
	peerSuggestions: [
		{ city: 'Lisbon', text: 'Share an energy manager with the region' },
		{ city: '北京', text: '培训计划 🌱' },
	],
	dueDate: '2026-03-31',
	visibility: 'cohort',
};

const roundTrip = (rows: { id: string; values: GapFieldValues }[]) => parseGapCsv(gapsToCsv(rows));

describe('gap CSV [D12]', () => {
	it('[D12] round-trips every field, quotes, commas, line breaks and any script', () => {
		const rows = [
			{ id: 'gap-1', values: full },
			{ id: 'gap_2', values: { title: 'مكتب الطاقة 🌍', description: '- not a minus sign' } },
			{ id: 'G3', values: { title: 'Only a title' } },
		];
		const result = roundTrip(rows);
		expect(result.issues).toEqual([]);
		expect(result.ignoredColumns).toEqual([]);
		expect(result.rows.map(({ id, values }) => ({ id, values }))).toEqual(rows);
	});

	it('[D12] writes the header of GAP_CSV_COLUMNS with CRLF after every line and no BOM', () => {
		const csv = gapsToCsv([{ id: 'g1', values: { title: 'A', status: 'resolved' } }]);
		const header = GAP_CSV_COLUMNS.join(',');
		expect(GAP_CSV_COLUMNS[0]).toBe('id');
		expect(csv).toBe(`${header}\r\ng1,A,,,,,,,,,,resolved,,,,\r\n`);
		expect(gapsToCsv([])).toBe(`${header}\r\n`);
	});

	it('[D12] escapes cells a spreadsheet would run as formulas, and reads them back', () => {
		const values: GapFieldValues = {
			title: '=HYPERLINK("http://evil.example","click")',
			description: '-2 staff since 2023',
			ownerCity: '+30 2310',
			ownerDepartment: '@energy',
			ownerPerson: "'=already quoted",
			peerSuggestions: [{ city: '=cmd', text: 'x' }],
		};
		const csv = gapsToCsv([{ id: 'g1', values }]);
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
		expect(csv).toContain(`"'-2 staff since 2023"`);
		expect(csv).toContain(`"'+30 2310"`);
		expect(csv).toContain(`"'@energy"`);
		expect(csv).toContain(`"''=already quoted"`);
		expect(csv).toContain(`"'=cmd | x"`);
		const tabbed = gapsToCsv([{ id: 'g2', values: { title: 'T', description: '\tindented' } }]);
		expect(tabbed).toContain(`"'\tindented"`);
		expect(parseGapCsv(csv).rows[0]?.values).toEqual(values);
		expect(parseGapCsv(tabbed).rows[0]?.values).toEqual({ title: 'T', description: '\tindented' });
	});

	it('[D12] writes list entries one per line, line breaks in an entry as spaces', () => {
		const csv = gapsToCsv([
			{
				id: 'g1',
				values: {
					title: 'T',
					evidence: [
						{ source: 'survey', text: 'first\nsecond' },
						{ source: 'peer_review', url: 'https://a.example/x', text: 'ok' },
					],
					peerSuggestions: [{ city: 'Porto', text: 'one\r\n\r\ntwo' }],
				},
			},
		]);
		expect(csv).toContain('"survey |  | first second\npeer_review | https://a.example/x | ok"');
		expect(csv).toContain(',Porto | one two,');
	});

	it('[D12] reads semicolons, a BOM, LF line ends, any case and spelling of ids', () => {
		const csv =
			'\ufeffTitle; STATUS ;Assessment;Sector;Evidence;Notes\n' +
			'Heat plan;In progress;Partially met;cross cutting;"Survey | | 40 answers";ignored\n';
		const result = parseGapCsv(csv);
		expect(result.issues).toEqual([]);
		expect(result.ignoredColumns).toEqual(['Notes']);
		expect(result.columns).toEqual(['title', 'status', 'assessment', 'sector', 'evidence']);
		expect(result.rows).toEqual([
			{
				line: 2,
				values: {
					title: 'Heat plan',
					status: 'in_progress',
					assessment: 'partially_met',
					sector: 'cross_cutting',
					evidence: [{ source: 'survey', text: '40 answers' }],
				},
			},
		]);
	});

	it('[D12] reports every bad cell with its line and column, and keeps the good rows', () => {
		const csv = [
			'id,title,description,status,dueDate,evidence,peerSuggestions',
			'a1,Good one,"two\nlines",identified,,,',
			'',
			'a2,,,,,,',
			'a3,Bad status,,done,2026-13-01,,',
			'a4,Good two,,,,"survey | | ok",',
			'bad id!,Bad list,,,,"survey | not a url | x","no bar here"',
			'a1,Duplicate,,,,,',
			'a5,' + 'x'.repeat(201) + ',,,,,',
		].join('\r\n');
		const result = parseGapCsv(csv);
		expect(result.rows.map((row) => [row.line, row.id, row.values.title])).toEqual([
			[2, 'a1', 'Good one'],
			[7, 'a4', 'Good two'],
		]);
		expect(result.issues.map(({ line, column }) => [line, column])).toEqual([
			[5, 'title'],
			[6, 'status'],
			[6, 'dueDate'],
			[8, 'id'],
			[8, 'evidence'],
			[8, 'peerSuggestions'],
			[9, 'id'],
			[10, 'title'],
		]);
		const messages = result.issues.map((issue) => issue.message);
		expect(messages[1]).toMatch(/^status: "done" is not one of identified, analysing/);
		expect(messages[2]).toMatch(/^dueDate: .*YYYY-MM-DD/);
		expect(messages[4]).toMatch(/^evidence: entry 1: .*source \| url \| text/);
		expect(messages[5]).toMatch(/^peerSuggestions: entry 1: .*city \| text/);
		expect(messages[6]).toBe('id: "a1" is already on line 2');
	});

	it('[D12] refuses a file without a title column, an empty file, and unclosed quotes', () => {
		expect(parseGapCsv('id,name\n1,Heat plan')).toMatchObject({
			rows: [],
			issues: [{ line: 0, message: expect.stringContaining('"title"') }],
			ignoredColumns: ['name'],
		});
		expect(parseGapCsv('\ufeff\r\n \r\n').issues).toEqual([
			{ line: 0, message: 'The file is empty.' },
		]);
		const unclosed = parseGapCsv('title,description\nFine,ok\nBroken,"never closed\nstill,open');
		expect(unclosed.rows.map((row) => row.values.title)).toEqual(['Fine']);
		expect(unclosed.issues).toEqual([{ line: 3, message: expect.stringContaining('quoted') }]);
	});

	it('[D12] refuses more than maxRows rows, blank lines not counted', () => {
		const lines = (n: number) => ['title', ...Array.from({ length: n }, (_, i) => `Gap ${i}`)];
		const atLimit = parseGapCsv([...lines(3), '', ''].join('\n'), { maxRows: 3 });
		expect(atLimit.issues).toEqual([]);
		expect(atLimit.rows).toHaveLength(3);
		const over = parseGapCsv(lines(4).join('\n'), { maxRows: 3 });
		expect(over.rows).toEqual([]);
		expect(over.issues).toEqual([{ line: 0, message: expect.stringContaining('more than 3') }]);
		expect(parseGapCsv(lines(2001).join('\n')).issues[0]?.message).toContain('2000');
	});
});
