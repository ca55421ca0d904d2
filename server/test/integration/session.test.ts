import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { CloseCode, type Ack } from '@groundwork/protocol';
import { signToken } from '../../src/auth/tokens.js';
import { createRedisBackend } from '../../src/redis/createRedisBackend.js';
import { startTestRedis, type TestRedis } from '../support/redisServer.js';
import { connectSession, type SessionClient } from '../support/sessionClient.js';
import { startTestServer, TEST_SECRET, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

const sessions: SessionClient[] = [];
const servers: TestServer[] = [];

function session(server: TestServer, boardId: string, token: string): SessionClient {
	const client = connectSession(server.httpUrl, boardId, token);
	sessions.push(client);
	return client;
}

function announce(client: SessionClient, input: unknown): Promise<Ack> {
	return new Promise((resolve) => client.socket.emit('session:announce', input, resolve));
}

afterEach(async () => {
	for (const client of sessions.splice(0)) client.close();
	for (const server of servers.splice(0)) await server.close({ removeData: true });
});

describe('session control over socket.io', () => {
	let server: TestServer;
	beforeAll(async () => {
		server = await startTestServer();
	});
	afterAll(async () => {
		await server.close({ removeData: true });
	});

	it('[C1] a missing, forged or other-board token is refused with 4401, an unknown board with 4404', async () => {
		const board = await server.createBoard();
		const other = await server.createBoard();
		for (const token of ['', 'v1.bad.token', other.tokens.facilitator]) {
			const refused = await session(server, board.id, token).refused;
			expect(refused).toEqual({ message: 'unauthorized', code: CloseCode.unauthorized });
		}
		const ghost = signToken(
			{ boardId: 'GhostBoard0001', role: 'viewer', expiresAt: Date.now() + 60_000 },
			TEST_SECRET,
		);
		expect(await session(server, 'GhostBoard0001', ghost).refused).toEqual({
			message: 'not_found',
			code: CloseCode.boardNotFound,
		});
	});

	it('[C2] a connection is welcomed with the role its token carries', async () => {
		const board = await server.createBoard();
		for (const role of ['facilitator', 'participant', 'viewer'] as const) {
			// Without a participant key in the handshake there is no hand to raise. [F7]
			expect(await session(server, board.id, board.tokens[role]).welcome).toEqual({
				boardId: board.id,
				role,
				handId: null,
			});
		}
	});

	it('[C3] only a facilitator announces; everyone on that board, and no other, hears it', async () => {
		const board = await server.createBoard();
		const elsewhere = await server.createBoard();
		const facilitator = session(server, board.id, board.tokens.facilitator);
		const participant = session(server, board.id, board.tokens.participant);
		const viewer = session(server, board.id, board.tokens.viewer);
		const outsider = session(server, elsewhere.id, elsewhere.tokens.participant);
		await Promise.all([facilitator, participant, viewer, outsider].map((c) => c.welcome));

		expect(await announce(participant, { text: 'I am in charge now' })).toMatchObject({
			ok: false,
			code: 'forbidden',
		});
		expect(await announce(viewer, { text: 'Me too' })).toMatchObject({
			ok: false,
			code: 'forbidden',
		});
		for (const bad of [
			{ text: '' },
			{ text: 'x'.repeat(281) },
			{ text: 5 },
			'hello',
			null,
			{ text: 'a', extra: 1 },
		]) {
			expect(await announce(facilitator, bad)).toMatchObject({ ok: false, code: 'invalid' });
		}
		expect(await announce(facilitator, { text: '  Back in 5 minutes  ' })).toEqual({ ok: true });
		for (const client of [facilitator, participant, viewer]) {
			await waitFor(() => client.announcements.length === 1);
			expect(client.announcements[0]).toMatchObject({ text: 'Back in 5 minutes' });
		}
		expect(outsider.announcements).toEqual([]);
	});
});

describe('[C4] session control across instances on one Redis', () => {
	let redis: TestRedis;
	beforeAll(async () => {
		redis = await startTestRedis();
	});
	afterAll(async () => {
		await redis.close();
	});

	it('an announcement made on one instance reaches the board on the other', async () => {
		const make = async () => {
			const backend = await createRedisBackend({
				url: redis.url,
				log: pino({ level: 'silent' }),
				maxPendingBytes: 1 << 20,
			});
			const server = await startTestServer({ backend });
			servers.push(server);
			return server;
		};
		const [one, two] = [await make(), await make()];
		const board = await one.createBoard();
		const facilitator = session(one, board.id, board.tokens.facilitator);
		const participant = session(two, board.id, board.tokens.participant);
		await Promise.all([facilitator.welcome, participant.welcome]);
		expect(await announce(facilitator, { text: 'Breakouts start now' })).toEqual({ ok: true });
		await waitFor(() => participant.announcements.length === 1, {
			message: 'announcement on instance two',
		});
		expect(participant.announcements[0]?.text).toBe('Breakouts start now');
	});
});
