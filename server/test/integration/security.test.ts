import fs from 'node:fs';
import path from 'node:path';
import http, { type IncomingMessage } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { io, type Socket } from 'socket.io-client';
import {
	CloseCode,
	encodeSyncStep1,
	encodeUpdateMessage,
	type ApiError,
	type BoardCreated,
	type CohortView,
	type Role,
} from '@groundwork/protocol';
import { signToken } from '../../src/auth/tokens.js';
import { openRawSocket, type RawSocket } from '../support/rawSocket.js';
import { connectBackend, startTestRedis, type TestRedis } from '../support/redisServer.js';
import { connectSession, type SessionClient } from '../support/sessionClient.js';
import { addCard, cardTexts, connectClient, type SyncClient } from '../support/syncClient.js';
import {
	TEST_SECRET,
	makeDataDir,
	startTestServer,
	type TestServer,
} from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

const servers: TestServer[] = [];
const raws: RawSocket[] = [];
const sessions: SessionClient[] = [];
const sockets: Socket[] = [];
const clients: SyncClient[] = [];
const dirs: string[] = [];
const upgraded: WebSocket[] = [];

afterEach(async () => {
	for (const client of clients.splice(0)) client.destroy();
	for (const client of sessions.splice(0)) client.close();
	for (const socket of sockets.splice(0)) socket.close();
	for (const raw of raws.splice(0)) raw.socket.terminate();
	for (const socket of upgraded.splice(0)) socket.terminate();
	for (const server of servers.splice(0)) await server.close({ removeData: true });
	for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function start(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
	const server = await startTestServer(options);
	servers.push(server);
	return server;
}

function rawSync(server: TestServer, boardId: string, token: string): RawSocket {
	const raw = openRawSocket(`${server.syncUrl}/${boardId}?token=${encodeURIComponent(token)}`);
	raws.push(raw);
	return raw;
}

function session(server: TestServer, boardId: string, token: string): SessionClient {
	const client = connectSession(server.httpUrl, boardId, token);
	sessions.push(client);
	return client;
}

function sync(server: TestServer, boardId: string, token: string): SyncClient {
	const client = connectClient(server.syncUrl, boardId, token);
	clients.push(client);
	return client;
}

/** A token for `board` that expires `inMs` from now. */
function shortLived(board: BoardCreated, role: Role, inMs: number): string {
	return signToken({ boardId: board.id, role, expiresAt: Date.now() + inMs }, TEST_SECRET);
}

/** The outcome of a WebSocket handshake: opened, or the HTTP answer that refused it. */
interface Handshake {
	/** 101 when upgraded, else the HTTP status of the refusal. */
	status: number;
	body: string;
	headers: IncomingMessage['headers'];
	/** The open socket, when upgraded. */
	socket?: WebSocket;
}

/** Opens a WebSocket to `url` with `headers` and reports how the server answered. */
function handshake(url: string, headers: Record<string, string> = {}): Promise<Handshake> {
	return new Promise((resolve, reject) => {
		const socket = new WebSocket(url, { headers });
		socket.on('open', () => {
			resolve({ status: 101, body: '', headers: {}, socket });
			socket.on('error', () => undefined);
		});
		socket.on('unexpected-response', (_request, response) => {
			let body = '';
			response.on('data', (chunk: Buffer) => (body += chunk.toString()));
			response.on('end', () =>
				resolve({ status: response.statusCode ?? 0, body, headers: response.headers }),
			);
		});
		socket.on('error', reject);
	});
}

/** The sync endpoint's handshake for `board`, with `headers`. */
async function syncHandshake(
	server: TestServer,
	board: BoardCreated,
	headers: Record<string, string> = {},
): Promise<Handshake> {
	const token = encodeURIComponent(board.tokens.participant);
	const answer = await handshake(`${server.syncUrl}/${board.id}?token=${token}`, headers);
	if (answer.socket) upgraded.push(answer.socket);
	return answer;
}

/** socket.io's (engine.io's) WebSocket handshake, with `headers`. */
async function sessionHandshake(
	server: TestServer,
	headers: Record<string, string> = {},
): Promise<Handshake> {
	const url = `${server.httpUrl.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
	const answer = await handshake(url, headers);
	answer.socket?.terminate();
	return answer;
}

/** A socket.io session with extra handshake headers (an `Origin`, as a browser sends). */
function sessionWith(
	server: TestServer,
	board: BoardCreated,
	headers: Record<string, string>,
): Promise<'welcome' | string> {
	const socket = io(server.httpUrl, {
		auth: { boardId: board.id, token: board.tokens.participant },
		transports: ['websocket'],
		reconnection: false,
		forceNew: true,
		extraHeaders: headers,
	});
	sockets.push(socket);
	return new Promise((resolve) => {
		socket.once('session:welcome', () => resolve('welcome'));
		socket.once('connect_error', (error) => resolve(error.message));
	});
}

async function post(
	server: TestServer,
	route: string,
	body: unknown,
	headers: Record<string, string> = {},
): Promise<Response> {
	return fetch(`${server.httpUrl}${route}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: JSON.stringify(body),
	});
}

