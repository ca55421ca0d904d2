import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { encodeUpdateMessage } from '@groundwork/protocol';
import { LightClient, closeAll, connectAll, sleep } from '../clients.js';
import { addCards } from '../content.js';
import { rssBytes } from '../procStats.js';
import type { BoardRef, ServerHandle } from '../servers.js';
import { type FigureValue, type Scenario, type ScenarioContext } from './common.js';

const IDLE_EVICT_MS = 5000;
const EVICT_MARGIN_MS = 10_000;

/** One ~1 KB update (a card with its text), computed once and sent to every board. */
function smallBoardUpdate(): Uint8Array {
	const doc = new Y.Doc();
	addCards(doc, 0, 1, 850);
	return encodeUpdateMessage(Y.encodeStateAsUpdate(doc));
}

interface MemoryFacts {
	rss: number;
	/** V8 heap in use after a forced GC (DevTools protocol), both servers alike. */
	heap: number;
	/** Our /healthz `memory.heapUsed` (no GC first), when it says. */
	healthHeapUsed: number | undefined;
	boardsInMemory: number | undefined;
}

async function boardsInMemory(server: ServerHandle): Promise<number | undefined> {
	const boards = (await server.health())?.['boardsInMemory'];
	return typeof boards === 'number' ? boards : undefined;
}

async function facts(server: ServerHandle): Promise<MemoryFacts> {
	const health = await server.health();
	const memory = health?.['memory'] as { heapUsed?: unknown } | undefined;
	const boards = health?.['boardsInMemory'];
	const heap = await server.heapAfterGc();
	return {
		rss: rssBytes(server.pid),
		heap,
		healthHeapUsed: typeof memory?.heapUsed === 'number' ? memory.heapUsed : undefined,
		boardsInMemory: typeof boards === 'number' ? boards : undefined,
	};
}

const kb = (bytes: number): number => Math.round(bytes / 102.4) / 10;
const mb = (bytes: number): number => Math.round(bytes / 1e5) / 10;

async function memory(
	context: ScenarioContext,
	boardCount: number,
): Promise<Record<string, FigureValue>> {
	const server = await context.start({ idleEvictMs: IDLE_EVICT_MS, inspect: true });
	let clients: LightClient[] = [];
	try {
		const boards: BoardRef[] = [];
		for (let i = 0; i < boardCount; i += 20) {
			const batch = Math.min(20, boardCount - i);
			boards.push(...(await Promise.all(Array.from({ length: batch }, () => server.newBoard()))));
		}
		await sleep(1000);
		const before = await facts(server);
		const update = smallBoardUpdate();
		const connected = await connectAll(boardCount, (i) => new LightClient(boards[i]!.url), {
			timeoutMs: 120_000,
		});
		clients = connected.clients;
		for (const client of clients) client.send(update);
		await sleep(context.quick ? 2000 : 3000);
		const loaded = await facts(server);
		const perBoard = (key: 'rss' | 'heap'): number =>
			(loaded[key] - before[key]) / connected.clients.length;
		const perBoardHealth =
			loaded.healthHeapUsed !== undefined && before.healthHeapUsed !== undefined
				? (loaded.healthHeapUsed - before.healthHeapUsed) / connected.clients.length
				: undefined;
		context.log(
			`${clients.length} boards loaded (${connected.failed} failed): heap after GC ` +
				`${mb(before.heap)} -> ${mb(loaded.heap)} MB, RSS ${mb(before.rss)} -> ` +
				`${mb(loaded.rss)} MB, in memory ${loaded.boardsInMemory ?? '?'}`,
		);

		await closeAll(clients);
		clients = [];
		const left = performance.now();
		let evictedAfter: FigureValue = server.mode === 'stock' ? 'never' : 'not evicted';
		if (server.mode !== 'stock') {
			while (performance.now() - left < IDLE_EVICT_MS + EVICT_MARGIN_MS) {
				if ((await boardsInMemory(server)) === 0) {
					evictedAfter = Math.round(performance.now() - left);
					break;
				}
				await sleep(100);
			}
		} else {
			await sleep(IDLE_EVICT_MS + 1000);
		}
		await sleep(1000);
		const after = await facts(server);
		context.log(
			`evicted after ${evictedAfter}; after leaving: heap ${mb(after.heap)} MB, ` +
				`RSS ${mb(after.rss)} MB`,
		);
		return {
			'heap per board': kb(perBoard('heap')),
			'RSS per board': kb(perBoard('rss')),
			'evicted after': evictedAfter,
			'heap loaded': mb(loaded.heap),
			'heap after leave': mb(after.heap),
			'RSS loaded': mb(loaded.rss),
			'RSS after leave': mb(after.rss),
			'heap before': mb(before.heap),
			'RSS before': mb(before.rss),
			'healthz heapUsed per board (no GC)':
				perBoardHealth === undefined ? 'n/a' : kb(perBoardHealth),
			'boards loaded': connected.clients.length,
			'boards in memory when loaded': loaded.boardsInMemory ?? 'n/a',
			'boards in memory after leave': after.boardsInMemory ?? 'n/a',
			'memory basis': 'V8 heap used after forced GC (inspector) and VmRSS, Node process only',
		};
	} finally {
		await closeAll(clients);
		await server.stop();
	}
}

export function memoryScenario(quick: boolean): Scenario {
	const boards = quick ? 200 : 1000;
	return {
		name: 'memory',
		title: `Memory (${boards} boards of ~1 KB, one client each; IDLE_EVICT_MS=${IDLE_EVICT_MS})`,
		figures: [
			{ name: 'heap per board', unit: 'KB', better: 'lower' },
			{ name: 'RSS per board', unit: 'KB', better: 'lower' },
			{ name: 'evicted after', unit: 'ms', better: 'lower' },
			{ name: 'heap loaded', unit: 'MB', better: 'lower' },
			{ name: 'heap after leave', unit: 'MB', better: 'lower' },
			{ name: 'RSS after leave', unit: 'MB', better: 'lower' },
		],
		run: (context) => memory(context, boards),
	};
}
