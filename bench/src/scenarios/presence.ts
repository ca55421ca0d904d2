import { performance } from 'node:perf_hooks';
import {
	LatencyTracker,
	LightClient,
	awarenessKeys,
	closeAll,
	connectAll,
	presenceMessage,
	sleep,
} from '../clients.js';
import { summarize } from '../stats.js';
import {
	ms,
	percent,
	waitFor,
	generatorSeconds,
	type FigureSpec,
	type FigureValue,
	type Scenario,
	type ScenarioContext,
} from './common.js';

/** A client with one awareness identity whose clock goes up with every state it sends. */
interface PresenceClient {
	client: LightClient;
	id: number;
	clock: number;
}

function stateOf(index: number, tick: number): unknown {
	return {
		user: { name: `Bench ${index}`, city: 'Loopback', color: '#3366cc' },
		cursor: { x: (index * 37 + tick * 11) % 1200, y: (index * 53 + tick * 7) % 800 },
	};
}

function sendPresence(peer: PresenceClient, index: number, tick: number, tracker?: LatencyTracker) {
	peer.clock++;
	tracker?.sent(`${peer.id}:${peer.clock}`);
	peer.client.send(presenceMessage(peer.id, peer.clock, stateOf(index, tick)));
}

/**
 * `count` clients on one board each send a cursor once a second for `seconds` seconds, spread
 * over the second (`staggered`) or all in the same tick; latency to every other client.
 */
async function presence(
	context: ScenarioContext,
	count: number,
	seconds: number,
	staggered: boolean,
): Promise<Record<string, FigureValue>> {
	const label = staggered ? 'staggered' : 'same tick';
	const server = await context.start();
	const tracker = new LatencyTracker();
	const peers: PresenceClient[] = [];
	try {
		const board = await server.newBoard();
		const ids = new Set<number>();
		while (ids.size < count) ids.add(1 + Math.floor(Math.random() * 0x7ffffffe));
		const idList = [...ids];
		const idOf = new Map<LightClient, number>();
		const { clients, failed } = await connectAll(count, (i) => {
			const own = `${idList[i]!}:`;
			const client = new LightClient(board.url, {
				onAwareness: (update, at) => {
					for (const key of awarenessKeys(update)) {
						if (!key.startsWith(own)) tracker.received(key, at);
					}
				},
			});
			idOf.set(client, idList[i]!);
			return client;
		});
		for (const client of clients) peers.push({ client, id: idOf.get(client)!, clock: 0 });
		// Everyone announces itself first (outside the measured window).
		peers.forEach((peer, i) => sendPresence(peer, i, 0));
		await sleep(1500);
		tracker.latencies.length = 0;
		const cpuBefore = server.cpuSeconds();
		const generatorBefore = process.cpuUsage();
		const start = performance.now();
		let sent = 0;
		const total = seconds * peers.length;
		while (sent < total && performance.now() - start < seconds * 1000 + 3000) {
			const elapsed = performance.now() - start;
			const due = staggered
				? Math.min(total, Math.floor((elapsed / 1000) * peers.length) + 1)
				: Math.min(total, (Math.floor(elapsed / 1000) + 1) * peers.length);
			for (; sent < due; sent++) {
				const index = sent % peers.length;
				sendPresence(peers[index]!, index, 1 + Math.floor(sent / peers.length), tracker);
			}
			await sleep(staggered ? 2 : 10);
		}
		const expected = sent * (peers.length - 1);
		await waitFor(() => tracker.latencies.length >= expected, 5000);
		const cpu = server.cpuSeconds() - cpuBefore;
		const generator = generatorSeconds(generatorBefore);
		const latency = summarize(tracker.latencies.values());
		const closedEarly = peers.filter((peer) => !peer.client.isOpen).length;
		context.log(
			`${label}: ${sent} cursors, ${latency.count}/${expected} delivered, ` +
				`p99 ${ms(latency.p99)} ms, cpu ${cpu.toFixed(2)} s (generator ${generator.toFixed(2)} s), closed ${closedEarly}`,
		);
		return {
			[`${label} p50`]: ms(latency.p50),
			[`${label} p99`]: ms(latency.p99),
			[`${label} delivered`]: percent(latency.count, expected),
			[`${label} server CPU`]: Math.round(cpu * 100) / 100,
			[`${label} load generator CPU`]: Math.round(generator * 100) / 100,
			[`${label} cursors sent`]: sent,
			[`${label} deliveries expected`]: expected,
			[`${label} clients failed to connect`]: failed,
			[`${label} clients closed by server`]: closedEarly,
		};
	} finally {
		await closeAll(peers.map((peer) => peer.client));
		await server.stop();
	}
}

const specs = (label: string): FigureSpec[] => [
	{ name: `${label} p50`, unit: 'ms', better: 'lower' },
	{ name: `${label} p99`, unit: 'ms', better: 'lower' },
	{ name: `${label} delivered`, unit: '%', better: 'higher' },
	{ name: `${label} server CPU`, unit: 's', better: 'lower' },
	{ name: `${label} load generator CPU`, unit: 's', better: 'none' },
];

export function presenceScenario(quick: boolean): Scenario {
	const count = quick ? 50 : 200;
	const seconds = quick ? 3 : 10;
	return {
		name: 'presence',
		title: `Presence (${count} clients, 1 cursor/s each, ${seconds} s)`,
		figures: [...specs('staggered'), ...specs('same tick')],
		async run(context) {
			return {
				...(await presence(context, count, seconds, true)),
				...(await presence(context, count, seconds, false)),
			};
		},
	};
}