const board = { title: 'Tartu', template: 'netzero-roadmap' };

describe('[T7] tokens expire on open connections', () => {
	it('[T7] a sync connection is closed with 4401 "expired", and a socket.io connection disconnected, when the token expires', async () => {
		const server = await start();
		const created = await server.createBoard();
		const lifetime = 1500;
		const token = shortLived(created, 'participant', lifetime);
		const expiresAt = Date.now() + lifetime;
		const raw = rawSync(server, created.id, token);
		await raw.opened;
		await waitFor(() => raw.received.length > 0, { message: 'sync step 1' });
		const client = session(server, created.id, token);
		await client.welcome;
		const gone = new Promise<{ reason: string; at: number }>((resolve) =>
			client.socket.once('disconnect', (reason) => resolve({ reason, at: Date.now() })),
		);
		// A connection with a token that does not expire soon stays.
		const other = rawSync(server, created.id, created.tokens.participant);
		await other.opened;

		expect(await raw.closed).toEqual({ code: CloseCode.unauthorized, reason: 'expired' });
		const closedAt = Date.now();
		expect(closedAt).toBeGreaterThanOrEqual(expiresAt - 50);
		expect(closedAt).toBeLessThan(expiresAt + 1000);
		const disconnected = await gone;
		expect(disconnected.reason).toBe('io server disconnect');
		expect(disconnected.at).toBeLessThan(expiresAt + 1000);
		expect(other.socket.readyState).toBe(WebSocket.OPEN);
		// And it is refused from then on.
		expect((await rawSync(server, created.id, token).closed).code).toBe(CloseCode.unauthorized);
	});

	it('[T7] a cohort event stream ends when its token expires', async () => {
		const server = await start();
		const seminar = await server.createBoard('Seminar');
		const res = await post(
			server,
			'/api/cohorts',
			{ title: 'Baltic cities', kind: 'seminar' },
			{ authorization: `Bearer ${seminar.tokens.facilitator}` },
		);
		expect(res.status).toBe(201);
		const cohort = (await res.json()) as CohortView;
		const lifetime = 1500;
		const token = shortLived(seminar, 'facilitator', lifetime);
		const expiresAt = Date.now() + lifetime;
		const stream = await fetch(`${server.httpUrl}/api/cohorts/${cohort.id}/events?token=${token}`);
		expect(stream.status).toBe(200);
		const reader = stream.body!.getReader();
		for (;;) {
			const { done } = await reader.read();
			if (done) break;
		}
		expect(Date.now()).toBeGreaterThanOrEqual(expiresAt - 50);
		expect(Date.now()).toBeLessThan(expiresAt + 1000);
	});
});

