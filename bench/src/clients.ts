import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { encodeAwarenessMessage, encodeSyncStep1, encodeSyncStep2 } from '@groundwork/protocol';
import { Samples } from './stats.js';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

/** Sync step 1 with an empty state vector, and step 2 of an empty doc: computed once. */
const EMPTY_STEP1 = encodeSyncStep1(Y.encodeStateVector(new Y.Doc()));
const EMPTY_STEP2 = encodeSyncStep2(Y.encodeStateAsUpdate(new Y.Doc()));

/**
 * The id `client:clock` of the first struct of a v1 update, without decoding the rest: every
 * update a writer sends starts new structs, and the server relays them under the same id.
 */
export function updateKey(update: Uint8Array): string | undefined {
	const decoder = decoding.createDecoder(update);
	if (decoding.readVarUint(decoder) === 0) return undefined;
	decoding.readVarUint(decoder); // number of structs
	const client = decoding.readVarUint(decoder);
	return `${client}:${decoding.readVarUint(decoder)}`;
}

/** Matches messages to their send time; counts deliveries and collects latencies (ms). */
export class LatencyTracker {
	readonly sentAt = new Map<string, number>();
	readonly latencies = new Samples();
	sends = 0;

	sent(key: string, at = performance.now()): void {
		this.sentAt.set(key, at);
		this.sends++;
	}

	/** Records a receipt of `key`; unknown keys (before the window, own echoes) are ignored. */
	received(key: string | undefined, at: number): void {
		if (key === undefined) return;
		const sent = this.sentAt.get(key);
		if (sent !== undefined) this.latencies.push(at - sent);
	}
}

/** What a client is told about incoming messages. */
export interface ClientHooks {
	onUpdate?: (update: Uint8Array, at: number) => void;
	onAwareness?: (update: Uint8Array, at: number) => void;
}

/**
 * A y-websocket client without a Y.Doc: it answers the server's step 1 with an empty step 2,
 * counts the server's step 2 as "synced" and hands updates and awareness to hooks.
 */
export class LightClient {
	readonly ws: WebSocket;
	readonly opened: number = performance.now();
	syncedAt: number | undefined;
	step2Bytes = 0;
	closeCode: number | undefined;
	readonly synced: Promise<void>;
	private resolveSynced!: () => void;
	private rejectSynced!: (error: Error) => void;

	constructor(
		url: string,
		protected readonly hooks: ClientHooks = {},
	) {
		this.synced = new Promise((resolve, reject) => {
			this.resolveSynced = resolve;
			this.rejectSynced = reject;
		});
		this.synced.catch(() => undefined);
		this.ws = new WebSocket(url, { perMessageDeflate: false });
		this.ws.on('open', () => this.ws.send(this.step1()));
		this.ws.on('message', (data: Buffer) => this.onMessage(data));
		this.ws.on('error', (error) => this.rejectSynced(error));
		this.ws.on('close', (code) => {
			this.closeCode = code;
			this.rejectSynced(new Error(`closed with ${code} before sync`));
		});
	}

	get isOpen(): boolean {
		return this.ws.readyState === WebSocket.OPEN;
	}

	send(message: Uint8Array): void {
		if (this.isOpen) this.ws.send(message);
	}

	/** Closes and resolves when the socket is closed (or after 5 s). */
	close(): Promise<void> {
		if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				this.ws.terminate();
				resolve();
			}, 5000);
			this.ws.once('close', () => {
				clearTimeout(timer);
				resolve();
			});
			this.ws.close();
		});
	}

	protected step1(): Uint8Array {
		return EMPTY_STEP1;
	}

	protected step2(_stateVector: Uint8Array): Uint8Array {
		return EMPTY_STEP2;
	}

	protected applyStep2(_update: Uint8Array): void {}

	private onMessage(data: Buffer): void {
		const at = performance.now();
		const decoder = decoding.createDecoder(data);
		const type = decoding.readVarUint(decoder);
		if (type === MESSAGE_AWARENESS) {
			this.hooks.onAwareness?.(decoding.readVarUint8Array(decoder), at);
			return;
		}
		if (type !== MESSAGE_SYNC) return;
		const sub = decoding.readVarUint(decoder);
		const payload = decoding.readVarUint8Array(decoder);
		if (sub === SYNC_STEP1) {
			this.send(this.step2(payload));
		} else if (sub === SYNC_STEP2) {
			this.step2Bytes = payload.length;
			this.applyStep2(payload);
			if (this.syncedAt === undefined) this.syncedAt = performance.now();
			this.resolveSynced();
		} else if (sub === SYNC_UPDATE) {
			this.hooks.onUpdate?.(payload, at);
		}
	}
}

