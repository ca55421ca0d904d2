import type {
	Attendance,
	MaterialFile,
	ProgrammeRecord,
	Registration,
	Seminar,
	SeminarArchive,
} from '@groundwork/protocol';

/**
 * Programmes, their seminars, material files, registrations of interest, attendance and the
 * seminars saved into the programme's history (issue 11). Each write is one atomic step on its
 * own key or row, so two registrations, two uploads or an upload and a seminar edit at once never
 * lose one another. Deletes remove the data itself (no tombstones): a deleted registration's
 * personal data is gone from the store. Implementations: `MemoryProgrammeStore`,
 * `SqliteProgrammeStore`, `RedisProgrammeStore`; all pass
 * `test/contract/programmeStore.contract.ts`.
 */
export interface ProgrammeStore {
	/** Adds a programme; rejects when the id is taken. */
	createProgramme(record: ProgrammeRecord): Promise<void>;
	/** Replaces an existing programme's record; false when there is none. */
	updateProgramme(record: ProgrammeRecord): Promise<boolean>;
	getProgramme(id: string): Promise<ProgrammeRecord | undefined>;
	/** Every programme's id, sorted. */
	programmeIds(): Promise<string[]>;
	/** Removes the programme and all of its data (seminars, files, registrations, attendance, archives). */
	deleteProgramme(id: string): Promise<boolean>;

	/** Adds or replaces a seminar. */
	putSeminar(seminar: Seminar): Promise<void>;
	getSeminar(programmeId: string, seminarId: string): Promise<Seminar | undefined>;
	/** The programme's seminars by start, then id. */
	seminars(programmeId: string): Promise<Seminar[]>;
	/** Removes a seminar with its files, attendance and archive; false when there was none. */
	deleteSeminar(programmeId: string, seminarId: string): Promise<boolean>;

	/** Stores a material file (facts and bytes), replacing one with the same id. */
	putFile(programmeId: string, file: MaterialFile, bytes: Uint8Array): Promise<void>;
	/** The programme's files' facts, oldest first (then by id). */
	files(programmeId: string): Promise<MaterialFile[]>;
	getFile(
		programmeId: string,
		fileId: string,
	): Promise<{ file: MaterialFile; bytes: Uint8Array } | undefined>;
	deleteFile(programmeId: string, fileId: string): Promise<boolean>;

	/** Adds or replaces a registration. */
	putRegistration(registration: Registration): Promise<void>;
	getRegistration(programmeId: string, registrationId: string): Promise<Registration | undefined>;
	/** The programme's registrations, oldest first (then by id). */
	registrations(programmeId: string): Promise<Registration[]>;
	/** Removes a registration and its attendance; false when there was none. */
	deleteRegistration(programmeId: string, registrationId: string): Promise<boolean>;

	/** Records (or, with `attended` false, removes) a city's attendance of a seminar. */
	setAttendance(programmeId: string, entry: Attendance, attended: boolean): Promise<void>;
	/** The programme's attendance, by seminar then registration id. */
	attendance(programmeId: string): Promise<Attendance[]>;

	/**
	 * Claims the saving of a seminar's board into the history, at `at`: true for the first claim
	 * only, on every instance (atomic), so one instance saves it.
	 */
	claimArchive(programmeId: string, seminarId: string, at: number): Promise<boolean>;
	/** Notes the version taken for a claimed archive. */
	recordArchive(programmeId: string, seminarId: string, versionId: string): Promise<void>;
	/** The programme's archives, by seminar id. */
	archives(programmeId: string): Promise<SeminarArchive[]>;
}
