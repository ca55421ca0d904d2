import type Database from 'better-sqlite3';
import type {
	Attendance,
	MaterialFile,
	ProgrammeRecord,
	Registration,
	Seminar,
	SeminarArchive,
} from '@groundwork/protocol';
import type { ProgrammeStore } from './ProgrammeStore.js';

type DataRow = { data: string };
type FileRow = { data: string; bytes: Buffer };
type AttendanceRow = { seminar_id: string; registration_id: string; at: number };
type ArchiveRow = { seminar_id: string; at: number; version_id: string | null };

function parse<T>(row: DataRow): T {
	return JSON.parse(row.data) as T;
}

function archiveOf(row: ArchiveRow): SeminarArchive {
	const archive: SeminarArchive = { seminarId: row.seminar_id, at: row.at };
	if (row.version_id !== null) archive.versionId = row.version_id;
	return archive;
}

/** The tables holding a programme's data, each with a `programme_id` column. */
const PROGRAMME_TABLES = [
	'attendance',
	'seminar_archives',
	'programme_files',
	'registrations',
	'seminars',
] as const;

/**
 * Programmes in the SQLite file (tables `programmes`, `seminars`, `programme_files`,
 * `registrations`, `attendance` and `seminar_archives`, created by `createSqliteStorage`): one row
 * per programme, seminar, file, registration, attendance and archive, with the value as JSON
 * beside the columns it is found and ordered by, and a file's bytes as a BLOB. Every write is one
 * statement, or one transaction where it spans tables; claiming an archive is one
 * `INSERT OR IGNORE`, so only one claim inserts.
 *
 * Registrations are personal data, and deleting one erases it: the constructor turns on
 * `secure_delete` for the connection (SQLite overwrites deleted content with zeros), and deleting
 * a registration or a programme then checkpoints the write-ahead log and truncates it, so no
 * older copy of the page stays in the `-wal` file.
 */
export class SqliteProgrammeStore implements ProgrammeStore {
	private readonly db;
	private readonly insertProgramme;
	private readonly updateRecord;
	private readonly selectProgramme;
	private readonly selectIds;
	private readonly deleteProgrammeTx;
	private readonly upsertSeminar;
	private readonly selectSeminar;
	private readonly selectSeminars;
	private readonly deleteSeminarTx;
	private readonly upsertFile;
	private readonly selectFiles;
	private readonly selectFile;
	private readonly removeFile;
	private readonly upsertRegistration;
	private readonly selectRegistration;
	private readonly selectRegistrations;
	private readonly deleteRegistrationTx;
	private readonly insertAttendance;
	private readonly removeAttendance;
	private readonly selectAttendance;
	private readonly insertArchive;
	private readonly updateArchive;
	private readonly selectArchives;

