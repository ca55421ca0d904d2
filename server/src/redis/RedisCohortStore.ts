import type { Redis } from 'ioredis';
import type { CohortMember, CohortRecord } from '@groundwork/protocol';
import type { CohortStore, StoredPractice, StoredReplication } from '../storage/CohortStore.js';
import {
	byJoinOrder,
	isPublished,
	oldestPracticeFirst,
	oldestReplicationFirst,
} from '../storage/MemoryCohortStore.js';
import { redisKeys } from './redisKeys.js';
import { parse, replies } from './multi.js';

/**
 * Changes a cohort's record in place and answers it: KEYS[1] the record, ARGV[1] a JSON object
 * of what to do (`title` to rename, `rotate` to add one to the invitation generation). Answers
 * nil when there is no record. cjson keeps numbers to 14 significant digits: epoch milliseconds
 * (13) and generations are exact.
 */
const CHANGE_SCRIPT = `
local raw = redis.call('GET', KEYS[1])
if not raw then return false end
local record = cjson.decode(raw)
local changes = cjson.decode(ARGV[1])
if type(changes.title) == 'string' then record.title = changes.title end
if changes.rotate == true then
	record.inviteGeneration = (tonumber(record.inviteGeneration) or 0) + 1
end
local json = cjson.encode(record)
redis.call('SET', KEYS[1], json)
return json
`;

interface WithChangeScript {
	gwCohortChange(key: string, changes: string): Promise<string | null>;
}

/** What the change script is told to do. */
interface CohortChange {
	title?: string;
	rotate?: boolean;
}

/** An entry of the published index: `<cohortId>/<practiceId>` (cohort ids hold no `/`). */
function publishedEntry(cohortId: string, practiceId: string): string {
	return `${cohortId}/${practiceId}`;
}

/** The item ids of the published index, by cohort; entries without a `/` are skipped. */
function groupEntries(entries: readonly string[]): Map<string, string[]> {
	const byCohort = new Map<string, string[]>();
	for (const entry of entries) {
		const slash = entry.indexOf('/');
		if (slash < 0) continue;
		const cohortId = entry.slice(0, slash);
		const ids = byCohort.get(cohortId) ?? [];
		ids.push(entry.slice(slash + 1));
		byCohort.set(cohortId, ids);
	}
	return byCohort;
}

/**
 * Cohorts in Redis, shared by every instance. A cohort's keys (record, members, library, one
 * hash of copies per item) share the hash tag `{c:cohortId}`; two indexes live elsewhere: each
 * board's set of cohorts under the board's own tag, and the deployment-wide set of published
 * items. Redis Cluster runs no transaction across slots, so an index is written before the data
 * it points to and cleared after it: a crash leaves at worst a stale entry, and readers check
 * every entry against the data (a membership that is gone, an item that is gone or no longer
 * published). Each member, item and copy is one hash field, so concurrent joins and copies
 * never overwrite one another; renames and invitation rotations are one Lua script on the record.
 */
export class RedisCohortStore implements CohortStore {
	constructor(private readonly redis: Redis) {
		this.redis.defineCommand('gwCohortChange', { numberOfKeys: 1, lua: CHANGE_SCRIPT });
	}

	async createCohort(record: CohortRecord): Promise<void> {
		const created = await this.redis.set(redisKeys.cohort(record.id), JSON.stringify(record), 'NX');
		if (created !== 'OK') throw new Error(`cohort ${record.id} exists`);
	}

	async getCohort(id: string): Promise<CohortRecord | undefined> {
		const json = await this.redis.get(redisKeys.cohort(id));
		return json === null ? undefined : parse<CohortRecord>(json);
	}

	renameCohort(id: string, title: string): Promise<CohortRecord | undefined> {
		return this.change(id, { title });
	}

	rotateInvites(id: string): Promise<CohortRecord | undefined> {
		return this.change(id, { rotate: true });
	}

	/**
	 * Deletes the cohort's own keys in one MULTI (one slot), then its entries in the boards'
	 * indexes and the published index (other slots, one command each).
	 */
	async deleteCohort(id: string): Promise<boolean> {
		const [boardIds, practiceIds] = await Promise.all([
			this.redis.hkeys(redisKeys.cohortMembers(id)),
			this.redis.hkeys(redisKeys.cohortPractices(id)),
		]);
		const [deleted] = replies(
			await this.redis
				.multi()
				.del(redisKeys.cohort(id))
				.del(
					redisKeys.cohortMembers(id),
					redisKeys.cohortPractices(id),
					...practiceIds.map((practiceId) => redisKeys.practiceReplications(id, practiceId)),
				)
				.exec(),
		);
		await Promise.all(
			boardIds.map((boardId) => this.redis.srem(redisKeys.boardCohorts(boardId), id)),
		);
		if (practiceIds.length > 0) {
			const entries = practiceIds.map((practiceId) => publishedEntry(id, practiceId));
			await this.redis.srem(redisKeys.publishedPractices(), ...entries);
		}
		return deleted === 1;
	}

