/**
 * Polls `predicate` until it returns a truthy value (which it resolves to) or `timeoutMs`
 * passes, then rejects with `message` and the last error the predicate threw.
 */
export async function waitFor<T>(
	predicate: () => T | Promise<T>,
	{ timeoutMs = 10_000, intervalMs = 10, message = 'condition' } = {},
): Promise<NonNullable<T>> {
	const deadline = Date.now() + timeoutMs;
	let lastError: unknown;
	for (;;) {
		try {
			const value = await predicate();
			if (value) return value as NonNullable<T>;
		} catch (error) {
			lastError = error;
		}
		if (Date.now() > deadline) {
			const detail = lastError instanceof Error ? `: ${lastError.message}` : '';
			throw new Error(`timed out after ${timeoutMs} ms waiting for ${message}${detail}`);
		}
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
}