/** A client with a real Y.Doc: syncs both ways and sends every local change as an update. */
export class DocClient extends LightClient {
	readonly doc: Y.Doc;

	constructor(url: string, doc = new Y.Doc(), hooks: ClientHooks = {}) {
		super(url, {
			...hooks,
			onUpdate: (update, at) => {
				Y.applyUpdate(doc, update, 'remote');
				hooks.onUpdate?.(update, at);
			},
		});
		this.doc = doc;
	}

	/** Sends the changes `change` makes; returns the update's key. */
	write(change: (doc: Y.Doc) => void, tracker?: LatencyTracker): void {
		const onUpdate = (update: Uint8Array, origin: unknown): void => {
			if (origin === 'remote') return;
			const key = updateKey(update);
			if (tracker && key) tracker.sent(key);
			this.send(encodeUpdate(update));
		};
		this.doc.on('update', onUpdate);
		try {
			this.doc.transact(() => change(this.doc), 'local');
		} finally {
			this.doc.off('update', onUpdate);
		}
	}

	protected override step1(): Uint8Array {
		return encodeSyncStep1(Y.encodeStateVector(this.doc));
	}

	protected override step2(stateVector: Uint8Array): Uint8Array {
		return encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector));
	}

	protected override applyStep2(update: Uint8Array): void {
		Y.applyUpdate(this.doc, update, 'remote');
	}
}

function encodeUpdate(update: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MESSAGE_SYNC);
	encoding.writeVarUint(encoder, SYNC_UPDATE);
	encoding.writeVarUint8Array(encoder, update);
	return encoding.toUint8Array(encoder);
}

/** Keys `clientId:clock` of every entry in an awareness update (states are skipped, not parsed). */
export function awarenessKeys(update: Uint8Array): string[] {
	const decoder = decoding.createDecoder(update);
	const count = decoding.readVarUint(decoder);
	const keys: string[] = [];
	for (let i = 0; i < count; i++) {
		const clientId = decoding.readVarUint(decoder);
		const clock = decoding.readVarUint(decoder);
		decoding.readVarUint8Array(decoder);
		keys.push(`${clientId}:${clock}`);
	}
	return keys;
}

/** A valid presence message for ours (and any y-websocket server), encoded by hand. */
export function presenceMessage(clientId: number, clock: number, state: unknown): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, 1);
	encoding.writeVarUint(encoder, clientId);
	encoding.writeVarUint(encoder, clock);
	encoding.writeVarString(encoder, JSON.stringify(state));
	return encodeAwarenessMessage(encoding.toUint8Array(encoder));
}

/**
 * Opens `count` clients made by `make`, `concurrency` at a time, and waits until each is synced
 * (or failed). Resolves with the synced ones and the number that failed.
 */
export async function connectAll<C extends LightClient>(
	count: number,
	make: (index: number) => C,
	{ concurrency = 50, timeoutMs = 30_000 } = {},
): Promise<{ clients: C[]; failed: number }> {
	const clients: C[] = [];
	let failed = 0;
	const deadline = performance.now() + timeoutMs;
	for (let start = 0; start < count; start += concurrency) {
		const batch = Array.from({ length: Math.min(concurrency, count - start) }, (_, i) =>
			make(start + i),
		);
		const left = Math.max(1, deadline - performance.now());
		const results = await Promise.allSettled(
			batch.map((client) => withTimeout(client.synced, left)),
		);
		results.forEach((result, i) => {
			if (result.status === 'fulfilled') clients.push(batch[i]!);
			else {
				failed++;
				batch[i]!.ws.terminate();
			}
		});
	}
	return { clients, failed };
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
		promise.then(
			(value) => {
				clearTimeout(timer);
				resolve(value);
			},
			(error: unknown) => {
				clearTimeout(timer);
				reject(error instanceof Error ? error : new Error(String(error)));
			},
		);
	});
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Closes every client, 100 at a time. */
export async function closeAll(clients: readonly LightClient[]): Promise<void> {
	for (let i = 0; i < clients.length; i += 100) {
		await Promise.all(clients.slice(i, i + 100).map((client) => client.close()));
	}
}
