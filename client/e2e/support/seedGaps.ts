import type WebSocket from 'ws';
import { expect } from '@playwright/test';
import { createGapMap, gapsMap, type GapFieldValues } from '@groundwork/protocol';
import { connectSeeder } from './seed.js';

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
	const { doc, provider } = await connectSeeder(baseURL, boardId, token);
	try {
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
		const check = await connectSeeder(baseURL, boardId, token);
		try {
			await expect
				.poll(() => gapsMap(check.doc).size >= gapsMap(doc).size, { timeout: 15_000 })
				.toBe(true);
		} finally {
			check.provider.destroy();
			check.doc.destroy();
		}
	} finally {
		provider.destroy();
		doc.destroy();
	}
}
