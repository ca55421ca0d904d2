import type { VersionInfo } from '@groundwork/protocol';
import { newestFirst, type VersionStore } from './VersionStore.js';

/** Versions in memory, for tests and the memory storage. [V1] */
export class MemoryVersionStore implements VersionStore {
	private readonly boards = new Map<string, Map<string, { info: VersionInfo; data: Uint8Array }>>();

	private board(boardId: string) {
		let board = this.boards.get(boardId);
		if (!board) this.boards.set(boardId, (board = new Map()));
		return board;
	}

	async save(boardId: string, info: VersionInfo, snapshot: Uint8Array): Promise<void> {
		this.board(boardId).set(info.id, { info: structuredClone(info), data: snapshot.slice() });
	}

	async list(boardId: string): Promise<VersionInfo[]> {
		const board = this.boards.get(boardId);
		return board ? [...board.values()].map((v) => structuredClone(v.info)).sort(newestFirst) : [];
	}

	async get(boardId: string, versionId: string): Promise<VersionInfo | undefined> {
		const info = this.boards.get(boardId)?.get(versionId)?.info;
		return info && structuredClone(info);
	}

	async snapshot(boardId: string, versionId: string): Promise<Uint8Array | undefined> {
		return this.boards.get(boardId)?.get(versionId)?.data.slice();
	}

	async remove(boardId: string, versionIds: readonly string[]): Promise<void> {
		const board = this.boards.get(boardId);
		for (const id of versionIds) board?.delete(id);
	}

	async deleteBoard(boardId: string): Promise<void> {
		this.boards.delete(boardId);
	}
}
