// The Node side of the client benchmark: a y-websocket client (WebsocketProvider over `ws`) that
// fills a board with placed cards and links and later sends the bursts of remote changes.
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
	CARD,
	LINK,
	cardText,
	cardsMap,
	createCardMap,
	layoutMap,
	linksMap,
} from '@groundwork/protocol';
import { cardId, cardTextFor } from '../content.js';
import { drained, waitFor } from '../scenarios/common.js';
import {
	cellAt,
	kindOf,
	linkOf,
	seededCell,
	seededLayout,
	seededPosition,
	textLengthOf,
	type BurstPlan,
} from './plan.js';

/** Cards per seeding transaction (one update message each). */
export const SEED_BATCH = 100;

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
	/** Disconnections seen after the first sync (`Date.now()`, close code and reason). */
	disconnects: string[];
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
	const disconnects: string[] = [];
	provider.on('connection-close', (event) => {
		disconnects.push(`${new Date().toISOString()} ${event?.code ?? '?'} ${event?.reason ?? ''}`);
	});
	return { doc, provider, disconnects, close };
}

/** Waits until everything this client sent has left its socket. */
async function flushed(client: YClient): Promise<void> {
	const ws = client.provider.ws;
	if (ws) await drained(ws, 1);
}

/**
 * Adds `cards` cards, `SEED_BATCH` per transaction, each on its slot of its cell (the first
 * transaction also writes the band sizes that make the cells hold them), then `links` links
 * in one transaction. [D3, D6, D8] Returns the number of transactions (update messages).
 */
export async function seedBoard(client: YClient, cards: number, links: number): Promise<number> {
	const now = Date.now();
	const { bandSizes, grid } = seededLayout(cards);
	let updates = 0;
	for (let from = 0; from < cards; from += SEED_BATCH) {
		client.doc.transact(() => {
			if (from === 0) for (const [key, size] of bandSizes) layoutMap(client.doc).set(key, size);
			const map = cardsMap(client.doc);
			for (let i = from; i < Math.min(cards, from + SEED_BATCH); i++) {
				const { stage, sector } = cellAt(seededCell(i));
				const { x, y } = seededPosition(grid, i);
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
						x,
						y,
					}),
				);
			}
		});
		updates++;
		await flushed(client);
	}
	client.doc.transact(() => {
		const map = linksMap(client.doc);
		for (let j = 0; j < links; j++) {
			const link = linkOf(j, cards);
			map.set(
				linkId(j),
				new Y.Map<unknown>([
					[LINK.id, linkId(j)],
					[LINK.from, cardId(link.from)],
					[LINK.to, cardId(link.to)],
					[LINK.relation, link.relation],
					[LINK.createdBy, `Bench ${j % 40}`],
					[LINK.createdAt, now],
				]),
			);
		}
	});
	await flushed(client);
	return updates + 1;
}

/** What a fresh client gets from the server: cards (and how many have a position), links. */
export interface StoredBoard {
	cards: number;
	placed: number;
	links: number;
}

/** Counts cards and links as a fresh client gets them from the server. */
export async function countStored(board: BoardAddress): Promise<StoredBoard> {
	const client = await connect(board);
	try {
		let placed = 0;
		for (const card of cardsMap(client.doc).values()) {
			if (typeof card.get(CARD.x) === 'number' && typeof card.get(CARD.y) === 'number') placed++;
		}
		return { cards: cardsMap(client.doc).size, placed, links: linksMap(client.doc).size };
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
): Promise<StoredBoard & { checks: number }> {
	const deadline = performance.now() + timeoutMs;
	let checks = 0;
	for (;;) {
		const stored = await countStored(board);
		checks++;
		if (stored.cards >= cards && stored.links >= links) return { ...stored, checks };
		if (performance.now() > deadline) {
			throw new Error(`the server stored ${stored.cards} cards, ${stored.links} links`);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/**
 * The marker a burst inserts at the start of an edited card's text (where the light face, which
 * shows a text's first characters, shows it too).
 */
export const burstMarker = (round: number, index: number): string => `[burst ${round}:${index}] `;

/** How many of a burst's changes a fresh client gets from the server (where did one get lost). */
export async function countBurstStored(
	board: BoardAddress,
	round: number,
	plan: BurstPlan,
): Promise<{ edits: number; moves: number }> {
	const client = await connect(board);
	try {
		const cards = cardsMap(client.doc);
		const edits = plan.edits.filter((index) => {
			const card = cards.get(cardId(index));
			return card && cardText(card)?.toString().includes(burstMarker(round, index));
		}).length;
		const moves = plan.moves.filter((move) => {
			const card = cards.get(cardId(move.index));
			return card?.get(CARD.x) === move.at.x && card.get(CARD.y) === move.at.y;
		}).length;
		return { edits, moves };
	} finally {
		client.close();
	}
}

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
			text?.insert(0, burstMarker(round, index));
			card?.set(CARD.updatedAt, Date.now());
		});
	}
	for (const move of plan.moves) {
		client.doc.transact(() => {
			const card = cards.get(cardId(move.index));
			const { stage, sector } = cellAt(move.to);
			card?.set(CARD.stage, stage);
			card?.set(CARD.sector, sector);
			card?.set(CARD.x, move.at.x);
			card?.set(CARD.y, move.at.y);
			card?.set(CARD.order, move.order);
			card?.set(CARD.updatedAt, Date.now());
		});
	}
	const lastSentAt = Date.now();
	await flushed(client);
	return { sentAt, lastSentAt, flushedAt: Date.now() };
}
