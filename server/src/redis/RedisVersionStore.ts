import type { Redis } from 'ioredis';
import type { VersionInfo } from '@groundwork/protocol';
import { newestFirst, type VersionStore } from '../storage/VersionStore.js';
import { redisKeys } from './redisKeys.js';

/**
 * Versions in Redis, shared by every instance: a hash of listings (version id -> JSON) and a
 * hash of snapshots (version id -> bytes) per board, both under the board's hash tag, written
 * together in one MULTI. [V1]
 */
export class RedisVersionStore implements VersionStore {
	constructor(private readonly redis: Redis) {}

	async save(boardId: string, info: VersionInfo, snapshot: Uint8Array): Promise<void> {
		await this.redis
			.multi()
			.hset(redisKeys.versionInfo(boardId), info.id, JSON.stringify(info))
			.hset(redisKeys.versionData(boardId), info.id, Buffer.from(snapshot))
			.exec();
	}

	async list(boardId: string): Promise<VersionInfo[]> {
		const all = await this.redis.hvals(redisKeys.versionInfo(boardId));
		return all.map((json) => JSON.parse(json) as VersionInfo).sort(newestFirst);
	}

	async get(boardId: string, versionId: string): Promise<VersionInfo | undefined> {
		const json = await this.redis.hget(redisKeys.versionInfo(boardId), versionId);
		return json === null ? undefined : (JSON.parse(json) as VersionInfo);
	}

	async snapshot(boardId: string, versionId: string): Promise<Uint8Array | undefined> {
		const data = await this.redis.hgetBuffer(redisKeys.versionData(boardId), versionId);
		return data === null ? undefined : new Uint8Array(data);
	}

	async remove(boardId: string, versionIds: readonly string[]): Promise<void> {
		if (versionIds.length === 0) return;
		await this.redis
			.multi()
			.hdel(redisKeys.versionInfo(boardId), ...versionIds)
			.hdel(redisKeys.versionData(boardId), ...versionIds)
			.exec();
	}

	async deleteBoard(boardId: string): Promise<void> {
		await this.redis.del(redisKeys.versionInfo(boardId), redisKeys.versionData(boardId));
	}
}