	/** Indexes the board first, then writes the member (a crash leaves a stale index entry). */
	async putMember(cohortId: string, member: CohortMember): Promise<void> {
		await this.redis.sadd(redisKeys.boardCohorts(member.boardId), cohortId);
		await this.redis.hset(
			redisKeys.cohortMembers(cohortId),
			member.boardId,
			JSON.stringify(member),
		);
	}

	/** Removes the member first, then its index entry. */
	async removeMember(cohortId: string, boardId: string): Promise<boolean> {
		const removed = await this.redis.hdel(redisKeys.cohortMembers(cohortId), boardId);
		await this.redis.srem(redisKeys.boardCohorts(boardId), cohortId);
		return removed > 0;
	}

	async members(cohortId: string): Promise<CohortMember[]> {
		const all = await this.redis.hvals(redisKeys.cohortMembers(cohortId));
		return all.map((json) => parse<CohortMember>(json)).sort(byJoinOrder);
	}

	/** The board's index, less the entries whose membership is gone. */
	async cohortsOfBoard(boardId: string): Promise<string[]> {
		const ids = await this.redis.smembers(redisKeys.boardCohorts(boardId));
		const present = await Promise.all(
			ids.map((id) => this.redis.hexists(redisKeys.cohortMembers(id), boardId)),
		);
		return ids.filter((_, i) => present[i] === 1).sort();
	}

	/**
	 * Removes the board from each cohort of its index, then those index entries (only those: a
	 * cohort it joins meanwhile keeps its entry).
	 */
	async forgetBoard(boardId: string): Promise<void> {
		const key = redisKeys.boardCohorts(boardId);
		const ids = await this.redis.smembers(key);
		if (ids.length === 0) return;
		await Promise.all(ids.map((id) => this.redis.hdel(redisKeys.cohortMembers(id), boardId)));
		await this.redis.srem(key, ...ids);
	}

	/**
	 * Writes the item, indexing it as published first when it is. An item that stops being
	 * published keeps its index entry until it is deleted (readers check the item): so two writes
	 * of one item at once can never leave a published item out of the index.
	 */
	async putPractice(practice: StoredPractice): Promise<void> {
		if (isPublished(practice)) {
			const entry = publishedEntry(practice.cohortId, practice.id);
			await this.redis.sadd(redisKeys.publishedPractices(), entry);
		}
		await this.redis.hset(
			redisKeys.cohortPractices(practice.cohortId),
			practice.id,
			JSON.stringify(practice),
		);
	}

	async getPractice(cohortId: string, practiceId: string): Promise<StoredPractice | undefined> {
		const json = await this.redis.hget(redisKeys.cohortPractices(cohortId), practiceId);
		return json === null ? undefined : parse<StoredPractice>(json);
	}

	async practices(cohortId: string): Promise<StoredPractice[]> {
		const all = await this.redis.hvals(redisKeys.cohortPractices(cohortId));
		return all.map((json) => parse<StoredPractice>(json)).sort(oldestPracticeFirst);
	}

	/** The published index's items, one HMGET per cohort, less those gone or unpublished. */
	async publishedPractices(): Promise<StoredPractice[]> {
		const entries = await this.redis.smembers(redisKeys.publishedPractices());
		const lists = await Promise.all(
			[...groupEntries(entries)].map(([cohortId, ids]) =>
				this.redis.hmget(redisKeys.cohortPractices(cohortId), ...ids),
			),
		);
		return lists
			.flat()
			.filter((json): json is string => json !== null)
			.map((json) => parse<StoredPractice>(json))
			.filter(isPublished)
			.sort(oldestPracticeFirst);
	}

	/** Removes the item and its copies in one MULTI, then its published index entry. */
	async deletePractice(cohortId: string, practiceId: string): Promise<boolean> {
		const [removed] = replies(
			await this.redis
				.multi()
				.hdel(redisKeys.cohortPractices(cohortId), practiceId)
				.del(redisKeys.practiceReplications(cohortId, practiceId))
				.exec(),
		);
		await this.redis.srem(redisKeys.publishedPractices(), publishedEntry(cohortId, practiceId));
		return removed === 1;
	}

	async putReplication(
		cohortId: string,
		practiceId: string,
		replication: StoredReplication,
	): Promise<void> {
		await this.redis.hset(
			redisKeys.practiceReplications(cohortId, practiceId),
			`${replication.boardId}/${replication.cardId}`,
			JSON.stringify(replication),
		);
	}

	async replications(cohortId: string, practiceId: string): Promise<StoredReplication[]> {
		const all = await this.redis.hvals(redisKeys.practiceReplications(cohortId, practiceId));
		return all.map((json) => parse<StoredReplication>(json)).sort(oldestReplicationFirst);
	}

	private async change(id: string, changes: CohortChange): Promise<CohortRecord | undefined> {
		const script = this.redis as unknown as WithChangeScript;
		const json = await script.gwCohortChange(redisKeys.cohort(id), JSON.stringify(changes));
		return json === null ? undefined : parse<CohortRecord>(json);
	}
}
