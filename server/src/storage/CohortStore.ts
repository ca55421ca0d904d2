import type { CohortMember, CohortRecord, Practice } from '@groundwork/protocol';

/** A library item as stored: everything but its replications, which are kept apart. */
export type StoredPractice = Omit<Practice, 'replications'>;

/** A copy of a library item on a city's board, recorded when it is made. */
export interface StoredReplication {
	city: string;
	boardId: string;
	cardId: string;
	/** Epoch ms of the copy. */
	createdAt: number;
}

/**
 * Cohorts, their member boards, and each cohort's best-practice library (issue 8). Each write is
 * one atomic step on its own key or row (a member, an item, a replication), so two cities joining
 * or copying at once never lose one another's write. Implementations: `MemoryCohortStore`,
 * `SqliteCohortStore` (tables `cohorts`, `cohort_members`, `practices`, `practice_replications`),
 * `RedisCohortStore`; all pass `test/contract/cohortStore.contract.ts`.
 */
export interface CohortStore {
	/** Adds a cohort; rejects when the id is taken. */
	createCohort(record: CohortRecord): Promise<void>;
	getCohort(id: string): Promise<CohortRecord | undefined>;
	/** Renames; resolves to the new record, or undefined when there is no such cohort. */
	renameCohort(id: string, title: string): Promise<CohortRecord | undefined>;
	/** Adds one to the invitation generation (old invitations stop working); undefined if none. */
	rotateInvites(id: string): Promise<CohortRecord | undefined>;
	/** Removes the cohort, its members, items and replications; false when there was none. */
	deleteCohort(id: string): Promise<boolean>;

	/** Adds a board to the cohort, or replaces its entry when it is in already. */
	putMember(cohortId: string, member: CohortMember): Promise<void>;
	/** Takes a board out of the cohort; false when it was not in it. */
	removeMember(cohortId: string, boardId: string): Promise<boolean>;
	/** The cohort's boards, in the order they joined (then by board id). */
	members(cohortId: string): Promise<CohortMember[]>;
	/** The ids of the cohorts the board belongs to, sorted. */
	cohortsOfBoard(boardId: string): Promise<string[]>;
	/** Takes the board out of every cohort (the board was deleted). */
	forgetBoard(boardId: string): Promise<void>;

	/** Adds or replaces an item of the cohort's library. */
	putPractice(practice: StoredPractice): Promise<void>;
	getPractice(cohortId: string, practiceId: string): Promise<StoredPractice | undefined>;
	/** The cohort's items, oldest first (then by id). */
	practices(cohortId: string): Promise<StoredPractice[]>;
	/** Every cohort's items that are approved and published, oldest first (then by id). */
	publishedPractices(): Promise<StoredPractice[]>;
	/** Removes an item and its replications; false when there was none. */
	deletePractice(cohortId: string, practiceId: string): Promise<boolean>;

	/** Records a copy of an item (one per board and card; a second put replaces the first). */
	putReplication(cohortId: string, practiceId: string, copy: StoredReplication): Promise<void>;
	/** The item's copies, oldest first (then by board and card id). */
	replications(cohortId: string, practiceId: string): Promise<StoredReplication[]>;
}
