// `npm run soak`: the real server in a child process under a long, changing load: people join
// and leave boards, edit, get cut off, new boards appear. At the end every board must converge
// and reload from storage with nothing it acknowledged lost, and the server's heap after every
// board left memory must be within 10 % of its level after warm-up. Not part of `npm test`.
// Options: --minutes N (default 10) or --seconds N, --boards N, --clients N, --seed N,
// --server auto|dist|source, --out file.json. See bench/README.md.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { WebsocketProvider } from 'y-websocket';
import type { BoardCreated } from '@groundwork/protocol';
import { guardRun, log } from '../runGuard.js';
import { createRandom, parseSoakArgs, type SoakPlan } from './plan.js';
import { chooseServer, startSoakServer, type SoakServer } from './server.js';
import {
	canonical,
	countEdits,
	formatTable,
	mb,
	memoryVerdict,
	sumCounts,
	type EditCount,
} from './verdict.js';
import { Writer, content, reader, stateVector } from './writers.js';

let plan: SoakPlan;
try {
	plan = parseSoakArgs(process.argv.slice(2));
} catch (error) {
	console.error((error as Error).message);
	process.exit(2);
}

guardRun('soak', plan.durationMs + 15 * 60_000);
// Each y-websocket provider in Node listens for the process's exit; there are dozens of them.
process.setMaxListeners(0);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `done` every `everyMs` until it is true or `timeoutMs` passes; resolves to the last answer. */
async function until(done: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 50) {
	const deadline = performance.now() + timeoutMs;
	for (;;) {
		if (await done()) return true;
		if (performance.now() > deadline) return false;
		await sleep(everyMs);
	}
}

interface SoakBoard {
	board: BoardCreated;
	/** The writer that stays connected from the board's creation to the end. */
	stayer: Writer;
	/** Every writer that was ever on the board, the stayer included. */
	writers: Writer[];
}

interface Churner {
	writer: Writer;
	leaveAt: number;
	/** When its socket is cut (once); the provider reconnects by itself. */
	cutAt: number | undefined;
}

interface HealthSample {
	at: number;
	heapUsed: number;
	rss: number;
	boardsInMemory: number;
}

const random = createRandom(plan.seed);
const chosen = chooseServer(plan.server);
log(
	`Soak for ${plan.durationMs / 1000} s, seed ${plan.seed}: ${plan.boards} boards at the ` +
		`start, ${plan.clients} churning clients; server from ${chosen.kind} (${chosen.why}).`,
);
const server: SoakServer = await startSoakServer({
	kind: chosen.kind,
	idleEvictMs: plan.idleEvictMs,
});
log(`Server (pid ${server.pid}) at ${server.httpUrl}.`);

const failures: string[] = [];
let serverExit: number | null | undefined;
void server.exited.then((code) => {
	serverExit = code;
});

const boards: SoakBoard[] = [];
const churners = new Set<Churner>();
const counts = { joins: 0, graceful: 0, abrupt: 0, cuts: 0, maxClients: 0, guests: 0 };
const health: HealthSample[] = [];
let healthFailures = 0;
const heapTrend: { at: number; heap: number }[] = [];

async function sampleHealth(at: number): Promise<HealthSample | undefined> {
	try {
		const answer = await server.health();
		const sample = {
			at,
			heapUsed: answer.memory.heapUsed,
			rss: answer.memory.rss,
			boardsInMemory: answer.boardsInMemory,
		};
		health.push(sample);
		return sample;
	} catch (error) {
		healthFailures++;
		log(`  /healthz did not answer: ${(error as Error).message}`);
		return undefined;
	}
}

async function addBoard(): Promise<void> {
	const index = boards.length + 1;
	const board = await server.createBoard(`Soak board ${index}`);
	const stayer = new Writer(server.syncUrl, board, `Stayer ${index}`);
	boards.push({ board, stayer, writers: [stayer] });
	counts.joins++;
}

function addChurner(now: number): void {
	const target = random.pick(boards);
	const writer = new Writer(server.syncUrl, target.board, `Guest ${++counts.guests}`);
	target.writers.push(writer);
	counts.joins++;
	const lifetime = random.int(3_000, Math.min(30_000, plan.durationMs / 3));
	const cutAt = random.bool(0.25) ? now + random.int(500, lifetime) : undefined;
	churners.add({ writer, leaveAt: now + lifetime, cutAt });
}

const baselineHeap = await server.heapAfterGc();
for (let i = 0; i < plan.boards; i++) await addBoard();

