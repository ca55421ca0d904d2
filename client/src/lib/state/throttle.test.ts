import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle.js';

describe('throttle', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs at once, then at most once per interval with the latest arguments', () => {
		const calls: number[] = [];
		const send = throttle((n: number) => calls.push(n), 33);
		send(1);
		send(2);
		send(3);
		expect(calls).toEqual([1]);
		vi.advanceTimersByTime(33);
		expect(calls).toEqual([1, 3]);
		vi.advanceTimersByTime(100);
		expect(calls).toEqual([1, 3]);
	});

	it('drops a pending call on cancel', () => {
		const calls: number[] = [];
		const send = throttle((n: number) => calls.push(n), 33);
		send(1);
		send(2);
		send.cancel();
		vi.advanceTimersByTime(100);
		expect(calls).toEqual([1]);
	});
});
