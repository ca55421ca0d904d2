import type Database from 'better-sqlite3';
import type { CohortMember, CohortRecord } from '@groundwork/protocol';
import type { CohortStore, StoredPractice, StoredReplication } from './CohortStore.js';

type CohortRow = { id: string; title: string; created_at: number; invite_generation: number };
type DataRow = { data: string };
type IdRow = { cohort_id: string };

function recordOf(row: CohortRow): CohortRecord {
	return {
		id: row.id,
		title: row.title,
		createdAt: row.created_at,
		inviteGeneration: row.invite_generation,
	};
}

function parse<T>(row: DataRow): T {
	return JSON.parse(row.data) as T;
}

/**
 * Cohorts in the SQLite file (tables `cohorts`, `cohort_members`, `practices` and
 * `practice_replications`, created by `createSqliteStorage`): a cohort's record in columns, and
 * one row per member, item and copy with the value as JSON beside the columns it is found and
 * ordered by. Every write is one statement, or one transaction where it spans tables, so two
 * cities joining or copying at once never lose one another's row.
 */
export class SqliteCohortStore implements CohortStore {
	private readonly insertCohort;
	private readonly selectCohort;
	private readonly rename;
	private readonly rotate;
	private readonly deleteTx;
	private readonly upsertMember;
	private readonly deleteMember;
	private readonly selectMembers;
	private readonly selectCohortsOfBoard;
	private readonly deleteBoardMembers;
	private readonly upsertPractice;
	private readonly selectPractice;
	private readonly selectPractices;
	private readonly selectPublished;
	private readonly deletePracticeTx;
	private readonly upsertReplication;
	private readonly selectReplications;

