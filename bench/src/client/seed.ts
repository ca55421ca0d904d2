// The Node side of the client benchmark: a y-websocket client (WebsocketProvider over `ws`) that
// fills a board with cards and connectors and later sends the burst of remote changes.
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CARD, cardText, cardsMap, createCardMap } from '@groundwork/protocol';
import { cardId, cardTextFor } from '../content.js';
import { drained, waitFor } from '../scenarios/common.js';
import { cellAt, kindOf, linkOf, seededCell, textLengthOf, type BurstPlan } from './plan.js';

/**
 * Root map of connectors (id -> Y.Map { from, to, relation }). Not in the protocol's schema yet
 * and not rendered by the client: only this benchmark writes it, so the board weighs what a
 * board with connectors will.
 */
export const LINKS_ROOT = 'links';

export const linkId = (j: number): string => `link-${j.toString(36).padStart(5, '0')}`;

/** Where a board lives: the server's origin, the board id and a participant token. */
export interface BoardAddress {
	origin: string;
	boardId: string;
	token: string;
}

/** A synced Y.Doc on a board. */
export interface YClient {
	doc: Y.Doc;
	provider: WebsocketProvider;
	close(): void;
}

/** Connects a fresh Y.Doc to the board and resolves once the first sync is done. */
export async function connect(board: BoardAddress, timeoutMs = 30_000): Promise<YClient> {
	const doc = new Y.Doc();
	const provider = new WebsocketProvider(
		`${board.origin.replace(/^http/, 'ws')}/sync`,
		board.boardId,
		doc,
		{
			connect: false,
			params: { token: board.token },
			WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
			disableBc: true,
		},
	);
	// Publish no presence: y-protocols starts with `{}`, which the server's schema rejects.
	provider.awareness.setLocalState(null);
	let closedWith: string | undefined;
	provider.on('closed', (event) => (closedWith = `${event.code} ${event.reason}`));
	provider.connect();
	const close = (): void => {
		provider.destroy();
		doc.destroy();
	};
	const synced = await waitFor(() => provider.synced || closedWith !== undefined, timeoutMs, 10);
	if (!synced || closedWith !== undefined) {
		close();
		throw new Error(`the Node client did not sync (${closedWith ?? 'timed out'})`);
	}
	return { doc, provider, close };
}

/** Waits until everything this client sent has left its socket. */
async function flushed(client: YClient): Promise<void> {
	const ws = client.provider.ws;
	if (ws) await drained(ws, 1);
}

/** Adds `cards` cards (100 per transaction) and `links` connectors (one transaction). */
export async function seedBoard(client: YClient, cards: number, links: number): Promise<number> {
	const now = Date.now();
	let updates = 0;
	for (let from = 0; from < cards; from += 100) {
		client.doc.transact(() => {
			const map = cardsMap(client.doc);
			for (let i = from; i < Math.min(cards, from + 100); i++) {
				const { stage, sector } = cellAt(seededCell(i));
				map.set(
					cardId(i),
					createCardMap({
						id: cardId(i),
						kind: kindOf(i),
						text: cardTextFor(i, textLengthOf(i)),
						stage,
						sector,
						city: `City ${i % 12}`,
						createdBy: `Bench ${i % 40}`,
						createdAt: now,
						updatedAt: now,
						order: i,
					}),
				);
			}
		});
		updates++;
		await flushed(client);
	}
	client.doc.transact(() => {
		const map = client.doc.getMap<Y.Map<string>>(LINKS_ROOT);
		for (let j = 0; j < links; j++) {
			const link = linkOf(j, cards);
			map.set(
				linkId(j),
				new Y.Map<string>([
					['from', cardId(link.from)],
					['to', cardId(link.to)],
					['relation', link.relation],
				]),
			);
		}
	});
	await flushed(client);
	return updates + 1;
}

/** Counts cards and connectors as a fresh client gets them from the server. */
export async function countStored(board: BoardAddress): Promise<{ cards: number; links: number }> {
	const client = await connect(board);
	try {
		return {
			cards: cardsMap(client.doc).size,
			links: client.doc.getMap(LINKS_ROOT).size,
		};
	} finally {
		client.close();
	}
}

/** Reconnects fresh clients until the server hands out the whole board (or `timeoutMs`). */
export async function waitStored(
	board: BoardAddress,
	cards: number,
	links: number,
	timeoutMs = 60_000,
): Promise<{ cards: number; links: number; checks: number }> {
	const deadline = performance.now() + timeoutMs;
	let checks = 0;
	for (;;) {
		const stored = await countStored(board);
		checks++;
		if (stored.cards >= cards && stored.links >= links) return { ...stored, checks };
		if (performance.now() > deadline) {
			throw new Error(`the server stored ${stored.cards} cards, ${stored.links} connectors`);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/** The marker a burst appends to an edited card's text. */
export const burstMarker = (round: number, index: number): string => ` [burst ${round}:${index}]`;

/**
 * Sends a burst: one transaction (so one update message) per change, all in the same tick.
 * Returns `Date.now()` just before the first change and after the last was handed to the socket.
 */
export async function sendBurst(
	client: YClient,
	round: number,
	plan: BurstPlan,
): Promise<{ sentAt: number; lastSentAt: number; flushedAt: number }> {
	const cards = cardsMap(client.doc);
	const sentAt = Date.now();
	for (const index of plan.edits) {
		client.doc.transact(() => {
			const card = cards.get(cardId(index));
			const text = card && cardText(card);
			text?.insert(text.length, burstMarker(round, index));
			card?.set(CARD.updatedAt, Date.now());
		});
	}
	for (const move of plan.moves) {
		client.doc.transact(() => {
			const card = cards.get(cardId(move.index));
			const { stage, sector } = cellAt(move.to);
			card?.set(CARD.stage, stage);
			card?.set(CARD.sector, sector);
			card?.set(CARD.order, 1_000_000 + move.index);
			card?.set(CARD.updatedAt, Date.now());
		});
	}
	const lastSentAt = Date.now();
	await flushed(client);
	return { sentAt, lastSentAt, flushedAt: Date.now() };
}
