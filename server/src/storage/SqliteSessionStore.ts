import type Database from 'better-sqlite3';
import {
	decodeStoredSession,
	encodeStoredSession,
	type SessionStore,
	type StoredSession,
} from './SessionStore.js';

type SessionRow = { version: number; data: string };

/** The row's session when it can be read and agrees with the row's version; else undefined. */
function readRow(row: SessionRow | undefined): StoredSession | undefined {
	if (!row) return undefined;
	const session = decodeStoredSession(row.data);
	return session?.state.version === row.version ? session : undefined;
}

/**
 * Board sessions in the same SQLite file as the documents (table `board_sessions`, created by
 * `createSqliteStorage`): one row per board, its JSON and its `state.version`. A save compares and writes in one immediate transaction, so two
 * writers (even two connections to the file) never both win. [F8]
 */
export class SqliteSessionStore implements SessionStore {
	private readonly select;
	private readonly upsert;
	private readonly remove;
	private readonly saveTx;

	constructor(db: Database.Database) {
		this.select = db.prepare<[string], SessionRow>(
			'SELECT version, data FROM board_sessions WHERE board_id = ?',
		);
		this.upsert = db.prepare(
			'INSERT OR REPLACE INTO board_sessions (board_id, version, data) VALUES (?, ?, ?)',
		);
		this.remove = db.prepare('DELETE FROM board_sessions WHERE board_id = ?');
		this.saveTx = db.transaction(
			(boardId: string, session: StoredSession, expectedVersion: number): boolean => {
				const current = readRow(this.select.get(boardId))?.state.version ?? 0;
				if (current !== expectedVersion) return false;
				this.upsert.run(boardId, session.state.version, encodeStoredSession(session));
				return true;
			},
		);
	}

	async load(boardId: string): Promise<StoredSession | undefined> {
		return readRow(this.select.get(boardId));
	}

	async save(boardId: string, session: StoredSession, expectedVersion: number): Promise<boolean> {
		return this.saveTx.immediate(boardId, session, expectedVersion);
	}

	async delete(boardId: string): Promise<void> {
		this.remove.run(boardId);
	}
}
