import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardCreated } from '@groundwork/protocol';
import type { RedisBackend } from '../../src/redis/createRedisBackend.js';
import { connectBackend, startTestRedis, type TestRedis } from '../support/redisServer.js';
import { makeDataDir } from '../support/testServer.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import { addCard, cardTexts, connectClient, type SyncClient } from '../support/syncClient.js';
import { waitFor } from '../support/waitFor.js';

/** Several server processes on one Redis, as behind a load balancer. */
describe('instances sharing one Redis', () => {
	let redis: TestRedis;
	const clients: SyncClient[] = [];
	const processes: ServerProcess[] = [];
	const dirs: string[] = [];

	beforeAll(async () => {
		redis = await startTestRedis();
	});
	afterAll(async () => {
		await redis.close();
	});
	afterEach(async () => {
		for (const client of clients.splice(0)) client.destroy();
		for (const proc of processes.splice(0)) {
			proc.child.kill('SIGKILL');
			await proc.exited;
		}
		for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
	});

	async function instance(env: Record<string, string> = {}): Promise<ServerProcess> {
		const dir = makeDataDir();
		dirs.push(dir);
		const proc = await startServerProcess(dir, { REDIS_URL: redis.url, ...env });
		processes.push(proc);
		return proc;
	}

	function connect(proc: ServerProcess, board: BoardCreated, doc?: Y.Doc): SyncClient {
		const client = connectClient(proc.syncUrl, board.id, board.tokens.participant, doc);
		clients.push(client);
		return client;
	}

	async function createBoard(proc: ServerProcess): Promise<BoardCreated> {
		const res = await fetch(`${proc.httpUrl}/api/boards`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ title: 'Shared', template: 'netzero-roadmap' }),
		});
		expect(res.status).toBe(201);
		return (await res.json()) as BoardCreated;
	}

	it('[L4] stock clients split across two processes converge and share presence', async () => {
		const [one, two] = [await instance(), await instance()];
		const board = await createBoard(one);
		const info = await fetch(`${two.httpUrl}/api/boards/${board.id}?token=${board.tokens.viewer}`);
		expect(info.status).toBe(200);

		const onOne = [connect(one, board), connect(one, board)];
		const onTwo = [connect(two, board), connect(two, board)];
		const all = [...onOne, ...onTwo];
		await Promise.all(all.map((c) => c.synced()));
		const ids = all.map((c, i) => addCard(c.doc, `card from client ${i}`));
		for (const client of all) {
			await waitFor(() => ids.every((id) => cardTexts(client.doc)[id]), { message: 'all cards' });
		}
		for (const client of all) expect(cardTexts(client.doc)).toEqual(cardTexts(all[0]!.doc));

		all.forEach((c, i) =>
			c.provider.awareness.setLocalState({
				user: { name: `Person ${i}`, city: i < 2 ? 'Lisbon' : 'Aarhus', color: '#0072b2' },
				cursor: null,
			}),
		);
		for (const client of all) {
			await waitFor(
				() =>
					all.every(
						(other) => client.provider.awareness.getStates().get(other.doc.clientID)?.['user'],
					),
				{ message: 'everyone in everyone’s presence' },
			);
		}
	});

	it('[P5] people on an instance killed with -9 disappear from the others within the TTL', async () => {
		const ttl = { PRESENCE_TTL_MS: '2000' };
		const [one, two] = [await instance(ttl), await instance(ttl)];
		const board = await createBoard(one);
		const doomed = connect(one, board);
		const observer = connect(two, board);
		await Promise.all([doomed.synced(), observer.synced()]);
		doomed.provider.awareness.setLocalState({
			user: { name: 'Jana', city: 'Ljubljana', color: '#d55e00' },
			cursor: { x: 10, y: 20 },
		});
		const states = () => observer.provider.awareness.getStates();
		await waitFor(() => states().get(doomed.doc.clientID)?.['user'], { message: 'Jana seen' });

		doomed.provider.shouldConnect = false;
		one.child.kill('SIGKILL');
		await one.exited;
		const killedAt = Date.now();
		await waitFor(() => !states().has(doomed.doc.clientID), {
			timeoutMs: 30_000,
			message: 'Jana gone',
		});
		expect(Date.now() - killedAt).toBeLessThan(30_000);
	});

	it('[S1] kill -9 of one instance mid-edit: its clients move to the other and nothing accepted is lost', async () => {
		const [one, two] = [await instance(), await instance()];
		const board = await createBoard(one);
		const writer = connect(one, board);
		const witness = connect(two, board);
		await Promise.all([writer.synced(), witness.synced()]);

		let written = 0;
		const editing = setInterval(() => {
			for (let i = 0; i < 5; i++) addCard(writer.doc, `edit ${++written}`);
		}, 2);
		await waitFor(() => Object.keys(cardTexts(witness.doc)).length >= 150, { timeoutMs: 20_000 });
		one.child.kill('SIGKILL');
		await one.exited;
		clearInterval(editing);
		const accepted = cardTexts(witness.doc);

		// The load balancer sends the writer to the surviving instance; its document comes along.
		writer.provider.destroy();
		const moved = connect(two, board, writer.doc);
		await moved.synced();
		const everything = Object.keys(cardTexts(writer.doc)).length;
		await waitFor(() => Object.keys(cardTexts(witness.doc)).length === everything, {
			message: 'the writer’s edits on the surviving instance',
		});

		const late = connect(two, board);
		await late.synced();
		await waitFor(() => Object.keys(cardTexts(late.doc)).length === everything);
		for (const [id, text] of Object.entries(accepted)) expect(cardTexts(late.doc)[id]).toBe(text);
	});
});

describe('[S3] concurrent compaction on Redis', () => {
	let redis: TestRedis;
	let backends: RedisBackend[] = [];
	beforeAll(async () => {
		redis = await startTestRedis();
	});
	afterAll(async () => {
		for (const backend of backends) await backend.storage.close();
		await redis.close();
	});

	it('two instances compacting one board at once, under appends, lose no update', async () => {
		const make = () => connectBackend(redis);
		backends = [await make(), await make()];
		const [a, b] = backends as [RedisBackend, RedisBackend];
		const source = new Y.Doc();
		const updates: Uint8Array[] = [];
		source.on('update', (update: Uint8Array) => updates.push(update));
		const cards = source.getMap<string>('cards');

		const compactions: Promise<number>[] = [];
		for (let round = 0; round < 40; round++) {
			for (let i = 0; i < 10; i++) cards.set(`r${round}-${i}`, `value ${round}.${i}`);
			const batch = updates.splice(0);
			await Promise.all(batch.map((u, i) => (i % 2 ? a : b).storage.docs.appendUpdate('race', u)));
			compactions.push(a.storage.docs.compact('race'), b.storage.docs.compact('race'));
		}
		const merged = await Promise.all(compactions);
		expect(merged.some((n) => n > 0)).toBe(true);
		await Promise.all([a.storage.docs.compact('race'), b.storage.docs.compact('race')]);

		const loaded = new Y.Doc();
		for (const update of await a.storage.docs.loadUpdates('race')) Y.applyUpdate(loaded, update);
		expect(loaded.getMap('cards').toJSON()).toEqual(cards.toJSON());
		expect(Object.keys(cards.toJSON())).toHaveLength(400);
	});
});
