import { ROLES, type Role } from '@groundwork/protocol';
import { verifyToken, type TokenClaims, type TokenError } from '../auth/tokens.js';
import type { Logger } from '../log.js';
import type { PubSub } from '../pubsub/PubSub.js';
import {
	BOARD_NOTICES_CHANNEL,
	decodeBoardNotice,
	encodeBoardNotice,
	type BoardNotice,
} from '../pubsub/boardNotices.js';
import type { BoardCatalog, BoardRecord, LinkGenerations } from '../storage/DocStorage.js';

/** How long a board's record read for one admission is reused for the next ones. */
export const BOARD_RECORD_CACHE_MS = 1_000;

/** How long rotations and deletions are remembered, for connections admitted just before them. */
const REVOCATION_MEMORY_MS = 60_000;

/** Cached records beyond this many are dropped (expired ones first). */
const MAX_CACHED_BOARDS = 10_000;

/** Why a token was refused: its own fault, its link rotated away, or no such board. [T2]-[T6] */
export type AccessError = TokenError | 'revoked' | 'not_found';

/** The outcome of an admission. */
export type AccessVerdict =
	{ ok: true; claims: TokenClaims; board: BoardRecord } | { ok: false; error: AccessError };

/** Why an open connection is ended: its link was rotated, its board deleted, its token expired. */
export type EndReason = 'revoked' | 'deleted' | 'expired';

/** An open connection's token, as far as its end is concerned. */
export interface Holder {
	role: Role;
	generation: number;
	/** Epoch ms at which the token expires; the connection is ended then. [T7] */
	expiresAt?: number;
}

/** Longest delay `setTimeout` takes (about 24.8 days); longer waits are chained. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What the access check is built from. */
export interface BoardAccessDeps {
	boards: BoardCatalog;
	pubsub: PubSub;
	secret: string;
	/** This instance's id, to skip its own notices. */
	instanceId: string;
	log: Logger;
	/** Called when another instance deleted a board (to drop it from memory here). */
	onDeleted?: (boardId: string) => void;
	now?: () => number;
}

interface Watcher {
	role: Role;
	generation: number;
	end(reason: EndReason): void;
	/** The timer that ends it when its token expires. */
	timer?: NodeJS.Timeout;
}

/** What is known of a board since a rotation or deletion: its generations, or that it is gone. */
type Floor = { generations: LinkGenerations; at: number } | { deleted: true; at: number };

function isStale(
	holder: { role: Role; generation: number },
	generations: LinkGenerations,
): boolean {
	return holder.generation < generations[holder.role];
}

/**
 * Who may use a board, and for how long: verifies a token (MAC first, in constant time), then
 * its link generation against the board's record (cached for `BOARD_RECORD_CACHE_MS`, replaced
 * at once by a change on this instance). Open connections register here; a rotation or a
 * deletion ends the ones it revokes, on this instance at once and on the others through a
 * notice on `BOARD_NOTICES_CHANNEL`. [T5], [T6]
 */
export class BoardAccess {
	private readonly cache = new Map<string, { record: BoardRecord; at: number }>();
	private readonly floors = new Map<string, Floor>();
	private readonly watchers = new Map<string, Set<Watcher>>();
	/** Bumped by every change learnt of: a catalog read begun before one is not cached. */
	private epoch = 0;
	private unsubscribe: (() => Promise<void>) | undefined;
	private readonly now: () => number;

	constructor(private readonly deps: BoardAccessDeps) {
		this.now = deps.now ?? Date.now;
	}

	/** Starts listening to other instances' notices. */
	async start(): Promise<void> {
		this.unsubscribe = await this.deps.pubsub.subscribe(BOARD_NOTICES_CHANNEL, (bytes) =>
			this.onNotice(bytes),
		);
	}

	async stop(): Promise<void> {
		await this.unsubscribe?.();
		this.unsubscribe = undefined;
	}

	/** Verifies `token` for `boardId`: MAC, expiry, board, then existence and generation. */
	async admit(token: unknown, boardId: string): Promise<AccessVerdict> {
		const verdict = verifyToken(token, boardId, this.deps.secret);
		if (!verdict.ok) return verdict;
		const board = await this.board(boardId);
		const floor = this.floors.get(boardId);
		if (!board || (floor && 'deleted' in floor)) return { ok: false, error: 'not_found' };
		const claims = verdict.claims;
		if (isStale(claims, board.generations) || (floor && isStale(claims, floor.generations))) {
			return { ok: false, error: 'revoked' };
		}
		return { ok: true, claims, board };
	}

	/** The board's record, from the cache when read less than `BOARD_RECORD_CACHE_MS` ago. */
	async board(boardId: string): Promise<BoardRecord | undefined> {
		const hit = this.cache.get(boardId);
		if (hit && this.now() - hit.at < BOARD_RECORD_CACHE_MS) return hit.record;
		const epoch = this.epoch;
		const record = await this.deps.boards.getBoard(boardId);
		if (record && epoch === this.epoch) this.remember(record);
		return record;
	}