	constructor(db: Database.Database) {
		this.db = db;
		db.pragma('secure_delete = ON');

		this.insertProgramme = db.prepare<[string, string]>(
			'INSERT INTO programmes (id, data) VALUES (?, ?)',
		);
		this.updateRecord = db.prepare<[string, string]>('UPDATE programmes SET data = ? WHERE id = ?');
		this.selectProgramme = db.prepare<[string], DataRow>(
			'SELECT data FROM programmes WHERE id = ?',
		);
		this.selectIds = db.prepare<[], { id: string }>('SELECT id FROM programmes ORDER BY id');
		const deleteRows = PROGRAMME_TABLES.map((table) =>
			db.prepare<[string]>(`DELETE FROM ${table} WHERE programme_id = ?`),
		);
		const deleteRecord = db.prepare<[string]>('DELETE FROM programmes WHERE id = ?');
		this.deleteProgrammeTx = db.transaction((id: string): boolean => {
			for (const statement of deleteRows) statement.run(id);
			return deleteRecord.run(id).changes > 0;
		});

		this.upsertSeminar = db.prepare<[string, string, string, number]>(
			'INSERT OR REPLACE INTO seminars (programme_id, id, data, start) VALUES (?, ?, ?, ?)',
		);
		this.selectSeminar = db.prepare<[string, string], DataRow>(
			'SELECT data FROM seminars WHERE programme_id = ? AND id = ?',
		);
		this.selectSeminars = db.prepare<[string], DataRow>(
			'SELECT data FROM seminars WHERE programme_id = ? ORDER BY start, id',
		);
		const bySeminar = (table: string, column: string) =>
			db.prepare<[string, string]>(`DELETE FROM ${table} WHERE programme_id = ? AND ${column} = ?`);
		const deleteSeminarRows = [
			bySeminar('programme_files', 'seminar_id'),
			bySeminar('attendance', 'seminar_id'),
			bySeminar('seminar_archives', 'seminar_id'),
		];
		const deleteSeminar = bySeminar('seminars', 'id');
		this.deleteSeminarTx = db.transaction((programmeId: string, seminarId: string): boolean => {
			for (const statement of deleteSeminarRows) statement.run(programmeId, seminarId);
			return deleteSeminar.run(programmeId, seminarId).changes > 0;
		});

		this.upsertFile = db.prepare<[string, string, string, string, number, Uint8Array]>(
			`INSERT OR REPLACE INTO programme_files
			(programme_id, id, seminar_id, data, uploaded_at, bytes) VALUES (?, ?, ?, ?, ?, ?)`,
		);
		this.selectFiles = db.prepare<[string], DataRow>(
			'SELECT data FROM programme_files WHERE programme_id = ? ORDER BY uploaded_at, id',
		);
		this.selectFile = db.prepare<[string, string], FileRow>(
			'SELECT data, bytes FROM programme_files WHERE programme_id = ? AND id = ?',
		);
		this.removeFile = db.prepare<[string, string]>(
			'DELETE FROM programme_files WHERE programme_id = ? AND id = ?',
		);

		this.upsertRegistration = db.prepare<[string, string, string, number]>(
			`INSERT OR REPLACE INTO registrations (programme_id, id, data, created_at)
			VALUES (?, ?, ?, ?)`,
		);
		this.selectRegistration = db.prepare<[string, string], DataRow>(
			'SELECT data FROM registrations WHERE programme_id = ? AND id = ?',
		);
		this.selectRegistrations = db.prepare<[string], DataRow>(
			'SELECT data FROM registrations WHERE programme_id = ? ORDER BY created_at, id',
		);
		const deleteAttendanceOf = db.prepare<[string, string]>(
			'DELETE FROM attendance WHERE programme_id = ? AND registration_id = ?',
		);
		const deleteRegistration = db.prepare<[string, string]>(
			'DELETE FROM registrations WHERE programme_id = ? AND id = ?',
		);
		this.deleteRegistrationTx = db.transaction(
			(programmeId: string, registrationId: string): boolean => {
				deleteAttendanceOf.run(programmeId, registrationId);
				return deleteRegistration.run(programmeId, registrationId).changes > 0;
			},
		);

		this.insertAttendance = db.prepare<[string, string, string, number]>(
			`INSERT OR IGNORE INTO attendance (programme_id, seminar_id, registration_id, at)
			VALUES (?, ?, ?, ?)`,
		);
		this.removeAttendance = db.prepare<[string, string, string]>(
			'DELETE FROM attendance WHERE programme_id = ? AND seminar_id = ? AND registration_id = ?',
		);
		this.selectAttendance = db.prepare<[string], AttendanceRow>(
			`SELECT seminar_id, registration_id, at FROM attendance WHERE programme_id = ?
			ORDER BY seminar_id, registration_id`,
		);

		this.insertArchive = db.prepare<[string, string, number]>(
			'INSERT OR IGNORE INTO seminar_archives (programme_id, seminar_id, at) VALUES (?, ?, ?)',
		);
		this.updateArchive = db.prepare<[string, string, string]>(
			'UPDATE seminar_archives SET version_id = ? WHERE programme_id = ? AND seminar_id = ?',
		);
		this.selectArchives = db.prepare<[string], ArchiveRow>(
			`SELECT seminar_id, at, version_id FROM seminar_archives WHERE programme_id = ?
			ORDER BY seminar_id`,
		);
	}

	async createProgramme(record: ProgrammeRecord): Promise<void> {
		this.insertProgramme.run(record.id, JSON.stringify(record));
	}

	async updateProgramme(record: ProgrammeRecord): Promise<boolean> {
		return this.updateRecord.run(JSON.stringify(record), record.id).changes > 0;
	}

	async getProgramme(id: string): Promise<ProgrammeRecord | undefined> {
		const row = this.selectProgramme.get(id);
		return row && parse<ProgrammeRecord>(row);
	}

