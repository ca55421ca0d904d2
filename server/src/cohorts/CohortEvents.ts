import type { CohortChange } from '@groundwork/protocol';
import type { Logger } from '../log.js';
import type { PubSub } from '../pubsub/PubSub.js';
import type { CohortStore } from '../storage/CohortStore.js';

/** Channel on which instances tell each other that a cohort's data changed (issue 8). */
export const COHORT_CHANGES_CHANNEL = 'gw:cohorts';

/** A board's edits are announced at most this often. */
export const BOARD_CHANGE_THROTTLE_MS = 1_000;

/** How long the cohorts of a board are remembered before they are read again. */
const MEMBERSHIP_CACHE_MS = 5_000;

/** A change as it travels between instances: a board's (for all its cohorts) or a cohort's. */
type Notice =
	{ what: 'board'; boardId: string } | { what: 'library' | 'members'; cohortId: string };

type Listener = (change: CohortChange) => void;

/** What the cohort events are built from. */
export interface CohortEventsDeps {
	pubsub: PubSub;
	cohorts: CohortStore;
	log: Logger;
}

function decode(bytes: Uint8Array): Notice | undefined {
	try {
		const raw = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
		if (raw['what'] === 'board' && typeof raw['boardId'] === 'string') {
			return { what: 'board', boardId: raw['boardId'] };
		}
		if (
			(raw['what'] === 'library' || raw['what'] === 'members') &&
			typeof raw['cohortId'] === 'string'
		) {
			return { what: raw['what'], cohortId: raw['cohortId'] };
		}
	} catch {
		// Malformed notices are dropped.
	}
	return undefined;
}

/**
 * Live updates of cohort views (issue 8, "Library items and comparisons are live"). The instance
 * that accepts an edit of a member board, or changes a library or a membership, publishes a
 * notice on `gw:cohorts`; every instance passes it to the views (server-sent event streams) it
 * holds open for the cohorts concerned. A board's edits are throttled to one notice a second.
 */
export class CohortEvents {
	private readonly listeners = new Map<string, Set<Listener>>();
	private readonly membership = new Map<string, { ids: string[]; at: number }>();
	private readonly lastBoardNotice = new Map<string, number>();
	private readonly trailing = new Map<string, NodeJS.Timeout>();
	private unsubscribe: (() => Promise<void>) | undefined;

	constructor(private readonly deps: CohortEventsDeps) {}

	async start(): Promise<void> {
		this.unsubscribe = await this.deps.pubsub.subscribe(COHORT_CHANGES_CHANNEL, (bytes) => {
			const notice = decode(bytes);
			if (notice) void this.deliver(notice);
		});
	}

	async stop(): Promise<void> {
		await this.unsubscribe?.();
		this.unsubscribe = undefined;
		this.listeners.clear();
		for (const timer of this.trailing.values()) clearTimeout(timer);
		this.trailing.clear();
	}

	/** Follows a cohort's changes; returns a function that stops. */
	listen(cohortId: string, listener: Listener): () => void {
		let set = this.listeners.get(cohortId);
		if (!set) this.listeners.set(cohortId, (set = new Set()));
		set.add(listener);
		return () => {
			set.delete(listener);
			if (set.size === 0) this.listeners.delete(cohortId);
		};
	}

	/** How many views follow the cohort on this instance. */
	listenerCount(cohortId: string): number {
		return this.listeners.get(cohortId)?.size ?? 0;
	}

	/**
	 * A board was edited here: tell its cohorts' views at once, then at most once a second per
	 * board while edits go on; the last edit of a burst is always told (a trailing notice).
	 */
	boardChanged(boardId: string): void {
		if (this.trailing.has(boardId)) return;
		const wait = (this.lastBoardNotice.get(boardId) ?? 0) + BOARD_CHANGE_THROTTLE_MS - Date.now();
		if (wait <= 0) {
			this.announceBoard(boardId);
			return;
		}
		const timer = setTimeout(() => {
			this.trailing.delete(boardId);
			this.announceBoard(boardId);
		}, wait);
		timer.unref();
		this.trailing.set(boardId, timer);
	}

	private announceBoard(boardId: string): void {
		this.lastBoardNotice.set(boardId, Date.now());
		if (this.lastBoardNotice.size > 10_000) this.lastBoardNotice.clear();
		void this.cohortsOf(boardId).then((ids) => {
			if (ids.length > 0) this.publish({ what: 'board', boardId });
		});
	}

	/** The cohort's library changed. */
	libraryChanged(cohortId: string): void {
		this.publish({ what: 'library', cohortId });
	}

	/** The cohort's members changed. */
	membersChanged(cohortId: string): void {
		this.publish({ what: 'members', cohortId });
	}

	private publish(notice: Notice): void {
		const bytes = new TextEncoder().encode(JSON.stringify(notice));
		this.deps.pubsub.publish(COHORT_CHANGES_CHANNEL, bytes).catch((error: unknown) => {
			this.deps.log.warn({ err: error }, 'publishing a cohort change failed');
		});
	}

	private async deliver(notice: Notice): Promise<void> {
		if (notice.what === 'board') {
			for (const cohortId of await this.cohortsOf(notice.boardId)) {
				this.emit(cohortId, { what: 'board', boardId: notice.boardId });
			}
			return;
		}
		// A membership change makes the cached cohorts of every board stale.
		if (notice.what === 'members') this.membership.clear();
		this.emit(notice.cohortId, { what: notice.what });
	}

	private emit(cohortId: string, change: CohortChange): void {
		for (const listener of this.listeners.get(cohortId) ?? []) listener(change);
	}

	private async cohortsOf(boardId: string): Promise<string[]> {
		const cached = this.membership.get(boardId);
		if (cached && Date.now() - cached.at < MEMBERSHIP_CACHE_MS) return cached.ids;
		try {
			const ids = await this.deps.cohorts.cohortsOfBoard(boardId);
			this.membership.set(boardId, { ids, at: Date.now() });
			if (this.membership.size > 10_000) this.membership.clear();
			return ids;
		} catch (error) {
			this.deps.log.warn({ err: error, board: boardId }, 'reading a board’s cohorts failed');
			return [];
		}
	}
}
