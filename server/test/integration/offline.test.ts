import { isDeepStrictEqual } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardText, cardsMap } from '@groundwork/protocol';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { addCard, cardTexts, connectClient, type SyncClient } from '../support/syncClient.js';
import { waitFor } from '../support/waitFor.js';

/** Offline boards (issue 7): what a client edits without a connection arrives once it returns. */
describe('offline edits with stock y-websocket clients', () => {
	let server: TestServer;
	const clients: SyncClient[] = [];
	const connect = (boardId: string, token: string, doc?: Y.Doc) => {
		const client = connectClient(server.syncUrl, boardId, token, doc);
		clients.push(client);
		return client;
	};

	/** The board as the server stored it. */
	const stored = async (boardId: string) => {
		const doc = new Y.Doc();
		for (const update of await server.storage.docs.loadUpdates(boardId)) Y.applyUpdate(doc, update);
		return cardTexts(doc);
	};

	beforeEach(async () => {
		server = await startTestServer();
	});
	afterEach(async () => {
		for (const client of clients.splice(0)) client.destroy();
		await server.close({ removeData: true });
	});

	it('[I1] edits made while disconnected all arrive at the others and in storage on reconnect', async () => {
		const board = await server.createBoard('Train ride');
		const traveller = connect(board.id, board.tokens.participant);
		const office = connect(board.id, board.tokens.participant);
		await Promise.all([traveller.synced(), office.synced()]);
		const shared = addCard(office.doc, 'Bus lanes', { city: 'Aarhus' });
		const doomed = addCard(office.doc, 'Paper forms', { city: 'Aarhus' });
		await waitFor(() => cardTexts(traveller.doc)[doomed] === 'Paper forms');

		traveller.provider.disconnect();
		await waitFor(() => !traveller.provider.wsconnected, { message: 'disconnected' });

		// Offline: new cards, typing into one's own and someone else's card, a deletion.
		const written = [1, 2, 3].map((n) => addCard(traveller.doc, `Offline idea ${n}`));
		cardText(cardsMap(traveller.doc).get(written[0]!)!)!.insert(0, 'Revised: ');
		cardText(cardsMap(traveller.doc).get(shared)!)!.insert(9, ' on the ring road');
		traveller.doc.transact(() => cardsMap(traveller.doc).delete(doomed));
		// Meanwhile the others carry on.
		const meanwhile = addCard(office.doc, 'Solar on depots', { city: 'Aarhus' });
		cardText(cardsMap(office.doc).get(shared)!)!.insert(0, 'More ');
		await waitFor(async () => (await stored(board.id))[meanwhile] === 'Solar on depots');
		expect(cardTexts(office.doc)[written[0]!]).toBeUndefined();
		expect((await stored(board.id))[written[0]!]).toBeUndefined();

		traveller.provider.connect();
		await traveller.synced();

		const expected = {
			[shared]: 'More Bus lanes on the ring road',
			[written[0]!]: 'Revised: Offline idea 1',
			[written[1]!]: 'Offline idea 2',
			[written[2]!]: 'Offline idea 3',
			[meanwhile]: 'Solar on depots',
		};
		await waitFor(() => isDeepStrictEqual(cardTexts(office.doc), cardTexts(traveller.doc)), {
			message: 'both clients converge',
		});
		expect(cardTexts(office.doc)).toEqual(expected);
		expect(cardTexts(traveller.doc)).toEqual(expected);
		await waitFor(async () => Object.keys(await stored(board.id)).length === 5);
		expect(await stored(board.id)).toEqual(expected);

		// Someone joining later gets all of it from the server alone.
		const late = connect(board.id, board.tokens.viewer);
		await late.synced();
		await waitFor(() => Object.keys(cardTexts(late.doc)).length === 5);
		expect(cardTexts(late.doc)).toEqual(expected);
	});

	it('[I1] edits kept on the device survive a reload while offline and arrive from the new page', async () => {
		const board = await server.createBoard('Reload on the train');
		const office = connect(board.id, board.tokens.participant);
		const page = connect(board.id, board.tokens.participant);
		await Promise.all([office.synced(), page.synced()]);
		// The browser's IndexedDB copy: every update the page's document sees, in order.
		const kept: Uint8Array[] = [];
		page.doc.on('update', (update: Uint8Array) => kept.push(update));

		page.provider.disconnect();
		await waitFor(() => !page.provider.wsconnected, { message: 'disconnected' });
		const ideas = [1, 2, 3].map((n) => addCard(page.doc, `Idea ${n} from the train`));
		clients.splice(clients.indexOf(page), 1);
		page.destroy();

		// The reloaded page: a new document (a new client id) loaded from the kept updates,
		// still offline for a while, then connecting.
		const reloaded = new Y.Doc();
		Y.transact(
			reloaded,
			() => kept.forEach((update) => Y.applyUpdate(reloaded, update)),
			'local copy',
		);
		const fourth = addCard(reloaded, 'Idea 4, after the reload');
		const back = connect(board.id, board.tokens.participant, reloaded);
		await back.synced();

		await waitFor(() => Object.keys(cardTexts(office.doc)).length === 4, {
			message: 'the office sees all four ideas',
		});
		const texts = cardTexts(office.doc);
		expect(ideas.map((id) => texts[id])).toEqual([
			'Idea 1 from the train',
			'Idea 2 from the train',
			'Idea 3 from the train',
		]);
		expect(texts[fourth]).toBe('Idea 4, after the reload');
		await waitFor(async () => Object.keys(await stored(board.id)).length === 4);
		expect(await stored(board.id)).toEqual(texts);
	});
});