	/**
	 * Registers an open connection holding a token of `role` at `generation`; `end` is called
	 * (once) when a rotation or deletion revokes it, or at the token's `expiresAt`, at once if
	 * one of them already happened. Returns the function to call when the connection closes.
	 * [T6], [T7]
	 */
	watch(boardId: string, holder: Holder, end: (reason: EndReason) => void): () => void {
		const floor = this.floors.get(boardId);
		if (floor) {
			const reason =
				'deleted' in floor ? 'deleted' : isStale(holder, floor.generations) && 'revoked';
			if (reason) {
				end(reason);
				return () => undefined;
			}
		}
		const { expiresAt } = holder;
		if (expiresAt !== undefined && expiresAt <= this.now()) {
			end('expired');
			return () => undefined;
		}
		const set = this.watchers.get(boardId) ?? new Set<Watcher>();
		const unwatch = () => {
			clearTimeout(watcher.timer);
			set.delete(watcher);
			if (set.size === 0 && this.watchers.get(boardId) === set) this.watchers.delete(boardId);
		};
		const watcher: Watcher = {
			role: holder.role,
			generation: holder.generation,
			end: (reason) => {
				unwatch();
				end(reason);
			},
		};
		set.add(watcher);
		this.watchers.set(boardId, set);
		if (expiresAt !== undefined) this.expire(watcher, expiresAt);
		return unwatch;
	}

	/** Ends `watcher` with `expired` at `expiresAt` (chaining timers past `MAX_TIMER_MS`). */
	private expire(watcher: Watcher, expiresAt: number): void {
		const delay = Math.min(Math.max(expiresAt - this.now(), 0), MAX_TIMER_MS);
		watcher.timer = setTimeout(() => {
			// The token is refused from `expiresAt` on ([T3]); a timer may fire a little early.
			if (this.now() >= expiresAt) watcher.end('expired');
			else this.expire(watcher, expiresAt);
		}, delay);
		// An open connection keeps the process alive by itself; its expiry need not.
		watcher.timer.unref();
	}

	/** How many open connections of the board are registered here. */
	watching(boardId: string): number {
		return this.watchers.get(boardId)?.size ?? 0;
	}

	/** A rotation stored `record`: ends what it revokes here, then tells other instances. [T6] */
	async linksRotated(record: BoardRecord): Promise<void> {
		this.learn({ kind: 'links', boardId: record.id, generations: record.generations });
		this.remember(record);
		await this.publish({ kind: 'links', boardId: record.id, generations: record.generations });
	}

	/** A rename or (un)archiving stored `record`. */
	async changed(record: BoardRecord): Promise<void> {
		this.epoch++;
		this.remember(record);
		await this.publish({ kind: 'changed', boardId: record.id });
	}

	/** The board was deleted: ends its connections here, then tells other instances. [H8] */
	async deleted(boardId: string): Promise<void> {
		this.learn({ kind: 'deleted', boardId });
		await this.publish({ kind: 'deleted', boardId });
	}

	/** Applies a notice, this instance's or another's. */
	private learn(notice: BoardNotice): void {
		this.epoch++;
		const { boardId } = notice;
		this.cache.delete(boardId);
		if (notice.kind === 'changed') return;
		this.pruneFloors();
		const watchers = [...(this.watchers.get(boardId) ?? [])];
		if (notice.kind === 'deleted') {
			this.floors.set(boardId, { deleted: true, at: this.now() });
			this.watchers.delete(boardId);
			for (const watcher of watchers) watcher.end('deleted');
			return;
		}
		const previous = this.floors.get(boardId);
		if (previous && 'deleted' in previous) return;
		const generations = { ...notice.generations };
		for (const role of ROLES) {
			generations[role] = Math.max(generations[role], previous?.generations[role] ?? 0);
		}
		this.floors.set(boardId, { generations, at: this.now() });
		for (const watcher of watchers) {
			if (!isStale(watcher, generations)) continue;
			this.watchers.get(boardId)?.delete(watcher);
			watcher.end('revoked');
		}
	}

	private onNotice(bytes: Uint8Array): void {
		const message = decodeBoardNotice(bytes);
		if (!message) {
			this.deps.log.warn('ignored a malformed board notice');
			return;
		}
		if (message.origin === this.deps.instanceId) return;
		this.learn(message.notice);
		if (message.notice.kind === 'deleted') this.deps.onDeleted?.(message.notice.boardId);
	}

	private async publish(notice: BoardNotice): Promise<void> {
		const bytes = encodeBoardNotice({ origin: this.deps.instanceId, notice });
		await this.deps.pubsub.publish(BOARD_NOTICES_CHANNEL, bytes).catch((error: unknown) => {
			// Other instances then learn of it when their cached record expires; their open
			// connections stay open until they close.
			this.deps.log.warn({ err: error, board: notice.boardId }, 'publishing a board notice failed');
		});
	}

	private remember(record: BoardRecord): void {
		if (this.cache.size >= MAX_CACHED_BOARDS) {
			const now = this.now();
			for (const [id, entry] of this.cache) {
				if (now - entry.at >= BOARD_RECORD_CACHE_MS) this.cache.delete(id);
			}
			if (this.cache.size >= MAX_CACHED_BOARDS) this.cache.clear();
		}
		this.cache.set(record.id, { record, at: this.now() });
	}

	private pruneFloors(): void {
		const now = this.now();
		for (const [id, floor] of this.floors) {
			if (now - floor.at > REVOCATION_MEMORY_MS) this.floors.delete(id);
		}
	}
}
