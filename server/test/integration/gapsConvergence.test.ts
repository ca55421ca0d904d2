import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createGapMap, gapsMap, readGapFields } from '@groundwork/protocol';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { connectClient, type SyncClient } from '../support/syncClient.js';
import { waitFor } from '../support/waitFor.js';

/** A gap's whole state as plain JSON (texts as strings, comments as objects). */
function gapState(doc: Y.Doc, id: string): unknown {
	return gapsMap(doc).get(id)?.toJSON();
}

function gapText(doc: Y.Doc, id: string, key: 'title' | 'description'): Y.Text {
	const text = gapsMap(doc).get(id)?.get(key);
	if (!(text instanceof Y.Text)) throw new Error(`gap ${id} has no ${key} text`);
	return text;
}

describe('gaps through the real server', () => {
	const clients: SyncClient[] = [];
	const servers: TestServer[] = [];

	afterEach(async () => {
		for (const client of clients.splice(0)) client.destroy();
		for (const server of servers.splice(0)) await server.close({ removeData: true });
	});

	async function start(dataDir?: string): Promise<TestServer> {
		const server = await startTestServer({ dataDir });
		servers.push(server);
		return server;
	}

	function connect(server: TestServer, boardId: string, token: string): SyncClient {
		const client = connectClient(server.syncUrl, boardId, token);
		clients.push(client);
		return client;
	}

	it('[D10] concurrent edits of one gap converge, keep both people’s typing and are stored', async () => {
		const first = await start();
		const board = await first.createBoard('Gap list');
		const a = connect(first, board.id, board.tokens.participant);
		const b = connect(first, board.id, board.tokens.participant);
		await Promise.all([a.synced(), b.synced()]);

		const id = 'gap-heat-data';
		gapsMap(a.doc).set(
			id,
			createGapMap({
				id,
				values: { title: 'Heat data', description: 'Missing', severity: 'low' },
				city: 'Lyon',
				createdBy: 'Ada',
				createdAt: 1,
				order: 1,
			}),
		);
		await waitFor(() => gapsMap(b.doc).get(id)?.get('title') instanceof Y.Text, {
			message: 'the gap to reach B',
		});

		// Both go offline, so what each does next cannot have seen the other's.
		a.provider.disconnect();
		b.provider.disconnect();
		gapText(a.doc, id, 'title').insert('Heat data'.length, ' for 2030');
		gapText(b.doc, id, 'title').insert(0, 'Urgent: ');
		gapText(a.doc, id, 'description').insert(0, 'Lyon: ');
		gapText(b.doc, id, 'description').insert('Missing'.length, ' since 2019');
		gapsMap(a.doc).get(id)!.set('severity', 'high');
		gapsMap(b.doc).get(id)!.set('status', 'analysing');
		gapsMap(a.doc).get(id)!.set('category', 'data_monitoring');
		gapsMap(b.doc).get(id)!.set('category', 'skills_capacity');
		expect(gapState(a.doc, id)).not.toEqual(gapState(b.doc, id));
		a.provider.connect();
		b.provider.connect();

		const expected = {
			title: 'Urgent: Heat data for 2030',
			description: 'Lyon: Missing since 2019',
			severity: 'high',
			status: 'analysing',
		};
		await waitFor(
			() => {
				expect(readGapFields(gapsMap(a.doc).get(id)!)).toMatchObject(expected);
				expect(gapState(b.doc, id)).toEqual(gapState(a.doc, id));
				return true;
			},
			{ message: 'both clients to converge on the gap' },
		);
		const converged = gapState(a.doc, id);
		const category = readGapFields(gapsMap(a.doc).get(id)!).category;
		expect(['data_monitoring', 'skills_capacity']).toContain(category);

		// The server stored all of it: a fresh document built from storage has the same gap.
		await waitFor(
			async () => {
				const stored = new Y.Doc();
				for (const update of await first.storage.docs.loadUpdates(board.id)) {
					Y.applyUpdate(stored, update);
				}
				expect(gapState(stored, id)).toEqual(converged);
				return true;
			},
			{ message: 'the converged gap in storage' },
		);

		// And it comes back after a restart, to someone who was never connected.
		for (const client of clients.splice(0)) client.destroy();
		await first.close();
		servers.splice(servers.indexOf(first), 1);
		const second = await start(first.dataDir);
		const c = connect(second, board.id, board.tokens.viewer);
		await c.synced();
		await waitFor(() => gapsMap(c.doc).has(id), { message: 'the gap after a restart' });
		expect(gapState(c.doc, id)).toEqual(converged);
		expect(readGapFields(gapsMap(c.doc).get(id)!)).toEqual({ ...expected, category });
	});
});
