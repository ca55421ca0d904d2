import type { CohortMember, CohortRecord } from '@groundwork/protocol';
import type { CohortStore, StoredPractice, StoredReplication } from './CohortStore.js';

/** Compares two ids by code unit, as SQLite's default collation does for ASCII ids. */
function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Members in the order they joined, then by board id: `CohortStore.members`' order, so a
 * listing's order never depends on the store (the Redis store sorts with it too).
 */
export function byJoinOrder(a: CohortMember, b: CohortMember): number {
	return a.joinedAt - b.joinedAt || compareIds(a.boardId, b.boardId);
}

/**
 * Library items oldest first, then by id, then by cohort id (two cohorts' items may share an
 * id): the order of `CohortStore.practices` and `publishedPractices`.
 */
export function oldestPracticeFirst(a: StoredPractice, b: StoredPractice): number {
	return a.createdAt - b.createdAt || compareIds(a.id, b.id) || compareIds(a.cohortId, b.cohortId);
}

/** Copies oldest first, then by board and card id: the order of `CohortStore.replications`. */
export function oldestReplicationFirst(a: StoredReplication, b: StoredReplication): number {
	return (
		a.createdAt - b.createdAt || compareIds(a.boardId, b.boardId) || compareIds(a.cardId, b.cardId)
	);
}

/** Whether an item belongs in the deployment's public library. */
export function isPublished(practice: StoredPractice): boolean {
	return practice.published && practice.moderation === 'approved';
}

/**
 * A copy through JSON, as the SQLite and Redis stores keep values: the caller's object and the
 * stored one never share anything, and a field set to undefined comes back absent in every store.
 */
function copy<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

/** One cohort's boards, library and copies. */
interface CohortData {
	record?: CohortRecord;
	members: Map<string, CohortMember>;
	practices: Map<string, StoredPractice>;
	/** Item id -> `[boardId, cardId]` as JSON -> the copy. */
	replications: Map<string, Map<string, StoredReplication>>;
}

/**
 * Cohorts and their libraries in memory, for tests and the memory storage: one entry per cohort
 * holding everything of it, so deleting a cohort is deleting the entry. Values are copied in and
 * out, so callers never share objects with the store.
 */
export class MemoryCohortStore implements CohortStore {
	private readonly cohorts = new Map<string, CohortData>();

	private data(cohortId: string): CohortData {
		let data = this.cohorts.get(cohortId);
		if (!data) {
			data = { members: new Map(), practices: new Map(), replications: new Map() };
			this.cohorts.set(cohortId, data);
		}
		return data;
	}

	async createCohort(record: CohortRecord): Promise<void> {
		const data = this.data(record.id);
		if (data.record) throw new Error(`cohort ${record.id} exists`);
		data.record = copy(record);
	}

	async getCohort(id: string): Promise<CohortRecord | undefined> {
		const record = this.cohorts.get(id)?.record;
		return record && copy(record);
	}

	async renameCohort(id: string, title: string): Promise<CohortRecord | undefined> {
		const record = this.cohorts.get(id)?.record;
		if (!record) return undefined;
		record.title = title;
		return copy(record);
	}

	async rotateInvites(id: string): Promise<CohortRecord | undefined> {
		const record = this.cohorts.get(id)?.record;
		if (!record) return undefined;
		record.inviteGeneration += 1;
		return copy(record);
	}

	async deleteCohort(id: string): Promise<boolean> {
		const existed = this.cohorts.get(id)?.record !== undefined;
		this.cohorts.delete(id);
		return existed;
	}

	async putMember(cohortId: string, member: CohortMember): Promise<void> {
		this.data(cohortId).members.set(member.boardId, copy(member));
	}

	async removeMember(cohortId: string, boardId: string): Promise<boolean> {
		return this.cohorts.get(cohortId)?.members.delete(boardId) ?? false;
	}

	async members(cohortId: string): Promise<CohortMember[]> {
		const members = this.cohorts.get(cohortId)?.members.values() ?? [];
		return [...members].map(copy).sort(byJoinOrder);
	}

	async cohortsOfBoard(boardId: string): Promise<string[]> {
		const ids: string[] = [];
		for (const [id, data] of this.cohorts) if (data.members.has(boardId)) ids.push(id);
		return ids.sort(compareIds);
	}

	async forgetBoard(boardId: string): Promise<void> {
		for (const data of this.cohorts.values()) data.members.delete(boardId);
	}

	async putPractice(practice: StoredPractice): Promise<void> {
		this.data(practice.cohortId).practices.set(practice.id, copy(practice));
	}

	async getPractice(cohortId: string, practiceId: string): Promise<StoredPractice | undefined> {
		const practice = this.cohorts.get(cohortId)?.practices.get(practiceId);
		return practice && copy(practice);
	}

	async practices(cohortId: string): Promise<StoredPractice[]> {
		const practices = this.cohorts.get(cohortId)?.practices.values() ?? [];
		return [...practices].map(copy).sort(oldestPracticeFirst);
	}

	async publishedPractices(): Promise<StoredPractice[]> {
		const all = [...this.cohorts.values()].flatMap((data) => [...data.practices.values()]);
		return all.filter(isPublished).map(copy).sort(oldestPracticeFirst);
	}

	async deletePractice(cohortId: string, practiceId: string): Promise<boolean> {
		const data = this.cohorts.get(cohortId);
		data?.replications.delete(practiceId);
		return data?.practices.delete(practiceId) ?? false;
	}

	async putReplication(
		cohortId: string,
		practiceId: string,
		replication: StoredReplication,
	): Promise<void> {
		const { replications } = this.data(cohortId);
		let copies = replications.get(practiceId);
		if (!copies) replications.set(practiceId, (copies = new Map()));
		copies.set(JSON.stringify([replication.boardId, replication.cardId]), copy(replication));
	}

	async replications(cohortId: string, practiceId: string): Promise<StoredReplication[]> {
		const copies = this.cohorts.get(cohortId)?.replications.get(practiceId)?.values() ?? [];
		return [...copies].map(copy).sort(oldestReplicationFirst);
	}
}
