import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration.js';

describe('formatDuration [F3]', () => {
	it('reads like a clock, rounding up to the second', () => {
		expect(formatDuration(0)).toBe('0:00');
		expect(formatDuration(1)).toBe('0:01');
		expect(formatDuration(59_001)).toBe('1:00');
		expect(formatDuration(245_000)).toBe('4:05');
		expect(formatDuration(3_723_000)).toBe('1:02:03');
		expect(formatDuration(-5)).toBe('0:00');
	});
});
