import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	CARD,
	CARD_SIZE,
	FRAME,
	META,
	cardsMap,
	framesMap,
	metaMap,
	type Ack,
	type BoardCreated,
	type BreakoutActivity,
	type BreakoutAssignmentMessage,
	type BreakoutRoomLink,
	type Rect,
	type SessionCommand,
	type SessionState,
	type SessionWelcome,
	type RosterPerson,
} from '@groundwork/protocol';
import { PROVENANCE } from '../../src/session/breakoutBoards.js';
import { joinSession, type FacilitationClient as Client } from '../support/facilitationClient.js';
import { addCard, cardTexts, connectClient, type SyncClient } from '../support/syncClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { closeAfterEach } from '../support/testResources.js';
import { waitFor } from '../support/waitFor.js';

/** Participant keys: secret to their owners, never in anything another client receives. */
const KEY = {
	facilitator: 'facilitator-key-01',
	alice: 'alice-key-0000001',
	bruno: 'bruno-key-0000002',
	carla: 'carla-key-0000003',
	dora: 'dora-key-00000004',
	viewer: 'viewer-key-000005',
} as const;

/** Who a participant says they are in the handshake. */
interface Person {
	key: string;
	name: string;
	city: string;
}

const ALICE: Person = { key: KEY.alice, name: 'Alice', city: 'Lisbon' };
const BRUNO: Person = { key: KEY.bruno, name: 'Bruno', city: 'Aarhus' };
/** Another Lisbon participant, who types the city differently. */
const CARLA: Person = { key: KEY.carla, name: 'Carla', city: ' lisbon ' };
const DORA: Person = { key: KEY.dora, name: 'Dora', city: 'Aarhus' };

const MAIN_TITLE = 'Climate workshop';

/** A board as a client reaches it: its id and a token (whose role the token says). */
interface Access {
	boardId: string;
	token: string;
}

const { clients, syncClients, servers } = closeAfterEach();

async function server(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
	const started = await startTestServer(options);
	servers.push(started);
	return started;
}

function access(board: BoardCreated, role: keyof BoardCreated['tokens']): Access {
	return { boardId: board.id, token: board.tokens[role] };
}

/** Connects to a board's session, as `who` (a participant key, name and city) when given. */
function join(srv: TestServer, to: Access, label: string, who?: Partial<Person>): Promise<Client> {
	return joinSession(srv.httpUrl, { ...to, ...who }, label, (client) => clients.push(client));
}

function sync(srv: TestServer, to: Access): SyncClient {
	const client = connectClient(srv.syncUrl, to.boardId, to.token);
	syncClients.push(client);
	return client;
}

async function accepted(client: Client, command: SessionCommand): Promise<void> {
	expect(await client.command(command), command.type).toEqual({ ok: true });
}

async function allSee(
	who: Client[],
	predicate: (state: SessionState) => boolean,
	message: string,
): Promise<void> {
	await waitFor(() => who.every((client) => predicate(client.state())), { message });
}

/** The newest payload of `event` a client received (waiting for the first). */
async function newest<T>(client: Client, event: string, label: string): Promise<T> {
	const payload = await waitFor(() => client.received<T>(event).at(-1), {
		message: `${label}’s ${event}`,
	});
	return payload!;
}

/** The newest `breakout:go` a client received (waiting for the first). */
function goOf(client: Client, label: string): Promise<BreakoutAssignmentMessage> {
	return newest(client, 'breakout:go', label);
}

/** The newest `breakout:rooms` a client received (waiting for the first). */
function linksOf(client: Client, label: string): Promise<BreakoutRoomLink[]> {
	return newest(client, 'breakout:rooms', label);
}

function welcomeOf(client: Client): SessionWelcome {
	const [welcome] = client.received<SessionWelcome>('session:welcome');
	if (!welcome) throw new Error('no welcome');
	return welcome;
}

function activity(client: Client): Promise<BreakoutActivity[]> {
	return new Promise((resolve) => client.socket.emit('breakout:activity', resolve));
}

