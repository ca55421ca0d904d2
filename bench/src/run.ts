// `npm run bench`: our server (embedded and Redis mode) against the stock y-websocket server.
// Options: --quick, --scenario <name[,name]>, --modes <embedded,redis,stock>, --skip-build,
// --out <file>. See bench/README.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { cpuSeconds, selfAndChildrenSeconds, systemBusySeconds } from './procStats.js';
import { formatTable, makeRows, type Row } from './report.js';
import { coldLoadScenario } from './scenarios/coldLoad.js';
import type { FigureValue, Scenario, ScenarioContext } from './scenarios/common.js';
import { fanOutScenario } from './scenarios/fanout.js';
import { joinStormScenario } from './scenarios/joinStorm.js';
import { memoryScenario } from './scenarios/memory.js';
import { presenceScenario } from './scenarios/presence.js';
import {
	MODES,
	redisClients,
	root,
	startRedis,
	startServer,
	type Mode,
	type RedisHandle,
} from './servers.js';
import { guardRun, log } from './runGuard.js';

/** The whole run is aborted after this long, whatever it is doing. */
const RUN_LIMIT_MS = 50 * 60 * 1000;

const { values: args } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		scenario: { type: 'string', multiple: true },
		modes: { type: 'string', default: MODES.join(',') },
		'skip-build': { type: 'boolean', default: false },
		out: { type: 'string' },
	},
});

const quick = args.quick ?? false;
const all: Scenario[] = [
	fanOutScenario(quick),
	presenceScenario(quick),
	joinStormScenario(quick),
	coldLoadScenario(quick),
	memoryScenario(quick),
];
const wanted = (args.scenario ?? []).flatMap((name) => name.split(',')).filter(Boolean);
const unknown = wanted.filter((name) => !all.some((scenario) => scenario.name === name));
const modes = (args.modes ?? '').split(',').filter(Boolean) as Mode[];
const badModes = modes.filter((mode) => !MODES.includes(mode));
if (unknown.length > 0 || badModes.length > 0 || modes.length === 0) {
	console.error(
		`Unknown scenario or mode: ${[...unknown, ...badModes].join(', ') || '(no modes)'}\n` +
			`Scenarios: ${all.map((s) => s.name).join(', ')}; modes: ${MODES.join(', ')}`,
	);
	process.exit(2);
}
const scenarios = wanted.length > 0 ? all.filter((s) => wanted.includes(s.name)) : all;
const complete = !quick && wanted.length === 0 && modes.length === MODES.length;
const outFile = path.resolve(
	args.out ?? path.join(root, 'bench/results', complete ? 'latest.json' : 'partial.json'),
);

guardRun('bench', RUN_LIMIT_MS);

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

const started = new Date();
const wallStart = performance.now();
const loadAtStart = os.loadavg();
// How many cores other processes keep busy right now (1 s sample), before we add any load.
const idleSample = systemBusySeconds() - selfAndChildrenSeconds();
await new Promise((resolve) => setTimeout(resolve, 1000));
const busyCoresAtStart = Math.max(0, systemBusySeconds() - selfAndChildrenSeconds() - idleSample);
if (busyCoresAtStart > 0.25) {
	log(
		`WARNING: other processes keep ${busyCoresAtStart.toFixed(2)} cores busy before the run: ` +
			'figures will be noisy.',
	);
}

if (!args['skip-build']) {
	log('Building protocol and server (tsc -b)…');
	const tsc = spawnSync(path.join(root, 'node_modules/.bin/tsc'), ['-b'], {
		cwd: root,
		stdio: 'inherit',
	});
	if (tsc.status !== 0) {
		if (!fs.existsSync(path.join(root, 'server/dist/main.js'))) process.exit(tsc.status ?? 1);
		log('WARNING: tsc -b failed; measuring the server/dist that is already there.');
	}
}

let redis: RedisHandle | undefined;
let redisConnections = 0;
const unavailable = new Map<Mode, string>();
if (modes.includes('redis')) {
	try {
		redis = await startRedis();
		log(`redis-server listening at ${redis.url}`);
	} catch (error) {
		unavailable.set('redis', 'n/a');
		log(`redis-server could not start (${(error as Error).message}): Redis mode skipped`);
	}
}

