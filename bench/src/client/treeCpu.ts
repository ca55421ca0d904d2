// CPU used by this process and all its descendants (server, Chromium and its renderers).
// Chromium's renderers are not reaped into our `cutime`, so the tree is sampled from /proc while
// it runs; a process that ends between two samples loses at most one interval of CPU.
import fs from 'node:fs';
import { clockTicksPerSecond, parseProcStat } from '../procStats.js';

/** The parent pid (field 4) of a `/proc/<pid>/stat` line. */
export function parseParentPid(stat: string): number {
	const fields = stat
		.slice(stat.lastIndexOf(')') + 1)
		.trim()
		.split(/\s+/);
	return Number(fields[1]);
}

/** `root` and every pid whose chain of parents leads to it. */
export function descendantsOf(root: number, parents: ReadonlyMap<number, number>): Set<number> {
	const tree = new Set([root]);
	let grew = true;
	while (grew) {
		grew = false;
		for (const [pid, parent] of parents) {
			if (!tree.has(pid) && tree.has(parent)) {
				tree.add(pid);
				grew = true;
			}
		}
	}
	return tree;
}

/** Samples the tree's CPU every `everyMs`; `seconds()` is the total seen so far. */
export class TreeCpu {
	private readonly last = new Map<number, number>();
	private readonly timer: NodeJS.Timeout;

	constructor(
		private readonly root = process.pid,
		everyMs = 250,
	) {
		this.sample();
		this.timer = setInterval(() => this.sample(), everyMs);
		this.timer.unref();
	}

	sample(): void {
		const stats = new Map<number, string>();
		for (const name of fs.readdirSync('/proc')) {
			if (!/^\d+$/.test(name)) continue;
			try {
				stats.set(Number(name), fs.readFileSync(`/proc/${name}/stat`, 'utf8'));
			} catch {
				// The process ended meanwhile.
			}
		}
		const parents = new Map([...stats].map(([pid, stat]) => [pid, parseParentPid(stat)]));
		for (const pid of descendantsOf(this.root, parents)) {
			const { utime, stime } = parseProcStat(stats.get(pid)!);
			this.last.set(pid, (utime + stime) / clockTicksPerSecond());
		}
	}

	/** CPU seconds of the tree so far: the last sample of each process seen, summed. */
	seconds(): number {
		this.sample();
		let total = 0;
		for (const value of this.last.values()) total += value;
		return total;
	}

	stop(): void {
		clearInterval(this.timer);
	}
}