describe('[T6] revocation closes open connections within a second', () => {
	/** Opens a sync and a socket.io connection with `token`; resolves when each one ends. */
	async function openBoth(server: TestServer, created: BoardCreated, token: string) {
		const raw = rawSync(server, created.id, token);
		await raw.opened;
		const syncClosed = raw.closed.then((closed) => ({ ...closed, at: performance.now() }));
		const client = session(server, created.id, token);
		await client.welcome;
		const sessionClosed = new Promise<{ reason: string; at: number }>((resolve) =>
			client.socket.once('disconnect', (reason) => resolve({ reason, at: performance.now() })),
		);
		return { syncClosed, sessionClosed };
	}

	async function rotateViewers(server: TestServer, created: BoardCreated): Promise<number> {
		const res = await post(
			server,
			`/api/boards/${created.id}/links/rotate`,
			{ roles: ['viewer'] },
			{ authorization: `Bearer ${created.tokens.facilitator}` },
		);
		const answeredAt = performance.now();
		expect(res.status).toBe(200);
		return answeredAt;
	}

	it('[T6] on the instance that rotated: both connections end less than 1 s after the rotate answer', async () => {
		const server = await start();
		const created = await server.createBoard();
		const open = await openBoth(server, created, created.tokens.viewer);
		const answeredAt = await rotateViewers(server, created);
		const [syncClosed, sessionClosed] = await Promise.all([open.syncClosed, open.sessionClosed]);
		expect(syncClosed).toMatchObject({ code: CloseCode.unauthorized, reason: 'revoked' });
		expect(sessionClosed.reason).toBe('io server disconnect');
		expect(syncClosed.at - answeredAt).toBeLessThan(1000);
		expect(sessionClosed.at - answeredAt).toBeLessThan(1000);
	});

	describe('across instances on one Redis', () => {
		let redis: TestRedis;
		beforeAll(async () => {
			redis = await startTestRedis();
		});
		afterAll(async () => {
			await redis.close();
		});

		it('[T6] on another instance: both connections end less than 1 s after the rotate answer', async () => {
			const a = await start({ backend: await connectBackend(redis) });
			const b = await start({ backend: await connectBackend(redis) });
			const created = await a.createBoard();
			const open = await openBoth(b, created, created.tokens.viewer);
			const answeredAt = await rotateViewers(a, created);
			const [syncClosed, sessionClosed] = await Promise.all([open.syncClosed, open.sessionClosed]);
			expect(syncClosed).toMatchObject({ code: CloseCode.unauthorized, reason: 'revoked' });
			expect(sessionClosed.reason).toBe('io server disconnect');
			expect(syncClosed.at - answeredAt).toBeLessThan(1000);
			expect(sessionClosed.at - answeredAt).toBeLessThan(1000);
		});
	});
});

describe('[H9] CREATE_TOKEN', () => {
	const createToken = 'seminar-code-2040';

	it('[H9] with CREATE_TOKEN, creating or importing a board needs it as a bearer token', async () => {
		const server = await start({ config: { createToken } });
		const config = await fetch(`${server.httpUrl}/api/config`);
		expect(await config.json()).toEqual({
			createRequiresToken: true,
			maxMaterialBytes: 10 * 1024 * 1024,
		});

		const attempts: Record<string, string>[] = [
			{},
			{ authorization: 'Bearer wrong-code' },
			{ authorization: createToken },
		];
		for (const headers of attempts) {
			const res = await post(server, '/api/boards', board, headers);
			expect(res.status).toBe(401);
			expect(res.headers.get('www-authenticate')).toContain('Bearer');
			expect(((await res.json()) as ApiError).error.code).toBe('create_token_required');
		}
		const imported = await post(server, '/api/boards/import', {});
		expect(imported.status).toBe(401);
		expect(((await imported.json()) as ApiError).error.code).toBe('create_token_required');

		const created = await post(server, '/api/boards', board, {
			authorization: `Bearer ${createToken}`,
		});
		expect(created.status).toBe(201);
		const { id, tokens } = (await created.json()) as BoardCreated;
		// An import with the code gets past the guard (to the backup's own checks).
		const withCode = await post(
			server,
			'/api/boards/import',
			{},
			{
				authorization: `Bearer ${createToken}`,
			},
		);
		expect(withCode.status).toBe(422);
		// Board routes need board tokens only, as before.
		const info = await fetch(`${server.httpUrl}/api/boards/${id}`, {
			headers: { authorization: `Bearer ${tokens.viewer}` },
		});
		expect(info.status).toBe(200);
	});

	it('[H9] without CREATE_TOKEN the instance is open to anyone who reaches it', async () => {
		const server = await start();
		expect(await (await fetch(`${server.httpUrl}/api/config`)).json()).toEqual({
			createRequiresToken: false,
			maxMaterialBytes: 10 * 1024 * 1024,
		});
		expect((await post(server, '/api/boards', board)).status).toBe(201);
	});
});

