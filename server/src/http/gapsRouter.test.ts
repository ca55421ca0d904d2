import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
	GAP,
	MAX_CSV_BYTES,
	createGapMap,
	gapsMap,
	parseGapCsv,
	readGapFields,
	type BoardCreated,
	type GapCsvIssue,
	type GapFieldValues,
} from '@groundwork/protocol';
import { LocalPubSub } from '../pubsub/LocalPubSub.js';
import { startTestServer, type TestServer } from '../../test/support/testServer.js';
import { connectClient, type SyncClient } from '../../test/support/syncClient.js';
import { waitFor } from '../../test/support/waitFor.js';

const GOOD_CSV = [
	'Title;Status;Sector;Evidence;Notes',
	'No energy manager;In progress;energy;"survey | | 12 of 40 answered";ignored',
	'"=Heat plan, phase 2";;cross cutting;;',
	'Σχέδιο θέρμανσης 🌍;identified;;;',
].join('\r\n');

const BAD_CSV = [
	'title,status,dueDate,evidence',
	'Good one,identified,,',
	'Bad status,done,,',
	'"Two',
	'lines",,31/12/2026,',
	',resolved,,',
	'Bad evidence,,,"survey | ftp://x | y"',
	'Good two,,,',
].join('\n');

interface ErrorAnswer {
	error: { code: string; message: string; issues?: GapCsvIssue[] };
}

/** Every gap's fields, by id. */
function gapValues(doc: Y.Doc): Record<string, GapFieldValues> {
	const out: Record<string, GapFieldValues> = {};
	for (const [id, map] of gapsMap(doc)) out[id] = readGapFields(map);
	return out;
}

