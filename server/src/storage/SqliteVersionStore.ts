import type Database from 'better-sqlite3';
import type { VersionInfo } from '@groundwork/protocol';
import { newestFirst, type VersionStore } from './VersionStore.js';

type InfoRow = { info: string };
type DataRow = { snapshot: Buffer };

/**
 * Versions in the SQLite file (table `board_versions`, created by `createSqliteStorage`): one
 * row per version with its listing as JSON and its snapshot as a blob; the timeline reads only
 * the listings. [V1]
 */
export class SqliteVersionStore implements VersionStore {
	private readonly insert;
	private readonly selectAll;
	private readonly selectOne;
	private readonly selectData;
	private readonly removeOne;
	private readonly removeAll;

	constructor(private readonly db: Database.Database) {
		this.insert = db.prepare(
			'INSERT OR REPLACE INTO board_versions (board_id, id, at, info, snapshot) VALUES (?, ?, ?, ?, ?)',
		);
		this.selectAll = db.prepare<[string], InfoRow>(
			'SELECT info FROM board_versions WHERE board_id = ? ORDER BY at DESC, id DESC',
		);
		this.selectOne = db.prepare<[string, string], InfoRow>(
			'SELECT info FROM board_versions WHERE board_id = ? AND id = ?',
		);
		this.selectData = db.prepare<[string, string], DataRow>(
			'SELECT snapshot FROM board_versions WHERE board_id = ? AND id = ?',
		);
		this.removeOne = db.prepare('DELETE FROM board_versions WHERE board_id = ? AND id = ?');
		this.removeAll = db.prepare('DELETE FROM board_versions WHERE board_id = ?');
	}

	async save(boardId: string, info: VersionInfo, snapshot: Uint8Array): Promise<void> {
		this.insert.run(boardId, info.id, info.at, JSON.stringify(info), Buffer.from(snapshot));
	}

	async list(boardId: string): Promise<VersionInfo[]> {
		return this.selectAll
			.all(boardId)
			.map((row) => JSON.parse(row.info) as VersionInfo)
			.sort(newestFirst);
	}

	async get(boardId: string, versionId: string): Promise<VersionInfo | undefined> {
		const row = this.selectOne.get(boardId, versionId);
		return row ? (JSON.parse(row.info) as VersionInfo) : undefined;
	}

	async snapshot(boardId: string, versionId: string): Promise<Uint8Array | undefined> {
		const row = this.selectData.get(boardId, versionId);
		return row ? new Uint8Array(row.snapshot) : undefined;
	}

	async remove(boardId: string, versionIds: readonly string[]): Promise<void> {
		this.db.transaction(() => {
			for (const id of versionIds) this.removeOne.run(boardId, id);
		})();
	}

	async deleteBoard(boardId: string): Promise<void> {
		this.removeAll.run(boardId);
	}
}
