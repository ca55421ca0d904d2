import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { DocClient, LightClient, closeAll, sleep, withTimeout } from '../clients.js';
import { addCards, writeInBatches } from '../content.js';
import { summarize } from '../stats.js';
import { ms, type FigureValue, type Scenario, type ScenarioContext } from './common.js';

const TEXT_LENGTH = 1000;
const BATCH = 50;

/** Syncs a throw-away light client until the server's step 2 is at least `bytes` long. */
async function serverHolds(url: string, bytes: number): Promise<number> {
	let seen = 0;
	for (let attempt = 0; attempt < 20 && seen < bytes; attempt++) {
		const probe = new LightClient(url);
		try {
			await withTimeout(probe.synced, 30_000);
			seen = probe.step2Bytes;
		} finally {
			await probe.close();
		}
		if (seen < bytes) await sleep(500);
	}
	return seen;
}

async function joinStorm(
	context: ScenarioContext,
	targetBytes: number,
	joiners: number,
): Promise<Record<string, FigureValue>> {
	const server = await context.start();
	const clients: LightClient[] = [];
	const writer = { client: undefined as DocClient | undefined };
	try {
		const board = await server.newBoard();
		writer.client = new DocClient(board.url);
		await withTimeout(writer.client.synced, 10_000);
		// About targetBytes of cards: ~1 KB of text each, 50 per update.
		const cards = Math.ceil(targetBytes / (TEXT_LENGTH + 100));
		await writeInBatches(writer.client, cards, BATCH, (doc, from, count) =>
			addCards(doc, from, count, TEXT_LENGTH),
		);
		const local = Y.encodeStateAsUpdate(writer.client.doc).length;
		const held = await serverHolds(board.url, Math.floor(local * 0.95));
		if (held < local * 0.95) throw new Error(`server holds ${held} of ${local} bytes`);
		await sleep(500);

		// The writer stays connected: the board is hot, as in a workshop people join.
		const cpuBefore = server.cpuSeconds();
		const start = performance.now();
		for (let i = 0; i < joiners; i++) clients.push(new LightClient(board.url));
		const results = await Promise.allSettled(
			clients.map((client) => withTimeout(client.synced, 60_000)),
		);
		const cpu = server.cpuSeconds() - cpuBefore;
		const synced = clients.filter((_, i) => results[i]!.status === 'fulfilled');
		const times = synced.map((client) => client.syncedAt! - start);
		const summary = summarize(times);
		context.log(
			`board ${(held / 1e6).toFixed(2)} MB, ${synced.length}/${joiners} synced, ` +
				`all in ${ms(summary.max)} ms, cpu ${cpu.toFixed(2)} s`,
		);
		return {
			'board size': Math.round(held / 10_000) / 100,
			'all synced': synced.length === joiners ? ms(summary.max) : 'incomplete',
			'p50 synced': ms(summary.p50),
			'server CPU per join': Math.round((cpu / joiners) * 10_000) / 10,
			'clients synced': synced.length,
			joiners,
			cards,
		};
	} finally {
		await closeAll(writer.client ? [writer.client, ...clients] : clients);
		await server.stop();
	}
}

export function joinStormScenario(quick: boolean): Scenario {
	const targetBytes = quick ? 500_000 : 2_000_000;
	const joiners = quick ? 50 : 200;
	return {
		name: 'join',
		title: `Join storm (${joiners} clients join a ~${targetBytes / 1e6} MB board at once)`,
		figures: [
			{ name: 'board size', unit: 'MB', better: 'none' },
			{ name: 'all synced', unit: 'ms', better: 'lower' },
			{ name: 'p50 synced', unit: 'ms', better: 'lower' },
			{ name: 'server CPU per join', unit: 'ms', better: 'lower' },
		],
		run: (context) => joinStorm(context, targetBytes, joiners),
	};
}
