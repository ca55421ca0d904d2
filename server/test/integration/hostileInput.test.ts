import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGapCsv, type BoardCreated, type BoardInfo } from '@groundwork/protocol';
import { SQLITE_FILE } from '../../src/storage/SqliteDocStorage.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

// Malformed and hostile REST bodies: each is refused with a clear 4xx (or, for CSV cells, read
// as plain text) and nothing is stored. What http.test.ts, history.test.ts and gapsRouter.test.ts
// already prove (invalid JSON, 32 kB and 20 MB limits, form bodies, `$proto` values, malformed
// CSV rows) is not repeated here.

interface ErrorAnswer {
	error: { code: string; message: string; issues?: { path?: string; message: string }[] };
}

/** A body of `depth` nested arrays. */
const deepArray = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
/** A body of `depth` nested objects. */
const deepObject = (depth: number): string => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

/** A backup envelope around `content` (JSON text), valid apart from what a case changes. */
function backup(content: string, extra = ''): string {
	return (
		'{"format":"groundwork-board","version":1,"exportedAt":"",' +
		`"board":{"title":"Imported","template":"netzero-roadmap"}${extra},"content":${content}}`
	);
}
/** Backup content whose `cards` root is `cards` (JSON text), every other root empty. */
const withCards = (cards: string): string =>
	`{"meta":{},"layout":{},"frames":{},"cards":${cards},"gaps":{},"links":{}}`;

