import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import {
	CARD,
	CONTENT_ROOTS,
	SECTORS,
	STAGES,
	cardText,
	cardsMap,
	createCardMap,
	rootMap,
	type BoardCreated,
} from '@groundwork/protocol';
import type { Random } from './plan.js';
import type { EditRecord } from './verdict.js';

/** A board's content, root by root, as plain JSON. */
export function content(doc: Y.Doc): Record<string, unknown> {
	return Object.fromEntries(CONTENT_ROOTS.map((name) => [name, rootMap(doc, name).toJSON()]));
}

/** A document's state vector as a map of client id to clock. */
export function stateVector(doc: Y.Doc): Map<number, number> {
	return Y.decodeStateVector(Y.encodeStateVector(doc));
}

/** Cards a board keeps at most: past it writers delete more than they add. */
const MAX_CARDS = 80;
const CITIES = ['Lisbon', 'Gdynia', 'Split', 'Tartu', 'Aarhus'];

/**
 * One person on a board: a stock `WebsocketProvider` over `ws` with its own Y.Doc, editing
 * cards (add, move, type, delete) and moving a cursor. Every local change is recorded with the
 * writer's clock after it, so the soak can count which changes the server acknowledged and
 * which are stored.
 */
export class Writer {
	readonly doc = new Y.Doc();
	readonly provider: WebsocketProvider;
	readonly edits: EditRecord[] = [];
	/** Close codes the server sent this writer (empty for a healthy run). */
	readonly serverCloses: number[] = [];
	nextEditAt = 0;
	private serial = 0;
	private left = false;

	constructor(
		syncUrl: string,
		readonly board: BoardCreated,
		readonly name: string,
	) {
		this.provider = new WebsocketProvider(syncUrl, board.id, this.doc, {
			params: { token: board.tokens.participant },
			WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
			disableBc: true,
			maxBackoffTime: 1_000,
		});
		this.provider.on('connection-close', (event) => {
			// Our own cuts (terminate) arrive as 1006; anything else came from the server.
			if (event && event.code !== 1006 && !this.left) this.serverCloses.push(event.code);
		});
		this.provider.awareness.setLocalState({
			user: { name, city: CITIES[name.length % CITIES.length]!, color: '#2a6f97' },
			cursor: null,
		});
	}

	get connected(): boolean {
		return this.provider.wsconnected;
	}

	get synced(): boolean {
		return this.provider.synced;
	}

	/** One random change, recorded; and now and then a cursor move. */
	edit(random: Random): void {
		const cards = cardsMap(this.doc);
		const ids = [...cards.keys()];
		const serial = ++this.serial;
		const choice = random.int(0, 99);
		const full = ids.length >= MAX_CARDS;
		if (ids.length === 0 || (!full && choice < 25)) {
			const id = `${this.doc.clientID}-${serial}`;
			const now = Date.now();
			cards.set(
				id,
				createCardMap({
					id,
					kind: random.pick(['action', 'barrier', 'success'] as const),
					text: `${this.name} ${serial}`,
					stage: random.pick(STAGES),
					sector: random.pick(SECTORS),
					city: CITIES[serial % CITIES.length]!,
					createdBy: this.name,
					createdAt: now,
					updatedAt: now,
					order: serial,
					x: random.int(0, 3000),
					y: random.int(0, 2000),
				}),
			);
		} else {
			const id = random.pick(ids);
			const card = cards.get(id)!;
			if (full ? choice < 40 : choice < 32) {
				cards.delete(id);
			} else if (choice < 60) {
				this.doc.transact(() => {
					card.set(CARD.x, random.int(0, 3000));
					card.set(CARD.y, random.int(0, 2000));
					card.set(CARD.stage, random.pick(STAGES));
					card.set(CARD.sector, random.pick(SECTORS));
					card.set(CARD.updatedAt, Date.now());
				});
			} else {
				const text = cardText(card);
				if (!text) return;
				if (text.length > 200 || (text.length > 4 && random.bool(0.2))) {
					const at = random.int(0, text.length - 2);
					text.delete(at, Math.min(text.length - at, random.int(1, 20)));
				} else {
					text.insert(
						random.int(0, text.length),
						random.pick([' net', ' zero', ' heat', '!', ' 2030']),
					);
				}
			}
		}
		this.edits.push({
			clientId: this.doc.clientID,
			clock: Y.getState(this.doc.store, this.doc.clientID),
		});
		if (random.bool(0.3)) {
			this.provider.awareness.setLocalStateField('cursor', {
				x: random.int(0, 3000),
				y: random.int(0, 2000),
			});
		}
	}

	/** Cuts the socket without a close handshake; the provider reconnects by itself. */
	cut(): void {
		(this.provider.ws as unknown as WebSocket | null)?.terminate();
	}

	/** Leaves: politely (close handshake, presence removed) or abruptly (socket cut, gone). */
	leave(abrupt: boolean): void {
		this.left = true;
		if (abrupt) this.cut();
		this.provider.destroy();
		this.doc.destroy();
	}
}

/** A client that only reads: for the convergence checks. */
export function reader(syncUrl: string, board: BoardCreated): WebsocketProvider {
	return new WebsocketProvider(syncUrl, board.id, new Y.Doc(), {
		params: { token: board.tokens.viewer },
		WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
		disableBc: true,
		maxBackoffTime: 1_000,
	});
}