// The load: every 50 ms, writers whose turn it is edit; churners come and go; boards appear.
const started = performance.now();
let nextBoardAt = plan.newBoardEveryMs;
let nextHealthAt = 0;
let nextTrendAt = plan.warmUpMs;
let warmUp: { heap: number; health: HealthSample | undefined } | undefined;
let nextProgressAt = 30_000;
while (performance.now() - started < plan.durationMs) {
	const now = performance.now() - started;
	if (serverExit !== undefined) break;
	if (now >= nextBoardAt) {
		nextBoardAt += plan.newBoardEveryMs;
		await addBoard();
	}
	while (churners.size < plan.clients) addChurner(now);
	for (const churner of [...churners]) {
		if (now >= churner.leaveAt) {
			const abrupt = random.bool(0.35);
			churner.writer.leave(abrupt);
			counts[abrupt ? 'abrupt' : 'graceful']++;
			churners.delete(churner);
		} else if (churner.cutAt !== undefined && now >= churner.cutAt) {
			churner.cutAt = undefined;
			churner.writer.cut();
			counts.cuts++;
		}
	}
	const writers = [...boards.map((b) => b.stayer), ...[...churners].map((c) => c.writer)];
	counts.maxClients = Math.max(counts.maxClients, writers.length);
	for (const writer of writers) {
		if (now < writer.nextEditAt) continue;
		writer.edit(random);
		writer.nextEditAt = now + random.int(100, 700);
	}
	if (now >= nextHealthAt) {
		nextHealthAt = now + 5_000;
		await sampleHealth(now);
	}
	if (!warmUp && now >= plan.warmUpMs) {
		warmUp = { heap: await server.heapAfterGc(), health: await sampleHealth(now) };
		log(`Warm-up: heap after GC ${mb(warmUp.heap)} with ${writers.length} clients connected.`);
	}
	if (now >= nextTrendAt) {
		nextTrendAt = now + Math.max(60_000, plan.durationMs / 10);
		heapTrend.push({ at: Math.round(now / 1000), heap: await server.heapAfterGc() });
	}
	if (now >= nextProgressAt) {
		nextProgressAt += 30_000;
		const edits = boards.reduce(
			(sum, b) => sum + b.writers.reduce((n, w) => n + w.edits.length, 0),
			0,
		);
		log(
			`  ${Math.round(now / 1000)} s: ${boards.length} boards, ${writers.length} clients, ${edits} edits`,
		);
	}
	await sleep(50);
}
const loadSeconds = (performance.now() - started) / 1000;
if (serverExit !== undefined)
	failures.push(`the server exited during the run (code ${serverExit})`);

// The end: churners leave politely, everyone converges, everyone leaves, boards are evicted.
log('Load stopped; the remaining guests leave.');
await sleep(1_000);
for (const churner of churners) {
	churner.writer.leave(false);
	counts.graceful++;
}
churners.clear();

const finals = new Map<SoakBoard, { json: string; acknowledged: Map<number, number> }>();
let convergedLive = 0;
for (const entry of boards) {
	const ready = await until(() => entry.stayer.connected && entry.stayer.synced, 30_000);
	const live: WebsocketProvider = reader(server.syncUrl, entry.board);
	const same = await until(
		() => live.synced && canonical(content(live.doc)) === canonical(content(entry.stayer.doc)),
		30_000,
	);
	if (ready && same) convergedLive++;
	else failures.push(`board ${entry.board.id}: a fresh client did not converge with its writer`);
	finals.set(entry, {
		json: canonical(content(entry.stayer.doc)),
		acknowledged: stateVector(entry.stayer.doc),
	});
	live.doc.destroy();
	live.destroy();
}
log(`Live convergence: ${convergedLive}/${boards.length} boards.`);

for (const entry of boards) entry.stayer.leave(false);
counts.graceful += boards.length;
const leftAt = performance.now();
const evicted = await until(
	async () => (await server.health().catch(() => undefined))?.boardsInMemory === 0,
	30_000 + plan.idleEvictMs * 5,
	250,
);
const evictedAfter = (performance.now() - leftAt) / 1000;
if (!evicted) failures.push('boards stayed in memory after everyone left');
await sleep(1_000);
const endHeap = await server.heapAfterGc();
const endHealth = await sampleHealth(performance.now() - started);
log(`After eviction: heap after GC ${mb(endHeap)}.`);

