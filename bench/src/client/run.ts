// `npm run bench:client`: the browser app against the real server, in headless Chromium.
// Options: --quick, --skip-build, --out <file>, --pan-seconds <s>, --repeats <n>.
// See bench/README.md ("Client benchmark").
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import type { BoardCreated } from '@groundwork/protocol';
import { systemBusySeconds } from '../procStats.js';
import { root, startServer } from '../servers.js';
import { round } from '../stats.js';
import type { PanResult } from './page.js';
import { formatClientTable, frameStats, median, planBurst, type ClientRow } from './plan.js';
import {
	burst,
	fitBoard,
	launchChromium,
	openBoard,
	panFrames,
	placedBoard,
	resetZoom,
	viewOf,
	VIEWPORT,
	type BurstResult,
	type FitResult,
	type OpenedBoard,
	type PanOptions,
} from './scenarios.js';
import {
	connect,
	countBurstStored,
	SEED_BATCH,
	seedBoard,
	waitStored,
	type BoardAddress,
} from './seed.js';
import { TreeCpu } from './treeCpu.js';
import { guardRun, log } from '../runGuard.js';

const RUN_LIMIT_MS = 30 * 60 * 1000;

const { values: args } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		'skip-build': { type: 'boolean', default: false },
		out: { type: 'string' },
		'pan-seconds': { type: 'string', default: '5' },
		repeats: { type: 'string' },
	},
});
const quick = args.quick ?? false;
const cards = quick ? 500 : 2000;
const links = cards / 4;
const repeats = Number(args.repeats ?? (quick ? 1 : 3));
const placed = placedBoard(cards, links);
const pan: PanOptions = {
	durationMs: Number(args['pan-seconds'] ?? 5) * 1000,
	pxPerSecond: 1500,
	bounds: { width: placed.width, height: placed.height },
};
const outFile = path.resolve(
	args.out ??
		path.join(root, 'bench/results', quick ? 'client-partial.json' : 'client-latest.json'),
);

guardRun('client bench', RUN_LIMIT_MS);

const started = new Date();
const wallStart = performance.now();
// Busy CPU seconds of the machine that were not this process nor its descendants (the
// server, Chromium and its renderers; sampled from /proc as they run).
const tree = new TreeCpu();
const othersSeconds = (): number => systemBusySeconds() - tree.seconds();
const idleSample = othersSeconds();
await new Promise((resolve) => setTimeout(resolve, 1000));
const busyCores = Math.max(0, othersSeconds() - idleSample);
if (busyCores > 0.25) {
	log(`WARNING: other processes keep ${busyCores.toFixed(2)} cores busy: figures will be noisy.`);
}

if (!args['skip-build']) {
	log('Building protocol, server and client (npm run build)…');
	const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (build.status !== 0) {
		const built = ['server/dist/main.js', 'client/dist/index.html'].every((file) =>
			fs.existsSync(path.join(root, file)),
		);
		if (!built) process.exit(build.status ?? 1);
		log('WARNING: the build failed; measuring the server/dist and client/dist already there.');
	}
}

// From here on everything is measured (the build is not).
const othersAtStart = othersSeconds();
const measureStart = performance.now();
const server = await startServer('embedded');
const origin = `http://127.0.0.1:${server.port}`;
log(`Server at ${origin} (DATA_DIR ${server.dataDir})`);
const response = await fetch(`${origin}/api/boards`, {
	method: 'POST',
	headers: { 'content-type': 'application/json' },
	body: JSON.stringify({ title: 'Client bench board', template: 'netzero-roadmap' }),
});
if (response.status !== 201) throw new Error(`POST /api/boards: ${response.status}`);
const created = (await response.json()) as BoardCreated;
const board: BoardAddress = { origin, boardId: created.id, token: created.tokens.participant };
const participant = new URL(created.links.participant);
const pageUrl = `${origin}${participant.pathname}${participant.search}`;

