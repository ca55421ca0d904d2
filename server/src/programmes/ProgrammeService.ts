import { randomBytes } from 'node:crypto';
import {
	MATERIAL_TYPES,
	MAX_COHORT_MEMBERS,
	MAX_MATERIAL_FILES,
	MAX_SEMINARS,
	zonedInstant,
	type CreateProgrammeRequest,
	type CreatedProgramme,
	type ManagedProgramme,
	type ManagedSeminar,
	type MaterialFile,
	type ProgrammeDetails,
	type ProgrammeRecord,
	type PublicProgramme,
	type Seminar,
	type SeminarRequest,
	type SeminarUpdate,
} from '@groundwork/protocol';
import { signCoordinatorToken, verifyCoordinatorToken } from '../auth/programmeTokens.js';
import { createBoard } from '../boards/newBoard.js';
import type { CohortEvents } from '../cohorts/CohortEvents.js';
import type { Storage } from '../storage/DocStorage.js';
import { coordinatorUrl, mintBoardLink, publicProgrammeUrl } from './links.js';
import { ProgrammeError } from './ProgrammeError.js';

/** What the programme service is built from. */
export interface ProgrammeServiceDeps {
	storage: Storage;
	cohortEvents: CohortEvents;
	secret: string;
	/** How long coordinator links and the board links handed to coordinators work. */
	tokenTtlMs: number;
	now?: () => number;
}

/** A new id: 16 URL-safe characters (96 random bits). */
export function newId(): string {
	return randomBytes(12).toString('base64url');
}

/** A seminar's start and end instants from its wall time in its zone. */
export function seminarTimes(
	seminar: Pick<SeminarUpdate, 'date' | 'time' | 'timeZone' | 'durationMinutes'>,
): { start: number; end: number } {
	const start = zonedInstant({ date: seminar.date, time: seminar.time }, seminar.timeZone);
	return { start, end: start + seminar.durationMinutes * 60_000 };
}

/** An uploaded file's name, kept readable and harmless: no folders, control characters or quotes. */
export function cleanFileName(raw: string): string {
	const base = raw.split(/[/\\]/).pop() ?? '';
	// eslint-disable-next-line no-control-regex
	const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
	return (clean || 'file').slice(0, 200);
}

/**
 * Programmes, their seminars and materials (issue 11, SPEC [G1], [G2], [G4]): a coordinator
 * makes a programme, which makes its cohort and each seminar's main board from its template (a
 * seminar member of the cohort, so the programme's coordinators coordinate its library too).
 * Coordinator routes take the programme's coordinator token; the public view holds nothing of
 * registrations, boards or coordinators.
 */
export class ProgrammeService {
	private readonly now: () => number;

	constructor(private readonly deps: ProgrammeServiceDeps) {
		this.now = deps.now ?? Date.now;
	}

	private get store() {
		return this.deps.storage.programmes;
	}

	/** Makes a programme, its cohort and its seminars' boards. [G1] */
	async create(request: CreateProgrammeRequest, base: string): Promise<CreatedProgramme> {
		const now = this.now();
		const { seminars, ...details } = request;
		const record: ProgrammeRecord = {
			...details,
			id: newId(),
			cohortId: newId(),
			createdAt: now,
			coordinatorGeneration: 0,
		};
		await this.deps.storage.cohorts.createCohort({
			id: record.cohortId,
			title: record.title,
			createdAt: now,
			inviteGeneration: 0,
		});
		await this.store.createProgramme(record);
		for (const seminar of seminars) await this.makeSeminar(record, seminar);
		return {
			programme: record,
			...this.coordinatorLink(record, base),
			publicUrl: publicProgrammeUrl(base, record.id),
		};
	}

	/** The programme of a coordinator token: 401 for a bad or replaced one, 404 for none. [G1] */
	async admitCoordinator(programmeId: string, token: string | undefined): Promise<ProgrammeRecord> {
		if (!token) {
			throw new ProgrammeError(
				401,
				'unauthorized',
				'The coordinator link is required (Authorization: Bearer).',
			);
		}
		const verdict = verifyCoordinatorToken(token, this.deps.secret, this.now());
		if (!verdict.ok || verdict.claims.programmeId !== programmeId) {
			throw new ProgrammeError(401, 'unauthorized', 'The coordinator link is invalid or expired.');
		}
		const record = await this.get(programmeId);
		if (verdict.claims.generation < record.coordinatorGeneration) {
			throw new ProgrammeError(
				401,
				'revoked',
				'This coordinator link was replaced: ask a coordinator for the new one.',
			);
		}
		return record;
	}

