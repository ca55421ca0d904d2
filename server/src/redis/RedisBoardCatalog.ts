import type { Redis } from 'ioredis';
import type { BoardCatalog, BoardRecord } from '../storage/DocStorage.js';
import { redisKeys } from './redisKeys.js';

function parseRecord(json: string | null): BoardRecord | undefined {
	if (!json) return undefined;
	const raw = JSON.parse(json) as Partial<BoardRecord>;
	if (
		typeof raw.id !== 'string' ||
		typeof raw.title !== 'string' ||
		typeof raw.template !== 'string' ||
		typeof raw.createdAt !== 'number'
	) {
		throw new Error('malformed board record in Redis');
	}
	return { id: raw.id, title: raw.title, template: raw.template, createdAt: raw.createdAt };
}

/** The board catalog in Redis: one JSON string per board, created with SET NX. */
export class RedisBoardCatalog implements BoardCatalog {
	constructor(private readonly redis: Redis) {}

	async createBoard(record: BoardRecord): Promise<void> {
		const created = await this.redis.set(redisKeys.board(record.id), JSON.stringify(record), 'NX');
		if (created !== 'OK') throw new Error(`board ${record.id} exists`);
	}

	async getBoard(id: string): Promise<BoardRecord | undefined> {
		return parseRecord(await this.redis.get(redisKeys.board(id)));
	}
}
