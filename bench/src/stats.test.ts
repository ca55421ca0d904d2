import { describe, expect, it } from 'vitest';
import { ratio } from './report.js';
import { Samples, percentile, round, summarize } from './stats.js';

describe('percentile (nearest rank)', () => {
	it('picks the smallest value with at least p% at or below it', () => {
		const values = [15, 20, 35, 40, 50];
		expect(percentile(values, 5)).toBe(15);
		expect(percentile(values, 30)).toBe(20);
		expect(percentile(values, 40)).toBe(20);
		expect(percentile(values, 50)).toBe(35);
		expect(percentile(values, 100)).toBe(50);
	});

	it('sorts numerically, not as strings, and leaves the input alone', () => {
		const values = [100, 9, 20, 3];
		expect(percentile(values, 50)).toBe(9);
		expect(values).toEqual([100, 9, 20, 3]);
	});

	it('gives p99 of 1..1000 as 990 and p0 as the minimum', () => {
		const values = Array.from({ length: 1000 }, (_, i) => 1000 - i);
		expect(percentile(values, 99)).toBe(990);
		expect(percentile(values, 0)).toBe(1);
	});

	it('is NaN for no values and refuses p outside 0..100', () => {
		expect(percentile([], 50)).toBeNaN();
		expect(() => percentile([1], 101)).toThrow(RangeError);
		expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
	});
});

describe('summarize', () => {
	it('agrees with percentile and reports count and max', () => {
		const values = Array.from({ length: 200 }, (_, i) => (i * 37) % 200);
		expect(summarize(values)).toEqual({
			count: 200,
			p50: percentile(values, 50),
			p99: percentile(values, 99),
			max: 199,
		});
	});

	it('is NaN everywhere for no values', () => {
		expect(summarize([])).toEqual({ count: 0, p50: NaN, p99: NaN, max: NaN });
	});
});

describe('Samples', () => {
	it('grows past its first buffer and returns exactly what was pushed', () => {
		const samples = new Samples();
		for (let i = 0; i < 5000; i++) samples.push(i);
		expect(samples.length).toBe(5000);
		expect(samples.values()[4999]).toBe(4999);
		expect(samples.values().length).toBe(5000);
	});
});

describe('round and ratio', () => {
	it('rounds by magnitude', () => {
		expect(round(1234.56)).toBe(1235);
		expect(round(12.345)).toBe(12.3);
		expect(round(1.23456)).toBe(1.235);
	});

	it('divides ours by stock only when both are usable numbers', () => {
		expect(ratio(3, 2)).toBe(1.5);
		expect(ratio(1, 3)).toBe(0.33);
		expect(ratio('n/a', 2)).toBeNull();
		expect(ratio(2, 0)).toBeNull();
		expect(ratio(2, Number.NaN)).toBeNull();
		expect(ratio(2, null)).toBeNull();
	});
});
