/** Small statistics helpers; pure, so they are unit-tested. */

/**
 * The p-th percentile (0..100) of `values` by the nearest-rank method: the smallest value such
 * that at least p% of the values are less than or equal to it. NaN for an empty list.
 */
export function percentile(values: ArrayLike<number>, p: number): number {
	if (values.length === 0) return Number.NaN;
	if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile out of range: ${p}`);
	const sorted = Float64Array.from(values).sort();
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1] ?? Number.NaN;
}

/** p50, p99 and max of a list of latencies. */
export interface LatencySummary {
	count: number;
	p50: number;
	p99: number;
	max: number;
}

export function summarize(values: ArrayLike<number>): LatencySummary {
	if (values.length === 0) return { count: 0, p50: Number.NaN, p99: Number.NaN, max: Number.NaN };
	const sorted = Float64Array.from(values).sort();
	const at = (p: number): number => sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
	return { count: sorted.length, p50: at(50), p99: at(99), max: sorted[sorted.length - 1]! };
}

/** A growable list of numbers that stays cheap with hundreds of thousands of samples. */
export class Samples {
	private data = new Float64Array(1024);
	length = 0;

	push(value: number): void {
		if (this.length === this.data.length) {
			const bigger = new Float64Array(this.data.length * 2);
			bigger.set(this.data);
			this.data = bigger;
		}
		this.data[this.length++] = value;
	}

	values(): Float64Array {
		return this.data.subarray(0, this.length);
	}
}

/** Rounds for display and JSON: 3 significant decimals below 10, 1 decimal below 1000. */
export function round(value: number): number {
	if (!Number.isFinite(value)) return value;
	const abs = Math.abs(value);
	if (abs >= 1000) return Math.round(value);
	if (abs >= 10) return Math.round(value * 10) / 10;
	return Math.round(value * 1000) / 1000;
}