describe('[W7] Origin checks on the sync WebSocket and socket.io', () => {
	it('[W7] refuses a foreign Origin on both sockets (403 before upgrading), accepts the same origin and no Origin', async () => {
		const server = await start();
		const created = await server.createBoard();
		const own = server.httpUrl;

		const foreign = await syncHandshake(server, created, { origin: 'https://evil.example' });
		expect(foreign.status).toBe(403);
		expect(JSON.parse(foreign.body)).toMatchObject({
			error: { code: 'forbidden_origin' },
		});
		expect((await syncHandshake(server, created, { origin: 'null' })).status).toBe(403);
		expect((await syncHandshake(server, created, { origin: own })).status).toBe(101);
		expect((await syncHandshake(server, created)).status).toBe(101);

		const foreignSession = await sessionHandshake(server, { origin: 'https://evil.example' });
		expect(foreignSession.status).toBe(400);
		expect(foreignSession.body).toBe('forbidden_origin');
		const polling = await fetch(`${server.httpUrl}/socket.io/?EIO=4&transport=polling`, {
			headers: { origin: 'https://evil.example' },
		});
		expect(polling.status).toBe(403);
		expect(await polling.json()).toMatchObject({ message: 'forbidden_origin' });
		expect(await sessionWith(server, created, { origin: 'https://evil.example' })).not.toBe(
			'welcome',
		);
		expect(await sessionWith(server, created, { origin: own })).toBe('welcome');
		expect(await sessionWith(server, created, {})).toBe('welcome');
	});

	it('[W7] PUBLIC_URL’s origin is allowed too; ALLOWED_ORIGINS replaces the default list', async () => {
		const withPublicUrl = await start({ config: { publicUrl: 'https://groundwork.example.org' } });
		const one = await withPublicUrl.createBoard();
		const fromPublic = { origin: 'https://groundwork.example.org' };
		expect((await syncHandshake(withPublicUrl, one, fromPublic)).status).toBe(101);
		expect(await sessionWith(withPublicUrl, one, fromPublic)).toBe('welcome');

		const listed = await start({ config: { allowedOrigins: ['https://app.example.org'] } });
		const two = await listed.createBoard();
		const fromApp = { origin: 'https://app.example.org' };
		expect((await syncHandshake(listed, two, fromApp)).status).toBe(101);
		expect(await sessionWith(listed, two, fromApp)).toBe('welcome');
		expect((await syncHandshake(listed, two, { origin: listed.httpUrl })).status).toBe(403);
		expect((await syncHandshake(listed, two)).status).toBe(101);
	});
});

describe('HTTP security headers', () => {
	it('sends the Content-Security-Policy and the other security headers on the app and the API', async () => {
		const clientDir = makeDataDir();
		dirs.push(clientDir);
		fs.writeFileSync(
			path.join(clientDir, 'index.html'),
			'<!doctype html><title>Groundwork</title>',
		);
		const server = await start({ config: { clientDir } });
		const port = new URL(server.httpUrl).port;
		for (const route of ['/', '/api/boards/unknown', '/api/config', '/healthz']) {
			const res = await fetch(`${server.httpUrl}${route}`);
			const csp = res.headers.get('content-security-policy') ?? '';
			const directives = Object.fromEntries(
				csp.split(';').map((part) => {
					const [name = '', ...values] = part.trim().split(/\s+/);
					return [name, values.join(' ')];
				}),
			);
			expect(directives, route).toEqual({
				'default-src': "'self'",
				'script-src': "'self'",
				'style-src': "'self'",
				'img-src': "'self' data: blob:",
				'font-src': "'self'",
				'connect-src': `'self' ws://127.0.0.1:${port} wss://127.0.0.1:${port}`,
				'worker-src': "'self'",
				'manifest-src': "'self'",
				'frame-ancestors': "'none'",
				'object-src': "'none'",
				'base-uri': "'self'",
				'form-action': "'self'",
			});
			expect(res.headers.get('x-frame-options'), route).toBe('DENY');
			expect(res.headers.get('x-content-type-options'), route).toBe('nosniff');
			expect(res.headers.get('referrer-policy'), route).toBe('no-referrer');
			expect(res.headers.get('cross-origin-opener-policy'), route).toBe('same-origin');
			expect(res.headers.get('x-powered-by'), route).toBeNull();
		}
		// A Host that could smuggle sources into the policy is left out of it.
		const { status, csp } = await new Promise<{ status: number; csp: string }>(
			(resolve, reject) => {
				http
					.get(
						{ host: '127.0.0.1', port, path: '/api/config', headers: { host: 'a.example *' } },
						(res) => {
							res.resume();
							resolve({
								status: res.statusCode ?? 0,
								csp: String(res.headers['content-security-policy'] ?? ''),
							});
						},
					)
					.on('error', reject);
			},
		);
		expect(status).toBe(200);
		expect(csp).toMatch(/connect-src 'self'\s*;/);
		expect(csp).not.toContain('a.example');
	});
});

