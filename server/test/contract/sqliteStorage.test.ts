import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { SQLITE_FILE, createSqliteStorage } from '../../src/storage/SqliteDocStorage.js';
import { cohortStoreContract } from './cohortStore.contract.js';
import { docStorageContract } from './docStorage.contract.js';
import { programmeStoreContract, registration } from './programmeStore.contract.js';
import { sessionStoreContract } from './sessionStore.contract.js';
import { versionStoreContract } from './versionStore.contract.js';

function tempDir(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-sqlite-'));
}

docStorageContract('sqlite', async () => {
	const dir = tempDir();
	const storage = createSqliteStorage(dir);
	return {
		storage,
		cleanup: async () => {
			await storage.close();
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
});

describe('SQLite sessions', () => {
	sessionStoreContract('sqlite', async () => {
		const dir = tempDir();
		let storage = createSqliteStorage(dir);
		return {
			sessions: storage.sessions,
			writeRaw: async (boardId, raw) => {
				const db = new Database(path.join(dir, SQLITE_FILE));
				try {
					db.prepare(
						'INSERT OR REPLACE INTO board_sessions (board_id, version, data) VALUES (?, 3, ?)',
					).run(boardId, raw);
				} finally {
					db.close();
				}
			},
			reopen: async () => {
				await storage.close();
				storage = createSqliteStorage(dir);
				return storage.sessions;
			},
			cleanup: async () => {
				await storage.close();
				fs.rmSync(dir, { recursive: true, force: true });
			},
		};
	});
});

versionStoreContract('sqlite', async () => {
	const dir = tempDir();
	let storage = createSqliteStorage(dir);
	return {
		versions: storage.versions,
		reopen: async () => {
			await storage.close();
			storage = createSqliteStorage(dir);
			return storage.versions;
		},
		cleanup: async () => {
			await storage.close();
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
});

cohortStoreContract('sqlite', async () => {
	const dir = tempDir();
	let storage = createSqliteStorage(dir);
	return {
		cohorts: storage.cohorts,
		reopen: async () => {
			await storage.close();
			storage = createSqliteStorage(dir);
			return storage.cohorts;
		},
		cleanup: async () => {
			await storage.close();
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
});

programmeStoreContract('sqlite', async () => {
	const dir = tempDir();
	let storage = createSqliteStorage(dir);
	return {
		programmes: storage.programmes,
		reopen: async () => {
			await storage.close();
			storage = createSqliteStorage(dir);
			return storage.programmes;
		},
		cleanup: async () => {
			await storage.close();
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
});

describe('SQLite storage on disk', () => {
	let dir: string;

	beforeEach(() => {
		dir = tempDir();
	});

	afterEach(() => {
		fs.rmSync(dir, { recursive: true, force: true });
	});

	it('[S2] documents and catalog survive closing and reopening the directory', async () => {
		const doc = new Y.Doc();
		const updates: Uint8Array[] = [];
		doc.on('update', (update: Uint8Array) => updates.push(update));
		doc.getMap('meta').set('title', 'Durable');
		doc.getText('notes').insert(0, 'kept');
		doc.getMap('meta').set('template', 'netzero-roadmap');

		const first = createSqliteStorage(dir);
		for (const update of updates) await first.docs.appendUpdate('board-0001', update);
		await first.boards.createBoard({
			id: 'board-0001',
			title: 'Durable',
			template: 'netzero-roadmap',
			createdAt: 42,
		});
		await first.close();
		expect(fs.existsSync(path.join(dir, SQLITE_FILE))).toBe(true);

		const second = createSqliteStorage(dir);
		try {
			const loaded = await second.docs.loadUpdates('board-0001');
			expect(loaded.map((u) => [...u])).toEqual(updates.map((u) => [...u]));
			expect(await second.boards.getBoard('board-0001')).toEqual({
				id: 'board-0001',
				title: 'Durable',
				template: 'netzero-roadmap',
				createdAt: 42,
				archived: false,
				generations: { facilitator: 0, participant: 0, viewer: 0 },
			});

			// a compaction, then another reopen
			expect(await second.docs.compact('board-0001')).toBe(3);
		} finally {
			await second.close();
		}
		const third = createSqliteStorage(dir);
		try {
			const loaded = await third.docs.loadUpdates('board-0001');
			expect(loaded).toHaveLength(1);
			const copy = new Y.Doc();
			Y.applyUpdate(copy, loaded[0] as Uint8Array);
			expect(copy.getMap('meta').toJSON()).toEqual({
				title: 'Durable',
				template: 'netzero-roadmap',
			});
			expect(copy.getText('notes').toString()).toBe('kept');
		} finally {
			await third.close();
		}
	});

	it('[T5] a file of before link generations opens: its boards are unarchived, at generation 0', async () => {
		const old = new Database(path.join(dir, SQLITE_FILE));
		old.exec(`CREATE TABLE boards (
			id TEXT PRIMARY KEY, title TEXT NOT NULL, template TEXT NOT NULL, created_at INTEGER NOT NULL
		)`);
		old
			.prepare('INSERT INTO boards (id, title, template, created_at) VALUES (?, ?, ?, ?)')
			.run('board-0001', 'Older', 'netzero-roadmap', 7);
		old.close();

		const storage = createSqliteStorage(dir);
		try {
			expect(await storage.boards.getBoard('board-0001')).toEqual({
				id: 'board-0001',
				title: 'Older',
				template: 'netzero-roadmap',
				createdAt: 7,
				archived: false,
				generations: { facilitator: 0, participant: 0, viewer: 0 },
			});
			const rotated = await storage.boards.rotateLinks('board-0001', ['participant']);
			expect(rotated?.generations.participant).toBe(1);
		} finally {
			await storage.close();
		}
		// Opening the migrated file again changes nothing.
		const again = createSqliteStorage(dir);
		try {
			expect((await again.boards.getBoard('board-0001'))?.generations.participant).toBe(1);
		} finally {
			await again.close();
		}
	});

	it("[issue 11] a deleted registration's personal data is gone from the file's bytes", async () => {
		const erased = 'erase-me-7f3a@example.org';
		const kept = 'keep-me-52c1@example.org';
		const file = path.join(dir, SQLITE_FILE);
		/** The database file and its write-ahead log or journal, when there are any. */
		const onDisk = () =>
			[file, `${file}-wal`, `${file}-journal`]
				.filter((name) => fs.existsSync(name))
				.map((name) => fs.readFileSync(name));
		const storage = createSqliteStorage(dir);
		try {
			await storage.programmes.putRegistration(registration({ id: 'reg-1', email: erased }));
			await storage.programmes.putRegistration(registration({ id: 'reg-2', email: kept }));
			// An edit writes the row again: no copy of either version may stay.
			await storage.programmes.putRegistration(
				registration({ id: 'reg-1', email: erased, status: 'declined' }),
			);
			expect(onDisk().some((data) => data.includes(erased))).toBe(true);
			expect(await storage.programmes.deleteRegistration('prog-a', 'reg-1')).toBe(true);
			// Gone at once, while the storage is open,
			for (const data of onDisk()) expect(data.includes(erased)).toBe(false);
		} finally {
			await storage.close();
		}
		// and after it is closed; the registration kept is there to find, so the search works.
		const closed = onDisk();
		expect(closed.some((data) => data.includes(kept))).toBe(true);
		for (const data of closed) expect(data.includes(erased)).toBe(false);
	});

	it('[S1] an appended update is on disk before close (visible to a second connection)', async () => {
		const writer = createSqliteStorage(dir);
		const reader = createSqliteStorage(dir);
		try {
			const update = Y.encodeStateAsUpdate(new Y.Doc());
			await writer.docs.appendUpdate('board-0001', update);
			expect(await reader.docs.loadUpdates('board-0001')).toHaveLength(1);
		} finally {
			await writer.close();
			await reader.close();
		}
	});
});