/** No participant key appears in anything any client received, in any event. [F7] */
function expectNoKeyInAnyEvent(): void {
	for (const client of clients) {
		for (const { event, payload } of client.events) {
			const text = JSON.stringify(payload) ?? '';
			for (const key of Object.values(KEY)) {
				expect(text, `${event} received by ${client.key ?? 'a keyless client'}`).not.toContain(key);
			}
		}
	}
}

const titleOf = (doc: Y.Doc) => metaMap(doc).get(META.title);

const textOf = (card: Y.Map<unknown>) => String(card.get(CARD.text));

function frameRect(frame: Y.Map<unknown>): Rect {
	return {
		x: frame.get(FRAME.x) as number,
		y: frame.get(FRAME.y) as number,
		width: frame.get(FRAME.w) as number,
		height: frame.get(FRAME.h) as number,
	};
}

/** The cards of `doc` lying wholly inside `area`. */
function cardsIn(doc: Y.Doc, area: Rect): Y.Map<unknown>[] {
	return [...cardsMap(doc).values()].filter((card) => {
		const [x, y] = [card.get(CARD.x) as number, card.get(CARD.y) as number];
		return (
			x >= area.x &&
			y >= area.y &&
			x + CARD_SIZE.width <= area.x + area.width &&
			y + CARD_SIZE.height <= area.y + area.height
		);
	});
}

function frameTitled(doc: Y.Doc, title: string): Y.Map<unknown> | undefined {
	return [...framesMap(doc).values()].find((frame) => frame.get(FRAME.title) === title);
}

/** The board's cards as stored (not as any room holds it), by text. */
async function storedTexts(srv: TestServer, boardId: string): Promise<string[]> {
	const doc = new Y.Doc();
	for (const update of await srv.storage.docs.loadUpdates(boardId)) Y.applyUpdate(doc, update);
	const texts = Object.values(cardTexts(doc)).sort();
	doc.destroy();
	return texts;
}

/**
 * A main board with a facilitator (with a key), Alice and Carla from Lisbon and Bruno from
 * Aarhus (each with a key, a name and a city), a viewer and a participant without a key.
 */
async function workshop(options: Parameters<typeof startTestServer>[0] = {}) {
	const srv = await server(options);
	const board = await srv.createBoard(MAIN_TITLE);
	const facilitator = await join(srv, access(board, 'facilitator'), 'facilitator', {
		key: KEY.facilitator,
		name: 'Fran',
		city: 'Oslo',
	});
	const alice = await join(srv, access(board, 'participant'), 'alice', ALICE);
	const bruno = await join(srv, access(board, 'participant'), 'bruno', BRUNO);
	const carla = await join(srv, access(board, 'participant'), 'carla', CARLA);
	const viewer = await join(srv, access(board, 'viewer'), 'viewer', {
		key: KEY.viewer,
		name: 'Vera',
		city: 'Lisbon',
	});
	const keyless = await join(srv, access(board, 'participant'), 'keyless', {
		name: 'Nobody',
		city: 'Lisbon',
	});
	return { srv, board, facilitator, alice, bruno, carla, viewer, keyless };
}

/** A workshop whose participants were split by city, with everyone's assignment. */
async function splitByCity() {
	const setup = await workshop();
	const { facilitator, alice, bruno, carla } = setup;
	await accepted(facilitator, { type: 'breakouts.start', count: 5, assign: 'city' });
	const links = await linksOf(facilitator, 'facilitator');
	const go = {
		alice: await goOf(alice, 'alice'),
		bruno: await goOf(bruno, 'bruno'),
		carla: await goOf(carla, 'carla'),
	};
	const room = (name: string) => {
		const link = links.find((entry) => entry.name === name);
		if (!link) throw new Error(`no room ${name}`);
		return link;
	};
	return { ...setup, links, go, lisbon: room('Lisbon'), aarhus: room('Aarhus') };
}

