import {
	DocClient,
	LatencyTracker,
	LightClient,
	closeAll,
	connectAll,
	sleep,
	updateKey,
} from '../clients.js';
import { summarize } from '../stats.js';
import {
	ms,
	paced,
	percent,
	waitFor,
	generatorSeconds,
	type FigureSpec,
	type FigureValue,
	type Scenario,
	type ScenarioContext,
} from './common.js';

interface FanOutShape {
	label: string;
	boards: number;
	/** Clients per board, the writer included. */
	clientsPerBoard: number;
	/** Updates per second, all writers together (round-robin over the boards). */
	totalRate: number;
}

const SHAPES = (quick: boolean): FanOutShape[] =>
	quick
		? [
				{ label: '1x50', boards: 1, clientsPerBoard: 50, totalRate: 50 },
				{ label: '10x10', boards: 10, clientsPerBoard: 10, totalRate: 50 },
			]
		: [
				{ label: '1x100', boards: 1, clientsPerBoard: 100, totalRate: 50 },
				{ label: '1x500', boards: 1, clientsPerBoard: 500, totalRate: 50 },
				{ label: '50x20', boards: 50, clientsPerBoard: 20, totalRate: 50 },
			];

/** One writer per board, the other clients receive; latency from send to each arrival. */
async function fanOut(
	context: ScenarioContext,
	shape: FanOutShape,
	durationMs: number,
): Promise<Record<string, FigureValue>> {
	const server = await context.start();
	const tracker = new LatencyTracker();
	const writers: DocClient[] = [];
	const receivers: LightClient[][] = [];
	try {
		const boards = await Promise.all(Array.from({ length: shape.boards }, () => server.newBoard()));
		const connectedWriters = await connectAll(shape.boards, (i) => new DocClient(boards[i]!.url));
		if (connectedWriters.failed > 0) throw new Error(`${connectedWriters.failed} writers failed`);
		// connectAll keeps order within a batch and batches run in order, so writer i is board i.
		writers.push(...connectedWriters.clients);
		let connectFailures = 0;
		for (const board of boards) {
			const { clients, failed } = await connectAll(
				shape.clientsPerBoard - 1,
				() =>
					new LightClient(board.url, {
						onUpdate: (update, at) => tracker.received(updateKey(update), at),
					}),
			);
			receivers.push(clients);
			connectFailures += failed;
		}
		await sleep(500);
		const cpuBefore = server.cpuSeconds();
		const generatorBefore = process.cpuUsage();
		let expected = 0;
		const sends = await paced(shape.totalRate, durationMs, (i) => {
			const board = i % shape.boards;
			writers[board]!.write((doc) => doc.getMap('bench').set('seq', i), tracker);
			expected += receivers[board]!.length;
		});
		await waitFor(() => tracker.latencies.length >= expected, 5000);
		const cpu = server.cpuSeconds() - cpuBefore;
		const generator = generatorSeconds(generatorBefore);
		const latency = summarize(tracker.latencies.values());
		const closedEarly = receivers.flat().filter((client) => !client.isOpen).length;
		context.log(
			`${shape.label}: ${sends} updates, ${latency.count}/${expected} delivered, ` +
				`p50 ${ms(latency.p50)} ms, p99 ${ms(latency.p99)} ms, cpu ${cpu.toFixed(2)} s (generator ${generator.toFixed(2)} s)`,
		);
		return {
			[`${shape.label} p50`]: ms(latency.p50),
			[`${shape.label} p99`]: ms(latency.p99),
			[`${shape.label} delivered`]: percent(latency.count, expected),
			[`${shape.label} server CPU`]: Math.round(cpu * 100) / 100,
			[`${shape.label} load generator CPU`]: Math.round(generator * 100) / 100,
			[`${shape.label} max ms`]: ms(latency.max),
			[`${shape.label} updates sent`]: sends,
			[`${shape.label} deliveries expected`]: expected,
			[`${shape.label} deliveries`]: latency.count,
			[`${shape.label} clients failed to connect`]: connectFailures,
			[`${shape.label} clients closed by server`]: closedEarly,
		};
	} finally {
		await closeAll([...writers, ...receivers.flat()]);
		await server.stop();
	}
}

const figureSpecs = (labels: string[]): FigureSpec[] =>
	labels.flatMap((label) => [
		{ name: `${label} p50`, unit: 'ms', better: 'lower' as const },
		{ name: `${label} p99`, unit: 'ms', better: 'lower' as const },
		{ name: `${label} delivered`, unit: '%', better: 'higher' as const },
		{ name: `${label} server CPU`, unit: 's', better: 'lower' as const },
		{ name: `${label} load generator CPU`, unit: 's', better: 'none' as const },
	]);

export function fanOutScenario(quick: boolean): Scenario {
	const shapes = SHAPES(quick);
	return {
		name: 'fanout',
		title: 'Fan-out (boards x clients, 50 updates/s in total)',
		figures: figureSpecs(shapes.map((shape) => shape.label)),
		async run(context) {
			const figures: Record<string, FigureValue> = {};
			for (const shape of shapes) {
				Object.assign(figures, await fanOut(context, shape, quick ? 3000 : 10_000));
			}
			return figures;
		},
	};
}
