import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { CARD, cardText, cardsMap, createCardMap, type CardFields } from '@groundwork/protocol';
import { waitFor } from './waitFor.js';

/** A stock y-websocket client, as a third-party integration would use it. */
export interface SyncClient {
	doc: Y.Doc;
	provider: WebsocketProvider;
	/** Resolves when the first sync with the server is done. */
	synced(): Promise<void>;
	destroy(): void;
}

/** Connects a stock `WebsocketProvider` (with the `ws` package) to a board. */
export function connectClient(
	syncUrl: string,
	boardId: string,
	token: string,
	doc: Y.Doc = new Y.Doc(),
): SyncClient {
	const provider = new WebsocketProvider(syncUrl, boardId, doc, {
		params: { token },
		WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
		disableBc: true,
		maxBackoffTime: 200,
	});
	return {
		doc,
		provider,
		synced: () => waitFor(() => provider.synced, { message: 'first sync' }).then(() => undefined),
		destroy: () => {
			provider.destroy();
			doc.destroy();
		},
	};
}

let counter = 0;

/** Adds a card with `text` and returns its id. */
export function addCard(doc: Y.Doc, text: string, fields: Partial<CardFields> = {}): string {
	const id = fields.id ?? `card-${++counter}-${doc.clientID}`;
	const now = Date.now();
	cardsMap(doc).set(
		id,
		createCardMap({
			id,
			kind: 'action',
			text,
			stage: 'planning',
			sector: 'energy',
			city: 'Lisbon',
			createdBy: 'Ana',
			createdAt: now,
			updatedAt: now,
			order: counter,
			...fields,
		}),
	);
	return id;
}

/** Every card's text, by id, as plain strings. */
export function cardTexts(doc: Y.Doc): Record<string, string> {
	const out: Record<string, string> = {};
	cardsMap(doc).forEach((card, id) => {
		out[id] = cardText(card)?.toString() ?? `<${String(card.get(CARD.kind))} without text>`;
	});
	return out;
}
