import {
	MAX_COHORT_MEMBERS,
	MAX_TITLE_LENGTH,
	checkRegistration,
	type Attendance,
	type CityInvitation,
	type PassResult,
	type ProgrammeRecord,
	type Registration,
	type Seminar,
} from '@groundwork/protocol';
import { signPass, verifyPass } from '../auth/programmeTokens.js';
import type { BoardAdmin } from '../boards/BoardAdmin.js';
import { createBoard } from '../boards/newBoard.js';
import type { CohortEvents } from '../cohorts/CohortEvents.js';
import type { Storage } from '../storage/DocStorage.js';
import { mintBoardLink, passUrl, publicProgrammeUrl } from './links.js';
import { ProgrammeError } from './ProgrammeError.js';
import { newId } from './ProgrammeService.js';

/** What the registration service is built from. */
export interface RegistrationServiceDeps {
	storage: Storage;
	admin: BoardAdmin;
	cohortEvents: CohortEvents;
	secret: string;
	/** How long a city's invitation links work from acceptance or re-issue. */
	invitationTtlMs: number;
	now?: () => number;
}

/** A seminar's board link traded from a pass works at most this long. [G6] */
export const SEMINAR_LINK_MS = 24 * 60 * 60 * 1000;
/** Trading a seminar's pass this long before its start, or during it, counts as attending. */
export const ATTENDANCE_EARLY_MS = 60 * 60 * 1000;

/** A city's roadmap board in a programme: "Split · NetZero Cities 2027", within the title limit. */
export function cityBoardTitle(city: string, programme: string): string {
	return `${city} · ${programme}`.slice(0, MAX_TITLE_LENGTH).trim();
}

/**
 * Registrations of interest and what follows them (issue 11, SPEC [G3], [G5]-[G7]): the public
 * form, the coordinator's decision (an accepted city gets its roadmap board in the programme's
 * cohort), each city's invitation links (signed passes, re-issued to revoke) and their trading
 * for board links, and the city's personal data, exported and erased on request.
 */
export class RegistrationService {
	private readonly now: () => number;

	constructor(private readonly deps: RegistrationServiceDeps) {
		this.now = deps.now ?? Date.now;
	}

	private get store() {
		return this.deps.storage.programmes;
	}

	/**
	 * Takes the public form. Resolves to false when it was spam (a filled honeypot), which the
	 * route answers as if accepted so a bot learns nothing. [G3]
	 */
	async register(record: ProgrammeRecord, body: unknown): Promise<boolean> {
		if (!record.registrationOpen) {
			throw new ProgrammeError(
				409,
				'registration_closed',
				'This programme takes no registrations now.',
			);
		}
		const checked = checkRegistration(body);
		if (!checked.ok) {
			if (checked.spam) return false;
			throw new ProgrammeError(
				400,
				'invalid_body',
				'The registration is not valid.',
				checked.issues,
			);
		}
		const { consent: _consent, website: _website, ...fields } = checked.value;
		await this.store.putRegistration({
			...fields,
			id: newId(),
			programmeId: record.id,
			createdAt: this.now(),
			status: 'pending',
			passGeneration: 0,
		});
		return true;
	}

	/** The programme's registrations, oldest first (personal data: coordinators only). */
	list(record: ProgrammeRecord): Promise<Registration[]> {
		return this.store.registrations(record.id);
	}

	/** The registration, or 404. */
	async get(programmeId: string, registrationId: string): Promise<Registration> {
		const registration = await this.store.getRegistration(programmeId, registrationId);
		if (!registration) {
			throw new ProgrammeError(404, 'registration_not_found', 'There is no such registration.');
		}
		return registration;
	}

