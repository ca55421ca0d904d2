import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
	CloseCode,
	META,
	metaMap,
	type ApiError,
	type BoardCreated,
	type BoardInfo,
	type LinksRotated,
	type Role,
} from '@groundwork/protocol';
import { verifyToken } from '../../src/auth/tokens.js';
import { openRawSocket, type RawSocket } from '../support/rawSocket.js';
import { connectBackend, startTestRedis, type TestRedis } from '../support/redisServer.js';
import { connectSession, type SessionClient } from '../support/sessionClient.js';
import { connectClient, type SyncClient } from '../support/syncClient.js';
import { TEST_SECRET, startTestServer, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

const servers: TestServer[] = [];
const sessions: SessionClient[] = [];
const raws: RawSocket[] = [];
const clients: SyncClient[] = [];

afterEach(async () => {
	for (const client of clients.splice(0)) client.destroy();
	for (const client of sessions.splice(0)) client.close();
	for (const raw of raws.splice(0)) raw.socket.terminate();
	for (const server of servers.splice(0)) await server.close({ removeData: true });
});

async function start(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
	const server = await startTestServer(options);
	servers.push(server);
	return server;
}

/** A raw sync WebSocket with `token`; resolves once open (or closed, when refused). */
function rawSync(server: TestServer, boardId: string, token: string): RawSocket {
	const raw = openRawSocket(`${server.syncUrl}/${boardId}?token=${encodeURIComponent(token)}`);
	raws.push(raw);
	return raw;
}

/** A session (socket.io) connection with `token`, welcomed. */
async function welcomed(
	server: TestServer,
	boardId: string,
	token: string,
): Promise<SessionClient> {
	const client = session(server, boardId, token);
	await client.welcome;
	return client;
}

function session(server: TestServer, boardId: string, token: string): SessionClient {
	const client = connectSession(server.httpUrl, boardId, token);
	sessions.push(client);
	return client;
}

/** Resolves with the reason once the server disconnects the session. */
function disconnected(client: SessionClient): Promise<string> {
	return new Promise((resolve) => client.socket.once('disconnect', (reason) => resolve(reason)));
}

async function api(
	server: TestServer,
	method: string,
	path: string,
	token: string | undefined,
	body?: unknown,
	contentType = 'application/json',
): Promise<{ status: number; json: unknown }> {
	const res = await fetch(`${server.httpUrl}${path}`, {
		method,
		headers: {
			...(token ? { authorization: `Bearer ${token}` } : {}),
			...(body === undefined ? {} : { 'content-type': contentType }),
		},
		...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
	});
	const text = await res.text();
	return { status: res.status, json: text ? (JSON.parse(text) as unknown) : undefined };
}

function errorCode(answer: { json: unknown }): string | undefined {
	return (answer.json as ApiError | undefined)?.error.code;
}

function rotate(server: TestServer, board: BoardCreated, token: string, roles: Role[]) {
	return api(server, 'POST', `/api/boards/${board.id}/links/rotate`, token, { roles });
}

describe('[T6] rotated links on one instance', () => {
	it('[T6] after rotating the participant links the old participant token is refused by HTTP and WebSocket alike and its open connections close, while viewer tokens still work', async () => {
		const server = await start();
		const board = await server.createBoard('Lyon');
		const old = board.tokens.participant;
		const participantSync = rawSync(server, board.id, old);
		const viewerSync = rawSync(server, board.id, board.tokens.viewer);
		await Promise.all([participantSync.opened, viewerSync.opened]);
		const participantSession = await welcomed(server, board.id, old);
		const viewerSession = await welcomed(server, board.id, board.tokens.viewer);
		const participantGone = disconnected(participantSession);

		const answer = await rotate(server, board, board.tokens.facilitator, ['participant']);
		expect(answer.status).toBe(200);
		const rotated = answer.json as LinksRotated;
		expect(Object.keys(rotated.tokens)).toEqual(['participant']);
		expect(Object.keys(rotated.links)).toEqual(['participant']);
		const fresh = rotated.tokens.participant ?? '';
		expect(fresh).not.toBe(old);
		expect(rotated.links.participant).toBe(
			`${server.httpUrl}/b/${board.id}?token=${encodeURIComponent(fresh)}`,
		);
		expect(verifyToken(fresh, board.id, TEST_SECRET)).toMatchObject({
			ok: true,
			claims: { role: 'participant', generation: 1 },
		});

		// Open connections with the old token are closed.
		expect(await participantSync.closed).toEqual({
			code: CloseCode.unauthorized,
			reason: 'revoked',
		});
		expect(await participantGone).toBe('io server disconnect');

		// New ones are refused: HTTP (every board route), the sync WebSocket, the session handshake.
		const get = await api(server, 'GET', `/api/boards/${board.id}`, old);
		expect(get.status).toBe(401);
		expect(errorCode(get)).toBe('revoked');
		const csv = await fetch(`${server.httpUrl}/api/boards/${board.id}/gaps.csv?token=${old}`);
		expect(csv.status).toBe(401);
		expect(((await csv.json()) as ApiError).error.code).toBe('revoked');
		const refused = rawSync(server, board.id, old);
		expect(await refused.closed).toEqual({ code: CloseCode.unauthorized, reason: 'revoked' });
		expect(refused.received).toEqual([]);
		expect(await session(server, board.id, old).refused).toEqual({
			message: 'revoked',
			code: CloseCode.unauthorized,
		});

		// The new participant link works; the viewer's connections were left alone.
		expect((await api(server, 'GET', `/api/boards/${board.id}`, fresh)).status).toBe(200);
		const again = rawSync(server, board.id, fresh);
		await again.opened;
		await waitFor(() => again.received.length > 0, { message: 'sync step 1 on the new link' });
		await welcomed(server, board.id, fresh);
		expect(viewerSync.socket.readyState).toBe(WebSocket.OPEN);
		expect(viewerSession.socket.connected).toBe(true);
		const viewerInfo = await api(server, 'GET', `/api/boards/${board.id}`, board.tokens.viewer);
		expect(viewerInfo.status).toBe(200);
		expect((viewerInfo.json as BoardInfo).role).toBe('viewer');
	});

	it('[T6] rotating every role revokes the caller’s own facilitator link and answers a new one', async () => {
		const server = await start();
		const board = await server.createBoard();
		const own = rawSync(server, board.id, board.tokens.facilitator);
		await own.opened;
		const answer = await rotate(server, board, board.tokens.facilitator, [
			'viewer',
			'participant',
			'facilitator',
		]);
		expect(answer.status).toBe(200);
		const rotated = answer.json as LinksRotated;
		expect(Object.keys(rotated.links).sort()).toEqual(['facilitator', 'participant', 'viewer']);
		expect((await own.closed).code).toBe(CloseCode.unauthorized);
		for (const role of ['facilitator', 'participant', 'viewer'] as const) {
			expect((await api(server, 'GET', `/api/boards/${board.id}`, board.tokens[role])).status).toBe(
				401,
			);
			const info = await api(server, 'GET', `/api/boards/${board.id}`, rotated.tokens[role]);
			expect((info.json as BoardInfo).role).toBe(role);
		}
		// Rotating again with the new facilitator token works; the first one is refused.
		expect((await rotate(server, board, board.tokens.facilitator, ['viewer'])).status).toBe(401);
		const second = await rotate(server, board, rotated.tokens.facilitator ?? '', ['viewer']);
		expect(second.status).toBe(200);
		const viewerToken = (second.json as LinksRotated).tokens.viewer ?? '';
		expect(verifyToken(viewerToken, board.id, TEST_SECRET)).toMatchObject({
			claims: { generation: 2 },
		});
	});

	it('[H6] a bad rotate body answers 400 invalid_body, 415 when not JSON, and changes nothing', async () => {
		const server = await start();
		const board = await server.createBoard();
		const path = `/api/boards/${board.id}/links/rotate`;
		const token = board.tokens.facilitator;
		for (const body of [{}, { roles: [] }, { roles: ['owner'] }, { roles: ['viewer', 'viewer'] }]) {
			const answer = await api(server, 'POST', path, token, body);
			expect(answer.status, JSON.stringify(body)).toBe(400);
			expect(errorCode(answer)).toBe('invalid_body');
			expect((answer.json as ApiError).error.issues?.length).toBeGreaterThan(0);
		}
		expect(errorCode(await api(server, 'POST', path, token, '{"roles":'))).toBe('invalid_json');
		expect((await api(server, 'POST', path, token, 'roles=viewer', 'text/plain')).status).toBe(415);
		expect((await api(server, 'GET', `/api/boards/${board.id}`, board.tokens.viewer)).status).toBe(
			200,
		);
	});
});

describe('[H7] [H8] renaming, archiving and deleting a board', () => {
	it('[H7] a rename shows live to a connected client; GET answers the new title and archived', async () => {
		const server = await start();
		const board = await server.createBoard('Lyon');
		const viewer = connectClient(server.syncUrl, board.id, board.tokens.viewer);
		clients.push(viewer);
		await viewer.synced();
		expect(metaMap(viewer.doc).get(META.title)).toBe('Lyon');

		const title = 'Lyon – 2040 roadmap ’26';
		const renamed = await api(
			server,
			'PATCH',
			`/api/boards/${board.id}`,
			board.tokens.facilitator,
			{
				title: `  ${title} `,
			},
		);
		expect(renamed.status).toBe(200);
		expect(renamed.json).toMatchObject({
			id: board.id,
			title,
			role: 'facilitator',
			archived: false,
		});
		await waitFor(() => metaMap(viewer.doc).get(META.title) === title, {
			message: 'the new title on the connected client',
		});

		const archived = await api(
			server,
			'PATCH',
			`/api/boards/${board.id}`,
			board.tokens.facilitator,
			{
				archived: true,
			},
		);
		expect(archived.json).toMatchObject({ title, archived: true });
		const info = await api(server, 'GET', `/api/boards/${board.id}`, board.tokens.participant);
		expect(info.json).toMatchObject({ title, archived: true, role: 'participant' });
		const back = await api(server, 'PATCH', `/api/boards/${board.id}`, board.tokens.facilitator, {
			archived: false,
		});
		expect(back.json).toMatchObject({ archived: false });
	});

	it('[H7] a bad PATCH body answers a precise 400, 415 when not JSON', async () => {
		const server = await start();
		const board = await server.createBoard('Kept');
		const path = `/api/boards/${board.id}`;
		const token = board.tokens.facilitator;
		const cases: [unknown, string[]][] = [
			[{}, ['(body)']],
			[{ title: '   ' }, ['title']],
			[{ title: 'x'.repeat(121) }, ['title']],
			[{ archived: 'yes' }, ['archived']],
			[{ title: 'Fine', template: 'problem-tree' }, ['(body)']],
		];
		for (const [body, paths] of cases) {
			const answer = await api(server, 'PATCH', path, token, body);
			expect(answer.status, JSON.stringify(body)).toBe(400);
			expect(errorCode(answer)).toBe('invalid_body');
			expect((answer.json as ApiError).error.issues?.map((issue) => issue.path)).toEqual(paths);
		}
		expect(errorCode(await api(server, 'PATCH', path, token, '{'))).toBe('invalid_json');
		expect((await api(server, 'PATCH', path, token, 'title=x', 'text/plain')).status).toBe(415);
		expect((await api(server, 'GET', path, token)).json).toMatchObject({ title: 'Kept' });
	});

	it('[H8] delete answers 204, closes the board’s connections, removes its data; GET then 404', async () => {
		const server = await start();
		const board = await server.createBoard('Doomed');
		const participant = connectClient(server.syncUrl, board.id, board.tokens.participant);
		clients.push(participant);
		await participant.synced();
		const raw = rawSync(server, board.id, board.tokens.viewer);
		await raw.opened;
		const control = await welcomed(server, board.id, board.tokens.participant);
		const gone = disconnected(control);
		const versions = await api(
			server,
			'POST',
			`/api/boards/${board.id}/versions`,
			board.tokens.facilitator,
			{
				label: 'before deletion',
			},
		);
		expect(versions.status).toBeLessThan(300);

		const deleted = await api(
			server,
			'DELETE',
			`/api/boards/${board.id}`,
			board.tokens.facilitator,
		);
		expect(deleted).toEqual({ status: 204, json: undefined });
		expect((await raw.closed).code).toBe(CloseCode.boardNotFound);
		expect(await gone).toBe('io server disconnect');
		await waitFor(() => !participant.provider.wsconnected && !participant.provider.shouldConnect, {
			message: 'the stock client to stop on 4404',
		});

		for (const role of ['facilitator', 'participant', 'viewer'] as const) {
			const info = await api(server, 'GET', `/api/boards/${board.id}`, board.tokens[role]);
			expect(info.status).toBe(404);
			expect(errorCode(info)).toBe('not_found');
		}
		expect((await rawSync(server, board.id, board.tokens.viewer).closed).code).toBe(
			CloseCode.boardNotFound,
		);
		expect((await session(server, board.id, board.tokens.viewer).refused).message).toBe(
			'not_found',
		);
		expect(await server.storage.boards.getBoard(board.id)).toBeUndefined();
		expect(await server.storage.docs.loadUpdates(board.id)).toEqual([]);
		expect(await server.storage.sessions.load(board.id)).toBeUndefined();
		expect(await server.storage.versions.list(board.id)).toEqual([]);
		expect(server.app.rooms.has(board.id)).toBe(false);
		const twice = await api(server, 'DELETE', `/api/boards/${board.id}`, board.tokens.facilitator);
		expect(twice.status).toBe(404);
	});

	it('[H6] [H7] [H8] a participant or viewer gets 403 for rotate, rename and delete, and nothing changes', async () => {
		const server = await start();
		const board = await server.createBoard('Guarded');
		for (const role of ['participant', 'viewer'] as const) {
			const token = board.tokens[role];
			const attempts = [
				await rotate(server, board, token, ['viewer']),
				await api(server, 'PATCH', `/api/boards/${board.id}`, token, { title: 'Taken' }),
				await api(server, 'PATCH', `/api/boards/${board.id}`, token, { archived: true }),
				await api(server, 'DELETE', `/api/boards/${board.id}`, token),
			];
			for (const attempt of attempts) {
				expect(attempt.status, role).toBe(403);
				expect(errorCode(attempt)).toBe('forbidden');
			}
		}
		const anonymous = await api(server, 'DELETE', `/api/boards/${board.id}`, undefined);
		expect(anonymous.status).toBe(401);
		const info = await api(server, 'GET', `/api/boards/${board.id}`, board.tokens.viewer);
		expect(info.json).toMatchObject({ title: 'Guarded', archived: false });
		expect((await server.storage.boards.getBoard(board.id))?.generations).toEqual({
			facilitator: 0,
			participant: 0,
			viewer: 0,
		});
	});
});

describe('[T6] [H8] across instances on one Redis', () => {
	let redis: TestRedis;
	beforeAll(async () => {
		redis = await startTestRedis();
	});
	afterAll(async () => {
		await redis.close();
	});

	async function instance(): Promise<TestServer> {
		const backend = await connectBackend(redis);
		return start({ backend });
	}

	it('[T6] a rotation on one instance closes the old links’ connections on the other and refuses them there', async () => {
		const [a, b] = [await instance(), await instance()];
		const board = await a.createBoard('Shared');
		const old = board.tokens.viewer;
		// Read once on B, so B holds the record in its cache.
		expect((await api(b, 'GET', `/api/boards/${board.id}`, old)).status).toBe(200);
		const viewerSync = rawSync(b, board.id, old);
		const participantSync = rawSync(b, board.id, board.tokens.participant);
		await Promise.all([viewerSync.opened, participantSync.opened]);
		const viewerSession = await welcomed(b, board.id, old);
		const gone = disconnected(viewerSession);

		const answer = await rotate(a, board, board.tokens.facilitator, ['viewer']);
		expect(answer.status).toBe(200);
		expect((await viewerSync.closed).code).toBe(CloseCode.unauthorized);
		expect(await gone).toBe('io server disconnect');
		const refused = await api(b, 'GET', `/api/boards/${board.id}`, old);
		expect(errorCode(refused)).toBe('revoked');
		expect((await rawSync(b, board.id, old).closed).code).toBe(CloseCode.unauthorized);
		expect(participantSync.socket.readyState).toBe(WebSocket.OPEN);
		const fresh = (answer.json as LinksRotated).tokens.viewer ?? '';
		expect((await api(b, 'GET', `/api/boards/${board.id}`, fresh)).status).toBe(200);
	});

	it('[H8] a deletion on one instance closes the board’s connections on the other', async () => {
		const [a, b] = [await instance(), await instance()];
		const board = await a.createBoard('Shared, then gone');
		const raw = rawSync(b, board.id, board.tokens.participant);
		await raw.opened;
		await waitFor(() => raw.received.length > 0, { message: 'the board loaded on B' });
		const control = await welcomed(b, board.id, board.tokens.participant);
		const gone = disconnected(control);
		const deleted = await api(a, 'DELETE', `/api/boards/${board.id}`, board.tokens.facilitator);
		expect(deleted.status).toBe(204);
		expect((await raw.closed).code).toBe(CloseCode.boardNotFound);
		expect(await gone).toBe('io server disconnect');
		await waitFor(() => !b.app.rooms.has(board.id), { message: 'the room dropped on B' });
		expect((await api(b, 'GET', `/api/boards/${board.id}`, board.tokens.viewer)).status).toBe(404);
	});
});
