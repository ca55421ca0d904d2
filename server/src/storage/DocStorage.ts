import type { SessionStore } from './SessionStore.js';
import type { VersionStore } from './VersionStore.js';

/**
 * Where board documents live, as Yjs updates. Implementations: `SqliteDocStorage` (embedded
 * default), `MemoryDocStorage` (tests); all pass `test/contract/docStorage.contract.ts`.
 * See SPEC.md [S1]-[S3].
 */
export interface DocStorage {
	/**
	 * Durably appends one update of `boardId`. When the returned promise resolves the update
	 * survives a crash of the process. [S1]
	 */
	appendUpdate(boardId: string, update: Uint8Array): Promise<void>;
	/** Every stored update of the board, oldest first (the snapshot, when any, first). [S2] */
	loadUpdates(boardId: string): Promise<Uint8Array[]>;
	/**
	 * Merges the board's stored updates into one snapshot and drops what it merged. Updates
	 * appended while it runs are kept. Resolves to the number of updates merged. [S3]
	 */
	compact(boardId: string): Promise<number>;
	/** Removes everything stored for the board. */
	deleteBoard(boardId: string): Promise<void>;
}

/** A board's catalog entry: what is known without loading its document. */
export interface BoardRecord {
	id: string;
	title: string;
	template: string;
	/** Epoch milliseconds. */
	createdAt: number;
}

/** The list of boards that exist. */
export interface BoardCatalog {
	/** Adds a board; rejects when the id is taken. */
	createBoard(record: BoardRecord): Promise<void>;
	/** The board, or undefined when there is none with that id. */
	getBoard(id: string): Promise<BoardRecord | undefined>;
}

/** The storage a server runs on: documents, catalog, sessions, and how to let go of them. */
export interface Storage {
	docs: DocStorage;
	boards: BoardCatalog;
	/** Each board's facilitated session (agenda, timer, lock, hands, vote and ballots). [F8] */
	sessions: SessionStore;
	/** Each board's versions: listings and snapshots, loaded on demand. [V1] */
	versions: VersionStore;
	close(): Promise<void>;
}