/** Machine busy time minus ours (bench, exited servers, redis-server); a delta when `since`. */
function cpuOfOurs(since?: number): number {
	const ours = selfAndChildrenSeconds() + (redis ? cpuSeconds(redis.pid) : 0);
	const othersNow = systemBusySeconds() - ours;
	return since === undefined ? othersNow : Math.max(0, othersNow - since);
}

function contextFor(mode: Mode, scenario: Scenario): ScenarioContext {
	return {
		mode,
		quick,
		log: (message) => log(`  ${scenario.name}/${mode}: ${message}`),
		async start(options = {}) {
			if (mode !== 'redis' || !redis) return startServer(mode, options);
			await redis.command('FLUSHALL');
			const server = await startServer(mode, {
				...options,
				redisUrl: redis.url,
				extraPids: [redis.pid],
			});
			redisConnections = Math.max(redisConnections, await redisClients(redis));
			return server;
		},
	};
}

const rows: Row[] = [];
const details: Record<string, Partial<Record<Mode, Record<string, FigureValue>>>> = {};
for (const scenario of scenarios) {
	log(`${scenario.title}`);
	const results: Partial<Record<Mode, Record<string, FigureValue>>> = {};
	for (const mode of modes) {
		const skip = unavailable.get(mode);
		if (skip) {
			results[mode] = Object.fromEntries(scenario.figures.map((f) => [f.name, skip]));
			continue;
		}
		const t0 = performance.now();
		const before = cpuOfOurs();
		try {
			const figures = await scenario.run(contextFor(mode, scenario));
			// Busy CPU on the machine that was neither the bench, its servers nor its redis-server.
			const others = cpuOfOurs(before);
			const seconds = (performance.now() - t0) / 1000;
			if (others > 0.1 * seconds) {
				log(`  note: other processes used ${others.toFixed(1)} CPU s in ${seconds.toFixed(0)} s`);
			}
			results[mode] = { ...figures, 'CPU s used by other processes': Math.round(others * 10) / 10 };
		} catch (error) {
			log(`  ${scenario.name}/${mode} failed: ${(error as Error).stack ?? String(error)}`);
			results[mode] = Object.fromEntries(scenario.figures.map((f) => [f.name, 'error']));
		}
		log(`  ${scenario.name}/${mode} took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
	}
	details[scenario.name] = results;
	rows.push(...makeRows(scenario.name, scenario.figures, results));
}
await redis?.stop();

const wallSeconds = Math.round((performance.now() - wallStart) / 100) / 10;
console.log(`\n${formatTable(rows)}\n`);
console.log(
	`Wall time ${wallSeconds} s. Ratios are ours/stock: below 1 is better for "lower", above 1 ` +
		`for "higher".`,
);
if (modes.includes('redis') && redis) {
	console.log(
		redisConnections > 0
			? `Redis mode: the server held ${redisConnections} connection(s) to Redis.`
			: 'Redis mode: the server never connected to Redis (REDIS_URL ignored), so its figures ' +
					'are embedded-mode figures.',
	);
}

const report = {
	startedAt: started.toISOString(),
	wallSeconds,
	quick,
	modes,
	machine: {
		node: process.version,
		cpus: os.cpus().length,
		cpuModel: os.cpus()[0]?.model ?? 'unknown',
		memoryGb: Math.round(os.totalmem() / 1e8) / 10,
		loadAverageAtStart: loadAtStart.map((l) => Math.round(l * 100) / 100),
		busyCoresOfOtherProcessesAtStart: Math.round(busyCoresAtStart * 100) / 100,
		loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
	},
	redisServerConnectedToRedis: modes.includes('redis') ? redisConnections > 0 : null,
	rows,
	details,
};
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, await formatJson(outFile, report));
console.log(`Results saved to ${path.relative(process.cwd(), outFile)}`);
process.exit(0);