	async programmeIds(): Promise<string[]> {
		return this.selectIds.all().map((row) => row.id);
	}

	async deleteProgramme(id: string): Promise<boolean> {
		const deleted = this.deleteProgrammeTx.immediate(id);
		this.eraseLog();
		return deleted;
	}

	async putSeminar(seminar: Seminar): Promise<void> {
		const data = JSON.stringify(seminar);
		this.upsertSeminar.run(seminar.programmeId, seminar.id, data, seminar.start);
	}

	async getSeminar(programmeId: string, seminarId: string): Promise<Seminar | undefined> {
		const row = this.selectSeminar.get(programmeId, seminarId);
		return row && parse<Seminar>(row);
	}

	async seminars(programmeId: string): Promise<Seminar[]> {
		return this.selectSeminars.all(programmeId).map((row) => parse<Seminar>(row));
	}

	async deleteSeminar(programmeId: string, seminarId: string): Promise<boolean> {
		return this.deleteSeminarTx.immediate(programmeId, seminarId);
	}

	async putFile(programmeId: string, file: MaterialFile, bytes: Uint8Array): Promise<void> {
		const data = JSON.stringify(file);
		this.upsertFile.run(programmeId, file.id, file.seminarId, data, file.uploadedAt, bytes);
	}

	async files(programmeId: string): Promise<MaterialFile[]> {
		return this.selectFiles.all(programmeId).map((row) => parse<MaterialFile>(row));
	}

	async getFile(
		programmeId: string,
		fileId: string,
	): Promise<{ file: MaterialFile; bytes: Uint8Array } | undefined> {
		const row = this.selectFile.get(programmeId, fileId);
		return row && { file: parse<MaterialFile>(row), bytes: row.bytes };
	}

	async deleteFile(programmeId: string, fileId: string): Promise<boolean> {
		return this.removeFile.run(programmeId, fileId).changes > 0;
	}

	async putRegistration(registration: Registration): Promise<void> {
		const { programmeId, id, createdAt } = registration;
		this.upsertRegistration.run(programmeId, id, JSON.stringify(registration), createdAt);
	}

	async getRegistration(
		programmeId: string,
		registrationId: string,
	): Promise<Registration | undefined> {
		const row = this.selectRegistration.get(programmeId, registrationId);
		return row && parse<Registration>(row);
	}

	async registrations(programmeId: string): Promise<Registration[]> {
		return this.selectRegistrations.all(programmeId).map((row) => parse<Registration>(row));
	}

	async deleteRegistration(programmeId: string, registrationId: string): Promise<boolean> {
		const deleted = this.deleteRegistrationTx.immediate(programmeId, registrationId);
		if (deleted) this.eraseLog();
		return deleted;
	}

	/** A second record of the same attendance keeps the first one's time. */
	async setAttendance(programmeId: string, entry: Attendance, attended: boolean): Promise<void> {
		const { seminarId, registrationId } = entry;
		if (attended) this.insertAttendance.run(programmeId, seminarId, registrationId, entry.at);
		else this.removeAttendance.run(programmeId, seminarId, registrationId);
	}

	async attendance(programmeId: string): Promise<Attendance[]> {
		return this.selectAttendance.all(programmeId).map((row) => ({
			seminarId: row.seminar_id,
			registrationId: row.registration_id,
			at: row.at,
		}));
	}

	async claimArchive(programmeId: string, seminarId: string, at: number): Promise<boolean> {
		return this.insertArchive.run(programmeId, seminarId, at).changes > 0;
	}

	/** Does nothing when the archive was never claimed (or its seminar was deleted since). */
	async recordArchive(programmeId: string, seminarId: string, versionId: string): Promise<void> {
		this.updateArchive.run(versionId, programmeId, seminarId);
	}

	async archives(programmeId: string): Promise<SeminarArchive[]> {
		return this.selectArchives.all(programmeId).map(archiveOf);
	}

	/**
	 * Copies the write-ahead log into the file and truncates it, so the pages a delete overwrote
	 * leave no older copy behind. Best effort: a reader of another connection holding the log
	 * keeps it until the next checkpoint (SQLite's automatic one, or the last connection closing).
	 */
	private eraseLog(): void {
		this.db.pragma('wal_checkpoint(TRUNCATE)');
	}
}
