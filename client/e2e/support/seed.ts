import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { expect } from '@playwright/test';
import {
	CARD_RELATIONS,
	LINK,
	SECTORS,
	STAGES,
	cellRect,
	computeLayout,
	createCardMap,
	cardsMap,
	fittingBandSizes,
	layoutMap,
	linksMap,
	slotPosition,
} from '@groundwork/protocol';

/**
 * A Node y-websocket client without presence on a board, synced: what seeders write through.
 * Destroy its provider and document when done.
 */
export async function connectSeeder(
	baseURL: string,
	boardId: string,
	token: string,
): Promise<{ doc: Y.Doc; provider: WebsocketProvider }> {
	const doc = new Y.Doc();
	const provider = new WebsocketProvider(`${baseURL.replace(/^http/, 'ws')}/sync`, boardId, doc, {
		params: { token },
		WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
		disableBc: true,
	});
	provider.awareness.setLocalState(null);
	await expect.poll(() => provider.synced, { timeout: 15_000 }).toBe(true);
	return { doc, provider };
}

/**
 * Fills a board with `cards` cards spread over every cell (placed in their cells' slots, bands
 * grown to hold them) and `links` links between them, through the sync endpoint like any
 * client. Resolves once the server has everything.
 */
export async function seedBoard(
	baseURL: string,
	boardId: string,
	token: string,
	counts: { cards: number; links: number },
): Promise<void> {
	const { doc, provider } = await connectSeeder(baseURL, boardId, token);
	try {
		const cells = STAGES.flatMap((stage) => SECTORS.map((sector) => ({ stage, sector })));
		const cellOf = (i: number) => cells[i % cells.length]!;
		const perCell = (stage: string, sector: string) =>
			Math.ceil(
				(counts.cards - cells.findIndex((c) => c.stage === stage && c.sector === sector)) /
					cells.length,
			);
		doc.transact(() => {
			const sizes = fittingBandSizes(STAGES, SECTORS, (cell) => perCell(cell.column, cell.row));
			for (const [key, size] of sizes) layoutMap(doc).set(key, size);
			const layout = computeLayout(STAGES, SECTORS, layoutMap(doc));
			for (let i = 0; i < counts.cards; i++) {
				const { stage, sector } = cellOf(i);
				const rect = cellRect(layout, { column: stage, row: sector })!;
				const slot = slotPosition(rect, Math.floor(i / cells.length));
				const id = `seed-${i}`;
				cardsMap(doc).set(
					id,
					createCardMap({
						id,
						kind: 'action',
						text: `Seeded action ${i}`,
						stage,
						sector,
						city: 'Seedville',
						createdBy: 'Seeder',
						createdAt: i,
						updatedAt: i,
						order: i,
						x: slot.x,
						y: slot.y,
					}),
				);
			}
			for (let j = 0; j < counts.links; j++) {
				const link = new Y.Map<unknown>();
				const id = `seed-link-${j}`;
				link.set(LINK.id, id);
				link.set(LINK.from, `seed-${j}`);
				link.set(LINK.to, `seed-${(j * 7 + 1) % counts.cards}`);
				link.set(LINK.relation, CARD_RELATIONS[j % CARD_RELATIONS.length]);
				link.set(LINK.createdBy, 'Seeder');
				link.set(LINK.createdAt, j);
				linksMap(doc).set(id, link);
			}
		});
		// Everything is sent once the socket has nothing left to send.
		await expect
			.poll(() => (provider.ws as unknown as WebSocket | null)?.bufferedAmount ?? -1, {
				timeout: 15_000,
			})
			.toBe(0);
	} finally {
		provider.destroy();
		doc.destroy();
	}
}
