import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CARD, FRAME, cardText, cardsMap, createCardMap, framesMap } from '@groundwork/protocol';
import { ItemLocks } from './ItemLocks.js';

/** One person's client: its own document, and whether the server lets it facilitate. */
interface Client {
	doc: Y.Doc;
	facilitator: boolean;
	/** The origin its updates carry on the server. */
	origin: object;
}

/**
 * A server document with its item locks and clients wired to it as the sync endpoint does: a
 * client's update goes to the server (checked unless the client facilitates), and every change
 * on the server goes to every client but the one it came from.
 */
class Board {
	readonly server = new Y.Doc();
	readonly locks = new ItemLocks(this.server);
	readonly clients: Client[] = [];
	/** What `apply` said for each participant update: false when it was reverted. */
	readonly kept: boolean[] = [];

	constructor() {
		this.server.on('update', (update: Uint8Array, origin: unknown) => {
			for (const client of this.clients) {
				if (client.origin !== origin) Y.applyUpdate(client.doc, update, this);
			}
		});
	}

	join(facilitator = false): Client {
		const client: Client = { doc: new Y.Doc(), facilitator, origin: {} };
		Y.applyUpdate(client.doc, Y.encodeStateAsUpdate(this.server), this);
		client.doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin === this) return;
			if (client.facilitator) Y.applyUpdate(this.server, update, client.origin);
			else this.kept.push(this.locks.apply(update, client.origin));
		});
		this.clients.push(client);
		return client;
	}

	/** True when every client holds exactly the server's document. */
	converged(): boolean {
		const state = Y.encodeStateVector(this.server);
		return this.clients.every(
			(client) =>
				Buffer.compare(Y.encodeStateVector(client.doc), state) === 0 &&
				JSON.stringify(content(client.doc)) === JSON.stringify(content(this.server)),
		);
	}
}

/** The cards and frames of a document, as plain values (a root shows once it is read). */
function content(doc: Y.Doc): unknown {
	return { cards: cardsMap(doc).toJSON(), frames: framesMap(doc).toJSON() };
}

function addCard(doc: Y.Doc, id: string, x: number, y: number, text = id): void {
	cardsMap(doc).set(
		id,
		createCardMap({
			id,
			kind: 'action',
			text,
			city: 'Lund',
			createdBy: 'Ana',
			createdAt: 1,
			updatedAt: 1,
			order: 0,
			x,
			y,
		}),
	);
}

function addFrame(doc: Y.Doc, id: string, x: number, y: number, w: number, h: number): void {
	const frame = new Y.Map<unknown>();
	for (const [key, value] of Object.entries({ id, title: 'Structure', x, y, w, h })) {
		frame.set(key, value);
	}
	framesMap(doc).set(id, frame);
}

function card(doc: Y.Doc, id: string): Y.Map<unknown> {
	const map = cardsMap(doc).get(id);
	if (!map) throw new Error(`no card ${id}`);
	return map;
}

function textOf(doc: Y.Doc, id: string): string | undefined {
	const map = cardsMap(doc).get(id);
	return map ? cardText(map)?.toString() : undefined;
}

/** A board with cards `a` (at 0,0) and `b` (at 1000,0) and a frame around `a`, all synced. */
function setUp(): { board: Board; facilitator: Client; ana: Client; ben: Client } {
	const board = new Board();
	const facilitator = board.join(true);
	const ana = board.join();
	const ben = board.join();
	facilitator.doc.transact(() => {
		addCard(facilitator.doc, 'a', 0, 0, 'Alpha');
		addCard(facilitator.doc, 'b', 1000, 0, 'Beta');
		addFrame(facilitator.doc, 'f', -50, -50, 400, 300);
	});
	return { board, facilitator, ana, ben };
}