	/** The programme, or 404. */
	async get(programmeId: string): Promise<ProgrammeRecord> {
		const record = await this.store.getProgramme(programmeId);
		if (!record) throw new ProgrammeError(404, 'not_found', 'There is no such programme.');
		return record;
	}

	/** A new coordinator link; every earlier one is refused from now on. [G1] */
	async rotateCoordinatorLink(
		record: ProgrammeRecord,
		base: string,
	): Promise<{ coordinatorToken: string; coordinatorUrl: string }> {
		const next = { ...record, coordinatorGeneration: record.coordinatorGeneration + 1 };
		await this.store.updateProgramme(next);
		return this.coordinatorLink(next, base);
	}

	/** Changes the programme's details (the cohort takes its title). [G4] */
	async update(record: ProgrammeRecord, details: ProgrammeDetails): Promise<ProgrammeRecord> {
		const next = { ...record, ...details };
		await this.store.updateProgramme(next);
		if (details.title !== record.title) {
			await this.deps.storage.cohorts.renameCohort(record.cohortId, details.title);
		}
		return next;
	}

	/** Deletes the programme's data, its registrations included; its boards and cohort stay. [G4] */
	async remove(record: ProgrammeRecord): Promise<void> {
		await this.store.deleteProgramme(record.id);
	}

	/** What everyone sees: details, seminars and their materials. [G2] */
	async publicView(programmeId: string): Promise<PublicProgramme> {
		const record = await this.get(programmeId);
		const [seminars, files] = await Promise.all([
			this.store.seminars(programmeId),
			this.store.files(programmeId),
		]);
		const { id, title, description, organiser, languages, registrationOpen } = record;
		return {
			id,
			title,
			description,
			organiser,
			languages,
			registrationOpen,
			seminars: seminars.map(({ boardId: _b, programmeId: _p, createdAt: _c, ...seminar }) => ({
				...seminar,
				files: files.filter((file) => file.seminarId === seminar.id),
			})),
		};
	}

	/** Everything of the programme, for its coordinators. [G4] */
	async managedView(
		record: ProgrammeRecord,
		token: string,
		base: string,
	): Promise<ManagedProgramme> {
		const [seminars, registrations, attendance] = await Promise.all([
			this.managedSeminars(record, base),
			this.store.registrations(record.id),
			this.store.attendance(record.id),
		]);
		return {
			programme: record,
			seminars,
			registrations,
			attendance,
			coordinatorUrl: coordinatorUrl(base, record.id, token),
		};
	}

	/** Adds a seminar with its board. [G4] */
	async addSeminar(
		record: ProgrammeRecord,
		request: SeminarRequest,
		base: string,
	): Promise<ManagedSeminar> {
		if ((await this.store.seminars(record.id)).length >= MAX_SEMINARS) {
			throw new ProgrammeError(
				409,
				'too_many_seminars',
				`A programme holds at most ${MAX_SEMINARS} seminars.`,
			);
		}
		const seminar = await this.makeSeminar(record, request);
		return this.managedSeminar(seminar, base);
	}

	/** Changes a seminar; calendars see a higher SEQUENCE. [G4] */
	async updateSeminar(
		record: ProgrammeRecord,
		seminarId: string,
		update: SeminarUpdate,
		base: string,
	): Promise<ManagedSeminar> {
		const seminar = await this.seminar(record.id, seminarId);
		const next: Seminar = {
			...seminar,
			...update,
			...seminarTimes(update),
			sequence: seminar.sequence + 1,
		};
		await this.store.putSeminar(next);
		return this.managedSeminar(next, base);
	}

	/** Removes a seminar from the programme; its board stays, out of the cohort. [G4] */
	async removeSeminar(record: ProgrammeRecord, seminarId: string): Promise<void> {
		const seminar = await this.seminar(record.id, seminarId);
		await this.store.deleteSeminar(record.id, seminarId);
		await this.deps.storage.cohorts.removeMember(record.cohortId, seminar.boardId);
		this.deps.cohortEvents.membersChanged(record.cohortId);
	}

	/** The programme's seminars by start. */
	seminars(programmeId: string): Promise<Seminar[]> {
		return this.store.seminars(programmeId);
	}

	/** The seminar, or 404. */
	async seminar(programmeId: string, seminarId: string): Promise<Seminar> {
		const seminar = await this.store.getSeminar(programmeId, seminarId);
		if (!seminar) throw new ProgrammeError(404, 'seminar_not_found', 'There is no such seminar.');
		return seminar;
	}

