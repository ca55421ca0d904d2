import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardCreated } from '@groundwork/protocol';
import { LocalPubSub } from '../../src/pubsub/LocalPubSub.js';
import { makeDataDir, startTestServer, type TestServer } from '../support/testServer.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import { addCard, cardTexts, connectClient, type SyncClient } from '../support/syncClient.js';
import { waitFor } from '../support/waitFor.js';

describe('persistence and board lifecycle', () => {
	const clients: SyncClient[] = [];
	const servers: TestServer[] = [];
	const processes: ServerProcess[] = [];
	const dirs: string[] = [];

	afterEach(async () => {
		for (const client of clients.splice(0)) client.destroy();
		for (const server of servers.splice(0)) await server.close();
		for (const proc of processes.splice(0)) {
			proc.child.kill('SIGKILL');
			await proc.exited;
		}
		for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
	});

	async function start(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
		const server = await startTestServer(options);
		servers.push(server);
		dirs.push(server.dataDir);
		return server;
	}

	function connect(syncUrl: string, board: BoardCreated): SyncClient {
		const client = connectClient(syncUrl, board.id, board.tokens.participant);
		clients.push(client);
		return client;
	}

	it('[S2] everything is there after a server restart', async () => {
		const first = await start();
		const board = await first.createBoard();
		const a = connect(first.syncUrl, board);
		await a.synced();
		const ids = [addCard(a.doc, 'Heat pumps'), addCard(a.doc, 'District heating')];
		await waitFor(async () => (await first.storage.docs.loadUpdates(board.id)).length >= 3);
		a.destroy();
		await first.close();
		servers.splice(servers.indexOf(first), 1);

		const second = await start({ dataDir: first.dataDir });
		const b = connect(second.syncUrl, board);
		await b.synced();
		await waitFor(() => ids.every((id) => cardTexts(b.doc)[id]));
		expect(cardTexts(b.doc)).toEqual({ [ids[0]!]: 'Heat pumps', [ids[1]!]: 'District heating' });
	});

	it('[S1] after kill -9 mid-edit, everything the server had accepted is there', async () => {
		const dataDir = makeDataDir();
		dirs.push(dataDir);
		const first = await startServerProcess(dataDir);
		processes.push(first);
		const res = await fetch(`${first.httpUrl}/api/boards`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ title: 'Crash test', template: 'netzero-roadmap' }),
		});
		const board = (await res.json()) as BoardCreated;
		const writer = connect(first.syncUrl, board);
		const witness = connect(first.syncUrl, board);
		await Promise.all([writer.synced(), witness.synced()]);

		// The writer keeps editing; what the witness received, the server had accepted.
		let written = 0;
		const editing = setInterval(() => {
			for (let i = 0; i < 5; i++) addCard(writer.doc, `edit ${++written}`);
		}, 2);
		await waitFor(() => Object.keys(cardTexts(witness.doc)).length >= 200, { timeoutMs: 20_000 });
		first.child.kill('SIGKILL');
		await first.exited;
		clearInterval(editing);
		const accepted = cardTexts(witness.doc);
		writer.destroy();
		witness.destroy();

		const second = await startServerProcess(dataDir);
		processes.push(second);
		const reader = connect(second.syncUrl, board);
		await reader.synced();
		await waitFor(() => Object.keys(cardTexts(reader.doc)).length >= Object.keys(accepted).length);
		const restored = cardTexts(reader.doc);
		for (const [id, text] of Object.entries(accepted)) expect(restored[id]).toBe(text);
	});

	it('[L2] an idle board is evicted and comes back intact', async () => {
		const server = await start({ config: { idleEvictMs: 50 } });
		const board = await server.createBoard();
		const a = connect(server.syncUrl, board);
		await a.synced();
		const id = addCard(a.doc, 'Tree planting');
		await waitFor(async () => (await server.storage.docs.loadUpdates(board.id)).length >= 2);
		a.destroy();
		await waitFor(() => !server.app.rooms.has(board.id), { message: 'eviction' });
		expect(await server.storage.docs.loadUpdates(board.id)).toHaveLength(1);

		const b = connect(server.syncUrl, board);
		await b.synced();
		await waitFor(() => cardTexts(b.doc)[id] === 'Tree planting');
		expect(server.app.rooms.has(board.id)).toBe(true);
	});

	it('[L4] two instances sharing storage and pub/sub serve one board', async () => {
		const pubsub = new LocalPubSub();
		const one = await start({ pubsub });
		const two = await start({ pubsub, dataDir: one.dataDir });
		const board = await one.createBoard();
		const a = connect(one.syncUrl, board);
		const b = connect(two.syncUrl, board);
		await Promise.all([a.synced(), b.synced()]);
		const fromA = addCard(a.doc, 'From instance one');
		const fromB = addCard(b.doc, 'From instance two');
		await waitFor(
			() =>
				Object.keys(cardTexts(a.doc)).length === 2 && Object.keys(cardTexts(b.doc)).length === 2,
		);
		expect(cardTexts(a.doc)).toEqual(cardTexts(b.doc));
		const stored = new Y.Doc();
		for (const update of await one.storage.docs.loadUpdates(board.id))
			Y.applyUpdate(stored, update);
		expect(Object.keys(cardTexts(stored)).sort()).toEqual([fromA, fromB].sort());
	});
});