// Reload: each board from storage, compared with its writers' last state; edits counted.
let convergedStored = 0;
const editCounts: EditCount[] = [];
for (const entry of boards) {
	const final = finals.get(entry)!;
	const stored = reader(server.syncUrl, entry.board);
	const same = await until(
		() => stored.synced && canonical(content(stored.doc)) === final.json,
		30_000,
	);
	if (same) convergedStored++;
	else failures.push(`board ${entry.board.id}: reloaded from storage, it differs from its writers`);
	const edits = entry.writers.flatMap((writer) => writer.edits);
	const count = countEdits(edits, final.acknowledged, stateVector(stored.doc));
	if (count.lost > 0)
		failures.push(`board ${entry.board.id}: ${count.lost} acknowledged edits lost`);
	editCounts.push(count);
	stored.doc.destroy();
	stored.destroy();
}
const edits = sumCounts(editCounts);
const closes = boards.flatMap((entry) => entry.writers.flatMap((writer) => writer.serverCloses));
if (closes.length > 0)
	failures.push(`the server closed clients with ${[...new Set(closes)].join(', ')}`);

const exitCode = await server.stop();
if (exitCode !== 0) failures.push(`the server exited with ${exitCode} on SIGTERM`);
if (server.errors.length > 0) {
	failures.push(`the server logged ${server.errors.length} errors`);
	for (const line of server.errors.slice(0, 10)) log(`  server error: ${line.slice(0, 300)}`);
}
if (healthFailures > 0) failures.push(`/healthz failed ${healthFailures} times`);
const memory = warmUp ? memoryVerdict(warmUp.heap, endHeap) : undefined;
if (!memory) failures.push('no warm-up sample (the run ended early)');
else if (!memory.ok) {
	failures.push(`heap after eviction is ${(memory.change * 100).toFixed(1)} % above warm-up`);
}

const percent = (change: number) => `${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)} %`;
const rows: [string, string][] = [
	['duration', `${loadSeconds.toFixed(0)} s of load (warm-up sample at ${plan.warmUpMs / 1000} s)`],
	['server', `${chosen.kind === 'dist' ? 'server/dist' : 'server/src via tsx'}, seed ${plan.seed}`],
	[
		'boards',
		`${boards.length} (${plan.boards} at the start, ${boards.length - plan.boards} created)`,
	],
	['clients', `${counts.joins} joined, at most ${counts.maxClients} at once`],
	['leaves', `${counts.graceful} polite, ${counts.abrupt} abrupt (socket cut, gone)`],
	['connections cut and resumed', String(counts.cuts)],
	[
		'edits',
		`${edits.made} made, ${edits.acknowledged} acknowledged, ${edits.present} present after reload`,
	],
	['edits lost after acknowledgement', String(edits.lost)],
	['edits never acknowledged (cut off)', String(edits.unacknowledged)],
	[
		'convergence live / after reload',
		`${convergedLive}/${boards.length} / ${convergedStored}/${boards.length}`,
	],
	[
		'heap after GC: start / warm-up / end',
		`${mb(baselineHeap)} / ${mb(warmUp?.heap)} / ${mb(endHeap)}` +
			(memory ? ` (${percent(memory.change)} vs warm-up, limit +10 %)` : ''),
	],
	['heap after GC, trend', heapTrend.map((t) => `${t.at} s ${mb(t.heap)}`).join(', ') || '-'],
	[
		'/healthz heapUsed warm-up / end',
		`${mb(warmUp?.health?.heapUsed)} / ${mb(endHealth?.heapUsed)}`,
	],
	['/healthz rss warm-up / end', `${mb(warmUp?.health?.rss)} / ${mb(endHealth?.rss)}`],
	[
		'boards in memory at the end',
		`${endHealth?.boardsInMemory ?? '-'} (evicted ${evictedAfter.toFixed(1)} s after the last leave)`,
	],
	['/healthz samples / failures', `${health.length} / ${healthFailures}`],
	['server errors logged / exit code', `${server.errors.length} / ${exitCode}`],
	['result', failures.length === 0 ? 'PASS' : `FAIL: ${failures.join('; ')}`],
];
console.log(`\n${formatTable(rows)}\n`);

if (plan.out) {
	const report = {
		startedAt: new Date(Date.now() - loadSeconds * 1000).toISOString(),
		plan,
		server: chosen,
		counts,
		edits,
		boards: boards.length,
		convergedLive,
		convergedStored,
		memory: {
			baselineHeapAfterGc: baselineHeap,
			warmUpHeapAfterGc: warmUp?.heap,
			endHeapAfterGc: endHeap,
			change: memory?.change,
			trend: heapTrend,
			health,
		},
		serverErrors: server.errors,
		failures,
	};
	fs.writeFileSync(plan.out, `${JSON.stringify(report, null, '\t')}\n`);
	log(`Report written to ${plan.out}.`);
}
process.exit(failures.length === 0 ? 0 : 1);