describe('[W7] rate limits', () => {
	it('[W7] board creation answers 429 rate_limited after the limit, imports included', async () => {
		const server = await start({ config: { rateLimitBoardsPer10Min: 2 } });
		expect((await post(server, '/api/boards', board)).status).toBe(201);
		expect((await post(server, '/api/boards/import', {})).status).toBe(422);
		const refused = await post(server, '/api/boards', board);
		expect(refused.status).toBe(429);
		expect(await refused.json()).toEqual({
			error: { code: 'rate_limited', message: expect.stringMatching(/Too many boards/) },
		});
		expect(refused.headers.get('ratelimit-policy')).toBe('2;w=600');
		expect(refused.headers.get('ratelimit')).toMatch(/^limit=2, remaining=0, reset=\d+$/);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
		expect((await post(server, '/api/boards/import', {})).status).toBe(429);
		// Another address (through the trusted loopback proxy) has its own budget.
		const elsewhere = await post(server, '/api/boards', board, {
			'x-forwarded-for': '203.0.113.7',
		});
		expect(elsewhere.status).toBe(201);
	});

	it('[W7] HTTP API requests answer 429 rate_limited after the limit per address', async () => {
		const server = await start({ config: { rateLimitApiPerMin: 3 } });
		for (let i = 0; i < 3; i++) {
			expect((await fetch(`${server.httpUrl}/api/config`)).status).toBe(200);
		}
		const refused = await fetch(`${server.httpUrl}/api/config`);
		expect(refused.status).toBe(429);
		expect(((await refused.json()) as ApiError).error.code).toBe('rate_limited');
		// Health checks are not API requests.
		expect((await fetch(`${server.httpUrl}/healthz`)).status).toBe(200);
	});

	it('[W7] a connection flooding messages is closed with 4429 while another client on the board keeps syncing', async () => {
		const server = await start({ config: { rateLimitSyncMessagesPerSec: 20 } });
		const created = await server.createBoard();
		const ana = sync(server, created.id, created.tokens.participant);
		await ana.synced();
		const flooder = rawSync(server, created.id, created.tokens.participant);
		await flooder.opened;
		const probe = encodeSyncStep1(Y.encodeStateVector(new Y.Doc()));
		for (let i = 0; i < 200 && flooder.socket.readyState === WebSocket.OPEN; i++) {
			flooder.socket.send(probe);
		}
		expect(await flooder.closed).toEqual({ code: CloseCode.rateLimited, reason: 'rate limited' });

		const ben = sync(server, created.id, created.tokens.participant);
		await ben.synced();
		const fromAna = addCard(ana.doc, 'Bike lanes on every arterial road');
		const fromBen = addCard(ben.doc, 'District heating in the old town');
		await waitFor(
			() => cardTexts(ana.doc)[fromBen] !== undefined && cardTexts(ben.doc)[fromAna] !== undefined,
			{ message: 'both clients see both cards' },
		);
		expect(ana.provider.wsconnected).toBe(true);
	});

	it('[W7] a connection sending too many bytes per second is closed with 4429', async () => {
		const server = await start({
			config: { maxMessageBytes: 4096, rateLimitSyncBytesPerSec: 2048 },
		});
		const created = await server.createBoard();
		const raw = rawSync(server, created.id, created.tokens.participant);
		await raw.opened;
		const doc = new Y.Doc();
		for (let i = 0; i < 3 && raw.socket.readyState === WebSocket.OPEN; i++) {
			const before = Y.encodeStateVector(doc);
			doc.getText(`t${i}`).insert(0, 'x'.repeat(3000));
			raw.socket.send(encodeUpdateMessage(Y.encodeStateAsUpdate(doc, before)));
		}
		expect(await raw.closed).toEqual({ code: CloseCode.rateLimited, reason: 'rate limited' });
	});

	it('[W7] new connections per address: sync answers 429 and socket.io refuses once the budget is spent', async () => {
		const server = await start({ config: { rateLimitConnectionsPerMin: 3 } });
		const created = await server.createBoard();
		expect((await syncHandshake(server, created)).status).toBe(101);
		expect((await syncHandshake(server, created)).status).toBe(101);
		expect(await sessionWith(server, created, {})).toBe('welcome');

		const refused = await syncHandshake(server, created);
		expect(refused.status).toBe(429);
		expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'rate_limited' } });
		expect(refused.headers['retry-after']).toBe('60');
		const refusedSession = await sessionHandshake(server);
		expect(refusedSession.status).toBe(400);
		expect(refusedSession.body).toBe('rate_limited');
		expect(await sessionWith(server, created, {})).not.toBe('welcome');
		// Another address behind the trusted (loopback) proxy has its own budget.
		const forwarded = { 'x-forwarded-for': '198.51.100.20' };
		expect((await syncHandshake(server, created, forwarded)).status).toBe(101);
		// Open connections are not affected; HTTP is not counted here.
		expect((await fetch(`${server.httpUrl}/api/config`)).status).toBe(200);
	});
});
