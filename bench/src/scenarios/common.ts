import { performance } from 'node:perf_hooks';
import type { Mode, ServerHandle, StartOptions } from '../servers.js';
import { sleep } from '../clients.js';

/** What a scenario gets for one mode. */
export interface ScenarioContext {
	mode: Mode;
	quick: boolean;
	/** Starts a fresh server of this mode (the scenario stops it). */
	start(options?: StartOptions): Promise<ServerHandle>;
	log(message: string): void;
}

/** One figure a scenario reports: number, or a word such as "n/a" or "never". */
export type FigureValue = number | string | null;

export interface FigureSpec {
	name: string;
	unit: string;
	/** Which direction is better, for reading ratios. */
	better: 'lower' | 'higher' | 'none';
}

export interface Scenario {
	name: string;
	title: string;
	figures: FigureSpec[];
	/** Returns a value for each figure name; extra keys go to the JSON only. */
	run(context: ScenarioContext): Promise<Record<string, FigureValue>>;
}

/**
 * Calls `tick(i)` for i = 0, 1, … at `perSecond` on average for `durationMs`, catching up when
 * the event loop is late (at most `maxBurst` calls per wake-up). Resolves with the call count.
 */
export async function paced(
	perSecond: number,
	durationMs: number,
	tick: (index: number) => void,
	maxBurst = 50,
): Promise<number> {
	const start = performance.now();
	const total = Math.floor((perSecond * durationMs) / 1000);
	let done = 0;
	const wakeMs = Math.max(1, Math.min(20, 1000 / perSecond / 2));
	while (done < total && performance.now() - start < durationMs + 2000) {
		const due = Math.min(total, Math.floor(((performance.now() - start) * perSecond) / 1000) + 1);
		for (let burst = 0; done < due && burst < maxBurst; burst++) tick(done++);
		await sleep(wakeMs);
	}
	return done;
}

/** Waits until `done()` is true or `timeoutMs` passed; checks every `everyMs`. */
export async function waitFor(
	done: () => boolean,
	timeoutMs: number,
	everyMs = 50,
): Promise<boolean> {
	const deadline = performance.now() + timeoutMs;
	while (performance.now() < deadline) {
		if (done()) return true;
		await sleep(everyMs);
	}
	return done();
}

/** Waits until a socket's send buffer is below `bytes` (bounded). */
export function drained(socket: { bufferedAmount: number }, bytes = 1 << 20): Promise<boolean> {
	return waitFor(() => socket.bufferedAmount < bytes, 30_000, 5);
}

export const ms = (value: number): number => Math.round(value * 10) / 10;
export const percent = (part: number, whole: number): number =>
	whole === 0 ? Number.NaN : Math.round((part / whole) * 10_000) / 100;

/** CPU seconds this process (the load generator) used since `before`. */
export function generatorSeconds(before: NodeJS.CpuUsage): number {
	const used = process.cpuUsage(before);
	return (used.user + used.system) / 1e6;
}
