import type { Redis } from 'ioredis';
import type {
	Attendance,
	MaterialFile,
	ProgrammeRecord,
	Registration,
	Seminar,
	SeminarArchive,
} from '@groundwork/protocol';
import type { ProgrammeStore } from '../storage/ProgrammeStore.js';
import {
	byArchivedSeminar,
	bySeminarThenRegistration,
	byStart,
	oldestFileFirst,
	oldestRegistrationFirst,
} from '../storage/MemoryProgrammeStore.js';
import { redisKeys } from './redisKeys.js';
import { parse, replies } from './multi.js';

/**
 * Notes the version of a claimed archive: KEYS[1] the archives hash, ARGV[1] the seminar id,
 * ARGV[2] the version id. Does nothing when there is no claim (answers 0). cjson keeps numbers to
 * 14 significant digits: epoch milliseconds (13) are exact.
 */
const RECORD_ARCHIVE_SCRIPT = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return 0 end
local archive = cjson.decode(raw)
archive.versionId = ARGV[2]
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(archive))
return 1
`;

interface WithArchiveScript {
	gwRecordArchive(key: string, seminarId: string, versionId: string): Promise<number>;
}

/** The attendance hash's field of an entry (the server's ids hold no `:`). */
function attendanceField(entry: Pick<Attendance, 'seminarId' | 'registrationId'>): string {
	return `${entry.seminarId}:${entry.registrationId}`;
}

/** The fields of a hash of JSON values whose value passes `match`. */
function fieldsWhere<T>(hash: Record<string, string>, match: (value: T) => boolean): string[] {
	return Object.entries(hash)
		.filter(([, json]) => match(parse<T>(json)))
		.map(([field]) => field);
}

/**
 * Programmes in Redis, shared by every instance. A programme's keys (record, and hashes of
 * seminars, files' facts, registrations, attendance and archives, plus one string per file's
 * bytes) share the hash tag `{p:programmeId}`, so a MULTI over them is atomic on Redis Cluster
 * too; the set of every programme's id lives elsewhere, written before a record and cleared after
 * it (readers skip ids whose record is gone). Each seminar, file, registration, attendance and
 * archive is one hash field, so concurrent writes never overwrite one another; the first
 * `HSETNX` of an archive is its one claim. Deleting a seminar, a registration or a programme
 * reads what goes with it, then removes it all in one MULTI: a file uploaded or an attendance
 * recorded between the two may stay behind, as a cohort's copy may (`RedisCohortStore`).
 */
export class RedisProgrammeStore implements ProgrammeStore {
	constructor(private readonly redis: Redis) {
		this.redis.defineCommand('gwRecordArchive', { numberOfKeys: 1, lua: RECORD_ARCHIVE_SCRIPT });
	}

	/** Indexes the id first, then writes the record (a crash leaves a stale index entry). */
	async createProgramme(record: ProgrammeRecord): Promise<void> {
		await this.redis.sadd(redisKeys.programmeIds(), record.id);
		const json = JSON.stringify(record);
		const created = await this.redis.set(redisKeys.programme(record.id), json, 'NX');
		if (created !== 'OK') throw new Error(`programme ${record.id} exists`);
	}

	async updateProgramme(record: ProgrammeRecord): Promise<boolean> {
		const json = JSON.stringify(record);
		return (await this.redis.set(redisKeys.programme(record.id), json, 'XX')) === 'OK';
	}

	async getProgramme(id: string): Promise<ProgrammeRecord | undefined> {
		const json = await this.redis.get(redisKeys.programme(id));
		return json === null ? undefined : parse<ProgrammeRecord>(json);
	}

	/** The index, less the ids whose record is gone. */
	async programmeIds(): Promise<string[]> {
		const ids = await this.redis.smembers(redisKeys.programmeIds());
		const present = await Promise.all(ids.map((id) => this.redis.exists(redisKeys.programme(id))));
		return ids.filter((_, i) => present[i] === 1).sort();
	}

	/** Deletes every key of the programme in one MULTI (one slot), then its index entry. */
	async deleteProgramme(id: string): Promise<boolean> {
		const fileIds = await this.redis.hkeys(redisKeys.programmeFiles(id));
		const [deleted] = replies(
			await this.redis
				.multi()
				.del(redisKeys.programme(id))
				.del(
					redisKeys.programmeSeminars(id),
					redisKeys.programmeFiles(id),
					redisKeys.programmeRegistrations(id),
					redisKeys.programmeAttendance(id),
					redisKeys.programmeArchives(id),
					...fileIds.map((fileId) => redisKeys.programmeFileBytes(id, fileId)),
				)
				.exec(),
		);
		await this.redis.srem(redisKeys.programmeIds(), id);
		return deleted === 1;
	}

	async putSeminar(seminar: Seminar): Promise<void> {
		const key = redisKeys.programmeSeminars(seminar.programmeId);
		await this.redis.hset(key, seminar.id, JSON.stringify(seminar));
	}

	async getSeminar(programmeId: string, seminarId: string): Promise<Seminar | undefined> {
		const json = await this.redis.hget(redisKeys.programmeSeminars(programmeId), seminarId);
		return json === null ? undefined : parse<Seminar>(json);
	}

	async seminars(programmeId: string): Promise<Seminar[]> {
		const all = await this.redis.hvals(redisKeys.programmeSeminars(programmeId));
		return all.map((json) => parse<Seminar>(json)).sort(byStart);
	}

	/** Removes the seminar, its files (facts and bytes), attendance and archive in one MULTI. */
	async deleteSeminar(programmeId: string, seminarId: string): Promise<boolean> {
		const [files, attendance] = await Promise.all([
			this.redis.hgetall(redisKeys.programmeFiles(programmeId)),
			this.redis.hgetall(redisKeys.programmeAttendance(programmeId)),
		]);
		const fileIds = fieldsWhere<MaterialFile>(files, (file) => file.seminarId === seminarId);
		const fields = fieldsWhere<Attendance>(attendance, (entry) => entry.seminarId === seminarId);
		const multi = this.redis
			.multi()
			.hdel(redisKeys.programmeSeminars(programmeId), seminarId)
			.hdel(redisKeys.programmeArchives(programmeId), seminarId);
		if (fileIds.length > 0) {
			multi
				.hdel(redisKeys.programmeFiles(programmeId), ...fileIds)
				.del(...fileIds.map((fileId) => redisKeys.programmeFileBytes(programmeId, fileId)));
		}
		if (fields.length > 0) multi.hdel(redisKeys.programmeAttendance(programmeId), ...fields);
		const [removed] = replies(await multi.exec());
		return removed === 1;
	}

	/** Writes the bytes and the facts in one MULTI. */
	async putFile(programmeId: string, file: MaterialFile, bytes: Uint8Array): Promise<void> {
		const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		replies(
			await this.redis
				.multi()
				.set(redisKeys.programmeFileBytes(programmeId, file.id), buffer)
				.hset(redisKeys.programmeFiles(programmeId), file.id, JSON.stringify(file))
				.exec(),
		);
	}

	async files(programmeId: string): Promise<MaterialFile[]> {
		const all = await this.redis.hvals(redisKeys.programmeFiles(programmeId));
		return all.map((json) => parse<MaterialFile>(json)).sort(oldestFileFirst);
	}

	/** Reads the facts and the bytes in one MULTI, so they are of the same upload. */
	async getFile(
		programmeId: string,
		fileId: string,
	): Promise<{ file: MaterialFile; bytes: Uint8Array } | undefined> {
		const [json, bytes] = replies(
			await this.redis
				.multi()
				.hget(redisKeys.programmeFiles(programmeId), fileId)
				.getBuffer(redisKeys.programmeFileBytes(programmeId, fileId))
				.exec(),
		) as [string | null, Buffer | null];
		if (json === null || bytes === null) return undefined;
		return { file: parse<MaterialFile>(json), bytes };
	}

	async deleteFile(programmeId: string, fileId: string): Promise<boolean> {
		const [removed] = replies(
			await this.redis
				.multi()
				.hdel(redisKeys.programmeFiles(programmeId), fileId)
				.del(redisKeys.programmeFileBytes(programmeId, fileId))
				.exec(),
		);
		return removed === 1;
	}

	async putRegistration(registration: Registration): Promise<void> {
		const key = redisKeys.programmeRegistrations(registration.programmeId);
		await this.redis.hset(key, registration.id, JSON.stringify(registration));
	}

	async getRegistration(
		programmeId: string,
		registrationId: string,
	): Promise<Registration | undefined> {
		const key = redisKeys.programmeRegistrations(programmeId);
		const json = await this.redis.hget(key, registrationId);
		return json === null ? undefined : parse<Registration>(json);
	}

	async registrations(programmeId: string): Promise<Registration[]> {
		const all = await this.redis.hvals(redisKeys.programmeRegistrations(programmeId));
		return all.map((json) => parse<Registration>(json)).sort(oldestRegistrationFirst);
	}

	/** Removes the registration and its attendance in one MULTI. */
	async deleteRegistration(programmeId: string, registrationId: string): Promise<boolean> {
		const attendance = await this.redis.hgetall(redisKeys.programmeAttendance(programmeId));
		const fields = fieldsWhere<Attendance>(
			attendance,
			(entry) => entry.registrationId === registrationId,
		);
		const multi = this.redis
			.multi()
			.hdel(redisKeys.programmeRegistrations(programmeId), registrationId);
		if (fields.length > 0) multi.hdel(redisKeys.programmeAttendance(programmeId), ...fields);
		const [removed] = replies(await multi.exec());
		return removed === 1;
	}

	/** A second record of the same attendance keeps the first one's time (`HSETNX`). */
	async setAttendance(programmeId: string, entry: Attendance, attended: boolean): Promise<void> {
		const key = redisKeys.programmeAttendance(programmeId);
		if (attended) await this.redis.hsetnx(key, attendanceField(entry), JSON.stringify(entry));
		else await this.redis.hdel(key, attendanceField(entry));
	}

	async attendance(programmeId: string): Promise<Attendance[]> {
		const all = await this.redis.hvals(redisKeys.programmeAttendance(programmeId));
		return all.map((json) => parse<Attendance>(json)).sort(bySeminarThenRegistration);
	}

	async claimArchive(programmeId: string, seminarId: string, at: number): Promise<boolean> {
		const archive: SeminarArchive = { seminarId, at };
		const key = redisKeys.programmeArchives(programmeId);
		return (await this.redis.hsetnx(key, seminarId, JSON.stringify(archive))) === 1;
	}

	/** Does nothing when the archive was never claimed (or its seminar was deleted since). */
	async recordArchive(programmeId: string, seminarId: string, versionId: string): Promise<void> {
		const script = this.redis as unknown as WithArchiveScript;
		await script.gwRecordArchive(redisKeys.programmeArchives(programmeId), seminarId, versionId);
	}

	async archives(programmeId: string): Promise<SeminarArchive[]> {
		const all = await this.redis.hvals(redisKeys.programmeArchives(programmeId));
		return all.map((json) => parse<SeminarArchive>(json)).sort(byArchivedSeminar);
	}
}
