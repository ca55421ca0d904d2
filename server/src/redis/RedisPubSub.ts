import type { Redis } from 'ioredis';
import type { Logger } from '../log.js';
import type { PubSub } from '../pubsub/PubSub.js';

/**
 * Pub/sub over Redis: one connection publishes, a duplicate subscribes. After the subscriber
 * reconnects (ioredis resubscribes by itself) the `onReconnect` handlers run, so rooms can
 * catch up on what they missed while it was away.
 */
export class RedisPubSub implements PubSub {
	private readonly subscriber: Redis;
	private readonly handlers = new Map<string, Set<(message: Uint8Array) => void>>();
	private readonly reconnectHandlers = new Set<() => void>();
	private wasReady = false;

	constructor(
		private readonly publisher: Redis,
		private readonly log: Logger,
	) {
		// The subscriber queues (re)subscriptions while Redis is away; the publisher fails fast.
		this.subscriber = publisher.duplicate({ enableOfflineQueue: true });
		this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
			const handlers = this.handlers.get(channel.toString());
			if (!handlers) return;
			const bytes = new Uint8Array(message.buffer, message.byteOffset, message.byteLength);
			for (const handler of handlers) handler(bytes);
		});
		this.subscriber.on('ready', () => {
			if (!this.wasReady) {
				this.wasReady = true;
				return;
			}
			// Catch up only once the subscriptions are confirmed active again: whatever another
			// instance published before then is in storage for the catch-up to read, whatever
			// it publishes after arrives here. (ioredis's own resubscription is not awaited.)
			const channels = [...this.handlers.keys()];
			const resubscribed = channels.length > 0 ? this.subscriber.subscribe(...channels) : null;
			Promise.resolve(resubscribed).then(
				() => {
					log.info('Redis subscriber reconnected: catching up');
					for (const handler of this.reconnectHandlers) handler();
				},
				(error: unknown) => log.warn({ err: error }, 'Redis resubscription failed'),
			);
		});
		this.subscriber.on('error', (error: Error) =>
			log.debug({ err: error }, 'Redis subscriber error'),
		);
	}

	/** True while the subscriber is connected. */
	get ready(): boolean {
		return this.subscriber.status === 'ready';
	}

	async publish(channel: string, message: Uint8Array): Promise<void> {
		await this.publisher.publish(
			channel,
			Buffer.from(message.buffer, message.byteOffset, message.byteLength),
		);
	}

	async subscribe(
		channel: string,
		handler: (message: Uint8Array) => void,
	): Promise<() => Promise<void>> {
		let handlers = this.handlers.get(channel);
		if (!handlers) {
			handlers = new Set();
			this.handlers.set(channel, handlers);
			const subscribed = this.subscriber.subscribe(channel).catch((error: unknown) => {
				this.log.warn({ err: error, channel }, 'Redis subscribe failed');
			});
			// Confirmed before a board's storage is read, so nothing published after the read is
			// missed. Not awaited while Redis is away: the subscription waits, and rooms catch up
			// on reconnect.
			if (this.ready) await subscribed;
		}
		handlers.add(handler);
		return async () => {
			handlers.delete(handler);
			if (handlers.size === 0 && this.handlers.get(channel) === handlers) {
				this.handlers.delete(channel);
				await this.subscriber.unsubscribe(channel).catch(() => undefined);
			}
		};
	}

	onReconnect(handler: () => void): () => void {
		this.reconnectHandlers.add(handler);
		return () => this.reconnectHandlers.delete(handler);
	}

	async close(): Promise<void> {
		this.subscriber.disconnect();
	}
}
