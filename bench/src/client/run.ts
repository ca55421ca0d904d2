// `npm run bench:client`: the browser app against the real server, in headless Chromium.
// Options: --quick, --skip-build, --out <file>, --scroll-target <selector|document>,
// --scroll-seconds <s>, --repeats <n>. See bench/README.md ("Client benchmark").
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
import { formatClientTable, frameStats, median, type ClientRow } from './plan.js';
import {
	burst,
	launchChromium,
	openBoard,
	scrollFrames,
	VIEWPORT,
	type BurstResult,
	type OpenedBoard,
} from './scenarios.js';
import { connect, seedBoard, waitStored, type BoardAddress } from './seed.js';
import { TreeCpu } from './treeCpu.js';
import { guardRun, log } from '../runGuard.js';

const RUN_LIMIT_MS = 30 * 60 * 1000;

const { values: args } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		'skip-build': { type: 'boolean', default: false },
		out: { type: 'string' },
		'scroll-target': { type: 'string', default: '.grid-scroll' },
		'scroll-seconds': { type: 'string', default: '5' },
		repeats: { type: 'string' },
	},
});
const quick = args.quick ?? false;
const cards = quick ? 500 : 2000;
const links = cards / 4;
const repeats = Number(args.repeats ?? (quick ? 1 : 3));
const scroll = {
	selector: args['scroll-target'] ?? '.grid-scroll',
	durationMs: Number(args['scroll-seconds'] ?? 5) * 1000,
	pxPerSecond: 1500,
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

log(`Seeding ${cards} cards and ${links} connectors through a Node y-websocket client…`);
const remote = await connect(board);
const seedUpdates = await seedBoard(remote, cards, links);
const stored = await waitStored(board, cards, links);
const boardBytes = Y.encodeStateAsUpdate(remote.doc).length;
log(
	`Stored: ${stored.cards} cards, ${stored.links} connectors, ${(boardBytes / 1024).toFixed(0)} KB ` +
		`(${seedUpdates} updates; checked by ${stored.checks} fresh client(s))`,
);

const browser = await launchChromium();
const chromiumVersion = browser.version();
log(`Chromium ${chromiumVersion}`);
const rows: ClientRow[] = [];
const details: Record<string, unknown> = {};

// 1. First render, `repeats` times, each in a fresh context; the last page stays open.
const renders: OpenedBoard['render'][] = [];
const renderFailures: string[] = [];
let opened: OpenedBoard | undefined;
for (let i = 0; i < repeats; i++) {
	await opened?.context.close();
	opened = await openBoard(browser, pageUrl, cards).catch(async (error: unknown) => {
		// Once seen on a busy machine: the page never showed a card. One retry, recorded.
		log(`First render ${i + 1} failed, retrying once: ${(error as Error).message}`);
		renderFailures.push((error as Error).message);
		return openBoard(browser, pageUrl, cards);
	});
	renders.push(opened.render);
	log(
		`First render ${i + 1}/${repeats}: FCP ${round(opened.render.fcp ?? NaN)} ms, cards in DOM ` +
			`${round(opened.render.cardsAt ?? NaN)} ms, rendered ${round(opened.render.paintedAt ?? NaN)} ms`,
	);
}
const medianOf = (values: (number | null)[]): number =>
	round(median(values.filter((v): v is number => v !== null)));
rows.push(
	{
		scenario: 'first render',
		figure: `all ${cards} cards rendered (median of ${repeats})`,
		value: medianOf(renders.map((r) => r.paintedAt)),
		unit: 'ms',
		target: 1500,
	},
	{
		scenario: 'first render',
		figure: `all cards in the DOM (median of ${repeats})`,
		value: medianOf(renders.map((r) => r.cardsAt)),
		unit: 'ms',
	},
	{
		scenario: 'first render',
		figure: `first contentful paint (median of ${repeats})`,
		value: medianOf(renders.map((r) => r.fcp)),
		unit: 'ms',
	},
);
details['firstRender'] = renders;
details['firstRenderFailures'] = renderFailures;
const page = opened!.page;

// 2. Scrolling frame times on the open board.
try {
	log(`Scrolling ${scroll.selector} for ${scroll.durationMs / 1000} s…`);
	const scrolled = await scrollFrames(page, scroll);
	const stats = frameStats(scrolled.intervals);
	log(`  scrolled ${scrolled.scrolledY} (y) and ${scrolled.scrolledX} (x), ${stats.frames} frames`);
	rows.push(
		{ scenario: 'scrolling', figure: 'frame time p50', value: stats.p50, unit: 'ms' },
		{ scenario: 'scrolling', figure: 'frame time p95', value: stats.p95, unit: 'ms', target: 20 },
		{ scenario: 'scrolling', figure: 'frame time max', value: stats.max, unit: 'ms' },
		{ scenario: 'scrolling', figure: 'frames', value: stats.frames, unit: 'count' },
		{ scenario: 'scrolling', figure: 'frames over 33 ms', value: stats.over33ms, unit: 'count' },
		{ scenario: 'scrolling', figure: 'long tasks', value: scrolled.longTasks, unit: 'count' },
		{ scenario: 'scrolling', figure: 'long tasks, total', value: scrolled.longTaskMs, unit: 'ms' },
	);
	const { intervals, ...rest } = scrolled;
	details['scrolling'] = { ...scroll, ...rest, ...stats, intervals: intervals.map(round) };
} catch (error) {
	log(`Scrolling failed: ${(error as Error).stack ?? String(error)}`);
	rows.push({ scenario: 'scrolling', figure: 'frame time p95', value: 'error', unit: 'ms' });
}

// 3. Bursts of 100 remote changes, `repeats` times on the open page.
const bursts: BurstResult[] = [];
try {
	for (let i = 0; i < repeats; i++) {
		await page.waitForTimeout(1000);
		const result = await burst(page, remote, cards, i);
		bursts.push(result);
		log(
			`Burst ${i + 1}/${repeats}: ${result.seen}/${result.expected} changes shown, first after ` +
				`${result.firstShownMs ?? '-'} ms, edits ${result.editsShownMs ?? '-'} ms, moves ` +
				`${result.movesShownMs ?? '-'} ms, all ${result.allShownMs ?? '-'} ms, ` +
				`${result.frames} frames meanwhile` +
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
	board: { cards, links, bytes: boardBytes, seedUpdates },
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
