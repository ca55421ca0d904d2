import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCode, type ApiError, type BoardCreated, type BoardInfo } from '@groundwork/protocol';
import { signToken, verifyToken } from '../../src/auth/tokens.js';
import { startTestServer, TEST_SECRET, type TestServer } from '../support/testServer.js';
import { openRawSocket } from '../support/rawSocket.js';

describe('HTTP API', () => {
	let server: TestServer;
	beforeEach(async () => {
		server = await startTestServer();
	});
	afterEach(async () => {
		await server.close({ removeData: true });
	});

	const post = (body: string, contentType = 'application/json') =>
		fetch(`${server.httpUrl}/api/boards`, {
			method: 'POST',
			headers: { 'content-type': contentType },
			body,
		});

	it('[H1] creates a board with one link and one token per role', async () => {
		const res = await post(
			JSON.stringify({ title: '  Planning seminar ', template: 'netzero-roadmap' }),
		);
		expect(res.status).toBe(201);
		const board = (await res.json()) as BoardCreated;
		expect(board.title).toBe('Planning seminar');
		for (const role of ['facilitator', 'participant', 'viewer'] as const) {
			const verdict = verifyToken(board.tokens[role], board.id, TEST_SECRET);
			expect(verdict.ok && verdict.claims.role).toBe(role);
			expect(board.links[role]).toBe(
				`${server.httpUrl}/b/${board.id}?token=${encodeURIComponent(board.tokens[role])}`,
			);
		}
	});

	it('[H1][H3] refuses bad bodies with a precise 4xx', async () => {
		const cases: [string, string, number, string][] = [
			['{"title":"","template":"netzero-roadmap"}', 'application/json', 400, 'invalid_body'],
			['{"title":"x","template":"kanban"}', 'application/json', 400, 'invalid_body'],
			[
				'{"title":"x","template":"netzero-roadmap","admin":true}',
				'application/json',
				400,
				'invalid_body',
			],
			['[]', 'application/json', 400, 'invalid_body'],
			['{"title":', 'application/json', 400, 'invalid_json'],
			['title=x', 'application/x-www-form-urlencoded', 415, 'unsupported_media_type'],
			[
				JSON.stringify({ title: 'x'.repeat(40_000), template: 'netzero-roadmap' }),
				'application/json',
				413,
				'too_large',
			],
		];
		for (const [body, type, status, code] of cases) {
			const res = await post(body, type);
			expect(res.status, body.slice(0, 40)).toBe(status);
			const error = (await res.json()) as ApiError;
			expect(error.error.code).toBe(code);
			expect(error.error.message.length).toBeGreaterThan(0);
		}
		const res = await post('{"title":"","template":"kanban"}');
		const { error } = (await res.json()) as ApiError;
		expect(error.issues?.map((issue) => issue.path).sort()).toEqual(['template', 'title']);
	});

	it("[H2] answers a board's metadata and the caller's role, by header or query", async () => {
		const board = await server.createBoard('Metadata');
		const byHeader = await fetch(`${server.httpUrl}/api/boards/${board.id}`, {
			headers: { authorization: `Bearer ${board.tokens.viewer}` },
		});
		expect(byHeader.status).toBe(200);
		const info = (await byHeader.json()) as BoardInfo;
		expect(info).toMatchObject({
			id: board.id,
			title: 'Metadata',
			template: 'netzero-roadmap',
			role: 'viewer',
		});
		expect(Number.isNaN(Date.parse(info.createdAt))).toBe(false);
		const byQuery = await fetch(
			`${server.httpUrl}/api/boards/${board.id}?token=${board.tokens.participant}`,
		);
		expect(((await byQuery.json()) as BoardInfo).role).toBe('participant');
	});

	it('[H2] 401 without or with a bad token, 404 for an unknown board', async () => {
		const board = await server.createBoard();
		const other = await server.createBoard();
		const url = `${server.httpUrl}/api/boards/${board.id}`;
		expect((await fetch(url)).status).toBe(401);
		expect((await fetch(url, { headers: { authorization: 'Bearer nonsense' } })).status).toBe(401);
		expect(
			(await fetch(url, { headers: { authorization: `Bearer ${other.tokens.facilitator}` } }))
				.status,
		).toBe(401);
		const ghost = signToken(
			{ boardId: 'GhostBoard0001', role: 'viewer', expiresAt: Date.now() + 60_000 },
			TEST_SECRET,
		);
		const missing = await fetch(`${server.httpUrl}/api/boards/GhostBoard0001`, {
			headers: { authorization: `Bearer ${ghost}` },
		});
		expect(missing.status).toBe(404);
		expect(((await missing.json()) as ApiError).error.code).toBe('not_found');
	});

	it('answers /healthz with JSON', async () => {
		const res = await fetch(`${server.httpUrl}/healthz`);
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({ status: 'ok' });
		expect(res.headers.get('referrer-policy')).toBe('no-referrer');
	});

	it('[L3] shutdown closes connections with 1001', async () => {
		const board = await server.createBoard();
		const raw = openRawSocket(`${server.syncUrl}/${board.id}?token=${board.tokens.participant}`);
		await raw.opened;
		const closing = server.close();
		expect((await raw.closed).code).toBe(CloseCode.goingAway);
		await closing;
		server = await startTestServer();
	});
});
