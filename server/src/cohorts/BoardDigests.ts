import { readBoardDigest, type BoardDigest } from '@groundwork/protocol';
import type { RoomManager } from '../rooms/RoomManager.js';
import { withRoom } from '../rooms/withRoom.js';
import type { BoardCatalog } from '../storage/DocStorage.js';

/** What reading member boards takes. */
export interface BoardDigestsDeps {
	rooms: RoomManager;
	boards: BoardCatalog;
}

/**
 * Reads member boards for one cohort request (issue 8): each board's live document through its
 * room (loaded when needed, released after, so the reading is always current and shared by
 * every instance's edits), each board at most once per request. A board that no longer exists
 * reads as undefined.
 */
export class BoardDigests {
	private readonly read = new Map<string, Promise<BoardDigest | undefined>>();

	constructor(private readonly deps: BoardDigestsDeps) {}

	/** The board's digest, or undefined when there is no such board. */
	get(boardId: string): Promise<BoardDigest | undefined> {
		let digest = this.read.get(boardId);
		if (!digest) {
			digest = this.load(boardId);
			this.read.set(boardId, digest);
		}
		return digest;
	}

	private async load(boardId: string): Promise<BoardDigest | undefined> {
		if (!(await this.deps.boards.getBoard(boardId))) return undefined;
		return withRoom(this.deps.rooms, boardId, (room) => readBoardDigest(room.doc));
	}
}