	/**
	 * Accepts or declines a city. The first acceptance makes its roadmap board; accepting puts it
	 * in the cohort with fresh invitation links, declining takes it out and stops its links. [G5]
	 */
	async decide(
		record: ProgrammeRecord,
		registrationId: string,
		status: 'accepted' | 'declined',
	): Promise<Registration> {
		const registration = await this.get(record.id, registrationId);
		const now = this.now();
		const cohorts = this.deps.storage.cohorts;
		let next: Registration = { ...registration, status, decidedAt: now };
		if (status === 'accepted') {
			const members = await cohorts.members(record.cohortId);
			const inCohort = members.some((member) => member.boardId === registration.boardId);
			if (!inCohort && members.length >= MAX_COHORT_MEMBERS) {
				throw new ProgrammeError(
					409,
					'cohort_full',
					`The programme's cohort holds at most ${MAX_COHORT_MEMBERS} boards.`,
				);
			}
			const boardId = registration.boardId ?? (await this.makeCityBoard(record, registration)).id;
			await cohorts.putMember(record.cohortId, {
				boardId,
				kind: 'city',
				title: cityBoardTitle(registration.city, record.title),
				city: registration.city,
				country: registration.country,
				population: registration.population,
				joinedAt: now,
			});
			const fresh = registration.status !== 'accepted';
			next = {
				...next,
				boardId,
				passGeneration: registration.passGeneration + (fresh && registration.passExpiresAt ? 1 : 0),
				passExpiresAt: fresh ? now + this.deps.invitationTtlMs : registration.passExpiresAt,
			};
		} else {
			if (registration.boardId) await cohorts.removeMember(record.cohortId, registration.boardId);
			const { passExpiresAt: _expires, ...rest } = next;
			next = { ...rest, passGeneration: registration.passGeneration + 1 };
		}
		await this.store.putRegistration(next);
		this.deps.cohortEvents.membersChanged(record.cohortId);
		return next;
	}

	/** Every accepted city's invitation links. [G5] */
	async invitations(record: ProgrammeRecord, base: string): Promise<CityInvitation[]> {
		const [registrations, seminars] = await Promise.all([
			this.store.registrations(record.id),
			this.store.seminars(record.id),
		]);
		return registrations
			.filter((registration) => registration.status === 'accepted')
			.map((registration) => this.invitation(registration, seminars, base));
	}

	/**
	 * New invitation links for an accepted city: earlier passes are refused, and links to its own
	 * board made from them stop working (its facilitator links are rotated). [G5]
	 */
	async reissue(
		record: ProgrammeRecord,
		registrationId: string,
		base: string,
	): Promise<CityInvitation> {
		const registration = await this.get(record.id, registrationId);
		if (registration.status !== 'accepted') {
			throw new ProgrammeError(409, 'not_accepted', 'Only an accepted city has invitation links.');
		}
		const next: Registration = {
			...registration,
			passGeneration: registration.passGeneration + 1,
			passExpiresAt: this.now() + this.deps.invitationTtlMs,
		};
		await this.store.putRegistration(next);
		if (next.boardId) await this.deps.admin.rotateLinks(next.boardId, ['facilitator']);
		return this.invitation(next, await this.store.seminars(record.id), base);
	}

	/**
	 * Trades an invitation link's pass for a link to its board: the city's own as facilitator, a
	 * seminar's as participant (and, around the seminar, its attendance). [G6]
	 */
	async trade(pass: string, base: string): Promise<PassResult> {
		const now = this.now();
		const verdict = verifyPass(pass, this.deps.secret, now);
		if (!verdict.ok) {
			if (verdict.error === 'expired') {
				throw new ProgrammeError(
					410,
					'pass_expired',
					'This invitation link has expired: ask the coordinator for a new one.',
				);
			}
			throw new ProgrammeError(401, 'invalid_pass', 'This invitation link is not valid.');
		}
		const { claims } = verdict;
		const registration = await this.store.getRegistration(
			claims.programmeId,
			claims.registrationId,
		);
		if (
			!registration?.boardId ||
			registration.status !== 'accepted' ||
			claims.generation !== registration.passGeneration
		) {
			throw new ProgrammeError(
				410,
				'pass_revoked',
				'This invitation link was replaced or withdrawn.',
			);
		}
		const programme = await this.store.getProgramme(claims.programmeId);
		if (!programme) {
			throw new ProgrammeError(410, 'pass_revoked', 'This programme no longer exists.');
		}
		const result = {
			programmeId: claims.programmeId,
			programmeTitle: programme.title,
			target: claims.target,
			city: registration.city,
		};
		if (claims.target === 'city') {
			const board = await this.board(registration.boardId);
			const link = mintBoardLink(
				base,
				board,
				'facilitator',
				this.deps.secret,
				claims.expiresAt - now,
				now,
			);
			return { ...result, boardId: board.id, role: 'facilitator', ...link };
		}
		const seminar = await this.store.getSeminar(claims.programmeId, claims.target);
		if (!seminar)
			throw new ProgrammeError(410, 'pass_revoked', 'This seminar is no longer in the programme.');
		const board = await this.board(seminar.boardId);
		const ttl = Math.min(claims.expiresAt - now, SEMINAR_LINK_MS);
		const link = mintBoardLink(base, board, 'participant', this.deps.secret, ttl, now);
		if (now >= seminar.start - ATTENDANCE_EARLY_MS && now <= seminar.end) {
			await this.store.setAttendance(
				claims.programmeId,
				{ seminarId: seminar.id, registrationId: registration.id, at: now },
				true,
			);
		}
		return { ...result, boardId: board.id, role: 'participant', ...link };
	}

