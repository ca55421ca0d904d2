import { randomBytes } from 'node:crypto';
import {
	MAX_COHORT_MEMBERS,
	type CohortInvitation,
	type CohortMember,
	type CohortRecord,
	type CohortView,
	type CreateCohortRequest,
	type InvitationPreview,
	type JoinCohortRequest,
} from '@groundwork/protocol';
import { signInvite, verifyInvite } from '../auth/invites.js';
import type { CohortStore } from '../storage/CohortStore.js';
import { asMember, requireCoordinator, requireFacilitator, type Caller } from './Caller.js';
import type { CohortEvents } from './CohortEvents.js';
import { CohortError } from './CohortError.js';

/** What the cohort service is built from. */
export interface CohortServiceDeps {
	cohorts: CohortStore;
	events: CohortEvents;
	secret: string;
	/** How long an invitation link works. */
	inviteTtlMs: number;
	now?: () => number;
}

/** A new cohort id: 16 URL-safe characters. */
function newCohortId(): string {
	return randomBytes(12).toString('base64url');
}

function memberOf(
	caller: Caller,
	request: CreateCohortRequest | JoinCohortRequest,
	now: number,
): CohortMember {
	const base = { boardId: caller.board.id, title: caller.board.title, joinedAt: now };
	if (request.kind === 'seminar') return { ...base, kind: 'seminar', city: '', country: '' };
	const { city, country, population } = request.member;
	return { ...base, kind: 'city', city, country, ...(population ? { population } : {}) };
}

/**
 * Cohorts and their members (issue 8): a facilitator makes a cohort with their board in it,
 * coordinators hand out invitation links, a city's facilitator joins with one. A cohort gives no
 * access to its boards: every route acts only for the caller's own board.
 */
export class CohortService {
	private readonly now: () => number;

	constructor(private readonly deps: CohortServiceDeps) {
		this.now = deps.now ?? Date.now;
	}

	/** Makes a cohort with the caller's board as its first member. [K1] */
	async create(caller: Caller, request: CreateCohortRequest): Promise<CohortView> {
		requireFacilitator(caller);
		const now = this.now();
		const record: CohortRecord = {
			id: newCohortId(),
			title: request.title,
			createdAt: now,
			inviteGeneration: 0,
		};
		await this.deps.cohorts.createCohort(record);
		await this.deps.cohorts.putMember(record.id, memberOf(caller, request, now));
		return this.view(caller, record.id);
	}

	/** The cohorts the caller's board is in, oldest first. [K2] */
	async mine(caller: Caller): Promise<CohortView[]> {
		const ids = await this.deps.cohorts.cohortsOfBoard(caller.board.id);
		const views: CohortView[] = [];
		for (const id of ids) {
			try {
				views.push(await this.view(caller, id));
			} catch (error) {
				// A stale index entry (a membership or cohort removed) is skipped.
				if (!(error instanceof CohortError)) throw error;
			}
		}
		return views.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
	}

	/** The cohort as the caller's board sees it; 404 or 403 `not_member`. [K2] */
	async view(caller: Caller, cohortId: string): Promise<CohortView> {
		const { record, members } = await this.load(cohortId);
		const me = asMember(caller, members);
		return {
			id: record.id,
			title: record.title,
			createdAt: record.createdAt,
			members,
			you: {
				boardId: caller.board.id,
				kind: me.member.kind,
				city: me.member.city,
				role: caller.role,
				coordinator: me.coordinator,
			},
		};
	}

	/** The cohort's record and members; 404 when there is no such cohort. */
	async load(cohortId: string): Promise<{ record: CohortRecord; members: CohortMember[] }> {
		const record = await this.deps.cohorts.getCohort(cohortId);
		if (!record) throw new CohortError(404, 'not_found', 'There is no cohort with this id.');
		return { record, members: await this.deps.cohorts.members(cohortId) };
	}

	/** An invitation link at the cohort's current generation (coordinators). [K3] */
	async invitation(caller: Caller, cohortId: string, base: string): Promise<CohortInvitation> {
		const { record, members } = await this.load(cohortId);
		requireCoordinator(asMember(caller, members));
		return this.sign(record, base);
	}

	/** Revokes every invitation and hands out a new one (coordinators). [K3] */
	async rotateInvitation(
		caller: Caller,
		cohortId: string,
		base: string,
	): Promise<CohortInvitation> {
		const { members } = await this.load(cohortId);
		requireCoordinator(asMember(caller, members));
		const record = await this.deps.cohorts.rotateInvites(cohortId);
		if (!record) throw new CohortError(404, 'not_found', 'There is no cohort with this id.');
		return this.sign(record, base);
	}

	/** What an invitation leads to, shown before joining. [K4] */
	async preview(invite: string): Promise<InvitationPreview> {
		const { record, expiresAt, members } = await this.admitInvite(invite);
		const cities = [...new Set(members.map((m) => m.city).filter((city) => city !== ''))].sort();
		return { cohortId: record.id, title: record.title, cities, expiresAt };
	}

	/** Adds the caller's board to the invitation's cohort (the board's facilitators). [K4] */
	async join(caller: Caller, request: JoinCohortRequest): Promise<CohortView> {
		requireFacilitator(caller);
		const { record, members } = await this.admitInvite(request.invite);
		const already = members.some((member) => member.boardId === caller.board.id);
		if (!already && members.length >= MAX_COHORT_MEMBERS) {
			throw new CohortError(
				409,
				'cohort_full',
				`A cohort has at most ${MAX_COHORT_MEMBERS} boards.`,
			);
		}
		await this.deps.cohorts.putMember(record.id, memberOf(caller, request, this.now()));
		this.deps.events.membersChanged(record.id);
		return this.view(caller, record.id);
	}

	/** Takes a board out (coordinators; a board's own facilitators for their board). [K5] */
	async removeMember(caller: Caller, cohortId: string, boardId: string): Promise<void> {
		const { members } = await this.load(cohortId);
		const me = asMember(caller, members);
		if (boardId === caller.board.id) requireFacilitator(caller);
		else requireCoordinator(me);
		if (!(await this.deps.cohorts.removeMember(cohortId, boardId))) {
			throw new CohortError(404, 'not_found', 'This board is not in the cohort.');
		}
		this.deps.events.membersChanged(cohortId);
	}

	private sign(record: CohortRecord, base: string): CohortInvitation {
		const expiresAt = this.now() + this.deps.inviteTtlMs;
		const invite = signInvite(
			{ cohortId: record.id, expiresAt, generation: record.inviteGeneration },
			this.deps.secret,
		);
		return {
			cohortId: record.id,
			invite,
			url: `${base}/?invite=${encodeURIComponent(invite)}`,
			expiresAt,
		};
	}

	private async admitInvite(
		invite: string,
	): Promise<{ record: CohortRecord; members: CohortMember[]; expiresAt: number }> {
		const verdict = verifyInvite(invite, this.deps.secret, this.now());
		if (!verdict.ok) {
			if (verdict.error === 'expired') {
				throw new CohortError(410, 'invite_expired', 'This invitation has expired.');
			}
			throw new CohortError(401, 'invalid_invite', 'This invitation is not valid.');
		}
		const record = await this.deps.cohorts.getCohort(verdict.claims.cohortId);
		if (!record) throw new CohortError(404, 'not_found', 'This cohort no longer exists.');
		if (verdict.claims.generation < record.inviteGeneration) {
			throw new CohortError(410, 'invite_revoked', 'This invitation was replaced by a new one.');
		}
		const members = await this.deps.cohorts.members(record.id);
		return { record, members, expiresAt: verdict.claims.expiresAt };
	}
}