describe('gap list CSV endpoints', () => {
	const pubsub = new LocalPubSub();
	let server: TestServer;
	let board: BoardCreated;
	const clients: SyncClient[] = [];
	const others: TestServer[] = [];

	beforeEach(async () => {
		server = await startTestServer({ pubsub });
		board = await server.createBoard('Gap list');
	});
	afterEach(async () => {
		for (const client of clients.splice(0)) client.destroy();
		for (const other of others.splice(0)) await other.close();
		await server.close({ removeData: true });
	});

	const connect = async (on = server): Promise<SyncClient> => {
		const client = connectClient(on.syncUrl, board.id, board.tokens.participant);
		clients.push(client);
		await client.synced();
		return client;
	};

	const importCsv = (
		body: string,
		{ token = board.tokens.participant, query = '', type = 'text/csv; charset=utf-8' } = {},
	) =>
		fetch(`${server.httpUrl}/api/boards/${board.id}/gaps/import${query}`, {
			method: 'POST',
			headers: { authorization: `Bearer ${token}`, 'content-type': type },
			body,
		});

	const exportCsv = (token = board.tokens.viewer) =>
		fetch(`${server.httpUrl}/api/boards/${board.id}/gaps.csv?token=${encodeURIComponent(token)}`);

	const storedUpdates = async () => (await server.storage.docs.loadUpdates(board.id)).length;

	it('[H4][L4] imports every row in one transaction, seen live on every instance', async () => {
		const other = await startTestServer({ pubsub, dataDir: server.dataDir });
		others.push(other);
		const client = await connect();
		const elsewhere = await connect(other);
		let updates = 0;
		client.doc.on('update', () => updates++);
		const res = await importCsv(GOOD_CSV, { query: '?by=Ana&city=Lisbon' });
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ created: 3, updated: 0, ignoredColumns: ['Notes'] });
		await waitFor(() => gapsMap(client.doc).size === 3, { message: 'the imported gaps' });
		await waitFor(() => gapsMap(elsewhere.doc).size === 3, { message: 'them on instance two' });
		expect(updates).toBe(1);
		expect(gapValues(elsewhere.doc)).toEqual(gapValues(client.doc));
		const gaps = [...gapsMap(client.doc).values()].sort(
			(a, b) => Number(a.get(GAP.order)) - Number(b.get(GAP.order)),
		);
		expect(gaps.map(readGapFields)).toEqual([
			{
				title: 'No energy manager',
				status: 'in_progress',
				sector: 'energy',
				evidence: [{ source: 'survey', text: '12 of 40 answered' }],
			},
			{ title: '=Heat plan, phase 2', sector: 'cross_cutting' },
			{ title: 'Σχέδιο θέρμανσης 🌍', status: 'identified' },
		]);
		expect(gaps.map((gap) => [gap.get(GAP.createdBy), gap.get(GAP.city)])).toEqual([
			['Ana', 'Lisbon'],
			['Ana', 'Lisbon'],
			['Ana', 'Lisbon'],
		]);
	});

	it('[H5] exports the gaps in their shared order as UTF-8 CSV with a BOM, to any role', async () => {
		const client = await connect();
		expect((await importCsv('title\nSecond\nThird')).status).toBe(200);
		await waitFor(() => gapsMap(client.doc).size === 2);
		const values = { title: '-First, with "quotes"', description: 'line one\nline two' };
		const gap = { id: 'first', values, city: '', createdBy: '', createdAt: 0, order: 0.5 };
		gapsMap(client.doc).set('first', createGapMap(gap));
		await waitFor(async () => (await exportCsv()).text().then((csv) => csv.includes('First')));

		const res = await exportCsv(board.tokens.viewer);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(res.headers.get('content-disposition')).toBe(
			`attachment; filename="gaps-${board.id}.csv"`,
		);
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
		expect(csv).toContain(`"'-First, with ""quotes"""`);
		const parsed = parseGapCsv(csv);
		expect(parsed.issues).toEqual([]);
		expect(parsed.rows.map((row) => row.values.title)).toEqual([
			'-First, with "quotes"',
			'Second',
			'Third',
		]);
		expect(parsed.rows[0]).toMatchObject({ id: 'first', values });
	});

	it('[H4][H5] re-importing an exported file updates its gaps, and they survive a restart', async () => {
		expect((await importCsv(GOOD_CSV)).status).toBe(200);
		const exported = await (await exportCsv()).text();
		const edited = exported.replace('No energy manager', 'No energy manager yet');
		const res = await importCsv(edited);
		expect(await res.json()).toEqual({ created: 0, updated: 3, ignoredColumns: [] });

		const { dataDir } = server;
		await server.close();
		server = await startTestServer({ dataDir });
		const client = await connect();
		expect(gapsMap(client.doc).size).toBe(3);
		const titles = Object.values(gapValues(client.doc)).map((values) => values.title);
		expect(titles.sort()).toEqual([
			'=Heat plan, phase 2',
			'No energy manager yet',
			'Σχέδιο θέρμανσης 🌍',
		]);
		expect(await (await exportCsv()).text()).toBe(
			exported.replace('No energy manager', 'No energy manager yet'),
		);
	});

	it('[H4] an update clears fields whose cell is empty and keeps those without a column', async () => {
		const first = 'title,description,status,severity\nHeat plan,Two pages,identified,high';
		expect((await importCsv(first)).status).toBe(200);
		const [id] = parseGapCsv(await (await exportCsv()).text()).rows.map((row) => row.id);
		const res = await importCsv(`ID,Title,Status\n${id},Heat plan v2,`);
		expect(await res.json()).toEqual({ created: 0, updated: 1, ignoredColumns: [] });
		const client = await connect();
		expect(gapValues(client.doc)).toEqual({
			[id!]: { title: 'Heat plan v2', description: 'Two pages', severity: 'high' },
		});
	});

	it('[H4] a malformed CSV answers 422 with one issue per bad row and changes nothing', async () => {
		const client = await connect();
		const before = await storedUpdates();
		const res = await importCsv(BAD_CSV);
		expect(res.status).toBe(422);
		const { error } = (await res.json()) as ErrorAnswer;
		expect(error.code).toBe('invalid_csv');
		expect(error.message).toContain('4 problems');
		expect(error.issues?.map(({ line, column }) => [line, column])).toEqual([
			[3, 'status'],
			[4, 'dueDate'],
			[6, 'title'],
			[7, 'evidence'],
		]);
		expect(error.issues?.every((issue) => issue.message.startsWith(`${issue.column}: `))).toBe(
			true,
		);
		expect(await storedUpdates()).toBe(before);
		expect(gapsMap(client.doc).size).toBe(0);
		expect(parseGapCsv(await (await exportCsv()).text()).rows).toEqual([]);
	});

	it('[H4] a dry run validates and counts, and writes nothing', async () => {
		expect((await importCsv('title\nKept')).status).toBe(200);
		const [id] = parseGapCsv(await (await exportCsv()).text()).rows.map((row) => row.id);
		const before = await storedUpdates();
		const res = await importCsv(`id,title,colour\n${id},Changed\n,New`, { query: '?dryRun=true' });
		expect(await res.json()).toEqual({
			created: 1,
			updated: 1,
			ignoredColumns: ['colour'],
			dryRun: true,
		});
		expect(await storedUpdates()).toBe(before);
		const client = await connect();
		expect(Object.values(gapValues(client.doc))).toEqual([{ title: 'Kept' }]);
		const invalid = await importCsv('title\n', { query: '?dryRun=yes' });
		expect(invalid.status).toBe(400);
	});

	it('[H4][H5] refuses viewers, missing tokens, other content types and oversized files', async () => {
		const before = await storedUpdates();
		const viewer = await importCsv(GOOD_CSV, { token: board.tokens.viewer });
		expect(viewer.status).toBe(403);
		expect(((await viewer.json()) as ErrorAnswer).error.code).toBe('forbidden');

		const noToken = await fetch(`${server.httpUrl}/api/boards/${board.id}/gaps/import`, {
			method: 'POST',
			headers: { 'content-type': 'text/csv' },
			body: GOOD_CSV,
		});
		expect(noToken.status).toBe(401);
		expect((await fetch(`${server.httpUrl}/api/boards/${board.id}/gaps.csv`)).status).toBe(401);
		expect((await exportCsv('nonsense')).status).toBe(401);

		const json = await importCsv(JSON.stringify({ title: 'x' }), { type: 'application/json' });
		expect(json.status).toBe(415);
		expect(((await json.json()) as ErrorAnswer).error.code).toBe('unsupported_media_type');

		const huge = `title\n${'x'.repeat(MAX_CSV_BYTES)}`;
		const tooLarge = await importCsv(huge);
		expect(tooLarge.status).toBe(413);
		expect(((await tooLarge.json()) as ErrorAnswer).error.code).toBe('too_large');

		expect(await storedUpdates()).toBe(before);
	});
});
