import { boardChannel } from '../pubsub/boardChannel.js';

/**
 * Every Redis key and channel Groundwork uses. Each board's names carry the hash tag
 * `{boardId}`, so on Redis Cluster all of a board lives on one slot. See ARCHITECTURE.md.
 */
export const redisKeys = {
	/** Stream of a board's stored updates; entry field `u` holds one Yjs update. */
	updates: (boardId: string) => `gw:{${boardId}}:updates`,
	/** Hash of a board's compacted snapshot: `data` (Yjs update) and `through` (last merged stream id). */
	snapshot: (boardId: string) => `gw:{${boardId}}:snapshot`,
	/** String: the board's catalog record as JSON. */
	board: (boardId: string) => `gw:{${boardId}}:board`,
	/** String: the board's facilitated session (state and secret ballots) as JSON. */
	session: (boardId: string) => `gw:{${boardId}}:session`,
	/** Hash of a board's versions: version id -> its listing as JSON. [V1] */
	versionInfo: (boardId: string) => `gw:{${boardId}}:versions`,
	/** Hash of a board's version snapshots: version id -> compressed Yjs update. [V1] */
	versionData: (boardId: string) => `gw:{${boardId}}:version-data`,
	/** Pub/sub channel of a board's live traffic between instances. */
	events: boardChannel,
} as const;

/** Compares two stream ids (`ms-seq`) numerically: negative, zero or positive. */
export function compareStreamIds(a: string, b: string): number {
	const [aMs = 0, aSeq = 0] = a.split('-').map(Number);
	const [bMs = 0, bSeq = 0] = b.split('-').map(Number);
	return aMs - bMs || aSeq - bSeq;
}

/** The smallest stream id greater than `id`. */
export function nextStreamId(id: string): string {
	const [ms = '0', seq = '0'] = id.split('-');
	return `${ms}-${Number(seq) + 1}`;
}
