import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	SCHEMA_VERSION,
	boardToBackup,
	cardsMap,
	computeLayout,
	createCardMap,
	gapsMap,
	initBoardMeta,
	SECTORS,
	STAGES,
} from '@groundwork/protocol';
import { addCard } from '../sync/cards.js';
import { addGap, linkCardToGap } from '../sync/gaps.js';
import { boardReport } from './reportData.js';
import { loadReport } from './reportLoad.js';
import { cardMeta, listOf, reportSummary } from './reportText.js';
import { ApiRequestError } from '../api.js';

const ana = { name: 'Ana', city: 'Lisbon' };

/** A roadmap board with cards in two cells, a gap addressed by an action, votes, a breakout. */
function seminarBoard(): { doc: Y.Doc; ids: Record<string, string> } {
	const doc = new Y.Doc();
	initBoardMeta(doc, {
		title: 'Spring seminar',
		template: 'netzero-roadmap',
		schemaVersion: SCHEMA_VERSION,
		createdAt: 1,
	});
	const solar = addCard(doc, {
		kind: 'action',
		column: 'planning',
		row: 'energy',
		city: 'Lisbon',
		createdBy: 'Ana',
		text: 'Solar on every school',
	});
	const staff = addCard(doc, {
		kind: 'barrier',
		column: 'planning',
		row: 'energy',
		city: 'Tartu',
		createdBy: 'Jaan',
		text: 'No energy manager',
	});
	const bikes = addCard(doc, {
		kind: 'note',
		column: 'localisation',
		row: 'mobility',
		city: 'Oslo',
		createdBy: 'Ida',
		text: '  ',
	});
	cardsMap(doc).get(solar)!.set('status', 'in_progress');
	cardsMap(doc).get(solar)!.set('votes', 5);
	cardsMap(doc).get(staff)!.set('severity', 'high');
	cardsMap(doc).get(staff)!.set('votes', 2);
	// Two cards harvested from breakout rooms, below the grid where the harvest puts them.
	const below = computeLayout(STAGES, SECTORS).height + 200;
	const harvested = (id: string, room: string, text: string, x: number) => {
		const map = createCardMap({
			id,
			kind: 'success',
			text,
			stage: 'localisation',
			sector: 'governance',
			city: 'Tartu',
			createdBy: 'Jaan',
			createdAt: 5,
			updatedAt: 5,
			order: 0,
			x,
			y: below,
		});
		map.set('fromRoom', room);
		map.set('fromBoard', 'room-board');
		map.set('fromCell', { column: 'enabling', row: 'waste' });
		cardsMap(doc).set(id, map);
	};
	harvested('h1', 'Room 10', 'Repair café', 0);
	harvested('h2', 'Room 2', 'Shared bikes', 300);
	const gap = addGap(
		doc,
		{
			title: 'No energy manager in small towns',
			category: 'skills_capacity',
			severity: 'critical',
			status: 'action_planned',
			ownerCity: 'Tartu',
		},
		ana,
	);
	const bare = addGap(doc, { title: 'No open data' }, { name: 'Ida', city: '' });
	linkCardToGap(doc, solar, gap, 'addresses', 'Ana');
	// A barrier that raised the gap is not an action addressing it.
	linkCardToGap(doc, staff, gap, 'raises', 'Ana');
	return { doc, ids: { solar, staff, bikes, gap, bare } };
}

