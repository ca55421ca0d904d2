import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { CloseCode, type BoardCreated } from '@groundwork/protocol';
import { startTestRedis, type TestRedis } from '../support/redisServer.js';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.js';
import { connectSession, type SessionClient } from '../support/sessionClient.js';
import { addCard, cardTexts, connectClient, type SyncClient } from '../support/syncClient.js';
import { makeDataDir } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

/** A y-websocket client that edits without pause and follows the load balancer's choice. */
interface Editor {
	name: string;
	client: SyncClient;
	/** Close codes of every connection of this client the server ended. */
	closes: number[];
	/** Cards this client added. */
	added: number;
}

/**
 * Two server processes on one Redis behind a (simulated) load balancer: each is stopped with
 * SIGTERM and started again in turn while clients edit. [L5], [L6], [S1] About 10 s on an idle
 * machine, mostly four process starts; the timeout leaves room for a loaded one.
 */
describe('rolling restart', () => {
	let redis: TestRedis;
	const processes: ServerProcess[] = [];
	const editors: Editor[] = [];
	const readers: SyncClient[] = [];
	const sessions: SessionClient[] = [];
	const dirs: string[] = [];
	/** What the load balancer sends new connections to: instances that are up and ready. */
	const pool: ServerProcess[] = [];
	let turn = 0;

	beforeAll(async () => {
		redis = await startTestRedis();
	});
	afterAll(async () => {
		await redis.close();
	});
	afterEach(async () => {
		for (const editor of editors.splice(0)) editor.client.destroy();
		for (const reader of readers.splice(0)) reader.destroy();
		for (const session of sessions.splice(0)) session.close();
		for (const proc of processes.splice(0)) {
			if (proc.child.exitCode === null) proc.child.kill('SIGKILL');
			await proc.exited;
		}
		for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
		pool.length = 0;
	});

	async function instance(): Promise<ServerProcess> {
		const dir = makeDataDir();
		dirs.push(dir);
		const proc = await startServerProcess(dir, { REDIS_URL: redis.url });
		processes.push(proc);
		pool.push(proc);
		return proc;
	}

	/** The load balancer's pick: round robin over the pool. */
	function pick(): ServerProcess {
		const proc = pool[turn++ % pool.length];
		if (!proc) throw new Error('no instance in the pool');
		return proc;
	}

	/** Stops `proc` as an orchestrator does: out of the pool, then SIGTERM; it must exit 0. */
	async function stop(proc: ServerProcess): Promise<void> {
		pool.splice(pool.indexOf(proc), 1);
		proc.child.kill('SIGTERM');
		expect(await proc.exited).toBe(0);
	}

	function connectEditor(board: BoardCreated, name: string, proc = pick()): Editor {
		const client = connectClient(proc.syncUrl, board.id, board.tokens.participant);
		const editor: Editor = { name, client, closes: [], added: 0 };
		client.provider.on('connection-close', (event) => {
			if (event) editor.closes.push(event.code);
			// The next attempt goes wherever the load balancer sends it.
			client.provider.serverUrl = pick().syncUrl;
		});
		editors.push(editor);
		return editor;
	}

	const on = (editor: Editor, proc: ServerProcess) =>
		editor.client.provider.wsconnected && editor.client.provider.url.startsWith(proc.syncUrl);

	/** How many cards in `doc` each editor added (their text is `<name>:<n>`), sorted by name. */
	function cardsByEditor(doc: Y.Doc): string {
		const counts = new Map<string, number>();
		for (const text of Object.values(cardTexts(doc))) {
			const name = /^(e\d+):\d+$/.exec(text)?.[1];
			if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
		}
		return [...counts]
			.sort(([x], [y]) => x.localeCompare(y))
			.map(([name, count]) => `${name}=${count}`)
			.join(' ');
	}

	/** Waits until every editor has added `more` cards since now. */
	async function editsGoOn(more: number): Promise<void> {
		const from = editors.map((e) => e.added);
		await waitFor(() => editors.every((e, i) => e.added >= (from[i] ?? 0) + more), {
			message: `${more} more cards from every editor`,
		});
	}

	it('[L5][L6] SIGTERM of each instance in turn: clients get 1012, move over, and no edit is lost', async () => {
		const a = await instance();
		const b = await instance();
		const res = await fetch(`${a.httpUrl}/api/boards`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ title: 'Rolling', template: 'netzero-roadmap' }),
		});
		expect(res.status).toBe(201);
		const board = (await res.json()) as BoardCreated;

		// Four editors, two on each instance; a session (socket.io) client on each instance too.
		for (let i = 0; i < 4; i++) connectEditor(board, `e${i}`);
		await Promise.all(editors.map((e) => e.client.synced()));
		expect(editors.filter((e) => on(e, a))).toHaveLength(2);
		const sessionOnA = connectSession(a.httpUrl, board.id, board.tokens.participant);
		const sessionOnB = connectSession(b.httpUrl, board.id, board.tokens.participant);
		sessions.push(sessionOnA, sessionOnB);
		await Promise.all([sessionOnA.welcome, sessionOnB.welcome]);
		const sessionAEnded = new Promise<string>((resolve) =>
			sessionOnA.socket.once('disconnect', resolve),
		);

		const editing = setInterval(() => {
			for (const editor of editors) {
				addCard(editor.client.doc, `${editor.name}:${++editor.added}`);
			}
		}, 40);
		try {
			await editsGoOn(10);

			// A stops: its clients are told 1012 and continue on B.
			const onA = editors.filter((e) => on(e, a));
			await stop(a);
			await waitFor(() => onA.every((e) => e.closes.includes(CloseCode.serviceRestart)), {
				message: 'A’s clients closed with 1012',
			});
			// socket.io: only A's client was disconnected, as a transport close it reconnects from.
			expect(await sessionAEnded).toBe('transport close');
			expect(sessionOnB.socket.connected).toBe(true);
			await waitFor(() => editors.every((e) => on(e, b) && e.client.provider.synced), {
				message: 'every editor synced on B',
			});
			await editsGoOn(5);

			// A again, and two more editors on it, so both instances have clients when B stops.
			const a2 = await instance();
			connectEditor(board, 'e4', a2);
			connectEditor(board, 'e5', a2);
			await Promise.all(editors.map((e) => e.client.synced()));
			await editsGoOn(5);

			// B stops: its clients are told 1012 and continue on A.
			const onB = editors.filter((e) => on(e, b));
			expect(onB.length).toBeGreaterThanOrEqual(4);
			await stop(b);
			await waitFor(() => onB.every((e) => e.closes.includes(CloseCode.serviceRestart)), {
				message: 'B’s clients closed with 1012',
			});
			expect(sessionOnB.socket.connected).toBe(false);
			await waitFor(() => editors.every((e) => on(e, a2) && e.client.provider.synced), {
				message: 'every editor synced on A',
			});
			await editsGoOn(5);
			await instance();
			await editsGoOn(5);
		} finally {
			clearInterval(editing);
		}

		// Every card every editor added is everywhere: on every editor and on fresh readers of
		// both instances (the restarted B has nobody on the board: it reads it from Redis).
		const expected = editors
			.map((e) => `${e.name}=${e.added}`)
			.sort()
			.join(' ');
		for (const proc of pool) {
			const reader = connectClient(proc.syncUrl, board.id, board.tokens.viewer);
			readers.push(reader);
		}
		const docs = new Map<string, Y.Doc>([
			...editors.map((e): [string, Y.Doc] => [e.name, e.client.doc]),
			...readers.map((r, i): [string, Y.Doc] => [`reader ${i}`, r.doc]),
		]);
		for (const [name, doc] of docs) {
			await waitFor(() => cardsByEditor(doc) === expected, {
				timeoutMs: 15_000,
				message: `every card in ${name}'s document (expected ${expected})`,
			}).catch((error: Error) => {
				throw new Error(`${error.message}; has ${cardsByEditor(doc)}`);
			});
		}
		const reference = cardTexts(editors[0]!.client.doc);
		for (const doc of docs.values()) expect(cardTexts(doc)).toEqual(reference);
	}, 90_000);
});
