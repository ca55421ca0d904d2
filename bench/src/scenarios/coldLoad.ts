import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { cardsMap } from '@groundwork/protocol';
import { DocClient, withTimeout } from '../clients.js';
import { addCards, editCards, writeInBatches } from '../content.js';
import { ms, type FigureValue, type Scenario, type ScenarioContext } from './common.js';

const BATCH = 100;
const EDIT_ROUNDS = 2;

/** One client with a real Y.Doc syncs; time until its doc holds every card. */
async function timedSync(url: string): Promise<{ ms: number; cards: number; bytes: number }> {
	const start = performance.now();
	const client = new DocClient(url);
	try {
		await withTimeout(client.synced, 120_000);
		const count = cardsMap(client.doc).size;
		return {
			ms: performance.now() - start,
			cards: count,
			bytes: client.step2Bytes,
		};
	} finally {
		await client.close();
		client.doc.destroy();
	}
}

async function coldLoad(
	context: ScenarioContext,
	cards: number,
): Promise<Record<string, FigureValue>> {
	const server = await context.start();
	try {
		const board = await server.newBoard();
		const writer = new DocClient(board.url);
		let updates = 0;
		try {
			await withTimeout(writer.synced, 10_000);
			// Each card is created, then edited EDIT_ROUNDS times, BATCH cards per update.
			updates += await writeInBatches(writer, cards, BATCH, (doc, from, count) =>
				addCards(doc, from, count, 120),
			);
			for (let round = 1; round <= EDIT_ROUNDS; round++) {
				updates += await writeInBatches(writer, cards, BATCH, (doc, from, count) =>
					editCards(doc, from, count, round),
				);
			}
		} finally {
			await writer.close();
		}
		const localBytes = Y.encodeStateAsUpdate(writer.doc).length;
		writer.doc.destroy();
		// Warm: the board is still in the server's memory (ours keeps it IDLE_EVICT_MS).
		let warm = await timedSync(board.url);
		for (let attempt = 0; attempt < 10 && warm.cards < cards; attempt++) {
			warm = await timedSync(board.url);
		}
		context.log(
			`${cards} cards in ${updates} updates (${(localBytes / 1e6).toFixed(2)} MB); ` +
				`warm sync ${ms(warm.ms)} ms with ${warm.cards} cards`,
		);
		const figures: Record<string, FigureValue> = {
			'doc size': Math.round(warm.bytes / 10_000) / 100,
			'warm sync': warm.cards === cards ? ms(warm.ms) : 'incomplete',
			'cold sync': 'n/a',
			'cards after cold load': 'n/a',
			updates,
		};
		if (server.mode === 'stock') return figures; // no persistence: nothing to load cold
		await server.restart();
		const cpuBefore = server.cpuSeconds();
		const cold = await timedSync(board.url);
		const cpu = server.cpuSeconds() - cpuBefore;
		context.log(`cold sync ${ms(cold.ms)} ms with ${cold.cards} cards, cpu ${cpu.toFixed(2)} s`);
		figures['cold sync'] = cold.cards === cards ? ms(cold.ms) : 'incomplete';
		figures['cards after cold load'] = cold.cards;
		figures['cold load server CPU'] = Math.round(cpu * 1000) / 1000;
		return figures;
	} finally {
		await server.stop();
	}
}

export function coldLoadScenario(quick: boolean): Scenario {
	const cards = quick ? 2000 : 10_000;
	return {
		name: 'cold',
		title: `Cold load (${cards} cards, created then edited ${EDIT_ROUNDS}x, server restarted)`,
		figures: [
			{ name: 'doc size', unit: 'MB', better: 'none' },
			{ name: 'warm sync', unit: 'ms', better: 'lower' },
			{ name: 'cold sync', unit: 'ms', better: 'lower' },
			{ name: 'cards after cold load', unit: 'cards', better: 'none' },
		],
		run: (context) => coldLoad(context, cards),
	};
}
