import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { pino } from 'pino';
import { createRedisBackend, type RedisBackend } from '../../src/redis/createRedisBackend.js';
import { startTestRedis, type TestRedis } from '../support/redisServer.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { addCard, cardTexts, connectClient, type SyncClient } from '../support/syncClient.js';
import { waitFor } from '../support/waitFor.js';

const silent = pino({ level: 'silent' });

describe('Redis faults', () => {
	let redis: TestRedis | undefined;
	const servers: TestServer[] = [];
	const clients: SyncClient[] = [];

	afterEach(async () => {
		for (const client of clients.splice(0)) client.destroy();
		for (const server of servers.splice(0)) await server.close({ removeData: true });
		await redis?.close();
	});

	async function instance(url: string): Promise<{ server: TestServer; backend: RedisBackend }> {
		const backend = await createRedisBackend({ url, log: silent, maxPendingBytes: 1 << 20 });
		const server = await startTestServer({ backend });
		servers.push(server);
		return { server, backend };
	}

	const readiness = async (server: TestServer) => (await fetch(`${server.httpUrl}/readyz`)).status;
	const health = async (server: TestServer) =>
		((await (await fetch(`${server.httpUrl}/healthz`)).json()) as { status: string }).status;

	it('[S1] Redis down for seconds under edits: co-editing goes on, then nothing is lost', async () => {
		redis = await startTestRedis({ own: true, appendOnly: true });
		const [a, b] = [await instance(redis.url), await instance(redis.url)];
		const board = await a.server.createBoard('Outage');
		const connect = (server: TestServer) => {
			const client = connectClient(server.syncUrl, board.id, board.tokens.participant);
			clients.push(client);
			return client;
		};
		const [a1, a2, b1] = [connect(a.server), connect(a.server), connect(b.server)];
		await Promise.all([a1.synced(), a2.synced(), b1.synced()]);

		let n = 0;
		const editing = setInterval(() => {
			addCard(a1.doc, `a ${++n}`);
			addCard(b1.doc, `b ${n}`);
		}, 20);
		await waitFor(() => n >= 20);

		await redis.stop('SIGKILL');
		await waitFor(
			async () => (await readiness(a.server)) === 503 && (await readiness(b.server)) === 503,
			{
				message: 'both instances not ready',
			},
		);
		expect(await health(a.server)).toBe('degraded');

		// Same-instance co-editing carries on while Redis is away.
		const during = addCard(a1.doc, 'written during the outage');
		await waitFor(() => cardTexts(a2.doc)[during] === 'written during the outage');
		await waitFor(() => a.backend.health().pendingUpdates > 0, { message: 'buffered updates' });
		// Keep editing on both instances for about two more seconds of outage.
		const atStop = n;
		await waitFor(() => n >= atStop + 100, { message: 'edits during the outage' });

		await redis.restart();
		await waitFor(
			async () => (await readiness(a.server)) === 200 && (await readiness(b.server)) === 200,
			{
				timeoutMs: 30_000,
				message: 'both instances ready again',
			},
		);
		clearInterval(editing);
		expect(await health(b.server)).toBe('ok');

		const expected = { ...cardTexts(a1.doc), ...cardTexts(b1.doc) };
		const count = Object.keys(expected).length;
		for (const client of [a1, a2, b1]) {
			await waitFor(() => Object.keys(cardTexts(client.doc)).length === count, {
				timeoutMs: 30_000,
				message: 'every client has every card',
			});
			expect(cardTexts(client.doc)).toEqual(expected);
		}

		// Everything reached Redis: a fresh instance's storage holds all of it.
		await a.backend.storage.docs.drain();
		await b.backend.storage.docs.drain();
		const fresh = await createRedisBackend({
			url: redis.url,
			log: silent,
			maxPendingBytes: 1 << 20,
		});
		const stored = new Y.Doc();
		for (const update of await fresh.storage.docs.loadUpdates(board.id))
			Y.applyUpdate(stored, update);
		await fresh.storage.close();
		expect(cardTexts(stored)).toEqual(expected);
	}, 90_000);

	it('[S1] the buffer while Redis is away is bounded: pending updates merge, with a log line, and all arrive', async () => {
		redis = await startTestRedis({ own: true, appendOnly: true });
		const lines: string[] = [];
		const log = pino({ level: 'warn' }, { write: (line: string) => lines.push(line) });
		const backend = await createRedisBackend({ url: redis.url, log, maxPendingBytes: 4096 });
		await redis.stop('SIGKILL');

		const doc = new Y.Doc();
		const acknowledged: Promise<void>[] = [];
		doc.on('update', (u: Uint8Array) =>
			acknowledged.push(backend.storage.docs.appendUpdate('bounded', u)),
		);
		for (let i = 0; i < 400; i++) doc.getMap('cards').set(`card-${i}`, `text of card ${i}`);
		await waitFor(() => lines.some((line) => line.includes('storage buffer')), {
			message: 'log line',
		});
		expect(backend.health().pendingUpdates).toBeLessThan(400);
		expect(backend.health().ok).toBe(false);

		await redis.restart();
		await Promise.all(acknowledged);
		expect(backend.health()).toMatchObject({ pendingUpdates: 0, pendingBytes: 0 });
		const loaded = new Y.Doc();
		for (const update of await backend.storage.docs.loadUpdates('bounded'))
			Y.applyUpdate(loaded, update);
		await backend.storage.close();
		expect(loaded.getMap('cards').toJSON()).toEqual(doc.getMap('cards').toJSON());
	});

	it('[S1] an acknowledged update survives Redis being killed and restarted with its append-only file', async () => {
		redis = await startTestRedis({ own: true, appendOnly: true });
		const first = await createRedisBackend({
			url: redis.url,
			log: silent,
			maxPendingBytes: 1 << 20,
		});
		const doc = new Y.Doc();
		const updates: Uint8Array[] = [];
		doc.on('update', (u: Uint8Array) => updates.push(u));
		for (let i = 0; i < 50; i++) doc.getMap('cards').set(`c${i}`, i);
		await Promise.all(updates.map((u) => first.storage.docs.appendUpdate('aof', u)));
		await redis.stop('SIGKILL');
		await first.storage.close();
		await redis.restart();

		const second = await createRedisBackend({
			url: redis.url,
			log: silent,
			maxPendingBytes: 1 << 20,
		});
		const loaded = new Y.Doc();
		for (const update of await second.storage.docs.loadUpdates('aof'))
			Y.applyUpdate(loaded, update);
		await second.storage.close();
		expect(loaded.getMap('cards').toJSON()).toEqual(doc.getMap('cards').toJSON());
	});
});
