import type { Redis } from 'ioredis';
import * as Y from 'yjs';
import type { Logger } from '../log.js';
import type { DocStorage } from '../storage/DocStorage.js';
import { compactUpdates } from '../storage/compactUpdates.js';
import { compareStreamIds, nextStreamId, redisKeys } from './redisKeys.js';

/** Writes a snapshot only if nobody compacted since it was read; then trims what it merged. */
const COMPACT_SCRIPT = `
local current = redis.call('HGET', KEYS[1], 'through') or ''
if current ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'data', ARGV[2], 'through', ARGV[3])
redis.call('XTRIM', KEYS[2], 'MINID', ARGV[4])
return 1
`;

/** Options of the Redis document storage. */
export interface RedisDocStorageOptions {
	redis: Redis;
	log: Logger;
	/** Unsent bytes held while Redis is unreachable before pending updates are merged. */
	maxPendingBytes: number;
	/** Updates written per round trip. */
	batchSize?: number;
}

interface Pending {
	boardId: string;
	update: Uint8Array;
	done: Array<() => void>;
	/** When it was accepted (`Date.now()`); merged updates keep their oldest part's. */
	at: number;
}

interface StoredState {
	snapshot: Uint8Array | undefined;
	through: string;
	entries: { id: string; update: Uint8Array }[];
}

const RETRY_MIN_MS = 50;
const RETRY_MAX_MS = 1000;

/**
 * Board documents in Redis: each update is appended to the board's stream (XADD) and counts as
 * stored when Redis acknowledged it; compaction folds the stream into a snapshot with a
 * compare-and-set, so two instances compacting at once never lose an update. While Redis is
 * unreachable, updates wait in a bounded, in-order buffer and are written when it returns. [S1]-[S3]
 */
export class RedisDocStorage implements DocStorage {
	private readonly redis: Redis;
	private readonly log: Logger;
	private readonly maxPendingBytes: number;
	private readonly batchSize: number;
	private queue: Pending[] = [];
	private inFlight: Pending[] = [];
	private queuedBytes = 0;
	private flushing = false;
	private failures = 0;
	/** Buffered bytes at which the next merge happens; grows so merging does not repeat per append. */
	private mergeAt: number;

	constructor(options: RedisDocStorageOptions) {
		this.redis = options.redis;
		this.log = options.log;
		this.maxPendingBytes = options.maxPendingBytes;
		this.batchSize = options.batchSize ?? 256;
		this.mergeAt = options.maxPendingBytes;
		this.redis.defineCommand('gwCompact', { numberOfKeys: 2, lua: COMPACT_SCRIPT });
	}

	/** Updates accepted but not yet acknowledged by Redis. */
	get pending(): { updates: number; bytes: number; failing: boolean } {
		const updates = this.queue.length + this.inFlight.length;
		return { updates, bytes: this.queuedBytes, failing: this.failures > 0 };
	}

	/** How long the oldest update Redis has not acknowledged has waited, in ms; 0 when none. */
	get lagMs(): number {
		let oldest = Infinity;
		for (const p of this.inFlight) oldest = Math.min(oldest, p.at);
		for (const p of this.queue) oldest = Math.min(oldest, p.at);
		return oldest === Infinity ? 0 : Date.now() - oldest;
	}

	appendUpdate(boardId: string, update: Uint8Array): Promise<void> {
		return new Promise((resolve) => {
			this.queue.push({ boardId, update, done: [resolve], at: Date.now() });
			this.queuedBytes += update.byteLength;
			if (this.queuedBytes > this.mergeAt) this.mergePending();
			void this.flush();
		});
	}

	async loadUpdates(boardId: string): Promise<Uint8Array[]> {
		const state = await this.read(boardId);
		const unsent = [...this.inFlight, ...this.queue]
			.filter((p) => p.boardId === boardId)
			.map((p) => p.update);
		return [
			...(state.snapshot ? [state.snapshot] : []),
			...state.entries.map((e) => e.update),
			...unsent,
		];
	}

	async compact(boardId: string): Promise<number> {
		const state = await this.read(boardId);
		const last = state.entries.at(-1);
		if (!last || (state.entries.length < 2 && !state.snapshot)) return 0;
		const parts = state.entries.map((e) => e.update);
		const merged = compactUpdates(state.snapshot ? [state.snapshot, ...parts] : parts);
		const won = (await (
			this.redis as unknown as {
				gwCompact(...args: (string | Buffer)[]): Promise<number>;
			}
		).gwCompact(
			redisKeys.snapshot(boardId),
			redisKeys.updates(boardId),
			state.through,
			Buffer.from(merged),
			last.id,
			nextStreamId(last.id),
		)) as number;
		return won === 1 ? parts.length + (state.snapshot ? 1 : 0) : 0;
	}

