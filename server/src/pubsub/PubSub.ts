/**
 * Fan-out of board traffic between server instances. Implementations: `LocalPubSub`
 * (in-process, the default; also lets tests run several instances in one process) and, with
 * REDIS_URL, `RedisPubSub`. A subscriber also receives its own instance's messages; rooms skip
 * them by origin.
 */
export interface PubSub {
	/** Sends `message` to every subscriber of `channel`. */
	publish(channel: string, message: Uint8Array): Promise<void>;
	/** Calls `handler` for each message on `channel` until the returned function is called. */
	subscribe(channel: string, handler: (message: Uint8Array) => void): Promise<() => Promise<void>>;
	/**
	 * Calls `handler` each time the subscription comes back after a break, during which messages
	 * may have been missed. Returns a function that stops it.
	 */
	onReconnect(handler: () => void): () => void;
	close(): Promise<void>;
}
