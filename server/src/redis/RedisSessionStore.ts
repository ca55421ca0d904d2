import type { Redis } from 'ioredis';
import {
	decodeStoredSession,
	encodeStoredSession,
	type SessionStore,
	type StoredSession,
} from '../storage/SessionStore.js';
import { redisKeys } from './redisKeys.js';

/**
 * Writes ARGV[2] if the stored session's `state.version` is ARGV[1]. What cannot be read (not a
 * string, not JSON, not shaped like a session) counts as version 0, as `load` reads it as none;
 * the shape check is `decodeStoredSession`'s.
 */
const SAVE_SCRIPT = `
local current = 0
if redis.call('TYPE', KEYS[1]).ok == 'string' then
	local ok, stored = pcall(cjson.decode, redis.call('GET', KEYS[1]))
	if ok and type(stored) == 'table' and type(stored.state) == 'table'
		and type(stored.ballots) == 'table' and type(stored.state.version) == 'number' then
		current = stored.state.version
	end
end
if current ~= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
return 1
`;

interface WithSaveScript {
	gwSessionSave(key: string, expectedVersion: number, json: string): Promise<number>;
}

/**
 * Board sessions in Redis, shared by every instance: one JSON string per board
 * (`redisKeys.session`), written by a Lua compare-and-set on `state.version`, so of two
 * instances saving over the same version exactly one wins. [F8]
 */
export class RedisSessionStore implements SessionStore {
	constructor(private readonly redis: Redis) {
		this.redis.defineCommand('gwSessionSave', { numberOfKeys: 1, lua: SAVE_SCRIPT });
	}

	async load(boardId: string): Promise<StoredSession | undefined> {
		const json = await this.redis.get(redisKeys.session(boardId)).catch(ignoreWrongType);
		return json === null ? undefined : decodeStoredSession(json);
	}

	async save(boardId: string, session: StoredSession, expectedVersion: number): Promise<boolean> {
		const key = redisKeys.session(boardId);
		const script = this.redis as unknown as WithSaveScript;
		return (await script.gwSessionSave(key, expectedVersion, encodeStoredSession(session))) === 1;
	}

	async delete(boardId: string): Promise<void> {
		await this.redis.del(redisKeys.session(boardId));
	}
}

/** A key holding another type than a string is unreadable, not an error of the connection. */
function ignoreWrongType(error: unknown): null {
	if (error instanceof Error && error.message.startsWith('WRONGTYPE')) return null;
	throw error;
}
