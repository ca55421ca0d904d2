import type { Role } from '@groundwork/protocol';
import type { CohortStore } from './CohortStore.js';
import type { ProgrammeStore } from './ProgrammeStore.js';
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

/** Each role's link generation: tokens signed at a lower one are refused. [T5] */
export type LinkGenerations = Record<Role, number>;

/** A board's catalog entry: what is known without loading its document. */
export interface BoardRecord {
	id: string;
	title: string;
	template: string;
	/** Epoch milliseconds. */
	createdAt: number;
	/** Set and cleared by facilitators; an archived board works as any other. [H7] */
	archived: boolean;
	/** 0 for every role at creation; one more for a role each time its links are rotated. [T5] */
	generations: LinkGenerations;
}

/** What creating a board takes: it starts unarchived, at generation 0 for every role. */
export type NewBoardRecord = Pick<BoardRecord, 'id' | 'title' | 'template' | 'createdAt'>;

/** What a facilitator may change of a board's record. [H7] */
export interface BoardChanges {
	title?: string;
	archived?: boolean;
}

/** Generation 0 for every role: a new board's, and an older record's that has none. */
export function initialGenerations(): LinkGenerations {
	return { facilitator: 0, participant: 0, viewer: 0 };
}

/**
 * The list of boards that exist. Implementations: `SqliteBoardCatalog`, `MemoryBoardCatalog`,
 * `RedisBoardCatalog`; all pass `test/contract/docStorage.contract.ts`.
 */
export interface BoardCatalog {
	/** Adds a board; rejects when the id is taken. */
	createBoard(record: NewBoardRecord): Promise<void>;
	/** The board, or undefined when there is none with that id. */
	getBoard(id: string): Promise<BoardRecord | undefined>;
	/** Applies `changes` at once; resolves to the new record, or undefined when there is no board. */
	updateBoard(id: string, changes: BoardChanges): Promise<BoardRecord | undefined>;
	/**
	 * Adds one to the link generation of each of `roles`, atomically (two rotations at once both
	 * count); resolves to the new record, or undefined when there is no board. [T5]
	 */
	rotateLinks(id: string, roles: readonly Role[]): Promise<BoardRecord | undefined>;
	/** Removes the board's record; resolves to false when there was none. [H8] */
	deleteBoard(id: string): Promise<boolean>;
}

/**
 * The storage a server runs on: documents, catalog, sessions, versions, cohorts, programmes,
 * and how to let go of them.
 */
export interface Storage {
	docs: DocStorage;
	boards: BoardCatalog;
	/** Each board's facilitated session (agenda, timer, lock, hands, vote and ballots). [F8] */
	sessions: SessionStore;
	/** Each board's versions: listings and snapshots, loaded on demand. [V1] */
	versions: VersionStore;
	/**
	 * Cohorts, their member boards and each cohort's best-practice library, kept beside the boards
	 * so every instance of a deployment sees the same cohorts. [issue 8]
	 */
	cohorts: CohortStore;
	/**
	 * Programmes, seminars, registrations, attendance, material files and the seminars saved into
	 * each programme's history, beside the cohorts their boards belong to. [issue 11]
	 */
	programmes: ProgrammeStore;
	close(): Promise<void>;
}