log(`Seeding ${cards} cards and ${links} links through a Node y-websocket client…`);
const remote = await connect(board);
const seedUpdates = await seedBoard(remote, cards, links);
const stored = await waitStored(board, cards, links);
const boardBytes = Y.encodeStateAsUpdate(remote.doc).length;
log(
	`Stored: ${stored.cards} cards (${stored.placed} placed), ${stored.links} links, ` +
		`${(boardBytes / 1024).toFixed(0)} KB (${seedUpdates} updates; checked by ${stored.checks} ` +
		`fresh client(s)); grid ${placed.width} x ${placed.height}`,
);
if (stored.placed !== cards) throw new Error(`only ${stored.placed} of ${cards} cards are placed`);

const browser = await launchChromium();
const chromiumVersion = browser.version();
log(`Chromium ${chromiumVersion}`);
const rows: ClientRow[] = [];
const details: Record<string, unknown> = {};

// 1. First render, `repeats` times, each in a fresh context; the last page stays open.
const renders: OpenedBoard['render'][] = [];
const renderFailures: string[] = [];
let opened: OpenedBoard | undefined;
const indexOf = new Map(placed.cards.map(([id], i) => [id, i]));
for (let i = 0; i < repeats; i++) {
	await opened?.context.close();
	opened = await openBoard(browser, pageUrl, placed).catch(async (error: unknown) => {
		// Once seen on a busy machine: the page never showed a card. One retry, recorded.
		log(`First render ${i + 1} failed, retrying once: ${(error as Error).message}`);
		renderFailures.push((error as Error).message);
		return openBoard(browser, pageUrl, placed);
	});
	renders.push(opened.render);
	const r = opened.render;
	log(
		`First render ${i + 1}/${repeats}: FCP ${round(r.fcp ?? NaN)} ms, cards in view in the DOM ` +
			`${round(r.cardsAt ?? NaN)} ms, rendered ${round(r.paintedAt ?? NaN)} ms ` +
			`(${r.expectedCards} cards in the render region, ${r.cardsOnScreen} on screen, ` +
			`${r.expectedLinks} links inside it; zoom ${r.zoom})`,
	);
}
const medianOf = (values: (number | null)[]): number =>
	round(median(values.filter((v): v is number => v !== null)));
const firstRender = renders[renders.length - 1]!;
rows.push(
	{
		scenario: 'first render',
		figure: `cards in view rendered (median of ${repeats})`,
		value: medianOf(renders.map((r) => r.paintedAt)),
		unit: 'ms',
		target: 1500,
	},
	{
		scenario: 'first render',
		figure: `cards in view in the DOM (median of ${repeats})`,
		value: medianOf(renders.map((r) => r.cardsAt)),
		unit: 'ms',
	},
	{
		scenario: 'first render',
		figure: `first contentful paint (median of ${repeats})`,
		value: medianOf(renders.map((r) => r.fcp)),
		unit: 'ms',
	},
	{
		scenario: 'first render',
		figure: 'cards in the render region',
		value: firstRender.expectedCards,
		unit: 'count',
	},
	{
		scenario: 'first render',
		figure: 'of which on screen',
		value: firstRender.cardsOnScreen,
		unit: 'count',
	},
);
details['firstRender'] = renders.map(({ regionIds, ...rest }) => ({
	...rest,
	// Which seeding transactions (update messages) the checked cards came from: all of them
	// means the page had applied the whole seeded document when the figure was taken.
	seedUpdatesSeen:
		new Set(regionIds.map((id) => Math.floor((indexOf.get(id) ?? -SEED_BATCH) / SEED_BATCH))).size +
		(rest.expectedLinks > 0 ? 1 : 0),
}));
details['firstRenderFailures'] = renderFailures;
const page = opened!.page;

