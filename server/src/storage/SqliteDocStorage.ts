import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ROLES, type Role } from '@groundwork/protocol';
import type {
	BoardCatalog,
	BoardChanges,
	BoardRecord,
	DocStorage,
	NewBoardRecord,
	Storage,
} from './DocStorage.js';
import { compactUpdates } from './compactUpdates.js';
import { SqliteCohortStore } from './SqliteCohortStore.js';
import { SqliteProgrammeStore } from './SqliteProgrammeStore.js';
import { SqliteSessionStore } from './SqliteSessionStore.js';
import { SqliteVersionStore } from './SqliteVersionStore.js';

/** File name of the embedded database inside DATA_DIR. */
export const SQLITE_FILE = 'groundwork.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS boards (
	id TEXT PRIMARY KEY,
	title TEXT NOT NULL,
	template TEXT NOT NULL,
	created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_updates (
	seq INTEGER PRIMARY KEY AUTOINCREMENT,
	board_id TEXT NOT NULL,
	data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_by_board ON doc_updates (board_id, seq);
CREATE TABLE IF NOT EXISTS board_sessions (
	board_id TEXT PRIMARY KEY,
	version INTEGER NOT NULL,
	data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS board_versions (
	board_id TEXT NOT NULL,
	id TEXT NOT NULL,
	at INTEGER NOT NULL,
	info TEXT NOT NULL,
	snapshot BLOB NOT NULL,
	PRIMARY KEY (board_id, id)
);
CREATE INDEX IF NOT EXISTS board_versions_by_time ON board_versions (board_id, at);
CREATE TABLE IF NOT EXISTS cohorts (
	id TEXT PRIMARY KEY,
	title TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	invite_generation INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS cohort_members (
	cohort_id TEXT NOT NULL,
	board_id TEXT NOT NULL,
	data TEXT NOT NULL,
	joined_at INTEGER NOT NULL,
	PRIMARY KEY (cohort_id, board_id)
);
CREATE INDEX IF NOT EXISTS cohort_members_by_board ON cohort_members (board_id);
CREATE TABLE IF NOT EXISTS practices (
	cohort_id TEXT NOT NULL,
	id TEXT NOT NULL,
	data TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	published INTEGER NOT NULL,
	moderation TEXT NOT NULL,
	PRIMARY KEY (cohort_id, id)
);
CREATE INDEX IF NOT EXISTS practices_published ON practices (created_at)
	WHERE published = 1 AND moderation = 'approved';
CREATE TABLE IF NOT EXISTS practice_replications (
	cohort_id TEXT NOT NULL,
	practice_id TEXT NOT NULL,
	board_id TEXT NOT NULL,
	card_id TEXT NOT NULL,
	data TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	PRIMARY KEY (cohort_id, practice_id, board_id, card_id)
);
CREATE TABLE IF NOT EXISTS programmes (
	id TEXT PRIMARY KEY,
	data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS seminars (
	programme_id TEXT NOT NULL,
	id TEXT NOT NULL,
	data TEXT NOT NULL,
	start INTEGER NOT NULL,
	PRIMARY KEY (programme_id, id)
);
CREATE TABLE IF NOT EXISTS programme_files (
	programme_id TEXT NOT NULL,
	id TEXT NOT NULL,
	seminar_id TEXT NOT NULL,
	data TEXT NOT NULL,
	uploaded_at INTEGER NOT NULL,
	bytes BLOB NOT NULL,
	PRIMARY KEY (programme_id, id)
);
CREATE TABLE IF NOT EXISTS registrations (
	programme_id TEXT NOT NULL,
	id TEXT NOT NULL,
	data TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	PRIMARY KEY (programme_id, id)
);
CREATE TABLE IF NOT EXISTS attendance (
	programme_id TEXT NOT NULL,
	seminar_id TEXT NOT NULL,
	registration_id TEXT NOT NULL,
	at INTEGER NOT NULL,
	PRIMARY KEY (programme_id, seminar_id, registration_id)
);
CREATE TABLE IF NOT EXISTS seminar_archives (
	programme_id TEXT NOT NULL,
	seminar_id TEXT NOT NULL,
	at INTEGER NOT NULL,
	version_id TEXT,
	PRIMARY KEY (programme_id, seminar_id)
);
`;

type Row = { seq: number; data: Buffer };

/**
 * Board documents in SQLite: every update is one row, written synchronously in WAL mode, so a
 * crash of the process loses nothing the server accepted; compaction replaces a board's rows
 * by one snapshot row in one transaction. [S1]-[S3]
 */
export class SqliteDocStorage implements DocStorage {
	private readonly insert;
	private readonly select;
	private readonly deleteThrough;
	private readonly deleteAll;
	private readonly compactTx;

	constructor(db: Database.Database) {
		this.insert = db.prepare('INSERT INTO doc_updates (board_id, data) VALUES (?, ?)');
		this.select = db.prepare<[string], Row>(
			'SELECT seq, data FROM doc_updates WHERE board_id = ? ORDER BY seq',
		);
		this.deleteThrough = db.prepare('DELETE FROM doc_updates WHERE board_id = ? AND seq <= ?');
		this.deleteAll = db.prepare('DELETE FROM doc_updates WHERE board_id = ?');
		this.compactTx = db.transaction((boardId: string): number => {
			const rows = this.select.all(boardId);
			const last = rows.at(-1);
			if (!last || rows.length < 2) return 0;
			const merged = compactUpdates(rows.map((row) => row.data));
			this.deleteThrough.run(boardId, last.seq);
			this.insert.run(boardId, merged);
			return rows.length;
		});
	}

	async appendUpdate(boardId: string, update: Uint8Array): Promise<void> {
		this.insert.run(boardId, update);
	}

	async loadUpdates(boardId: string): Promise<Uint8Array[]> {
		return this.select.all(boardId).map((row) => new Uint8Array(row.data));
	}

	async compact(boardId: string): Promise<number> {
		return this.compactTx.immediate(boardId);
	}

	async deleteBoard(boardId: string): Promise<void> {
		this.deleteAll.run(boardId);
	}
}

type BoardRow = {
	id: string;
	title: string;
	template: string;
	created_at: number;
	archived: number;
	gen_facilitator: number;
	gen_participant: number;
	gen_viewer: number;
};

/** The link generation column of each role. [T5] */
const GENERATION_COLUMN: Record<Role, string> = {
	facilitator: 'gen_facilitator',
	participant: 'gen_participant',
	viewer: 'gen_viewer',
};

/**
 * Columns added to `boards` after its first release: `ALTER TABLE ... ADD COLUMN` for each one
 * a file lacks, in one transaction, so files of every earlier version open unchanged (an older
 * board is unarchived, at generation 0).
 */
const ADDED_BOARD_COLUMNS: readonly string[] = ['archived', ...Object.values(GENERATION_COLUMN)];

/** Adds the columns of `ADDED_BOARD_COLUMNS` that the `boards` table lacks. */
export function migrateBoardsTable(db: Database.Database): void {
	db.transaction(() => {
		const columns = db.pragma('table_info(boards)') as { name: string }[];
		const present = new Set(columns.map((column) => column.name));
		for (const column of ADDED_BOARD_COLUMNS) {
			if (!present.has(column)) {
				db.exec(`ALTER TABLE boards ADD COLUMN ${column} INTEGER NOT NULL DEFAULT 0`);
			}
		}
	}).immediate();
}

function recordOf(row: BoardRow): BoardRecord {
	return {
		id: row.id,
		title: row.title,
		template: row.template,
		createdAt: row.created_at,
		archived: row.archived !== 0,
		generations: {
			facilitator: row.gen_facilitator,
			participant: row.gen_participant,
			viewer: row.gen_viewer,
		},
	};
}

/** The board catalog in the same SQLite file (run `migrateBoardsTable` first). */
export class SqliteBoardCatalog implements BoardCatalog {
	private readonly insert;
	private readonly select;
	private readonly update;
	private readonly remove;
	private readonly rotateTx;

	constructor(db: Database.Database) {
		this.insert = db.prepare(
			'INSERT INTO boards (id, title, template, created_at) VALUES (?, ?, ?, ?)',
		);
		this.select = db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?');
		this.update = db.prepare<[string | null, number | null, string]>(
			'UPDATE boards SET title = coalesce(?, title), archived = coalesce(?, archived) WHERE id = ?',
		);
		this.remove = db.prepare<[string]>('DELETE FROM boards WHERE id = ?');
		const bump = Object.fromEntries(
			ROLES.map((role) => {
				const column = GENERATION_COLUMN[role];
				return [
					role,
					db.prepare<[string]>(`UPDATE boards SET ${column} = ${column} + 1 WHERE id = ?`),
				];
			}),
		) as Record<Role, Database.Statement<[string]>>;
		this.rotateTx = db.transaction((id: string, roles: readonly Role[]) => {
			for (const role of new Set(roles)) {
				if (bump[role].run(id).changes === 0) return undefined;
			}
			return this.select.get(id);
		});
	}

	async createBoard(record: NewBoardRecord): Promise<void> {
		this.insert.run(record.id, record.title, record.template, record.createdAt);
	}

	async getBoard(id: string): Promise<BoardRecord | undefined> {
		const row = this.select.get(id);
		return row && recordOf(row);
	}

	async updateBoard(id: string, changes: BoardChanges): Promise<BoardRecord | undefined> {
		const archived = changes.archived === undefined ? null : Number(changes.archived);
		if (this.update.run(changes.title ?? null, archived, id).changes === 0) return undefined;
		return this.getBoard(id);
	}

	async rotateLinks(id: string, roles: readonly Role[]): Promise<BoardRecord | undefined> {
		const row = this.rotateTx.immediate(id, roles);
		return row && recordOf(row);
	}

	async deleteBoard(id: string): Promise<boolean> {
		return this.remove.run(id).changes > 0;
	}
}

/**
 * Opens (and creates when needed) `dataDir/groundwork.sqlite`: documents, catalog, sessions,
 * versions, cohorts and programmes. Tables are created when missing, so a file of an earlier version opens
 * with the tables it lacks added.
 */
export function createSqliteStorage(dataDir: string): Storage {
	fs.mkdirSync(dataDir, { recursive: true });
	const db = new Database(path.join(dataDir, SQLITE_FILE));
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = NORMAL');
	db.pragma('busy_timeout = 5000');
	db.exec(SCHEMA);
	migrateBoardsTable(db);
	return {
		docs: new SqliteDocStorage(db),
		boards: new SqliteBoardCatalog(db),
		sessions: new SqliteSessionStore(db),
		versions: new SqliteVersionStore(db),
		cohorts: new SqliteCohortStore(db),
		programmes: new SqliteProgrammeStore(db),
		close: async () => {
			db.close();
		},
	};
}
