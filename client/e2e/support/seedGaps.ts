import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { expect } from '@playwright/test';
import { createGapMap, gapsMap, type GapFieldValues } from '@groundwork/protocol';

/**
 * Adds gaps to a board through the sync endpoint, as any client would, and resolves once the
 * server has them: for tests whose subject is not the gap list's own form.
 */
export async function seedGaps(
	baseURL: string,
	boardId: string,
	token: string,
	city: string,
	gaps: GapFieldValues[],
): Promise<void> {
	const doc = new Y.Doc();
	const provider = new WebsocketProvider(`${baseURL.replace(/^http/, 'ws')}/sync`, boardId, doc, {
		params: { token },
		WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
		disableBc: true,
	});
	provider.awareness.setLocalState(null);
	try {
		await expect.poll(() => provider.synced, { timeout: 15_000 }).toBe(true);
		doc.transact(() => {
			gaps.forEach((values, order) => {
				const id = `seed-gap-${order}-${doc.clientID}`;
				gapsMap(doc).set(
					id,
					createGapMap({ id, values, city, createdBy: 'Seeder', createdAt: Date.now(), order }),
				);
			});
		});
		await expect
			.poll(() => (provider.ws as unknown as WebSocket | null)?.bufferedAmount ?? -1, {
				timeout: 15_000,
			})
			.toBe(0);
		// A second client that sees every gap proves the server has them.
		const check = new Y.Doc();
		const reader = new WebsocketProvider(`${baseURL.replace(/^http/, 'ws')}/sync`, boardId, check, {
			params: { token },
			WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
			disableBc: true,
		});
		try {
			await expect
				.poll(() => gapsMap(check).size >= gapsMap(doc).size, { timeout: 15_000 })
				.toBe(true);
		} finally {
			reader.destroy();
			check.destroy();
		}
	} finally {
		provider.destroy();
		doc.destroy();
	}
}
