import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	CloseCode,
	cardsMap,
	encodeSyncStep1,
	encodeUpdateMessage,
	metaMap,
	type BoardCreated,
} from '@groundwork/protocol';
import type { Config } from '../../src/config.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { addCard, cardTexts, connectClient, type SyncClient } from '../support/syncClient.js';
import { openRawSocket, type RawSocket } from '../support/rawSocket.js';
import { waitFor } from '../support/waitFor.js';

describe('limits: document size, frame size, slow consumers', () => {
	const clients: SyncClient[] = [];
	const sockets: RawSocket[] = [];
	const servers: TestServer[] = [];
	const dirs = new Set<string>();

	afterEach(async () => {
		for (const client of clients.splice(0)) client.destroy();
		for (const raw of sockets.splice(0)) raw.socket.terminate();
		for (const server of servers.splice(0)) await server.close();
		for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
		dirs.clear();
	});

	async function start(config: Partial<Config>, dataDir?: string): Promise<TestServer> {
		const server = await startTestServer({ config, ...(dataDir ? { dataDir } : {}) });
		servers.push(server);
		dirs.add(server.dataDir);
		return server;
	}

	async function stop(server: TestServer): Promise<void> {
		servers.splice(servers.indexOf(server), 1);
		await server.close();
	}

	function connect(server: TestServer, board: BoardCreated): SyncClient {
		const client = connectClient(server.syncUrl, board.id, board.tokens.participant);
		clients.push(client);
		return client;
	}

	function raw(server: TestServer, board: BoardCreated): RawSocket {
		const socket = openRawSocket(`${server.syncUrl}/${board.id}?token=${board.tokens.participant}`);
		sockets.push(socket);
		return socket;
	}

	/** The close code the server sent a stock provider, once it closes the connection. */
	function closeCodeOf(client: SyncClient): Promise<number> {
		return new Promise((resolve) => {
			client.provider.on('connection-close', (event) => {
				if (event) resolve(event.code);
			});
		});
	}

	it('[W6] an update that would pass MAX_DOC_BYTES closes its connection with 4413; the board carries on and never holds it', async () => {
		const server = await start({ maxDocBytes: 64 * 1024 });
		const board = await server.createBoard('Limits');
		const big = connect(server, board);
		const other = connect(server, board);
		await Promise.all([big.synced(), other.synced()]);
		const closed = closeCodeOf(big);

		const small = addCard(big.doc, 'Small card');
		await waitFor(() => cardTexts(other.doc)[small] === 'Small card');
		const huge = addCard(big.doc, 'x'.repeat(100_000));
		expect(await closed).toBe(CloseCode.documentTooLarge);

		// The other connection keeps editing; nobody ever sees the refused card.
		const after = addCard(other.doc, 'Still editing');
		const late = connect(server, board);
		await late.synced();
		await waitFor(() => cardTexts(late.doc)[after] === 'Still editing');
		expect(cardTexts(late.doc)).toEqual({ [small]: 'Small card', [after]: 'Still editing' });
		expect(cardTexts(other.doc)).toEqual(cardTexts(late.doc));
		expect(other.provider.wsconnected).toBe(true);
		// 4413 is in 4400-4499: a stock provider does not reconnect to send it again.
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(big.provider.wsconnected).toBe(false);
		expect(cardTexts(big.doc)[huge]).toHaveLength(100_000);

		// What was stored loads after a restart, without the refused content.
		const { dataDir } = server;
		await stop(server);
		const again = await start({ maxDocBytes: 64 * 1024 }, dataDir);
		const reader = connect(again, board);
		await reader.synced();
		await waitFor(() => Object.keys(cardTexts(reader.doc)).length === 2);
		expect(cardTexts(reader.doc)).toEqual({ [small]: 'Small card', [after]: 'Still editing' });
		const stored = await again.storage.docs.loadUpdates(board.id);
		const total = stored.reduce((sum, update) => sum + update.byteLength, 0);
		expect(total).toBeLessThan(64 * 1024);
	});

	it('[W6] the limit is on the document, not on the traffic: overwritten content does not count', async () => {
		const server = await start({ maxDocBytes: 64 * 1024 });
		const board = await server.createBoard();
		const writer = connect(server, board);
		const other = connect(server, board);
		await Promise.all([writer.synced(), other.synced()]);
		// 30 x 10 kB written to one key: 300 kB of updates, one 10 kB value in the document.
		for (let i = 0; i < 30; i++) {
			metaMap(writer.doc).set('note', `${i}`.padEnd(10_000, '.'));
			await waitFor(() => String(metaMap(other.doc).get('note') ?? '').startsWith(`${i}.`));
		}
		expect(writer.provider.wsconnected).toBe(true);
		expect(Y.encodeStateAsUpdate(other.doc).byteLength).toBeLessThan(64 * 1024);
	});

	it('[W6] an update larger than the limit on its own is refused before anything is applied', async () => {
		const server = await start({ maxDocBytes: 64 * 1024 });
		const board = await server.createBoard();
		const other = connect(server, board);
		await other.synced();
		const doc = new Y.Doc();
		addCard(doc, 'y'.repeat(70_000));
		const socket = raw(server, board);
		await socket.opened;
		socket.socket.send(encodeUpdateMessage(Y.encodeStateAsUpdate(doc)));
		expect((await socket.closed).code).toBe(CloseCode.documentTooLarge);
		const marker = addCard(other.doc, 'Carry on');
		const reader = connect(server, board);
		await reader.synced();
		await waitFor(() => cardTexts(reader.doc)[marker] === 'Carry on');
		expect(Object.keys(cardTexts(reader.doc))).toEqual([marker]);
	});

	it('[W2] a frame larger than MAX_MESSAGE_BYTES is closed with 1009; the others carry on', async () => {
		const server = await start({ maxMessageBytes: 64 * 1024 });
		const board = await server.createBoard();
		const a = connect(server, board);
		const b = connect(server, board);
		await Promise.all([a.synced(), b.synced()]);
		const socket = raw(server, board);
		await socket.opened;
		const frame = new Uint8Array(64 * 1024 + 1);
		socket.socket.send(frame);
		expect((await socket.closed).code).toBe(CloseCode.messageTooBig);
		const id = addCard(a.doc, 'Still here');
		await waitFor(() => cardTexts(b.doc)[id] === 'Still here');
	});

	it('[W5] a client that stops reading is closed with 1013; the others carry on', async () => {
		const server = await start({ maxBufferedBytes: 64 * 1024 });
		const board = await server.createBoard();
		const reader = connect(server, board);
		await reader.synced();
		const slow = raw(server, board);
		await slow.opened;
		slow.socket.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
		await waitFor(() => slow.received.length >= 2, { message: 'the slow client joined' });
		// It stops reading: the kernel's buffers fill, then the server's own.
		(slow.socket as unknown as { _socket: { pause(): void } })._socket.pause();

		// 12 MB: more than loopback's socket buffers hold (the server's send buffer grows to 4 MB).
		const writer = connect(server, board);
		await writer.synced();
		const chunk = 'z'.repeat(256 * 1024);
		for (let sent = 0; sent < 48; sent++) {
			const id = addCard(writer.doc, chunk);
			await waitFor(() => cardTexts(reader.doc)[id] !== undefined, { message: 'relay' });
			// Keep the document small: only the traffic matters.
			cardsMap(writer.doc).delete(id);
		}
		// The server closed it; the paused socket reads the close frame once it reads again.
		(slow.socket as unknown as { _socket: { resume(): void } })._socket.resume();
		expect((await slow.closed).code).toBe(CloseCode.tryAgainLater);
		const bytes = slow.received.reduce((sum, frame) => sum + frame.byteLength, 0);
		expect(bytes).toBeLessThan(10 * 1024 * 1024);
		const id = addCard(writer.doc, 'Still flowing');
		await waitFor(() => cardTexts(reader.doc)[id] === 'Still flowing');
	});
});