	/** Stores an uploaded material file of a seminar. [G4] */
	async addFile(
		record: ProgrammeRecord,
		seminarId: string,
		upload: { name: string; type: string; bytes: Uint8Array },
	): Promise<MaterialFile> {
		await this.seminar(record.id, seminarId);
		const files = await this.store.files(record.id);
		if (files.filter((file) => file.seminarId === seminarId).length >= MAX_MATERIAL_FILES) {
			throw new ProgrammeError(
				409,
				'too_many_files',
				`A seminar holds at most ${MAX_MATERIAL_FILES} files.`,
			);
		}
		if (upload.bytes.length === 0)
			throw new ProgrammeError(400, 'empty_file', 'The file is empty.');
		const type = upload.type.split(';')[0]?.trim().toLowerCase() ?? '';
		const file: MaterialFile = {
			id: newId(),
			seminarId,
			name: cleanFileName(upload.name),
			type: MATERIAL_TYPES.includes(type) ? type : 'application/octet-stream',
			size: upload.bytes.length,
			uploadedAt: this.now(),
		};
		await this.store.putFile(record.id, file, upload.bytes);
		return file;
	}

	async removeFile(record: ProgrammeRecord, fileId: string): Promise<void> {
		if (!(await this.store.deleteFile(record.id, fileId))) {
			throw new ProgrammeError(404, 'file_not_found', 'There is no such file.');
		}
	}

	/** A material file to download (public). [G2] */
	async file(
		programmeId: string,
		fileId: string,
	): Promise<{ file: MaterialFile; bytes: Uint8Array }> {
		const found = await this.store.getFile(programmeId, fileId);
		if (!found) throw new ProgrammeError(404, 'file_not_found', 'There is no such file.');
		return found;
	}

	private coordinatorLink(record: ProgrammeRecord, base: string) {
		const coordinatorToken = signCoordinatorToken(
			{
				programmeId: record.id,
				expiresAt: this.now() + this.deps.tokenTtlMs,
				generation: record.coordinatorGeneration,
			},
			this.deps.secret,
		);
		return { coordinatorToken, coordinatorUrl: coordinatorUrl(base, record.id, coordinatorToken) };
	}

	private async makeSeminar(record: ProgrammeRecord, request: SeminarRequest): Promise<Seminar> {
		const members = await this.deps.storage.cohorts.members(record.cohortId);
		if (members.length >= MAX_COHORT_MEMBERS) {
			throw new ProgrammeError(
				409,
				'cohort_full',
				`The programme's cohort holds at most ${MAX_COHORT_MEMBERS} boards.`,
			);
		}
		const now = this.now();
		const { template, ...fields } = request;
		const board = await createBoard(this.deps.storage, { title: fields.title, template }, now);
		await this.deps.storage.cohorts.putMember(record.cohortId, {
			boardId: board.id,
			kind: 'seminar',
			title: board.title,
			city: '',
			country: '',
			joinedAt: now,
		});
		const seminar: Seminar = {
			...fields,
			...seminarTimes(fields),
			id: newId(),
			programmeId: record.id,
			template,
			boardId: board.id,
			sequence: 0,
			createdAt: now,
		};
		await this.store.putSeminar(seminar);
		this.deps.cohortEvents.membersChanged(record.cohortId);
		return seminar;
	}

	private async managedSeminars(record: ProgrammeRecord, base: string): Promise<ManagedSeminar[]> {
		const [seminars, files, archives] = await Promise.all([
			this.store.seminars(record.id),
			this.store.files(record.id),
			this.store.archives(record.id),
		]);
		return Promise.all(
			seminars.map((seminar) =>
				this.managedSeminar(
					seminar,
					base,
					files.filter((file) => file.seminarId === seminar.id),
					archives.find((archive) => archive.seminarId === seminar.id),
				),
			),
		);
	}

	private async managedSeminar(
		seminar: Seminar,
		base: string,
		files?: MaterialFile[],
		archive?: ManagedSeminar['archive'],
	): Promise<ManagedSeminar> {
		const board = await this.deps.storage.boards.getBoard(seminar.boardId);
		const facilitatorUrl = board
			? mintBoardLink(
					base,
					board,
					'facilitator',
					this.deps.secret,
					this.deps.tokenTtlMs,
					this.now(),
				).url
			: '';
		const ownFiles =
			files ??
			(await this.store.files(seminar.programmeId)).filter((file) => file.seminarId === seminar.id);
		const ownArchive =
			archive ??
			(await this.store.archives(seminar.programmeId)).find(
				(entry) => entry.seminarId === seminar.id,
			);
		return {
			...seminar,
			files: ownFiles,
			...(ownArchive ? { archive: ownArchive } : {}),
			facilitatorUrl,
		};
	}
}