/** The rows of one pan: frame times, long tasks, and how much of the board it went through. */
function panRows(scenario: string, result: PanResult): ClientRow[] {
	const stats = frameStats(result.intervals);
	return [
		{ scenario, figure: 'zoom', value: Math.round(result.zoom * 1000) / 10, unit: '%' },
		{ scenario, figure: 'frame time p50', value: stats.p50, unit: 'ms' },
		{ scenario, figure: 'frame time p95', value: stats.p95, unit: 'ms', target: 20 },
		{ scenario, figure: 'frame time max', value: stats.max, unit: 'ms' },
		{ scenario, figure: 'frames', value: stats.frames, unit: 'count' },
		{ scenario, figure: 'frames over 33 ms', value: stats.over33ms, unit: 'count' },
		{ scenario, figure: 'long tasks', value: result.longTasks, unit: 'count' },
		{ scenario, figure: 'long tasks, total', value: result.longTaskMs, unit: 'ms' },
		{ scenario, figure: 'render region changes', value: result.regionChanges, unit: 'count' },
		{ scenario, figure: 'cards in the DOM, max', value: result.cardsMax, unit: 'count' },
	];
}

/** Pans the open page (see `panProbe`), logs, adds the rows and the details. */
async function measurePan(scenario: string, key: string): Promise<void> {
	try {
		const view = await viewOf(page);
		log(`Panning at ${round(view.zoom * 100)} % for ${pan.durationMs / 1000} s (${scenario})…`);
		const result = await panFrames(page, pan);
		const stats = frameStats(result.intervals);
		log(
			`  (started after the page settled in ${result.settled.waitedMs} ms` +
				`${result.settled.timedOut ? ', timed out' : ''}) ` +
				`${stats.frames} frames, p95 ${stats.p95} ms; ${result.distancePx} px panned, ` +
				`${result.bounces} turns, render region changed ${result.regionChanges} times, ` +
				`${result.cardsMin}-${result.cardsMax} cards in the DOM ` +
				`(${result.lightCardsAtEnd} light at the end)`,
		);
		rows.push(...panRows(scenario, result));
		const { intervals, ...rest } = result;
		details[key] = { ...pan, startView: view, ...rest, ...stats, intervals: intervals.map(round) };
	} catch (error) {
		log(`Panning failed: ${(error as Error).stack ?? String(error)}`);
		rows.push({ scenario, figure: 'frame time p95', value: 'error', unit: 'ms', target: 20 });
	}
}

// 2. Panning at 100 %, from where the board opened (the top left of the grid).
await measurePan('panning at 100 %', 'panning100');

// 3. Fit board, `repeats` times, each from 100 % at the centre of the board.
const fits: FitResult[] = [];
try {
	// Not measured: brings the view to the centre of the board at 100 % for every measured fit.
	details['fitWarmUp'] = await fitBoard(page, cards);
	for (let i = 0; i < repeats; i++) {
		const before = await resetZoom(page);
		await page.waitForTimeout(1000);
		const fit = await fitBoard(page, cards);
		fits.push(fit);
		log(
			`Fit board ${i + 1}/${repeats}: from ${before.cards} full cards, all ${cards} light cards ` +
				`in the DOM after ${round(fit.inDomMs ?? NaN)} ms, rendered after ` +
				`${round(fit.renderedMs ?? NaN)} ms (zoom ${round(fit.zoom * 100)} %; the page settled ` +
				`in ${fit.settled.waitedMs} ms before the click)`,
		);
	}
	rows.push(
		{
			scenario: 'fit board',
			figure: `click to all ${cards} cards rendered (median of ${repeats})`,
			value: medianOf(fits.map((f) => f.renderedMs)),
			unit: 'ms',
		},
		{
			scenario: 'fit board',
			figure: `click to all cards in the DOM (median of ${repeats})`,
			value: medianOf(fits.map((f) => f.inDomMs)),
			unit: 'ms',
		},
	);
} catch (error) {
	log(`Fit board failed: ${(error as Error).stack ?? String(error)}`);
	rows.push({
		scenario: 'fit board',
		figure: 'click to all cards rendered',
		value: 'error',
		unit: 'ms',
	});
}
details['fits'] = fits;

// 4. Panning at the zoom "Fit board" chose, light faces, then back to the whole board in view.
await measurePan('panning fit', 'panningFit');
try {
	details['fitAfterPanning'] = await fitBoard(page, cards);
} catch (error) {
	log(`Fit board after panning failed: ${(error as Error).message}`);
}

