import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** CPU ticks a process has used, from `/proc/<pid>/stat`. */
export interface CpuTicks {
	utime: number;
	stime: number;
	/** Of children that exited and were waited for. */
	cutime: number;
	cstime: number;
}

/**
 * Parses `/proc/<pid>/stat`. The command name (field 2) is in parentheses and may itself hold
 * spaces or parentheses, so fields are counted from the last `)`. utime, stime, cutime and
 * cstime are fields 14 to 17 (1-based), in clock ticks.
 */
export function parseProcStat(text: string): CpuTicks {
	const close = text.lastIndexOf(')');
	if (close < 0) throw new Error('not a /proc/<pid>/stat line');
	// After ") " come field 3 (state) onwards.
	const fields = text
		.slice(close + 1)
		.trim()
		.split(/\s+/);
	const [utime, stime, cutime, cstime] = [14, 15, 16, 17].map((field) =>
		Number(fields[field - 3]),
	) as [number, number, number, number];
	if (![utime, stime, cutime, cstime].every(Number.isFinite)) {
		throw new Error('stat line has no utime/stime/cutime/cstime');
	}
	return { utime, stime, cutime, cstime };
}

/**
 * Busy time of the whole machine from the first line of `/proc/stat` (`cpu user nice system
 * idle iowait irq softirq steal …`): everything but idle and iowait, in clock ticks.
 */
export function parseSystemBusy(text: string): number {
	const line = text.split('\n').find((l) => l.startsWith('cpu '));
	if (!line) throw new Error('no cpu line in /proc/stat');
	const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
	if (ticks.length < 5 || !ticks.every(Number.isFinite)) throw new Error('bad cpu line');
	const total = ticks.reduce((sum, t) => sum + t, 0);
	return total - ticks[3]! - ticks[4]!;
}

/** Parses a `kB` line such as `VmRSS:  123456 kB` out of `/proc/<pid>/status`; bytes. */
export function parseStatusKb(text: string, key: string): number {
	const match = new RegExp(`^${key}:\\s+(\\d+)\\s+kB`, 'm').exec(text);
	if (!match?.[1]) throw new Error(`${key} not found in status`);
	return Number(match[1]) * 1024;
}

let ticksPerSecond: number | undefined;

/** `getconf CLK_TCK`, read once (100 on practically every Linux). */
export function clockTicksPerSecond(): number {
	if (ticksPerSecond === undefined) {
		try {
			ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
		} catch {
			ticksPerSecond = 100;
		}
		if (!(ticksPerSecond > 0)) ticksPerSecond = 100;
	}
	return ticksPerSecond;
}

/** User + system CPU seconds a process has used so far. */
export function cpuSeconds(pid: number): number {
	const { utime, stime } = parseProcStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
	return (utime + stime) / clockTicksPerSecond();
}

/** CPU seconds the whole machine was busy so far, all cores together. */
export function systemBusySeconds(): number {
	return parseSystemBusy(fs.readFileSync('/proc/stat', 'utf8')) / clockTicksPerSecond();
}

/** CPU seconds of this process plus its children that have exited (stopped servers). */
export function selfAndChildrenSeconds(): number {
	const t = parseProcStat(fs.readFileSync('/proc/self/stat', 'utf8'));
	return (t.utime + t.stime + t.cutime + t.cstime) / clockTicksPerSecond();
}

/** Resident set size of a process, in bytes. */
export function rssBytes(pid: number): number {
	return parseStatusKb(fs.readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmRSS');
}