describe('[F9] breakout rooms', () => {
	it('[F9] a participant or a viewer cannot start, end or broadcast breakouts', async () => {
		const { facilitator, alice, viewer } = await workshop();
		const commands: SessionCommand[] = [
			{ type: 'breakouts.start', count: 2, assign: 'random' },
			{ type: 'breakouts.end' },
			{ type: 'breakouts.broadcast', text: 'Back in five minutes' },
		];
		for (const client of [alice, viewer]) {
			for (const command of commands) {
				expect(await client.command(command), command.type).toMatchObject({
					ok: false,
					code: 'forbidden',
				});
			}
		}
		// Nothing happened: one state each, no breakout event, no announcement.
		await accepted(facilitator, { type: 'attention.follow', leader: 7 });
		await allSee([alice, viewer], (state) => state.followLeader === 7, 'the follow');
		for (const client of [facilitator, alice, viewer]) {
			expect(client.state().breakouts).toBeNull();
			expect(client.states()).toHaveLength(2);
			expect(
				client.events.filter(
					({ event }) => event.startsWith('breakout:') || event === 'session:announcement',
				),
			).toEqual([]);
		}
	});

	it('[F9] by city: one room per city; each participant is sent to theirs with a working participant link, facilitators get facilitator links', async () => {
		const { srv, board, facilitator, alice, bruno, carla, viewer, keyless, links, go } =
			await splitByCity();

		expect(links.map((link) => link.name).sort()).toEqual(['Aarhus', 'Lisbon']);
		const byName = new Map(links.map((link) => [link.name, link]));
		expect(go.alice).toEqual({
			boardId: byName.get('Lisbon')!.boardId,
			token: expect.any(String),
			room: 'Lisbon',
		});
		expect(go.carla).toMatchObject({ boardId: byName.get('Lisbon')!.boardId, room: 'Lisbon' });
		expect(go.bruno).toMatchObject({ boardId: byName.get('Aarhus')!.boardId, room: 'Aarhus' });
		for (const link of links) {
			expect(link.boardId).not.toBe(board.id);
			expect(await srv.storage.boards.getBoard(link.boardId)).toMatchObject({
				title: `${MAIN_TITLE} · ${link.name}`,
				template: 'netzero-roadmap',
			});
		}
		// Each gets their own assignment, once; nobody else gets one.
		for (const client of [alice, bruno, carla]) {
			expect(client.received('breakout:go')).toHaveLength(1);
			expect(client.received('breakout:rooms')).toEqual([]);
		}
		for (const client of [facilitator, viewer, keyless]) {
			expect(client.received('breakout:go')).toEqual([]);
		}
		expect(viewer.received('breakout:rooms')).toEqual([]);

		// The main state lists the rooms and their members by hand id, name and city.
		await allSee(
			[facilitator, alice, bruno, carla, viewer],
			(state) => state.breakouts !== null,
			'the breakouts in the main state',
		);
		const breakouts = facilitator.state().breakouts!;
		expect(breakouts.endsAt).toBeNull();
		const member = (client: Client, name: string, city: string) => ({
			handId: welcomeOf(client).handId,
			name,
			city,
		});
		expect(
			breakouts.rooms.map(({ name, boardId, members }) => ({
				name,
				boardId,
				members: [...members].sort((a, b) => a.name.localeCompare(b.name)),
			})),
		).toEqual(
			expect.arrayContaining([
				{
					name: 'Lisbon',
					boardId: byName.get('Lisbon')!.boardId,
					members: [member(alice, 'Alice', 'Lisbon'), member(carla, 'Carla', 'lisbon')],
				},
				{
					name: 'Aarhus',
					boardId: byName.get('Aarhus')!.boardId,
					members: [member(bruno, 'Bruno', 'Aarhus')],
				},
			]),
		);
		expect(breakouts.rooms).toHaveLength(2);
		expect(breakouts.rooms.map((room) => room.id).sort()).toEqual(
			links.map((link) => link.id).sort(),
		);

		// A participant's link opens their room's board, as a participant.
		for (const [person, assignment] of [
			[ALICE, go.alice],
			[BRUNO, go.bruno],
			[CARLA, go.carla],
		] as const) {
			const roomSync = sync(srv, assignment);
			await waitFor(() => titleOf(roomSync.doc) === `${MAIN_TITLE} · ${assignment.room}`, {
				message: `${person.name}’s room board`,
			});
			const inRoom = await join(srv, assignment, `${person.name} in the room`, person);
			expect(welcomeOf(inRoom)).toMatchObject({ boardId: assignment.boardId, role: 'participant' });
			expect(inRoom.state().parent).toEqual({ boardId: board.id, room: assignment.room });
			expect(inRoom.state().breakouts).toBeNull();
		}
		// A facilitator's link opens it as a facilitator.
		for (const link of links) {
			const visit = await join(srv, link, `facilitator in ${link.name}`, {
				key: KEY.facilitator,
			});
			expect(welcomeOf(visit)).toMatchObject({ boardId: link.boardId, role: 'facilitator' });
			expect(visit.state().parent).toEqual({ boardId: board.id, room: link.name });
		}
		expectNoKeyInAnyEvent();
	});

	it('[F9] with a frame, each room starts with a copy of the frame’s cards; with minutes, every room’s timer runs to the main state’s endsAt', async () => {
		const { srv, board, facilitator, alice, bruno, carla } = await workshop();
		const writer = sync(srv, access(board, 'facilitator'));
		await writer.synced();
		writer.doc.transact(() => {
			const frame = new Y.Map<unknown>();
			framesMap(writer.doc).set('frame-energy', frame);
			frame.set(FRAME.id, 'frame-energy');
			frame.set(FRAME.title, 'Energy');
			frame.set(FRAME.x, 3000);
			frame.set(FRAME.y, 0);
			frame.set(FRAME.w, 800);
			frame.set(FRAME.h, 600);
			frame.set(FRAME.createdBy, 'Fran');
			frame.set(FRAME.createdAt, Date.now());
		});
		addCard(writer.doc, 'Solar on schools', { x: 3020, y: 20, city: 'Lisbon' });
		addCard(writer.doc, 'District heating', { x: 3300, y: 300, city: 'Aarhus' });
		addCard(writer.doc, 'Not in the frame', { x: 20, y: 20 });
		await waitFor(
			async () => (await srv.app.rooms.loaded(board.id))?.doc.getMap('cards').size === 3,
			{ message: 'three cards on the server' },
		);

		const before = Date.now();
		await accepted(facilitator, {
			type: 'breakouts.start',
			count: 2,
			assign: 'random',
			frameId: 'frame-energy',
			minutes: 15,
		});
		const after = Date.now();
		const links = await linksOf(facilitator, 'facilitator');
		expect(links.map((link) => link.name)).toEqual(['Room 1', 'Room 2']);
		await allSee([facilitator], (state) => state.breakouts !== null, 'the breakouts');
		const endsAt = facilitator.state().breakouts!.endsAt!;
		expect(endsAt).toBeGreaterThanOrEqual(before + 15 * 60_000);
		expect(endsAt).toBeLessThanOrEqual(after + 15 * 60_000);

		for (const link of links) {
			const roomSync = sync(srv, link);
			await roomSync.synced();
			expect(Object.values(cardTexts(roomSync.doc)).sort()).toEqual([
				'District heating',
				'Solar on schools',
			]);
			expect([...framesMap(roomSync.doc).values()].map((frame) => frame.get(FRAME.title))).toEqual([
				'Energy',
			]);
			const visit = await join(srv, link, `facilitator in ${link.name}`);
			expect(visit.state().timer).toEqual({
				status: 'running',
				durationMs: 15 * 60_000,
				endsAt,
			});
		}
		// Every participant was sent to one of the rooms, and every room has someone.
		const sent = [
			await goOf(alice, 'alice'),
			await goOf(bruno, 'bruno'),
			await goOf(carla, 'carla'),
		];
		const roomIds = links.map((link) => link.boardId);
		for (const go of sent) expect(roomIds).toContain(go.boardId);
		expect(new Set(sent.map((go) => go.boardId)).size).toBe(2);
		// The main board is as it was.
		expect(Object.keys(cardTexts(writer.doc))).toHaveLength(3);
	});

	it('[F9] a participant who comes back to the main board during breakouts is sent to their room again; a late facilitator gets the links', async () => {
		const { srv, board, alice, viewer, links, go } = await splitByCity();
		alice.close();
		const aliceAgain = await join(srv, access(board, 'participant'), 'alice again', ALICE);
		expect(await goOf(aliceAgain, 'alice again')).toEqual({
			boardId: go.alice.boardId,
			token: expect.any(String),
			room: 'Lisbon',
		});
		const roomSync = sync(srv, await goOf(aliceAgain, 'alice again'));
		await waitFor(() => titleOf(roomSync.doc) === `${MAIN_TITLE} · Lisbon`, {
			message: 'alice’s room board, again',
		});

		// Someone who was not on the board when the rooms were made stays on the main board.
		const dora = await join(srv, access(board, 'participant'), 'dora', DORA);
		const lateFacilitator = await join(srv, access(board, 'facilitator'), 'late facilitator');
		expect(
			(await linksOf(lateFacilitator, 'late facilitator')).map(({ id, name, boardId }) => ({
				id,
				name,
				boardId,
			})),
		).toEqual(links.map(({ id, name, boardId }) => ({ id, name, boardId })));
		// A late viewer is told nothing of the rooms beyond the state.
		const lateViewer = await join(srv, access(board, 'viewer'), 'late viewer');
		// A joiner's breakout:go would come with their first state; the follow is a barrier too.
		await accepted(lateFacilitator, { type: 'attention.follow', leader: 3 });
		await allSee([dora, lateViewer, viewer], (state) => state.followLeader === 3, 'the follow');
		for (const client of [dora, lateViewer]) {
			expect(client.received('breakout:go')).toEqual([]);
			expect(client.received('breakout:rooms')).toEqual([]);
			expect(client.state().breakouts).not.toBeNull();
		}
		expectNoKeyInAnyEvent();
	});

	it('[F9] [T5] after a room board’s links were replaced, a participant sent back to their room gets a link that works', async () => {
		const { srv, board, alice, go, links } = await splitByCity();
		const room = links.find((link) => link.boardId === go.alice.boardId);
		if (!room) throw new Error('no link to alice’s room');
		const rotated = await fetch(`${srv.httpUrl}/api/boards/${room.boardId}/links/rotate`, {
			method: 'POST',
			headers: { authorization: `Bearer ${room.token}`, 'content-type': 'application/json' },
			body: JSON.stringify({ roles: ['participant'] }),
		});
		expect(rotated.status).toBe(200);
		const stale = await fetch(`${srv.httpUrl}/api/boards/${room.boardId}`, {
			headers: { authorization: `Bearer ${go.alice.token}` },
		});
		expect(stale.status).toBe(401);

		alice.close();
		const aliceAgain = await join(srv, access(board, 'participant'), 'alice again', ALICE);
		const fresh = await goOf(aliceAgain, 'alice again');
		expect(fresh.token).not.toBe(go.alice.token);
		const admitted = await fetch(`${srv.httpUrl}/api/boards/${room.boardId}`, {
			headers: { authorization: `Bearer ${fresh.token}` },
		});
		expect(admitted.status).toBe(200);
	});

	it('[F9] breakout:activity tells a facilitator the people and cards in each room', async () => {
		const { srv, facilitator, alice, lisbon, aarhus, go } = await splitByCity();
		expect(await activity(alice)).toEqual([]);

		await join(srv, go.alice, 'alice in Lisbon', ALICE);
		const aliceSync = sync(srv, go.alice);
		await aliceSync.synced();
		addCard(aliceSync.doc, 'Cargo bikes', { city: 'Lisbon', createdBy: 'Alice' });
		const expected = [
			{ id: lisbon.id, people: 1, cards: 1 },
			{ id: aarhus.id, people: 0, cards: 0 },
		];
		const sorted = (list: BreakoutActivity[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
		await waitFor(
			async () =>
				JSON.stringify(sorted(await activity(facilitator))) === JSON.stringify(sorted(expected)),
			{ message: 'the activity with Alice’s card' },
		);
	});

	it('[F9] a breakout broadcast reaches the main board and every room board', async () => {
		const { srv, facilitator, viewer, links, go } = await splitByCity();
		const inRooms = [
			await join(srv, go.alice, 'alice in Lisbon', ALICE),
			await join(srv, go.bruno, 'bruno in Aarhus', BRUNO),
			...(await Promise.all(links.map((link) => join(srv, link, `visitor in ${link.name}`)))),
		];
		await accepted(facilitator, { type: 'breakouts.broadcast', text: 'Five minutes left' });
		const everyone = [facilitator, viewer, ...inRooms];
		for (const client of everyone) {
			await waitFor(() => client.received('session:announcement').length > 0, {
				message: 'the broadcast',
			});
		}
		const [first] = facilitator.received<{ id: string }>('session:announcement');
		for (const client of everyone) {
			expect(client.received('session:announcement')).toEqual([
				{ id: first!.id, text: 'Five minutes left', at: expect.any(Number) },
			]);
		}
	});

	it('[F9] ending breakouts sends everyone back and harvests each room’s cards into a frame of the main board; the rooms keep theirs', async () => {
		const { srv, board, facilitator, alice, bruno, go, lisbon, aarhus } = await splitByCity();
		const mainSync = sync(srv, access(board, 'facilitator'));
		await mainSync.synced();
		const inLisbon = await join(srv, go.alice, 'alice in Lisbon', ALICE);
		const inAarhus = await join(srv, go.bruno, 'bruno in Aarhus', BRUNO);
		const visitor = await join(srv, lisbon, 'facilitator in Lisbon', { key: KEY.facilitator });
		const aliceSync = sync(srv, go.alice);
		const carlaSync = sync(srv, go.carla);
		const brunoSync = sync(srv, go.bruno);
		await Promise.all([aliceSync, carlaSync, brunoSync].map((client) => client.synced()));
		const made = Date.now();
		aliceSync.doc.transact(() => {
			const id = addCard(aliceSync.doc, 'Cargo bikes', {
				city: 'Lisbon',
				createdBy: 'Alice',
				createdAt: made,
			});
			cardsMap(aliceSync.doc).get(id)!.set('votes', 3);
		});
		addCard(carlaSync.doc, 'Tram line', { city: 'Lisbon', createdBy: 'Carla', kind: 'barrier' });
		addCard(brunoSync.doc, 'Wind co-op', { city: 'Aarhus', createdBy: 'Bruno' });
		await waitFor(
			async () => {
				const counts = await activity(facilitator);
				return counts.reduce((sum, room) => sum + room.cards, 0) === 3;
			},
			{ message: 'the rooms’ cards on the server' },
		);
		const mainCards = cardsMap(mainSync.doc).size;

		await accepted(facilitator, { type: 'breakouts.end' });
		for (const client of [inLisbon, inAarhus, visitor]) {
			await waitFor(() => client.received('breakout:end').length > 0, {
				message: 'breakout:end',
			});
			expect(client.received('breakout:end')).toEqual([{ boardId: board.id }]);
		}
		await allSee([facilitator, alice, bruno], (state) => state.breakouts === null, 'no breakouts');

		// One frame per room on the main board, with that room's cards inside.
		await waitFor(
			() =>
				frameTitled(mainSync.doc, 'Breakout: Lisbon') &&
				frameTitled(mainSync.doc, 'Breakout: Aarhus'),
			{ message: 'the harvested frames' },
		);
		await waitFor(() => cardsMap(mainSync.doc).size === mainCards + 3, {
			message: 'the harvested cards',
		});
		const harvested = (room: BreakoutRoomLink) =>
			cardsIn(mainSync.doc, frameRect(frameTitled(mainSync.doc, `Breakout: ${room.name}`)!))
				.map((card) => ({
					text: textOf(card),
					kind: card.get(CARD.kind),
					city: card.get(CARD.city),
					createdBy: card.get(CARD.createdBy),
					votes: card.get('votes'),
					fromRoom: card.get(PROVENANCE.room),
					fromBoard: card.get(PROVENANCE.board),
				}))
				.sort((a, b) => a.text.localeCompare(b.text));
		const from = (room: BreakoutRoomLink) => ({ fromRoom: room.name, fromBoard: room.boardId });
		expect(harvested(lisbon)).toEqual([
			{
				text: 'Cargo bikes',
				kind: 'action',
				city: 'Lisbon',
				createdBy: 'Alice',
				votes: 3,
				...from(lisbon),
			},
			{
				text: 'Tram line',
				kind: 'barrier',
				city: 'Lisbon',
				createdBy: 'Carla',
				votes: undefined,
				...from(lisbon),
			},
		]);
		expect(harvested(aarhus)).toEqual([
			{
				text: 'Wind co-op',
				kind: 'action',
				city: 'Aarhus',
				createdBy: 'Bruno',
				votes: undefined,
				...from(aarhus),
			},
		]);

		// The rooms' boards stay, with their cards, in memory and in storage.
		for (const [room, texts] of [
			[lisbon, ['Cargo bikes', 'Tram line']],
			[aarhus, ['Wind co-op']],
		] as const) {
			expect(await srv.storage.boards.getBoard(room.boardId)).toBeDefined();
			const late = sync(srv, room);
			await late.synced();
			expect(Object.values(cardTexts(late.doc)).sort()).toEqual(texts);
			await waitFor(
				async () => JSON.stringify(await storedTexts(srv, room.boardId)) === JSON.stringify(texts),
				{ message: `${room.name}’s cards stored` },
			);
		}

		// A second end is refused and harvests nothing.
		const mainDoc = (await srv.app.rooms.loaded(board.id))!.doc;
		const [frames, cards] = [framesMap(mainDoc).size, cardsMap(mainDoc).size];
		expect(await facilitator.command({ type: 'breakouts.end' })).toMatchObject({
			ok: false,
			code: 'invalid',
		});
		expect([framesMap(mainDoc).size, cardsMap(mainDoc).size]).toEqual([frames, cards]);
		expect(inLisbon.received('breakout:end')).toHaveLength(1);

		// A room board knows its parent still, and has no breakouts of its own.
		expect(visitor.state().parent).toEqual({ boardId: board.id, room: 'Lisbon' });
		expect(
			await visitor.command({ type: 'breakouts.start', count: 2, assign: 'random' }),
		).toMatchObject({ ok: false, code: 'invalid' });
		expect(visitor.received('breakout:rooms')).toEqual([]);
		expectNoKeyInAnyEvent();
	});

	it('[F9] breakouts cannot be started from a room board while they run, nor twice from the main board', async () => {
		const { srv, facilitator, lisbon, links } = await splitByCity();
		const visitor = await join(srv, lisbon, 'facilitator in Lisbon');
		const again: SessionCommand = { type: 'breakouts.start', count: 2, assign: 'mixed' };
		expect(await visitor.command(again)).toMatchObject({ ok: false, code: 'invalid' });
		expect(await facilitator.command(again)).toMatchObject({ ok: false, code: 'invalid' });
		expect(facilitator.received('breakout:rooms')).toHaveLength(1);
		expect(facilitator.state().breakouts!.rooms.map((room) => room.boardId)).toEqual(
			expect.arrayContaining(links.map((link) => link.boardId)),
		);
	});

	it('[F9] ending breakouts stops each room’s timer for the people still in the room', async () => {
		const { srv, facilitator, alice } = await workshop();
		await accepted(facilitator, {
			type: 'breakouts.start',
			count: 1,
			assign: 'random',
			minutes: 10,
		});
		const go = await goOf(alice, 'alice');
		const inRoom = await join(srv, go, 'alice in the room', ALICE);
		expect(inRoom.state().timer.status).toBe('running');
		await accepted(facilitator, { type: 'breakouts.end' });
		await waitFor(() => inRoom.received('breakout:end').length > 0, { message: 'breakout:end' });
		// The room's session has changed on the server: someone joining now sees the timer stopped.
		const late = await join(srv, go, 'a late visitor');
		expect(late.state().timer).toEqual({ status: 'idle' });
		// Those already on the board are told, like of any change of the session.
		await waitFor(() => inRoom.state().timer.status === 'idle', {
			message: 'the room’s timer stopped for alice',
			timeoutMs: 3_000,
		});
	});

	it('[F9] an end whose harvest failed can be tried again: the rooms’ cards are not left behind', async () => {
		// Boards nobody is on leave memory quickly, so the end has to load the room's board.
		const { srv, board, facilitator, alice } = await workshop({ config: { idleEvictMs: 50 } });
		await accepted(facilitator, { type: 'breakouts.start', count: 1, assign: 'random' });
		const go = await goOf(alice, 'alice');
		const aliceSync = sync(srv, go);
		await aliceSync.synced();
		addCard(aliceSync.doc, 'Cargo bikes');
		await waitFor(async () => (await storedTexts(srv, go.boardId)).length === 1, {
			message: 'the room’s card stored',
		});
		// Nobody is on the room board any more, and it is evicted; loading it fails for a while.
		syncClients.splice(syncClients.indexOf(aliceSync), 1);
		aliceSync.destroy();
		await waitFor(() => !srv.app.rooms.has(go.boardId), {
			message: 'the room board evicted',
		});
		const docs = srv.storage.docs;
		const loadUpdates = docs.loadUpdates.bind(docs);
		docs.loadUpdates = (boardId) =>
			boardId === go.boardId ? Promise.reject(new Error('the disk is gone')) : loadUpdates(boardId);
		let first: Ack;
		try {
			first = await facilitator.command({ type: 'breakouts.end' });
		} finally {
			docs.loadUpdates = loadUpdates;
		}
		expect(first).toMatchObject({ ok: false, code: 'unavailable' });

		// The disk is back: ending again brings the room's card home.
		await accepted(facilitator, { type: 'breakouts.end' });
		const mainSync = sync(srv, access(board, 'viewer'));
		await waitFor(() => frameTitled(mainSync.doc, 'Breakout: Room 1'), {
			message: 'the harvested frame',
		});
		expect(Object.values(cardTexts(mainSync.doc))).toEqual(['Cargo bikes']);
	});

	it('[F9] by hand: a facilitator gets the people present (never their keys) and places each', async () => {
		const { facilitator, alice, bruno, carla, viewer } = await workshop();
		const people = await new Promise<RosterPerson[]>((resolve) =>
			facilitator.socket.emit('breakout:roster', resolve),
		);
		expect(people.map((person) => person.name).sort()).toEqual(['Alice', 'Bruno', 'Carla']);
		expect(JSON.stringify(people)).not.toContain(KEY.alice);
		const nothing = await new Promise<RosterPerson[]>((resolve) =>
			viewer.socket.emit('breakout:roster', resolve),
		);
		expect(nothing).toEqual([]);
		const hand = (name: string) => people.find((person) => person.name === name)!.handId;
		await accepted(facilitator, {
			type: 'breakouts.start',
			count: 2,
			assign: 'manual',
			manual: { [hand('Alice')]: 1, [hand('Bruno')]: 1, [hand('Carla')]: 0 },
		});
		const [toAlice, toBruno, toCarla] = [
			await goOf(alice, 'alice'),
			await goOf(bruno, 'bruno'),
			await goOf(carla, 'carla'),
		];
		expect(toAlice.room).toBe('Room 2');
		expect(toBruno.boardId).toBe(toAlice.boardId);
		expect(toCarla.room).toBe('Room 1');
		expectNoKeyInAnyEvent();
	});
});
