import { describe, expect, it } from 'vitest';
import {
	clockTicksPerSecond,
	cpuSeconds,
	parseProcStat,
	parseStatusKb,
	parseSystemBusy,
	rssBytes,
} from './procStats.js';

// A real line's shape: pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt
// cmajflt utime stime cutime cstime …
const line = (comm: string, utime: number, stime: number): string =>
	`4242 (${comm}) S 1 4242 4242 0 -1 4194560 2163 0 0 0 ${utime} ${stime} 7 8 20 0 11 0 ` +
	'123456 987654321 12345 18446744073709551615 1 1 0 0 0 0 0 16781312 134235650 0 0 0 17 1 0 0\n';

describe('parseProcStat', () => {
	it('reads utime and stime (fields 14 and 15)', () => {
		expect(parseProcStat(line('node', 1234, 56))).toEqual({
			utime: 1234,
			stime: 56,
			cutime: 7,
			cstime: 8,
		});
	});

	it('counts fields after the last parenthesis, whatever the command name holds', () => {
		expect(parseProcStat(line('we ird) (name', 10, 20))).toMatchObject({ utime: 10, stime: 20 });
		expect(parseProcStat(line('a b c d e f', 3, 4))).toMatchObject({ utime: 3, stime: 4 });
	});

	it('throws on text that is not a stat line', () => {
		expect(() => parseProcStat('hello')).toThrow();
		expect(() => parseProcStat('1 (x) S 1 2')).toThrow();
	});
});

describe('parseStatusKb', () => {
	const status = 'Name:\tnode\nVmPeak:\t  900000 kB\nVmRSS:\t   51234 kB\nThreads:\t11\n';

	it('reads a kB line as bytes', () => {
		expect(parseStatusKb(status, 'VmRSS')).toBe(51234 * 1024);
		expect(parseStatusKb(status, 'VmPeak')).toBe(900000 * 1024);
	});

	it('throws when the key is missing', () => {
		expect(() => parseStatusKb(status, 'VmSwap')).toThrow();
	});
});

describe('parseSystemBusy', () => {
	it('adds every column of the cpu line but idle and iowait', () => {
		const stat = 'cpu  100 5 50 9000 40 3 2 1 0 0\ncpu0 50 2 25 4500 20 1 1 0 0 0\nintr 12345\n';
		expect(parseSystemBusy(stat)).toBe(100 + 5 + 50 + 3 + 2 + 1);
	});

	it('throws without a cpu line', () => {
		expect(() => parseSystemBusy('intr 1\n')).toThrow();
	});
});

describe('this process, from /proc', () => {
	it('has a positive clock tick rate, CPU time and RSS', () => {
		expect(clockTicksPerSecond()).toBeGreaterThan(0);
		expect(cpuSeconds(process.pid)).toBeGreaterThan(0);
		expect(rssBytes(process.pid)).toBeGreaterThan(1024 * 1024);
	});
});
