import type { VersionInfo } from '@groundwork/protocol';

/**
 * Where a board's versions live, apart from its live document: each version's listing (its
 * `VersionInfo`) and its snapshot (a whole-document Yjs update, compressed by the caller). A
 * listing is small and read often (the timeline); a snapshot is read only to look at or restore
 * that version. Implementations: `SqliteVersionStore` (table `board_versions`),
 * `RedisVersionStore`, `MemoryVersionStore`; all pass `test/contract/versionStore.contract.ts`.
 * [V1]
 */
export interface VersionStore {
	/** Stores a version; resolves once it is durable. */
	save(boardId: string, info: VersionInfo, snapshot: Uint8Array): Promise<void>;
	/** The board's versions, newest first. */
	list(boardId: string): Promise<VersionInfo[]>;
	/** One version's listing, or undefined. */
	get(boardId: string, versionId: string): Promise<VersionInfo | undefined>;
	/** One version's snapshot, or undefined. */
	snapshot(boardId: string, versionId: string): Promise<Uint8Array | undefined>;
	/** Removes the versions `versionIds` of the board (pruning). */
	remove(boardId: string, versionIds: readonly string[]): Promise<void>;
	/** Removes every version of the board. */
	deleteBoard(boardId: string): Promise<void>;
}

/** Newest first, then by id, so a listing's order never depends on the store. */
export function newestFirst(a: VersionInfo, b: VersionInfo): number {
	return b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
