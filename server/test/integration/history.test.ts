import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	boardToBackup,
	cardsMap,
	gapsMap,
	type BoardBackup,
	type BoardCreated,
	type BoardInfo,
	type RestoreResult,
	type Role,
	type SessionCommand,
	type VersionInfo,
	type VersionList,
} from '@groundwork/protocol';
import { joinSession } from '../support/facilitationClient.js';
import { addCard, cardTexts, connectClient, type SyncClient } from '../support/syncClient.js';
import { SQLITE_FILE } from '../../src/storage/SqliteDocStorage.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { closeAfterEach } from '../support/testResources.js';
import { waitFor } from '../support/waitFor.js';

const { clients, syncClients, servers } = closeAfterEach();

async function server(versionEveryMs = 60 * 60_000): Promise<TestServer> {
	const started = await startTestServer({ config: { versionEveryMs } });
	servers.push(started);
	return started;
}

function sync(srv: TestServer, board: BoardCreated, role: Role): SyncClient {
	const client = connectClient(srv.syncUrl, board.id, board.tokens[role]);
	syncClients.push(client);
	return client;
}

/** Calls the board's API as `role`; resolves to the status and the parsed body. */
async function api<T>(
	srv: TestServer,
	board: BoardCreated,
	role: Role,
	path: string,
	body?: unknown,
): Promise<{ status: number; body: T }> {
	const res = await fetch(`${srv.httpUrl}/api/boards/${board.id}${path}`, {
		method: body === undefined ? 'GET' : 'POST',
		headers: {
			authorization: `Bearer ${board.tokens[role]}`,
			...(body === undefined ? {} : { 'content-type': 'application/json' }),
		},
		...(body === undefined ? {} : { body: JSON.stringify(body) }),
	});
	const text = await res.text();
	return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

async function versions(srv: TestServer, board: BoardCreated): Promise<VersionInfo[]> {
	return (await api<VersionList>(srv, board, 'viewer', '/versions')).body.versions;
}

async function saveVersion(srv: TestServer, board: BoardCreated, label: string) {
	const saved = await api<VersionInfo>(srv, board, 'facilitator', '/versions', { label });
	expect(saved.status).toBe(201);
	return saved.body;
}

/** Waits until every client holds exactly `expected` cards (id -> text). */
async function allHold(who: SyncClient[], expected: Record<string, string>, message: string) {
	await waitFor(
		() => who.every((c) => JSON.stringify(cardTexts(c.doc)) === JSON.stringify(expected)),
		{
			message,
		},
	);
}

/** How many boards the server's SQLite catalog holds (read from the file). */
function boardCount(srv: TestServer): number {
	const db = new Database(path.join(srv.dataDir, SQLITE_FILE), { readonly: true });
	try {
		return (db.prepare('SELECT COUNT(*) AS n FROM boards').get() as { n: number }).n;
	} finally {
		db.close();
	}
}

function sorted(record: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

describe('[V1]-[V4] versions and restore', () => {
	it('[V1] a facilitator saves a named version; everyone lists it and reads it; others may not save', async () => {
		const srv = await server();
		const board = await srv.createBoard();
		const ana = sync(srv, board, 'participant');
		await ana.synced();
		const card = addCard(ana.doc, 'Solar roofs', { city: 'Split' });
		await waitFor(async () => (await srv.storage.docs.loadUpdates(board.id)).length > 1);

		expect((await api(srv, board, 'participant', '/versions', { label: 'Mine' })).status).toBe(403);
		expect((await api(srv, board, 'facilitator', '/versions', { label: '' })).status).toBe(400);
		const saved = await saveVersion(srv, board, 'After the Planning seminar');
		expect(saved).toMatchObject({ trigger: 'named', label: 'After the Planning seminar' });
		expect(saved.summary.cardsByCity).toEqual({ Split: { added: 1, removed: 0, edited: 0 } });
		expect((await versions(srv, board)).map((v) => v.id)).toEqual([saved.id]);
		// The board's metadata names its last change (the newest version).
		const info = await fetch(`${srv.httpUrl}/api/boards/${board.id}`, {
			headers: { authorization: `Bearer ${board.tokens.viewer}` },
		});
		expect(((await info.json()) as BoardInfo).lastChange).toEqual({ at: saved.at, editors: [] });

		const res = await fetch(`${srv.httpUrl}/api/boards/${board.id}/versions/${saved.id}`, {
			headers: { authorization: `Bearer ${board.tokens.viewer}` },
		});
		expect(res.headers.get('content-type')).toContain('application/octet-stream');
		const doc = new Y.Doc();
		Y.applyUpdate(doc, new Uint8Array(await res.arrayBuffer()));
		expect(cardTexts(doc)).toEqual({ [card]: 'Solar roofs' });
		const missing = await api(srv, board, 'viewer', '/versions/nope');
		expect(missing.status).toBe(404);
		const forged = await fetch(`${srv.httpUrl}/api/boards/${board.id}/versions`, {
			headers: { authorization: 'Bearer v1.forged.token' },
		});
		expect(forged.status).toBe(401);
	});

	it('[V2] versions are taken a few minutes into activity, on a phase change and when breakouts end', async () => {
		const srv = await server(300);
		const board = await srv.createBoard();
		const ana = sync(srv, board, 'participant');
		const witness = sync(srv, board, 'viewer');
		await Promise.all([ana.synced(), witness.synced()]);
		// Ana's presence names her; once others see it, the server knows who edits.
		ana.provider.awareness.setLocalState({
			user: { name: 'Ana', city: 'Split', color: '#336699' },
			cursor: null,
		});
		await waitFor(() => witness.provider.awareness.getStates().get(ana.doc.clientID), {
			message: 'Ana’s presence',
		});
		addCard(ana.doc, 'First idea', { city: 'Split' });
		const activity = await waitFor(async () => (await versions(srv, board))[0], {
			message: 'a version after the activity',
		});
		expect(activity?.trigger).toBe('activity');
		expect(activity?.editors).toEqual([{ name: 'Ana', city: 'Split' }]);

		const join = (role: Role, who: { key: string; name: string; city: string }) =>
			joinSession(
				srv.httpUrl,
				{ boardId: board.id, token: board.tokens[role], ...who },
				role,
				(c) => clients.push(c),
			);
		const fia = await join('facilitator', {
			key: 'facilitator-key-01',
			name: 'Fia',
			city: 'Brussels',
		});
		await join('participant', { key: 'ana-key-000000001', name: 'Ana', city: 'Split' });
		const command = async (c: SessionCommand) => expect(await fia.command(c)).toEqual({ ok: true });

		addCard(ana.doc, 'Second idea', { city: 'Split' });
		await command({ type: 'agenda.go', index: 1 });
		const phase = await waitFor(
			async () => (await versions(srv, board)).find((v) => v.trigger === 'phase'),
			{ message: 'a version on the phase change' },
		);
		expect(phase).toMatchObject({ label: 'Enabling & Deep Dive', author: 'Fia' });

		await command({ type: 'breakouts.start', count: 1, assign: 'city' });
		await command({ type: 'breakouts.end' });
		const breakouts = await waitFor(
			async () => (await versions(srv, board)).find((v) => v.trigger === 'breakouts'),
			{ message: 'a version when the breakouts ended' },
		);
		expect(breakouts?.author).toBe('Fia');
	});

	it('[V4] restoring a whole version converges on every client and is undone by restoring the version taken before it', async () => {
		const srv = await server();
		const board = await srv.createBoard();
		const ana = sync(srv, board, 'participant');
		const ben = sync(srv, board, 'participant');
		await Promise.all([ana.synced(), ben.synced()]);
		const kept = addCard(ana.doc, 'Kept', { city: 'Split' });
		const removedLater = addCard(ana.doc, 'Removed later', { city: 'Split' });
		await allHold(
			[ana, ben],
			sorted({ [kept]: 'Kept', [removedLater]: 'Removed later' }),
			'both cards',
		);
		const version = await saveVersion(srv, board, 'Good state');

		cardsMap(ben.doc).delete(removedLater);
		const added = addCard(ben.doc, 'Added after', { city: 'Tartu' });
		const after = sorted({ [kept]: 'Kept', [added]: 'Added after' });
		await allHold([ana, ben], after, 'the later state');

		expect(
			(await api(srv, board, 'participant', `/versions/${version.id}/restore`, {})).status,
		).toBe(403);
		const restored = await api<RestoreResult>(
			srv,
			board,
			'facilitator',
			`/versions/${version.id}/restore`,
			{},
		);
		expect(restored.status).toBe(200);
		expect(restored.body.changed).toBe(2);
		expect(restored.body.before).toMatchObject({ trigger: 'restore', label: 'Good state' });
		await allHold(
			[ana, ben],
			sorted({ [kept]: 'Kept', [removedLater]: 'Removed later' }),
			'the restored version',
		);

		const undo = await api<RestoreResult>(
			srv,
			board,
			'facilitator',
			`/versions/${restored.body.before!.id}/restore`,
			{},
		);
		expect(undo.status).toBe(200);
		await allHold([ana, ben], after, 'the state before the restore');
	});

	it('[V4] a participant brings back single deleted cards and gaps', async () => {
		const srv = await server();
		const board = await srv.createBoard();
		const ana = sync(srv, board, 'participant');
		const witness = sync(srv, board, 'viewer');
		await Promise.all([ana.synced(), witness.synced()]);
		const card = addCard(ana.doc, 'Bring me back', { city: 'Split' });
		const other = addCard(ana.doc, 'Stays deleted', { city: 'Split' });
		const gap = new Y.Map<unknown>();
		gap.set('id', 'gap-1');
		gap.set('title', new Y.Text('No data'));
		gapsMap(ana.doc).set('gap-1', gap);
		await waitFor(() => gapsMap(witness.doc).has('gap-1'));
		const version = await saveVersion(srv, board, 'Before the clean-up');
		cardsMap(ana.doc).delete(card);
		cardsMap(ana.doc).delete(other);
		gapsMap(ana.doc).delete('gap-1');
		await waitFor(
			() => Object.keys(cardTexts(witness.doc)).length === 0 && gapsMap(witness.doc).size === 0,
		);

		const path = `/versions/${version.id}/restore`;
		expect((await api(srv, board, 'viewer', path, { cards: [card] })).status).toBe(403);
		const back = await api<RestoreResult>(srv, board, 'participant', path, {
			cards: [card],
			gaps: ['gap-1'],
		});
		expect(back.status).toBe(200);
		expect(back.body.changed).toBe(2);
		await waitFor(
			() => cardTexts(witness.doc)[card] === 'Bring me back' && gapsMap(witness.doc).has('gap-1'),
			{
				message: 'the card and the gap back',
			},
		);
		expect(cardTexts(witness.doc)[other]).toBeUndefined();
		expect((await api(srv, board, 'participant', path, { cards: 'all' })).status).toBe(400);
	});
});

describe('[V5] JSON backup', () => {
	it('exports the whole board and imports it as a new board with the same content', async () => {
		const srv = await server();
		const board = await srv.createBoard('Roadmap of Split');
		const ana = sync(srv, board, 'participant');
		await ana.synced();
		const card = addCard(ana.doc, 'Heat pumps', { city: 'Split' });
		await waitFor(async () => (await srv.storage.docs.loadUpdates(board.id)).length > 1);

		const exported = await fetch(`${srv.httpUrl}/api/boards/${board.id}/export.json`, {
			headers: { authorization: `Bearer ${board.tokens.viewer}` },
		});
		expect(exported.status).toBe(200);
		expect(exported.headers.get('content-disposition')).toContain('Roadmap-of-Split.json');
		const backup = (await exported.json()) as BoardBackup;
		expect(JSON.stringify(backup)).not.toContain(board.tokens.viewer);

		const imported = await fetch(`${srv.httpUrl}/api/boards/import`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(backup),
		});
		expect(imported.status).toBe(201);
		const copy = (await imported.json()) as BoardCreated;
		expect(copy.id).not.toBe(board.id);
		expect(copy.title).toBe('Roadmap of Split');
		const reader = sync(srv, copy, 'viewer');
		await reader.synced();
		expect(cardTexts(reader.doc)).toEqual({ [card]: 'Heat pumps' });
		const again = boardToBackup(reader.doc, backup.board);
		const { meta: _m1, ...content } = again.content;
		const { meta: _m2, ...original } = backup.content;
		expect(content).toEqual(original);
	});

	it('refuses what is not a backup with a clear 4xx, and creates no board', async () => {
		const srv = await server();
		expect(boardCount(srv)).toBe(0);
		const post = (body: string, type = 'application/json') =>
			fetch(`${srv.httpUrl}/api/boards/import`, {
				method: 'POST',
				headers: { 'content-type': type },
				body,
			});
		const notJson = await post('{"format":');
		expect(notJson.status).toBe(400);
		const notBackup = await post(JSON.stringify({ format: 'miro', boards: [] }));
		expect(notBackup.status).toBe(422);
		expect(((await notBackup.json()) as { error: { code: string } }).error.code).toBe(
			'invalid_backup',
		);
		const hostile = await post(
			JSON.stringify({
				format: 'groundwork-board',
				version: 1,
				exportedAt: '',
				board: { title: 'x', template: 'netzero-roadmap' },
				content: {
					meta: {},
					layout: {},
					frames: {},
					cards: { c: { $proto: 1 } },
					gaps: {},
					links: {},
				},
			}),
		);
		expect(hostile.status).toBe(422);
		const huge = await post(JSON.stringify({ pad: 'x'.repeat(21 * 1024 * 1024) }));
		expect(huge.status).toBe(413);
		expect(boardCount(srv)).toBe(0);
	});
});