	constructor(db: Database.Database) {
		this.insertCohort = db.prepare<[string, string, number, number]>(
			'INSERT INTO cohorts (id, title, created_at, invite_generation) VALUES (?, ?, ?, ?)',
		);
		this.selectCohort = db.prepare<[string], CohortRow>('SELECT * FROM cohorts WHERE id = ?');
		this.rename = db.prepare<[string, string], CohortRow>(
			'UPDATE cohorts SET title = ? WHERE id = ? RETURNING *',
		);
		this.rotate = db.prepare<[string], CohortRow>(
			'UPDATE cohorts SET invite_generation = invite_generation + 1 WHERE id = ? RETURNING *',
		);
		const byCohort = (table: string) =>
			db.prepare<[string]>(`DELETE FROM ${table} WHERE cohort_id = ?`);
		const deleteCohortRows = ['practice_replications', 'practices', 'cohort_members'].map(byCohort);
		const deleteRecord = db.prepare<[string]>('DELETE FROM cohorts WHERE id = ?');
		this.deleteTx = db.transaction((id: string): boolean => {
			for (const statement of deleteCohortRows) statement.run(id);
			return deleteRecord.run(id).changes > 0;
		});

		this.upsertMember = db.prepare<[string, string, string, number]>(
			'INSERT OR REPLACE INTO cohort_members (cohort_id, board_id, data, joined_at) VALUES (?, ?, ?, ?)',
		);
		this.deleteMember = db.prepare<[string, string]>(
			'DELETE FROM cohort_members WHERE cohort_id = ? AND board_id = ?',
		);
		this.selectMembers = db.prepare<[string], DataRow>(
			'SELECT data FROM cohort_members WHERE cohort_id = ? ORDER BY joined_at, board_id',
		);
		this.selectCohortsOfBoard = db.prepare<[string], IdRow>(
			'SELECT cohort_id FROM cohort_members WHERE board_id = ? ORDER BY cohort_id',
		);
		this.deleteBoardMembers = db.prepare<[string]>('DELETE FROM cohort_members WHERE board_id = ?');

		this.upsertPractice = db.prepare<[string, string, string, number, number, string]>(
			`INSERT OR REPLACE INTO practices (cohort_id, id, data, created_at, published, moderation)
			VALUES (?, ?, ?, ?, ?, ?)`,
		);
		this.selectPractice = db.prepare<[string, string], DataRow>(
			'SELECT data FROM practices WHERE cohort_id = ? AND id = ?',
		);
		this.selectPractices = db.prepare<[string], DataRow>(
			'SELECT data FROM practices WHERE cohort_id = ? ORDER BY created_at, id',
		);
		this.selectPublished = db.prepare<[], DataRow>(
			`SELECT data FROM practices WHERE published = 1 AND moderation = 'approved'
			ORDER BY created_at, id, cohort_id`,
		);
		const deleteCopies = db.prepare<[string, string]>(
			'DELETE FROM practice_replications WHERE cohort_id = ? AND practice_id = ?',
		);
		const deletePractice = db.prepare<[string, string]>(
			'DELETE FROM practices WHERE cohort_id = ? AND id = ?',
		);
		this.deletePracticeTx = db.transaction((cohortId: string, practiceId: string): boolean => {
			deleteCopies.run(cohortId, practiceId);
			return deletePractice.run(cohortId, practiceId).changes > 0;
		});

		this.upsertReplication = db.prepare<[string, string, string, string, string, number]>(
			`INSERT OR REPLACE INTO practice_replications
			(cohort_id, practice_id, board_id, card_id, data, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
		);
		this.selectReplications = db.prepare<[string, string], DataRow>(
			`SELECT data FROM practice_replications WHERE cohort_id = ? AND practice_id = ?
			ORDER BY created_at, board_id, card_id`,
		);
	}

	async createCohort(record: CohortRecord): Promise<void> {
		this.insertCohort.run(record.id, record.title, record.createdAt, record.inviteGeneration);
	}

	async getCohort(id: string): Promise<CohortRecord | undefined> {
		const row = this.selectCohort.get(id);
		return row && recordOf(row);
	}

	async renameCohort(id: string, title: string): Promise<CohortRecord | undefined> {
		const row = this.rename.get(title, id);
		return row && recordOf(row);
	}

	async rotateInvites(id: string): Promise<CohortRecord | undefined> {
		const row = this.rotate.get(id);
		return row && recordOf(row);
	}

	async deleteCohort(id: string): Promise<boolean> {
		return this.deleteTx.immediate(id);
	}

	async putMember(cohortId: string, member: CohortMember): Promise<void> {
		this.upsertMember.run(cohortId, member.boardId, JSON.stringify(member), member.joinedAt);
	}

	async removeMember(cohortId: string, boardId: string): Promise<boolean> {
		return this.deleteMember.run(cohortId, boardId).changes > 0;
	}

	async members(cohortId: string): Promise<CohortMember[]> {
		return this.selectMembers.all(cohortId).map((row) => parse<CohortMember>(row));
	}

	async cohortsOfBoard(boardId: string): Promise<string[]> {
		return this.selectCohortsOfBoard.all(boardId).map((row) => row.cohort_id);
	}

	async forgetBoard(boardId: string): Promise<void> {
		this.deleteBoardMembers.run(boardId);
	}

	async putPractice(practice: StoredPractice): Promise<void> {
		this.upsertPractice.run(
			practice.cohortId,
			practice.id,
			JSON.stringify(practice),
			practice.createdAt,
			Number(practice.published),
			practice.moderation,
		);
	}

	async getPractice(cohortId: string, practiceId: string): Promise<StoredPractice | undefined> {
		const row = this.selectPractice.get(cohortId, practiceId);
		return row && parse<StoredPractice>(row);
	}

	async practices(cohortId: string): Promise<StoredPractice[]> {
		return this.selectPractices.all(cohortId).map((row) => parse<StoredPractice>(row));
	}

	async publishedPractices(): Promise<StoredPractice[]> {
		return this.selectPublished.all().map((row) => parse<StoredPractice>(row));
	}

	async deletePractice(cohortId: string, practiceId: string): Promise<boolean> {
		return this.deletePracticeTx.immediate(cohortId, practiceId);
	}

	async putReplication(
		cohortId: string,
		practiceId: string,
		replication: StoredReplication,
	): Promise<void> {
		const { boardId, cardId, createdAt } = replication;
		const data = JSON.stringify(replication);
		this.upsertReplication.run(cohortId, practiceId, boardId, cardId, data, createdAt);
	}

	async replications(cohortId: string, practiceId: string): Promise<StoredReplication[]> {
		return this.selectReplications
			.all(cohortId, practiceId)
			.map((row) => parse<StoredReplication>(row));
	}
}
