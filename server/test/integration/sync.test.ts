import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, META, cardText, cardsMap, metaMap } from '@groundwork/protocol';
import { signToken } from '../../src/auth/tokens.js';
import { startTestServer, TEST_SECRET, type TestServer } from '../support/testServer.js';
import { addCard, cardTexts, connectClient, type SyncClient } from '../support/syncClient.js';
import { openRawSocket } from '../support/rawSocket.js';
import { waitFor } from '../support/waitFor.js';

describe('sync endpoint with stock y-websocket clients', () => {
	let server: TestServer;
	const clients: SyncClient[] = [];
	const connect = (boardId: string, token: string) => {
		const client = connectClient(server.syncUrl, boardId, token);
		clients.push(client);
		return client;
	};

	beforeEach(async () => {
		server = await startTestServer();
	});
	afterEach(async () => {
		for (const client of clients.splice(0)) client.destroy();
		await server.close({ removeData: true });
	});

	it('[W1] two clients converge, and a third joining later gets everything', async () => {
		const board = await server.createBoard('Convergence');
		const a = connect(board.id, board.tokens.participant);
		const b = connect(board.id, board.tokens.facilitator);
		await Promise.all([a.synced(), b.synced()]);
		expect(metaMap(a.doc).get(META.title)).toBe('Convergence');

		const fromA = addCard(a.doc, 'Retrofit schools', { city: 'Lisbon' });
		const fromB = addCard(b.doc, 'Solar on depots', { city: 'Gdynia' });
		await waitFor(
			() =>
				Object.keys(cardTexts(a.doc)).length === 2 && Object.keys(cardTexts(b.doc)).length === 2,
		);
		expect(cardTexts(a.doc)).toEqual(cardTexts(b.doc));

		const c = connect(board.id, board.tokens.viewer);
		await c.synced();
		await waitFor(() => Object.keys(cardTexts(c.doc)).length === 2);
		expect(cardTexts(c.doc)).toEqual({ [fromA]: 'Retrofit schools', [fromB]: 'Solar on depots' });
	});

	it('[D3] two people typing in the same card both keep their text', async () => {
		const board = await server.createBoard();
		const a = connect(board.id, board.tokens.participant);
		const b = connect(board.id, board.tokens.participant);
		await Promise.all([a.synced(), b.synced()]);
		const id = addCard(a.doc, 'Bus lanes');
		await waitFor(() => cardTexts(b.doc)[id] === 'Bus lanes');
		cardText(cardsMap(a.doc).get(id)!)!.insert(0, 'More ');
		cardText(cardsMap(b.doc).get(id)!)!.insert(9, ' on the ring road');
		await waitFor(
			() => cardTexts(a.doc)[id] === cardTexts(b.doc)[id] && cardTexts(a.doc)[id]!.length > 20,
		);
		expect(cardTexts(a.doc)[id]).toBe('More Bus lanes on the ring road');
	});

	it("[R3] a viewer's change reaches neither the others nor the store", async () => {
		const board = await server.createBoard();
		const viewer = connect(board.id, board.tokens.viewer);
		const participant = connect(board.id, board.tokens.participant);
		await Promise.all([viewer.synced(), participant.synced()]);
		addCard(viewer.doc, 'I should not be here');
		const marker = addCard(participant.doc, 'Participant card');
		await waitFor(() => cardTexts(viewer.doc)[marker] === 'Participant card');
		expect(Object.values(cardTexts(participant.doc))).toEqual(['Participant card']);

		const stored = new Y.Doc();
		for (const update of await server.storage.docs.loadUpdates(board.id))
			Y.applyUpdate(stored, update);
		expect(Object.values(cardTexts(stored))).toEqual(['Participant card']);
	});

	it('[W4] a missing, forged, expired or other-board token is closed with 4401 before any content', async () => {
		const board = await server.createBoard();
		const other = await server.createBoard('Other');
		const expired = signToken(
			{ boardId: board.id, role: 'facilitator', expiresAt: Date.now() - 1 },
			TEST_SECRET,
		);
		const forged = signToken(
			{ boardId: board.id, role: 'facilitator', expiresAt: Date.now() + 60_000 },
			'not-the-secret-at-all',
		);
		const tokens = ['', forged, expired, other.tokens.facilitator, 'garbage'];
		for (const token of tokens) {
			const raw = openRawSocket(`${server.syncUrl}/${board.id}?token=${encodeURIComponent(token)}`);
			const { code } = await raw.closed;
			expect(code, `token ${token.slice(0, 20)}`).toBe(CloseCode.unauthorized);
			expect(raw.received).toEqual([]);
		}
	});

	it('[W4] an unknown board is closed with 4404', async () => {
		const token = signToken(
			{ boardId: 'NoSuchBoard1234', role: 'viewer', expiresAt: Date.now() + 60_000 },
			TEST_SECRET,
		);
		const raw = openRawSocket(`${server.syncUrl}/NoSuchBoard1234?token=${token}`);
		expect((await raw.closed).code).toBe(CloseCode.boardNotFound);
		expect(raw.received).toEqual([]);
	});

	it('[W2] garbage frames close that connection only; other clients carry on', async () => {
		const board = await server.createBoard();
		const a = connect(board.id, board.tokens.participant);
		const b = connect(board.id, board.tokens.participant);
		await Promise.all([a.synced(), b.synced()]);
		const hostile = [
			new Uint8Array([9, 9, 9]),
			new Uint8Array([0, 2, 200, 1, 1, 2, 3]),
			new Uint8Array([0]),
			new Uint8Array([1, 5, 1, 2, 3, 4, 5]),
		];
		for (const frame of hostile) {
			const raw = openRawSocket(`${server.syncUrl}/${board.id}?token=${board.tokens.participant}`);
			await raw.opened;
			raw.socket.send(frame);
			expect((await raw.closed).code).toBe(CloseCode.malformed);
		}
		const text = openRawSocket(`${server.syncUrl}/${board.id}?token=${board.tokens.participant}`);
		await text.opened;
		text.socket.send('hello');
		expect((await text.closed).code).toBe(CloseCode.malformed);

		const id = addCard(a.doc, 'Still working');
		await waitFor(() => cardTexts(b.doc)[id] === 'Still working');
		expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true);
	});

	it('[P2] presence shows the role the server authenticated, whatever the client claims', async () => {
		const board = await server.createBoard();
		const viewer = connect(board.id, board.tokens.viewer);
		const participant = connect(board.id, board.tokens.participant);
		await Promise.all([viewer.synced(), participant.synced()]);
		viewer.provider.awareness.setLocalState({
			user: { name: 'Mallory', city: 'Nowhere', color: '#112233', role: 'facilitator' },
			cursor: null,
		});
		const seen = await waitFor(() => {
			const state = participant.provider.awareness.getStates().get(viewer.doc.clientID) as
				{ user?: { name: string; role: string } } | undefined;
			return state?.user;
		});
		expect(seen).toMatchObject({ name: 'Mallory', role: 'viewer' });
	});
});