describe('ItemLocks', () => {
	it('lets participants change anything while nothing is locked', () => {
		const { board, ana } = setUp();
		cardText(card(ana.doc, 'a'))?.insert(5, '!');
		card(ana.doc, 'a').set(CARD.x, 40);
		expect(board.kept).toEqual([true, true]);
		expect(textOf(board.server, 'a')).toBe('Alpha!');
		expect(board.converged()).toBe(true);
	});

	it('reverts a participant’s edit, move or deletion of a locked card, on every client', () => {
		const { board, ana, ben } = setUp();
		board.locks.set(['a']);

		cardText(card(ana.doc, 'a'))?.insert(0, 'Not ');
		card(ana.doc, 'a').set(CARD.x, 500);
		expect(board.kept).toEqual([false, false]);
		expect(textOf(ana.doc, 'a')).toBe('Alpha');
		expect(card(ana.doc, 'a').get(CARD.x)).toBe(0);

		cardsMap(ana.doc).delete('a');
		expect(board.kept.at(-1)).toBe(false);
		for (const doc of [board.server, ana.doc, ben.doc]) {
			expect(textOf(doc, 'a')).toBe('Alpha');
			expect(card(doc, 'a').get(CARD.kind)).toBe('action');
		}
		expect(board.converged()).toBe(true);
	});

	it('keeps changes to cards that are not held, before and after a refused one', () => {
		const { board, ana, ben } = setUp();
		board.locks.set(['a']);
		cardText(card(ben.doc, 'b'))?.insert(4, ' 1');
		cardText(card(ana.doc, 'a'))?.insert(0, 'x');
		cardText(card(ana.doc, 'b'))?.insert(6, ' 2');
		expect(board.kept).toEqual([true, false, true]);
		expect(textOf(board.server, 'b')).toBe('Beta 1 2');
		expect(textOf(board.server, 'a')).toBe('Alpha');
		expect(board.converged()).toBe(true);
	});

	it('holds a locked frame and the cards inside it, and refuses cards moved or added into it', () => {
		const { board, ana } = setUp();
		board.locks.set(['f']);
		expect(board.locks.holds('a')).toBe(true);
		expect(board.locks.holds('b')).toBe(false);

		card(ana.doc, 'a').set(CARD.x, 2000); // out of the frame
		card(ana.doc, 'b').set(CARD.x, 10); // into the frame
		addCard(ana.doc, 'c', 20, 20); // a new card inside the frame
		framesMap(ana.doc).get('f')?.set(FRAME.title, 'Mine');
		framesMap(ana.doc).delete('f');
		expect(board.kept).toEqual([false, false, false, false, false]);
		expect(card(board.server, 'a').get(CARD.x)).toBe(0);
		expect(card(board.server, 'b').get(CARD.x)).toBe(1000);
		expect(cardsMap(board.server).has('c')).toBe(false);
		expect(framesMap(board.server).get('f')?.get(FRAME.title)).toBe('Structure');

		addCard(ana.doc, 'd', 3000, 0); // outside: fine
		expect(board.kept.at(-1)).toBe(true);
		expect(board.converged()).toBe(true);
	});

	it('lets facilitators change held items, and follows the cards they move out of a locked frame', () => {
		const { board, facilitator, ana } = setUp();
		board.locks.set(['f']);
		card(facilitator.doc, 'a').set(CARD.x, 2000);
		expect(card(board.server, 'a').get(CARD.x)).toBe(2000);
		expect(board.locks.holds('a')).toBe(false);
		card(ana.doc, 'a').set(CARD.y, 40);
		expect(board.kept).toEqual([true]);
		expect(board.converged()).toBe(true);
	});

	it('checks nothing once every lock is lifted', () => {
		const { board, ana } = setUp();
		board.locks.set(['a', 'f']);
		board.locks.set([]);
		cardsMap(ana.doc).delete('a');
		expect(board.kept).toEqual([true]);
		expect(cardsMap(board.server).has('a')).toBe(false);
		expect(board.converged()).toBe(true);
	});

	it('refuses a participant’s whole transaction when part of it touches a locked card', () => {
		const { board, ana } = setUp();
		board.locks.set(['a']);
		ana.doc.transact(() => {
			card(ana.doc, 'b').set(CARD.x, 1200);
			card(ana.doc, 'a').set(CARD.x, 300);
		});
		expect(board.kept).toEqual([false]);
		expect(card(board.server, 'b').get(CARD.x)).toBe(1000);
		expect(board.converged()).toBe(true);
	});
});
