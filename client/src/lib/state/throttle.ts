/**
 * Calls `fn` at most once every `intervalMs`, always with the latest arguments: a call inside
 * the interval is delayed to its end (trailing edge), never dropped. `cancel` drops a pending call.
 */
export function throttle<A extends unknown[]>(
	fn: (...args: A) => void,
	intervalMs: number,
): { (...args: A): void; cancel(): void } {
	let last = -Infinity;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let pending: A | undefined;

	const run = () => {
		timer = undefined;
		last = Date.now();
		const args = pending;
		pending = undefined;
		if (args) fn(...args);
	};

	const throttled = (...args: A) => {
		pending = args;
		const wait = last + intervalMs - Date.now();
		if (wait <= 0 && timer === undefined) run();
		else timer ??= setTimeout(run, Math.max(0, wait));
	};
	throttled.cancel = () => {
		if (timer !== undefined) clearTimeout(timer);
		timer = undefined;
		pending = undefined;
	};
	return throttled;
}
