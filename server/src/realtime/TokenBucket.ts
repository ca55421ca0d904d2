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

	/** Takes one token; false when there is none left (the action is refused). */
	take(): boolean {
		const now = this.now();
		this.tokens = Math.min(
			this.capacity,
			this.tokens + ((now - this.last) / 1000) * this.perSecond,
		);
		this.last = now;
		if (this.tokens < 1) return false;
		this.tokens -= 1;
		return true;
	}
}
