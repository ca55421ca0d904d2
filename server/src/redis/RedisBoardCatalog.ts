import type { Redis } from 'ioredis';
import { ROLES, type Role } from '@groundwork/protocol';
import {
	initialGenerations,
	type BoardCatalog,
	type BoardChanges,
	type BoardRecord,
	type LinkGenerations,
	type NewBoardRecord,
} from '../storage/DocStorage.js';
import { redisKeys } from './redisKeys.js';

/** A stored generation: a whole number >= 0, else 0 (records of before generations have none). */
function generationOf(value: unknown): number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

function parseRecord(json: string | null): BoardRecord | undefined {
	if (!json) return undefined;
	const raw = JSON.parse(json) as Partial<Record<keyof BoardRecord, unknown>>;
	if (
		typeof raw.id !== 'string' ||
		typeof raw.title !== 'string' ||
		typeof raw.template !== 'string' ||
		typeof raw.createdAt !== 'number'
	) {
		throw new Error('malformed board record in Redis');
	}
	const stored =
		typeof raw.generations === 'object' && raw.generations !== null
			? (raw.generations as Record<string, unknown>)
			: {};
	const generations: LinkGenerations = initialGenerations();
	for (const role of ROLES) generations[role] = generationOf(stored[role]);
	return {
		id: raw.id,
		title: raw.title,
		template: raw.template,
		createdAt: raw.createdAt,
		archived: raw.archived === true,
		generations,
	};
}

/**
 * Changes a record in place and answers it: KEYS[1] the record, ARGV[1] a JSON object of what to
 * set (`title`, `archived`), ARGV[2..] roles whose generation goes up by one. Answers nil when
 * there is no record. cjson keeps numbers to 14 significant digits: epoch milliseconds (13) and
 * generations are exact.
 */
const CHANGE_SCRIPT = `
local raw = redis.call('GET', KEYS[1])
if not raw then return false end
local record = cjson.decode(raw)
local changes = cjson.decode(ARGV[1])
if type(changes.title) == 'string' then record.title = changes.title end
if type(changes.archived) == 'boolean' then record.archived = changes.archived end
if #ARGV > 1 then
	local generations = record.generations
	if type(generations) ~= 'table' then generations = {} end
	for i = 2, #ARGV do
		local role = ARGV[i]
		generations[role] = (tonumber(generations[role]) or 0) + 1
	end
	record.generations = generations
end
local json = cjson.encode(record)
redis.call('SET', KEYS[1], json)
return json
`;

interface WithChangeScript {
	gwBoardChange(key: string, changes: string, ...roles: string[]): Promise<string | null>;
}

/**
 * The board catalog in Redis: one JSON string per board, created with SET NX; renames, archiving
 * and link rotations change it in one Lua script, so instances never overwrite each other.
 */
export class RedisBoardCatalog implements BoardCatalog {
	constructor(private readonly redis: Redis) {
		this.redis.defineCommand('gwBoardChange', { numberOfKeys: 1, lua: CHANGE_SCRIPT });
	}

	async createBoard(record: NewBoardRecord): Promise<void> {
		const { id, title, template, createdAt } = record;
		const stored: BoardRecord = {
			id,
			title,
			template,
			createdAt,
			archived: false,
			generations: initialGenerations(),
		};
		const created = await this.redis.set(redisKeys.board(id), JSON.stringify(stored), 'NX');
		if (created !== 'OK') throw new Error(`board ${id} exists`);
	}

	async getBoard(id: string): Promise<BoardRecord | undefined> {
		return parseRecord(await this.redis.get(redisKeys.board(id)));
	}

	updateBoard(id: string, changes: BoardChanges): Promise<BoardRecord | undefined> {
		return this.change(id, changes, []);
	}

	rotateLinks(id: string, roles: readonly Role[]): Promise<BoardRecord | undefined> {
		return this.change(id, {}, [...new Set(roles)]);
	}

	async deleteBoard(id: string): Promise<boolean> {
		return (await this.redis.del(redisKeys.board(id))) > 0;
	}

	private async change(
		id: string,
		changes: BoardChanges,
		roles: readonly Role[],
	): Promise<BoardRecord | undefined> {
		const script = this.redis as unknown as WithChangeScript;
		const json = await script.gwBoardChange(redisKeys.board(id), JSON.stringify(changes), ...roles);
		return parseRecord(json);
	}
}