describe('hostile REST bodies', () => {
	let server: TestServer;
	let board: BoardCreated;
	const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

	beforeAll(async () => {
		server = await startTestServer();
		board = await server.createBoard('Original title');
	});
	afterAll(async () => {
		await server.close({ removeData: true });
		// The server runs in this process: nothing may have reached Object.prototype.
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});

	/** How many boards the catalog holds (read from the SQLite file). */
	function boardCount(): number {
		const db = new Database(path.join(server.dataDir, SQLITE_FILE), { readonly: true });
		try {
			return (db.prepare('SELECT COUNT(*) AS n FROM boards').get() as { n: number }).n;
		} finally {
			db.close();
		}
	}

	const storedUpdates = async (): Promise<number> =>
		(await server.storage.docs.loadUpdates(board.id)).length;

	async function send(
		method: string,
		route: string,
		body: string | Uint8Array,
		headers: Record<string, string> = { 'content-type': 'application/json' },
	): Promise<{ status: number; error: ErrorAnswer['error'] | undefined }> {
		const res = await fetch(`${server.httpUrl}${route}`, { method, headers, body });
		const text = await res.text();
		const parsed = text.startsWith('{') ? (JSON.parse(text) as Partial<ErrorAnswer>) : {};
		return { status: res.status, error: parsed.error };
	}

	const json = (token = board.tokens.facilitator) => ({
		'content-type': 'application/json',
		authorization: `Bearer ${token}`,
	});

	it('[H1][H3] POST /api/boards: prototype keys, deep nesting, non-objects, other types and encodings are refused; no board is created', async () => {
		const before = boardCount();
		const cases: [string, string, Record<string, string>, number, string][] = [
			[
				'__proto__ key',
				'{"__proto__":{"admin":true},"title":"x","template":"netzero-roadmap"}',
				{ 'content-type': 'application/json' },
				400,
				'invalid_body',
			],
			[
				'constructor.prototype',
				'{"constructor":{"prototype":{"admin":true}},"title":"x","template":"netzero-roadmap"}',
				{ 'content-type': 'application/json' },
				400,
				'invalid_body',
			],
			[
				'5,000 nested arrays',
				`{"title":${deepArray(5000)},"template":"netzero-roadmap"}`,
				{ 'content-type': 'application/json' },
				400,
				'invalid_body',
			],
			[
				'3,000 nested objects',
				`{"title":${deepObject(3000)},"template":"netzero-roadmap"}`,
				{ 'content-type': 'application/json' },
				400,
				'invalid_body',
			],
			['null', 'null', { 'content-type': 'application/json' }, 400, 'invalid_json'],
			['a number', '42', { 'content-type': 'application/json' }, 400, 'invalid_json'],
			['a string', '"board"', { 'content-type': 'application/json' }, 400, 'invalid_json'],
			[
				'text/json',
				'{"title":"x","template":"netzero-roadmap"}',
				{ 'content-type': 'text/json' },
				415,
				'unsupported_media_type',
			],
			[
				'multipart',
				'--b\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--b--\r\n',
				{ 'content-type': 'multipart/form-data; boundary=b' },
				415,
				'unsupported_media_type',
			],
			['no content type', '{"title":"x"}', {}, 415, 'unsupported_media_type'],
			[
				'gzip that is not gzip',
				'{"title":"x","template":"netzero-roadmap"}',
				{ 'content-type': 'application/json', 'content-encoding': 'gzip' },
				400,
				'bad_request',
			],
			[
				'an unknown encoding',
				'{"title":"x","template":"netzero-roadmap"}',
				{ 'content-type': 'application/json', 'content-encoding': 'x-evil' },
				415,
				'bad_request',
			],
		];
		for (const [name, body, headers, status, code] of cases) {
			const { status: got, error } = await send('POST', '/api/boards', body, headers);
			expect([got, error?.code], name).toEqual([status, code]);
			expect(error?.message.length, name).toBeGreaterThan(0);
		}
		expect(boardCount()).toBe(before);
	});

	it('[V5] POST /api/boards/import: other types, __proto__ keys anywhere, deep nesting and wrong shapes answer 4xx; nothing is stored', async () => {
		const before = boardCount();
		const post = (body: string, headers?: Record<string, string>) =>
			send('POST', '/api/boards/import', body, headers);

		for (const headers of [{ 'content-type': 'text/plain' }, {}] as Record<string, string>[]) {
			const { status, error } = await post(backup(withCards('{}')), headers);
			expect([status, error?.code]).toEqual([415, 'unsupported_media_type']);
		}
		for (const body of ['null', '7', '"backup"']) {
			const { status, error } = await post(body);
			expect([status, error?.code], body).toEqual([400, 'invalid_json']);
		}

		const refused: [string, string, RegExp][] = [
			[
				'__proto__ beside the envelope',
				backup(withCards('{}'), ',"__proto__":{"x":1}'),
				/__proto__/,
			],
			[
				'__proto__ as a card id',
				backup(withCards('{"__proto__":{"$map":{"id":"x"}}}')),
				/__proto__/,
			],
			[
				'__proto__ inside a card',
				backup(withCards('{"c1":{"$map":{"__proto__":{"$text":"x"}}}}')),
				/__proto__/,
			],
			[
				'__proto__ inside a JSON value',
				backup(withCards('{"c1":{"$json":{"a":[{"__proto__":{"polluted":"yes"}}]}}}')),
				/__proto__/,
			],
			[
				'100,000 nested arrays in a JSON value',
				backup(withCards(`{"c1":{"$json":${deepArray(100_000)}}}`)),
				/Nested/,
			],
			[
				'100,000 nested objects beside the envelope',
				backup(withCards('{}'), `,"x":${deepObject(100_000)}`),
				/Nested/,
			],
			[
				'maps nested 20 deep',
				backup(withCards(`{"c1":${'{"$map":{"a":'.repeat(20)}1${'}}'.repeat(20)}}`)),
				/./,
			],
			['an array', '[]', /./],
			[
				'a version as a string',
				backup(withCards('{}')).replace('"version":1', '"version":"1"'),
				/./,
			],
			['a root that is an array', backup(withCards('[]')), /./],
			['a missing root', backup('{"meta":{},"cards":{}}'), /./],
			['an unknown root', backup(withCards('{}').replace('{"meta"', '{"secrets":{},"meta"')), /./],
			['a text that is a number', backup(withCards('{"c1":{"$text":5}}')), /./],
			['two kinds in one value', backup(withCards('{"c1":{"$text":"a","$map":{}}}')), /./],
			['an unknown template', backup(withCards('{}')).replace('netzero-roadmap', 'evil'), /./],
			[
				'a title of 10,000 characters',
				backup(withCards('{}')).replace('"Imported"', `"${'t'.repeat(10_000)}"`),
				/./,
			],
			['a card id of 1,000 characters', backup(withCards(`{"${'c'.repeat(1000)}":1}`)), /./],
		];
		for (const [name, body, message] of refused) {
			const { status, error } = await post(body);
			expect([status, error?.code], name).toEqual([422, 'invalid_backup']);
			const issues = (error?.issues ?? []).map((issue) => `${issue.path}: ${issue.message}`);
			expect(issues.join('\n'), name).toMatch(message);
		}
		expect(boardCount()).toBe(before);
		// A well-formed backup still imports (the checks above are not refusing everything).
		expect((await post(backup(withCards('{"c1":{"$map":{"id":"c1"}}}')))).status).toBe(201);
		expect(boardCount()).toBe(before + 1);
	});

	it('[H6][H7] PATCH and link rotation refuse hostile bodies and change nothing', async () => {
		const route = `/api/boards/${board.id}`;
		const cases: [string, string, string, Record<string, string>, number][] = [
			['PATCH', route, '{"__proto__":{"title":"Hacked"}}', json(), 400],
			['PATCH', route, '{"title":"Hacked","__proto__":{"archived":true}}', json(), 400],
			['PATCH', route, `{"title":${deepArray(5000)}}`, json(), 400],
			['PATCH', route, '{"title":', json(), 400],
			['PATCH', route, 'title=Hacked', { ...json(), 'content-type': 'text/plain' }, 415],
			['POST', `${route}/links/rotate`, '{"roles":["__proto__"]}', json(), 400],
			['POST', `${route}/links/rotate`, '{"__proto__":{"roles":["viewer"]}}', json(), 400],
			['POST', `${route}/links/rotate`, `{"roles":${deepArray(5000)}}`, json(), 400],
			['POST', `${route}/links/rotate`, '{"roles":"viewer"}', json(), 400],
		];
		for (const [method, at, body, headers, status] of cases) {
			const answer = await send(method, at, body, headers);
			expect(answer.status, `${method} ${body.slice(0, 40)}`).toBe(status);
			expect(answer.error?.message.length).toBeGreaterThan(0);
		}
		// Every role's token still works (no generation was raised) and the board is as it was.
		for (const role of ['facilitator', 'participant', 'viewer'] as const) {
			const res = await fetch(`${server.httpUrl}${route}`, {
				headers: { authorization: `Bearer ${board.tokens[role]}` },
			});
			expect(res.status, role).toBe(200);
			const info = (await res.json()) as BoardInfo;
			expect([info.title, info.archived]).toEqual(['Original title', false]);
		}
	});

	it('[V1][V4] saving and restoring versions refuse hostile bodies and store nothing', async () => {
		const route = `/api/boards/${board.id}/versions`;
		const before = await storedUpdates();
		for (const body of [
			'{"__proto__":{"label":"x"}}',
			`{"label":${deepArray(5000)}}`,
			`{"label":"${'l'.repeat(5000)}"}`,
			'{"label":',
		]) {
			const { status } = await send('POST', route, body, json());
			expect(status, body.slice(0, 40)).toBe(400);
		}
		for (const body of ['{"__proto__":{"cards":["x"]}}', `{"cards":${deepArray(5000)}}`]) {
			const { status } = await send('POST', `${route}/nope/restore`, body, json());
			expect(status, body.slice(0, 40)).toBe(400);
		}
		const list = await fetch(`${server.httpUrl}${route}`, { headers: json() });
		expect(((await list.json()) as { versions: unknown[] }).versions).toEqual([]);
		expect(await storedUpdates()).toBe(before);
	});

	it('[K1][K4] cohort routes refuse hostile bodies and create no cohort', async () => {
		const cases: [string, string, number][] = [
			['/api/cohorts', '{"title":', 400],
			['/api/cohorts', '{"__proto__":{"kind":"seminar"},"title":"x"}', 400],
			['/api/cohorts', `{"title":"x","kind":"seminar","extra":${deepObject(5000)}}`, 400],
			[
				'/api/cohorts',
				JSON.stringify({ title: 'x', kind: 'seminar', pad: 'p'.repeat(300_000) }),
				413,
			],
			['/api/cohorts/join', '{"__proto__":{"invite":"x"},"kind":"seminar"}', 400],
			['/api/cohorts/join', `{"invite":${deepArray(5000)},"kind":"seminar"}`, 400],
		];
		for (const [route, body, status] of cases) {
			const answer = await send('POST', route, body, json());
			expect(answer.status, `${route} ${body.slice(0, 40)}`).toBe(status);
			expect(answer.error?.message.length).toBeGreaterThan(0);
		}
		const mine = await fetch(`${server.httpUrl}/api/cohorts/mine`, { headers: json() });
		expect(await mine.json()).toEqual({ cohorts: [] });
	});

	describe('[H4][D12] gap CSV import', () => {
		const importCsv = (body: string | Uint8Array, type = 'text/csv') =>
			fetch(`${server.httpUrl}/api/boards/${board.id}/gaps/import`, {
				method: 'POST',
				headers: { authorization: `Bearer ${board.tokens.participant}`, 'content-type': type },
				body,
			});
		const exported = async () =>
			parseGapCsv(
				await (
					await fetch(
						`${server.httpUrl}/api/boards/${board.id}/gaps.csv?token=${encodeURIComponent(board.tokens.viewer)}`,
					)
				).text(),
			).rows.map((row) => ({ id: row.id, ...row.values }));

		it('a hostile header costs time linear in its size: 1 MB of column names, or one name 150,000 times', async () => {
			const before = await storedUpdates();
			let header = 'title';
			for (let i = 0; header.length < 990_000; i++) header += `,c${i}`;
			const started = Date.now();
			const names = await importCsv(`${header}\r\nHeader test\r\n`);
			expect(names.status).toBe(200);
			const answer = (await names.json()) as { created: number; ignoredColumns: string[] };
			expect(answer.created).toBe(1);
			expect(answer.ignoredColumns.length).toBeGreaterThan(100_000);

			const repeated = await importCsv(`title${',title'.repeat(150_000)}\r\nx\r\n`);
			expect(repeated.status).toBe(422);
			const { error } = (await repeated.json()) as ErrorAnswer;
			// One issue for the repeated column, not one per repetition.
			expect(error.issues).toEqual([
				{ line: 0, column: 'title', message: 'The column "title" appears twice.' },
			]);
			// Quadratic header handling took 36 s for the first file on this machine.
			expect(Date.now() - started).toBeLessThan(10_000);
			expect(await storedUpdates()).toBe(before + 1);
		});

		it('control characters, invalid UTF-8, __proto__ ids and columns and formulas are read as plain text', async () => {
			const csv = Buffer.concat([
				Buffer.from('id,title,description,__proto__,constructor\r\n'),
				Buffer.from('__proto__,Nul\u0000and\u0007bell,"=cmd|\' /C calc\'!A0",x,y\r\n'),
				Buffer.from(',Bad '),
				Buffer.from([0xff, 0xfe]),
				Buffer.from(' bytes,@SUM(1+1),,\r\n'),
			]);
			const res = await importCsv(csv);
			expect(res.status).toBe(200);
			expect(await res.json()).toEqual({
				created: 2,
				updated: 0,
				ignoredColumns: ['__proto__', 'constructor'],
			});
			const gaps = await exported();
			const proto = gaps.find((gap) => String(gap.title).startsWith('Nul'));
			// A new gap with an id of its own; the cells are text, the unknown columns ignored.
			expect(proto?.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
			expect(proto?.id).not.toBe('__proto__');
			expect(proto?.description).toBe("=cmd|' /C calc'!A0");
			expect(gaps.find((gap) => gap.description === '@SUM(1+1)')?.title).toBe(
				'Bad \ufffd\ufffd bytes',
			);
			// Formulas are stored as typed and exported neutralised ([D12]).
			const text = await (
				await fetch(
					`${server.httpUrl}/api/boards/${board.id}/gaps.csv?token=${encodeURIComponent(board.tokens.viewer)}`,
				)
			).text();
			expect(text).toContain(`"'=cmd|' /C calc'!A0"`);
			expect(text).toContain(`"'@SUM(1+1)"`);
		});

		it('UTF-16 is read as declared; other types, binary files and undeclared UTF-16 are refused and store nothing', async () => {
			const utf16 = Buffer.from('\ufefftitle\r\nSixteen\r\n', 'utf16le');
			const declared = await importCsv(utf16, 'text/csv; charset=utf-16le');
			expect(declared.status).toBe(200);
			expect((await exported()).some((gap) => gap.title === 'Sixteen')).toBe(true);

			const before = await storedUpdates();
			const answers = [
				await importCsv(utf16),
				await importCsv('title\nA\n', 'text/plain'),
				await importCsv('title\nA\n', 'application/vnd.ms-excel'),
				await importCsv('\u0000\u0000\u0000'),
				await importCsv(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])), // a zip (xlsx)
			];
			expect(answers.map((res) => res.status)).toEqual([422, 415, 415, 422, 422]);
			expect(await storedUpdates()).toBe(before);
		});
	});
});