	/** Marks or unmarks a city's attendance by hand. [G8] */
	async setAttendance(
		record: ProgrammeRecord,
		entry: { seminarId: string; registrationId: string; attended: boolean },
	): Promise<void> {
		await this.get(record.id, entry.registrationId);
		const seminar = await this.store.getSeminar(record.id, entry.seminarId);
		if (!seminar) throw new ProgrammeError(404, 'seminar_not_found', 'There is no such seminar.');
		await this.store.setAttendance(
			record.id,
			{ seminarId: entry.seminarId, registrationId: entry.registrationId, at: this.now() },
			entry.attended,
		);
	}

	/** One registration's data with its attendance: what a city may ask to see. [G7] */
	async exportOne(
		record: ProgrammeRecord,
		registrationId: string,
	): Promise<{ registration: Registration; attendance: Attendance[] }> {
		const registration = await this.get(record.id, registrationId);
		const attendance = (await this.store.attendance(record.id)).filter(
			(entry) => entry.registrationId === registrationId,
		);
		return { registration, attendance };
	}

	/**
	 * Erases a registration's personal data and attendance; its links stop working. The city's
	 * board (no personal data) stays with the city, in the cohort. [G7]
	 */
	async remove(record: ProgrammeRecord, registrationId: string): Promise<void> {
		if (!(await this.store.deleteRegistration(record.id, registrationId))) {
			throw new ProgrammeError(404, 'registration_not_found', 'There is no such registration.');
		}
	}

	private invitation(
		registration: Registration,
		seminars: readonly Seminar[],
		base: string,
	): CityInvitation {
		const expiresAt = registration.passExpiresAt ?? this.now();
		const link = (target: string) =>
			passUrl(
				base,
				registration.programmeId,
				signPass(
					{
						programmeId: registration.programmeId,
						registrationId: registration.id,
						target,
						generation: registration.passGeneration,
						expiresAt,
					},
					this.deps.secret,
				),
			);
		return {
			registrationId: registration.id,
			city: registration.city,
			country: registration.country,
			contactName: registration.contactName,
			email: registration.email,
			expiresAt,
			programmeUrl: publicProgrammeUrl(base, registration.programmeId),
			links: [
				{ target: 'city', label: registration.city, url: link('city') },
				...seminars.map((seminar) => ({
					target: seminar.id,
					label: seminar.title,
					url: link(seminar.id),
				})),
			],
		};
	}

	private async makeCityBoard(record: ProgrammeRecord, registration: Registration) {
		const title = cityBoardTitle(registration.city, record.title);
		return createBoard(this.deps.storage, { title, template: 'netzero-roadmap' }, this.now());
	}

	private async board(boardId: string) {
		const board = await this.deps.storage.boards.getBoard(boardId);
		if (!board)
			throw new ProgrammeError(410, 'pass_revoked', 'The board of this link no longer exists.');
		return board;
	}
}
