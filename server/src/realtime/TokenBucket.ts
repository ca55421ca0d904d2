/**
 * A token bucket: up to `capacity` actions at once, refilled at `perSecond`. Used to rate-limit
 * what one connection may send.
 */
export class TokenBucket {
	private tokens: number;
	private last: number;

	constructor(
		private readonly capacity: number,
		private readonly perSecond: number,
		private readonly now: () => number = Date.now,
	) {
		this.tokens = capacity;
		this.last = now();
	}

	/**
	 * Takes `count` tokens (one by default); false when fewer are left (the action is refused,
	 * and nothing is taken).
	 */
	take(count = 1): boolean {
		const now = this.now();
		this.tokens = Math.min(
			this.capacity,
			this.tokens + ((now - this.last) / 1000) * this.perSecond,
		);
		this.last = now;
		if (this.tokens < count) return false;
		this.tokens -= count;
		return true;
	}
}
