import { META, metaMap, type Role } from '@groundwork/protocol';
import type { RoomManager } from '../rooms/RoomManager.js';
import { withRoom } from '../rooms/withRoom.js';
import type { BoardChanges, BoardRecord, Storage } from '../storage/DocStorage.js';
import type { BoardAccess } from './BoardAccess.js';

/** What board administration is built from. */
export interface BoardAdminDeps {
	storage: Storage;
	rooms: RoomManager;
	access: BoardAccess;
}

/**
 * What facilitators do to a board as a whole: rotate its links, rename, archive, delete. Each
 * changes the catalog first, then tells `BoardAccess`, which ends the connections it revokes
 * here and on other instances. [H6]-[H8]
 */
export class BoardAdmin {
	constructor(private readonly deps: BoardAdminDeps) {}

	/** Raises the link generation of `roles`: their older links stop working at once. [H6] */
	async rotateLinks(boardId: string, roles: readonly Role[]): Promise<BoardRecord | undefined> {
		const record = await this.deps.storage.boards.rotateLinks(boardId, roles);
		if (record) await this.deps.access.linksRotated(record);
		return record;
	}

	/**
	 * Renames and/or (un)archives the board. A new title is also written to the document's
	 * `meta` as the server's own change, so every open board shows it at once. [H7]
	 */
	async update(boardId: string, changes: BoardChanges): Promise<BoardRecord | undefined> {
		const record = await this.deps.storage.boards.updateBoard(boardId, changes);
		if (!record) return undefined;
		const { title } = changes;
		if (title !== undefined) {
			await withRoom(this.deps.rooms, boardId, (room) => {
				if (metaMap(room.doc).get(META.title) === title) return;
				room.transact((doc) => metaMap(doc).set(META.title, title));
			});
		}
		await this.deps.access.changed(record);
		return record;
	}

	/**
	 * Deletes the board: its record first (no one is admitted after), then its connections here
	 * and elsewhere are ended, its room dropped, and its document, session, versions and cohort
	 * memberships removed.
	 * Resolves to false when there was no such board. [H8]
	 */
	async delete(boardId: string): Promise<boolean> {
		const { storage, rooms, access } = this.deps;
		if (!(await storage.boards.deleteBoard(boardId))) return false;
		await access.deleted(boardId);
		await rooms.discard(boardId);
		await Promise.all([
			storage.docs.deleteBoard(boardId),
			storage.sessions.delete(boardId),
			storage.versions.deleteBoard(boardId),
			// Out of every cohort; its library items stay (their source is history). [K5]
			storage.cohorts.forgetBoard(boardId),
		]);
		return true;
	}
}
