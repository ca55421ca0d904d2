import type { Role } from '@groundwork/protocol';
import {
	initialGenerations,
	type BoardCatalog,
	type BoardChanges,
	type BoardRecord,
	type DocStorage,
	type NewBoardRecord,
	type Storage,
} from './DocStorage.js';
import { compactUpdates } from './compactUpdates.js';
import { MemoryCohortStore } from './MemoryCohortStore.js';
import { MemoryProgrammeStore } from './MemoryProgrammeStore.js';
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

	async createBoard(record: NewBoardRecord): Promise<void> {
		if (this.records.has(record.id)) throw new Error(`board ${record.id} exists`);
		const { id, title, template, createdAt } = record;
		this.records.set(id, {
			id,
			title,
			template,
			createdAt,
			archived: false,
			generations: initialGenerations(),
		});
	}

	async getBoard(id: string): Promise<BoardRecord | undefined> {
		const record = this.records.get(id);
		return record && { ...record, generations: { ...record.generations } };
	}

	async updateBoard(id: string, changes: BoardChanges): Promise<BoardRecord | undefined> {
		const record = this.records.get(id);
		if (!record) return undefined;
		if (changes.title !== undefined) record.title = changes.title;
		if (changes.archived !== undefined) record.archived = changes.archived;
		return this.getBoard(id);
	}

	async rotateLinks(id: string, roles: readonly Role[]): Promise<BoardRecord | undefined> {
		const record = this.records.get(id);
		if (!record) return undefined;
		for (const role of new Set(roles)) record.generations[role] += 1;
		return this.getBoard(id);
	}

	async deleteBoard(id: string): Promise<boolean> {
		return this.records.delete(id);
	}
}

/** A whole in-memory storage. */
export function createMemoryStorage(): Storage {
	return {
		docs: new MemoryDocStorage(),
		boards: new MemoryBoardCatalog(),
		sessions: new MemorySessionStore(),
		versions: new MemoryVersionStore(),
		cohorts: new MemoryCohortStore(),
		programmes: new MemoryProgrammeStore(),
		close: async () => {},
	};
}
