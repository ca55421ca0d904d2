import type {
	Attendance,
	MaterialFile,
	ProgrammeRecord,
	Registration,
	Seminar,
	SeminarArchive,
} from '@groundwork/protocol';
import type { ProgrammeStore } from './ProgrammeStore.js';

/** Compares two ids by code unit, as SQLite's default collation does for ASCII ids. */
function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Seminars by start, then id: `ProgrammeStore.seminars`' order (the Redis store sorts with it). */
export function byStart(a: Seminar, b: Seminar): number {
	return a.start - b.start || compareIds(a.id, b.id);
}

/** Files oldest first, then by id: the order of `ProgrammeStore.files`. */
export function oldestFileFirst(a: MaterialFile, b: MaterialFile): number {
	return a.uploadedAt - b.uploadedAt || compareIds(a.id, b.id);
}

/** Registrations oldest first, then by id: the order of `ProgrammeStore.registrations`. */
export function oldestRegistrationFirst(a: Registration, b: Registration): number {
	return a.createdAt - b.createdAt || compareIds(a.id, b.id);
}

/** Attendance by seminar, then registration id: the order of `ProgrammeStore.attendance`. */
export function bySeminarThenRegistration(a: Attendance, b: Attendance): number {
	return compareIds(a.seminarId, b.seminarId) || compareIds(a.registrationId, b.registrationId);
}

/** Archives by seminar id: the order of `ProgrammeStore.archives`. */
export function byArchivedSeminar(a: SeminarArchive, b: SeminarArchive): number {
	return compareIds(a.seminarId, b.seminarId);
}

/**
 * A copy through JSON, as the SQLite and Redis stores keep values: the caller's object and the
 * stored one never share anything, and a field set to undefined comes back absent in every store.
 */
function copy<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

/** One programme's seminars, files, registrations, attendance and archives. */
interface ProgrammeData {
	record?: ProgrammeRecord;
	seminars: Map<string, Seminar>;
	files: Map<string, { file: MaterialFile; bytes: Uint8Array }>;
	registrations: Map<string, Registration>;
	/** `[seminarId, registrationId]` as JSON -> the entry. */
	attendance: Map<string, Attendance>;
	/** Seminar id -> its archive. */
	archives: Map<string, SeminarArchive>;
}

function attendanceKey(entry: Pick<Attendance, 'seminarId' | 'registrationId'>): string {
	return JSON.stringify([entry.seminarId, entry.registrationId]);
}

/** Removes the map's entries whose value fails `keep`. */
function retain<V>(map: Map<string, V>, keep: (value: V) => boolean): void {
	for (const [key, value] of map) if (!keep(value)) map.delete(key);
}

/**
 * Programmes in memory, for tests and the memory storage: one entry per programme holding
 * everything of it, so deleting a programme is deleting the entry. Values and bytes are copied in
 * and out, so callers never share objects with the store.
 */
export class MemoryProgrammeStore implements ProgrammeStore {
	private readonly programmes = new Map<string, ProgrammeData>();

	private data(programmeId: string): ProgrammeData {
		let data = this.programmes.get(programmeId);
		if (!data) {
			data = {
				seminars: new Map(),
				files: new Map(),
				registrations: new Map(),
				attendance: new Map(),
				archives: new Map(),
			};
			this.programmes.set(programmeId, data);
		}
		return data;
	}

	async createProgramme(record: ProgrammeRecord): Promise<void> {
		const data = this.data(record.id);
		if (data.record) throw new Error(`programme ${record.id} exists`);
		data.record = copy(record);
	}

	async updateProgramme(record: ProgrammeRecord): Promise<boolean> {
		const data = this.programmes.get(record.id);
		if (!data?.record) return false;
		data.record = copy(record);
		return true;
	}

	async getProgramme(id: string): Promise<ProgrammeRecord | undefined> {
		const record = this.programmes.get(id)?.record;
		return record && copy(record);
	}

	async programmeIds(): Promise<string[]> {
		const ids: string[] = [];
		for (const [id, data] of this.programmes) if (data.record) ids.push(id);
		return ids.sort(compareIds);
	}

	async deleteProgramme(id: string): Promise<boolean> {
		const existed = this.programmes.get(id)?.record !== undefined;
		this.programmes.delete(id);
		return existed;
	}