	async deleteBoard(boardId: string): Promise<void> {
		await this.redis.del(redisKeys.updates(boardId), redisKeys.snapshot(boardId));
	}

	/** Waits until every update appended so far is in Redis. */
	async drain(): Promise<void> {
		const last = this.queue.at(-1) ?? this.inFlight.at(-1);
		if (!last) return;
		await new Promise<void>((resolve) => last.done.push(resolve));
	}

	/** Reads snapshot and stream in one transaction, so a compaction cannot fall between them. */
	private async read(boardId: string): Promise<StoredState> {
		const results = await this.redis
			.multi()
			.hgetallBuffer(redisKeys.snapshot(boardId))
			.xrangeBuffer(redisKeys.updates(boardId), '-', '+')
			.exec();
		if (!results) throw new Error('Redis transaction aborted');
		const [[snapErr, snap], [rangeErr, range]] = results as [
			[Error | null, Record<string, Buffer>],
			[Error | null, [Buffer, Buffer[]][]],
		];
		if (snapErr ?? rangeErr) throw snapErr ?? rangeErr;
		const through = snap['through']?.toString() ?? '';
		const entries: StoredState['entries'] = [];
		for (const [idBuf, fields] of range) {
			const id = idBuf.toString();
			if (through && compareStreamIds(id, through) <= 0) continue;
			const value = fields[fields.findIndex((f, i) => i % 2 === 0 && f.toString() === 'u') + 1];
			if (value) entries.push({ id, update: new Uint8Array(value) });
		}
		const data = snap['data'];
		return { snapshot: data ? new Uint8Array(data) : undefined, through, entries };
	}

	/** Merges the buffered updates of each board into one (lossless) when the buffer is full. */
	private mergePending(): void {
		const before = this.pending;
		const byBoard = new Map<string, Pending[]>();
		for (const p of this.queue) byBoard.set(p.boardId, [...(byBoard.get(p.boardId) ?? []), p]);
		this.queue = [...byBoard].map(([boardId, items]) => ({
			boardId,
			update: Y.mergeUpdates(items.map((p) => p.update)),
			done: items.flatMap((p) => p.done),
			at: items.reduce((oldest, p) => Math.min(oldest, p.at), Infinity),
		}));
		this.queuedBytes = [...this.inFlight, ...this.queue].reduce(
			(sum, p) => sum + p.update.byteLength,
			0,
		);
		const after = this.pending;
		const full = this.queuedBytes > this.maxPendingBytes;
		this.mergeAt = Math.max(this.maxPendingBytes, this.queuedBytes * 1.5);
		this.log[full ? 'error' : 'warn'](
			{ before, after, maxPendingBytes: this.maxPendingBytes },
			full
				? 'storage buffer over its bound even after merging; Redis must come back before memory runs out'
				: 'storage buffer bound reached while Redis is unreachable; merged pending updates',
		);
	}

	private async flush(): Promise<void> {
		if (this.flushing) return;
		this.flushing = true;
		try {
			while (this.queue.length > 0) {
				// The batch leaves the queue while it is written, so merging never touches it.
				const batch = this.queue.splice(0, this.batchSize);
				this.inFlight = batch;
				try {
					await this.write(batch);
				} catch (error) {
					this.queue.unshift(...batch);
					this.inFlight = [];
					await this.backOff(error);
					continue;
				}
				this.inFlight = [];
				this.recovered();
				if (this.queue.length === 0) this.mergeAt = this.maxPendingBytes;
				for (const p of batch) {
					this.queuedBytes -= p.update.byteLength;
					for (const done of p.done) done();
				}
			}
		} finally {
			this.flushing = false;
		}
	}

	private async write(batch: readonly Pending[]): Promise<void> {
		const pipeline = this.redis.pipeline();
		for (const p of batch) {
			pipeline.xadd(redisKeys.updates(p.boardId), '*', 'u', Buffer.from(p.update));
		}
		const results = await pipeline.exec();
		const failed = results?.find(([error]) => error)?.[0];
		if (failed) throw failed;
	}

	private async backOff(error: unknown): Promise<void> {
		if (this.failures++ === 0) {
			this.log.error({ err: error, pending: this.pending }, 'Redis unreachable: buffering updates');
		}
		const delay = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** Math.min(this.failures, 5));
		await new Promise((resolve) => setTimeout(resolve, delay));
	}

	private recovered(): void {
		if (this.failures === 0) return;
		this.log.info({ pending: this.pending }, 'Redis reachable again: writing buffered updates');
		this.failures = 0;
	}
}
