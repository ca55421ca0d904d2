import type { PubSub } from './PubSub.js';

/** Channel on which every instance says it is alive. */
export const LIVENESS_CHANNEL = 'gw:instances';

/**
 * Which other instances are alive: each instance publishes its id every `ttlMs / 3` and
 * counts another as gone when nothing came from it for `ttlMs`. Rooms use it to drop the
 * presence of people whose instance died. [P5]
 */
export class InstanceLiveness {
	private readonly lastSeen = new Map<string, number>();
	private timer: NodeJS.Timeout | undefined;
	private unsubscribe: (() => Promise<void>) | undefined;

	constructor(
		private readonly pubsub: PubSub,
		private readonly instanceId: string,
		readonly ttlMs: number,
		private readonly now: () => number = Date.now,
	) {}

	/** Starts announcing this instance and listening to the others. */
	async start(): Promise<void> {
		this.unsubscribe = await this.pubsub.subscribe(LIVENESS_CHANNEL, (bytes) => {
			this.seen(new TextDecoder().decode(bytes));
		});
		const announce = () => {
			this.pubsub.publish(LIVENESS_CHANNEL, new TextEncoder().encode(this.instanceId)).catch(() => {
				// Redis away: the others will count us as gone, as they should.
			});
		};
		announce();
		this.timer = setInterval(announce, Math.max(50, Math.floor(this.ttlMs / 3)));
		this.timer.unref();
	}

	/** Records that `instanceId` showed a sign of life. */
	seen(instanceId: string): void {
		if (instanceId !== this.instanceId) this.lastSeen.set(instanceId, this.now());
	}

	/** True while `instanceId` was heard from within the TTL (always for this instance). */
	isAlive(instanceId: string): boolean {
		if (instanceId === this.instanceId) return true;
		const seen = this.lastSeen.get(instanceId);
		return seen !== undefined && this.now() - seen <= this.ttlMs;
	}

	async stop(): Promise<void> {
		clearInterval(this.timer);
		await this.unsubscribe?.();
	}
}