	async putSeminar(seminar: Seminar): Promise<void> {
		this.data(seminar.programmeId).seminars.set(seminar.id, copy(seminar));
	}

	async getSeminar(programmeId: string, seminarId: string): Promise<Seminar | undefined> {
		const seminar = this.programmes.get(programmeId)?.seminars.get(seminarId);
		return seminar && copy(seminar);
	}

	async seminars(programmeId: string): Promise<Seminar[]> {
		const seminars = this.programmes.get(programmeId)?.seminars.values() ?? [];
		return [...seminars].map(copy).sort(byStart);
	}

	async deleteSeminar(programmeId: string, seminarId: string): Promise<boolean> {
		const data = this.programmes.get(programmeId);
		if (!data) return false;
		retain(data.files, ({ file }) => file.seminarId !== seminarId);
		retain(data.attendance, (entry) => entry.seminarId !== seminarId);
		data.archives.delete(seminarId);
		return data.seminars.delete(seminarId);
	}

	async putFile(programmeId: string, file: MaterialFile, bytes: Uint8Array): Promise<void> {
		this.data(programmeId).files.set(file.id, { file: copy(file), bytes: Uint8Array.from(bytes) });
	}

	async files(programmeId: string): Promise<MaterialFile[]> {
		const files = this.programmes.get(programmeId)?.files.values() ?? [];
		return [...files].map(({ file }) => copy(file)).sort(oldestFileFirst);
	}

	async getFile(
		programmeId: string,
		fileId: string,
	): Promise<{ file: MaterialFile; bytes: Uint8Array } | undefined> {
		const stored = this.programmes.get(programmeId)?.files.get(fileId);
		return stored && { file: copy(stored.file), bytes: Buffer.from(stored.bytes) };
	}

	async deleteFile(programmeId: string, fileId: string): Promise<boolean> {
		return this.programmes.get(programmeId)?.files.delete(fileId) ?? false;
	}

	async putRegistration(registration: Registration): Promise<void> {
		this.data(registration.programmeId).registrations.set(registration.id, copy(registration));
	}

	async getRegistration(
		programmeId: string,
		registrationId: string,
	): Promise<Registration | undefined> {
		const registration = this.programmes.get(programmeId)?.registrations.get(registrationId);
		return registration && copy(registration);
	}

	async registrations(programmeId: string): Promise<Registration[]> {
		const registrations = this.programmes.get(programmeId)?.registrations.values() ?? [];
		return [...registrations].map(copy).sort(oldestRegistrationFirst);
	}

	async deleteRegistration(programmeId: string, registrationId: string): Promise<boolean> {
		const data = this.programmes.get(programmeId);
		if (!data) return false;
		retain(data.attendance, (entry) => entry.registrationId !== registrationId);
		return data.registrations.delete(registrationId);
	}

	/** A second record of the same attendance keeps the first one's time. */
	async setAttendance(programmeId: string, entry: Attendance, attended: boolean): Promise<void> {
		const key = attendanceKey(entry);
		if (!attended) {
			this.programmes.get(programmeId)?.attendance.delete(key);
			return;
		}
		const { attendance } = this.data(programmeId);
		if (!attendance.has(key)) attendance.set(key, copy(entry));
	}

	async attendance(programmeId: string): Promise<Attendance[]> {
		const entries = this.programmes.get(programmeId)?.attendance.values() ?? [];
		return [...entries].map(copy).sort(bySeminarThenRegistration);
	}

	async claimArchive(programmeId: string, seminarId: string, at: number): Promise<boolean> {
		const { archives } = this.data(programmeId);
		if (archives.has(seminarId)) return false;
		archives.set(seminarId, { seminarId, at });
		return true;
	}

	/** Does nothing when the archive was never claimed (or its seminar was deleted since). */
	async recordArchive(programmeId: string, seminarId: string, versionId: string): Promise<void> {
		const archive = this.programmes.get(programmeId)?.archives.get(seminarId);
		if (archive) archive.versionId = versionId;
	}

	async archives(programmeId: string): Promise<SeminarArchive[]> {
		const archives = this.programmes.get(programmeId)?.archives.values() ?? [];
		return [...archives].map(copy).sort(byArchivedSeminar);
	}
}