// 5. Bursts of 100 remote changes, `repeats` times on the open page, the whole board in view.
const bursts: BurstResult[] = [];
try {
	for (let i = 0; i < repeats; i++) {
		await page.waitForTimeout(1000);
		const result = await burst(page, remote, cards, i);
		bursts.push(result);
		if (result.timedOut) {
			const stored = await countBurstStored(board, i, planBurst(cards, i));
			log(
				`  timed out: the page's status went ${result.pageStatusBefore} -> ` +
					`${result.pageStatusAfter}, the sender was ${result.senderConnected ? '' : 'not '}` +
					`connected; the server has ${stored.edits} edits and ${stored.moves} moves; ` +
					`sender disconnects: ${remote.disconnects.join('; ') || 'none'}`,
			);
			details['burstTimeoutStored'] = stored;
		}
		if (result.notRenderedAtStart > 0) {
			log(`  ${result.notRenderedAtStart} touched or reference cards were not in the DOM`);
		}
		log(
			`Burst ${i + 1}/${repeats}: ${result.seen}/${result.expected} changes shown, first after ` +
				`${result.firstShownMs ?? '-'} ms, edits ${result.editsShownMs ?? '-'} ms, moves ` +
				`${result.movesShownMs ?? '-'} ms, all ${result.allShownMs ?? '-'} ms, ` +
				`${result.frames} frames meanwhile (settled in ${result.settled.waitedMs} ms before)` +
				(result.timedOut ? ' (timed out)' : ''),
		);
	}
	rows.push(
		{
			scenario: 'burst',
			figure: `all 100 changes shown (median of ${repeats})`,
			value: medianOf(bursts.map((b) => b.allShownMs)),
			unit: 'ms',
		},
		{
			scenario: 'burst',
			figure: `first change shown (median of ${repeats})`,
			value: medianOf(bursts.map((b) => b.firstShownMs)),
			unit: 'ms',
		},
	);
} catch (error) {
	log(`Burst failed: ${(error as Error).stack ?? String(error)}`);
	rows.push({ scenario: 'burst', figure: 'all 100 changes shown', value: 'error', unit: 'ms' });
}
details['bursts'] = bursts;
details['pageSockets'] = [...opened!.sockets];
details['senderDisconnects'] = [...remote.disconnects];

await browser.close();
remote.close();
await server.stop();

const wallSeconds = Math.round((performance.now() - wallStart) / 100) / 10;
const othersDuringRun = Math.round(Math.max(0, othersSeconds() - othersAtStart) * 10) / 10;
const measuredSeconds = Math.round((performance.now() - measureStart) / 100) / 10;
tree.stop();
console.log(`\n${formatClientTable(rows)}\n`);
const noisy = othersDuringRun > 0.1 * measuredSeconds ? ': figures are noisy' : '';
console.log(
	`Wall time ${wallSeconds} s. Other processes used ${othersDuringRun} CPU s during the ` +
		`${measuredSeconds} s after the build (${os.cpus().length} cores)${noisy}.`,
);

/** JSON as Prettier would write it (the repository's format check covers bench/results). */
async function formatJson(file: string, value: unknown): Promise<string> {
	const text = `${JSON.stringify(value, null, '\t')}\n`;
	try {
		const prettier = await import('prettier');
		const options = await prettier.resolveConfig(file);
		return await prettier.format(text, { ...options, filepath: file });
	} catch {
		return text;
	}
}

const report = {
	startedAt: started.toISOString(),
	wallSeconds,
	quick,
	board: {
		cards,
		links,
		bytes: boardBytes,
		seedUpdates,
		grid: { width: placed.width, height: placed.height },
	},
	browser: { chromium: chromiumVersion, viewport: VIEWPORT },
	machine: {
		node: process.version,
		cpus: os.cpus().length,
		cpuModel: os.cpus()[0]?.model ?? 'unknown',
		busyCoresOfOtherProcessesAtStart: Math.round(busyCores * 100) / 100,
		secondsAfterBuild: measuredSeconds,
		cpuSecondsOfOtherProcessesAfterBuild: othersDuringRun,
		loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
	},
	rows,
	details,
};
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, await formatJson(outFile, report));
console.log(`Results saved to ${path.relative(process.cwd(), outFile)}`);
process.exit(0);
