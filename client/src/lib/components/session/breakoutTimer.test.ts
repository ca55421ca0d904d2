import { describe, expect, it } from 'vitest';
import { breakoutTimer } from './breakoutTimer.js';

describe('breakoutTimer [F9]', () => {
	it('runs until the breakouts end when a timer was set', () => {
		expect(breakoutTimer({ rooms: [], startedAt: 1_000, endsAt: 601_000 })).toEqual({
			status: 'running',
			durationMs: 600_000,
			endsAt: 601_000,
		});
	});

	it('is idle without breakouts or without a timer', () => {
		expect(breakoutTimer(null)).toEqual({ status: 'idle' });
		expect(breakoutTimer({ rooms: [], startedAt: 1_000, endsAt: null })).toEqual({
			status: 'idle',
		});
	});
});