describe('boardReport', () => {
	it('groups the roadmap’s cards by stage and sector with city, votes and status', () => {
		const { doc, ids } = seminarBoard();
		const report = boardReport(doc, { title: 'Spring seminar', preparedAt: 42 });
		expect(report.template).toBe('netzero-roadmap');
		expect(report.columns.map((column) => column.label)).toEqual([
			'Planning',
			'Enabling & Deep Dive',
			'Localisation',
		]);
		const [planning, enabling, localisation] = report.columns;
		expect(planning!.count).toBe(2);
		expect(planning!.cells.map((cell) => cell.label)).toEqual(['Energy supply']);
		const [solar, staff] = planning!.cells[0]!.cards;
		expect(solar).toMatchObject({
			id: ids['solar'],
			kindLabel: 'Action',
			text: 'Solar on every school',
			city: 'Lisbon',
			votes: 5,
			detail: 'Status: In progress',
		});
		expect(staff).toMatchObject({ kindLabel: 'Barrier', votes: 2, detail: 'Severity: High' });
		expect(cardMeta(solar!)).toBe('Lisbon · 5 votes · Status: In progress');
		expect(enabling!.cells).toEqual([]);
		// Harvested cards still below the grid are breakout results, not roadmap cards.
		expect(localisation!.count).toBe(1);
		expect(localisation!.cells[0]!.cards[0]).toMatchObject({ text: '', kindLabel: 'Note' });
		expect(report.cardCount).toBe(5);
		expect(report.cities).toEqual(['Lisbon', 'Oslo', 'Tartu']);
		expect(listOf(report.cities)).toBe('Lisbon, Oslo, and Tartu');
		expect(reportSummary(report)).toBe('5 cards, 2 gaps, 3 cities');
	});

	it('lists gaps in the shared order with their fields and the actions addressing them', () => {
		const { doc, ids } = seminarBoard();
		const { gaps } = boardReport(doc, { title: 'Spring seminar', preparedAt: 42 });
		expect(gaps).toEqual([
			{
				id: ids['gap'],
				title: 'No energy manager in small towns',
				description: '',
				category: 'Skills & capacity',
				severity: 'Critical',
				status: 'Action planned',
				ownerCity: 'Tartu',
				actions: [
					{
						id: ids['solar'],
						text: 'Solar on every school',
						city: 'Lisbon',
						status: 'In progress',
					},
				],
			},
			{ id: ids['bare'], title: 'No open data', description: '', actions: [] },
		]);
	});

	it('[F4] lists revealed vote totals of cards and gaps, most votes first', () => {
		const { doc, ids } = seminarBoard();
		gapsMap(doc).get(ids['gap']!)!.set('votes', 3);
		const { votes } = boardReport(doc, { title: 'Spring seminar', preparedAt: 42 });
		expect(votes.map((vote) => [vote.type, vote.text, vote.city, vote.votes])).toEqual([
			['Action', 'Solar on every school', 'Lisbon', 5],
			['Gap', 'No energy manager in small towns', 'Tartu', 3],
			['Barrier', 'No energy manager', 'Tartu', 2],
		]);
	});

	it('[F9] lists breakout results room by room, with the cell each card had in its room', () => {
		const { doc } = seminarBoard();
		const { rooms } = boardReport(doc, { title: 'Spring seminar', preparedAt: 42 });
		expect(rooms.map((room) => room.name)).toEqual(['Room 2', 'Room 10']);
		expect(rooms[0]!.cards[0]).toMatchObject({
			text: 'Shared bikes',
			fromRoom: 'Room 2',
			fromCell: 'Enabling & Deep Dive · Waste & circular economy',
		});
	});

	it('counts a harvested card in the roadmap once it was moved onto the grid', () => {
		const { doc } = seminarBoard();
		cardsMap(doc).get('h1')!.set('y', 20);
		cardsMap(doc).get('h1')!.set('sector', 'buildings');
		const report = boardReport(doc, { title: 'Spring seminar', preparedAt: 42 });
		const localisation = report.columns[2]!;
		expect(localisation.cells.flatMap((cell) => cell.cards.map((card) => card.text))).toContain(
			'Repair café',
		);
		expect(report.rooms.find((room) => room.name === 'Room 10')?.cards).toHaveLength(1);
	});
});

describe('loadReport', () => {
	it('[V5] reads the report from the board’s JSON backup with the token as a bearer', async () => {
		const { doc } = seminarBoard();
		const backup = boardToBackup(doc, { title: 'Spring seminar', template: 'netzero-roadmap' }, 0);
		const calls: { url: string; auth: string | null }[] = [];
		const fetcher = async (url: RequestInfo | URL, init?: RequestInit) => {
			calls.push({ url: String(url), auth: new Headers(init?.headers).get('Authorization') });
			return new Response(JSON.stringify(backup), {
				headers: { 'Content-Type': 'application/json' },
			});
		};
		const report = await loadReport('board 1', 'tok', fetcher as typeof fetch);
		expect(calls).toEqual([{ url: '/api/boards/board%201/export.json', auth: 'Bearer tok' }]);
		expect(report.title).toBe('Spring seminar');
		expect(report.preparedAt).toBe(0);
		expect(report.cardCount).toBe(5);
		expect(report.gaps).toHaveLength(2);
		expect(report.rooms).toHaveLength(2);
	});

	it('rejects with the server’s status for a bad token, and refuses what is not a backup', async () => {
		const refuse = async () =>
			new Response(JSON.stringify({ error: { code: 'unauthorized', message: 'Bad token' } }), {
				status: 401,
			});
		const error = await loadReport('b', 'bad', refuse as typeof fetch).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ApiRequestError);
		expect((error as ApiRequestError).status).toBe(401);
		const junk = async () => new Response(JSON.stringify({ format: 'something else' }));
		await expect(loadReport('b', 't', junk as typeof fetch)).rejects.toThrow(
			'The server’s answer is not a board backup.',
		);
	});
});
