import type { PubSub } from './PubSub.js';

/** In-process pub/sub: delivery is asynchronous (next microtask), like a real broker. */
export class LocalPubSub implements PubSub {
	private readonly channels = new Map<string, Set<(message: Uint8Array) => void>>();

	async publish(channel: string, message: Uint8Array): Promise<void> {
		const handlers = this.channels.get(channel);
		if (!handlers) return;
		await Promise.resolve();
		for (const handler of [...handlers]) handler(message);
	}

	async subscribe(
		channel: string,
		handler: (message: Uint8Array) => void,
	): Promise<() => Promise<void>> {
		const handlers = this.channels.get(channel) ?? new Set();
		handlers.add(handler);
		this.channels.set(channel, handlers);
		return async () => {
			handlers.delete(handler);
			if (handlers.size === 0) this.channels.delete(channel);
		};
	}

	/** An in-process channel never breaks. */
	onReconnect(): () => void {
		return () => {};
	}

	async close(): Promise<void> {
		this.channels.clear();
	}
}
