import type { BoardCatalog, BoardRecord, DocStorage, Storage } from './DocStorage.js';
import { compactUpdates } from './compactUpdates.js';
import { MemorySessionStore } from './MemorySessionStore.js';
import { MemoryVersionStore } from './MemoryVersionStore.js';

/** Documents kept in memory: for unit tests and the contract suite, never for users. */
export class MemoryDocStorage implements DocStorage {
	private readonly boards = new Map<string, Uint8Array[]>();

	async appendUpdate(boardId: string, update: Uint8Array): Promise<void> {
		const list = this.boards.get(boardId) ?? [];
		list.push(update.slice());
		this.boards.set(boardId, list);
	}

	async loadUpdates(boardId: string): Promise<Uint8Array[]> {
		return [...(this.boards.get(boardId) ?? [])];
	}

	async compact(boardId: string): Promise<number> {
		const list = this.boards.get(boardId);
		if (!list || list.length < 2) return 0;
		const merged = list.splice(0, list.length);
		list.unshift(compactUpdates(merged));
		return merged.length;
	}

	async deleteBoard(boardId: string): Promise<void> {
		this.boards.delete(boardId);
	}
}

/** Board catalog kept in memory. */
export class MemoryBoardCatalog implements BoardCatalog {
	private readonly records = new Map<string, BoardRecord>();

	async createBoard(record: BoardRecord): Promise<void> {
		if (this.records.has(record.id)) throw new Error(`board ${record.id} exists`);
		this.records.set(record.id, { ...record });
	}

	async getBoard(id: string): Promise<BoardRecord | undefined> {
		const record = this.records.get(id);
		return record && { ...record };
	}
}

/** A whole in-memory storage. */
export function createMemoryStorage(): Storage {
	return {
		docs: new MemoryDocStorage(),
		boards: new MemoryBoardCatalog(),
		sessions: new MemorySessionStore(),
		versions: new MemoryVersionStore(),
		close: async () => {},
	};
}
