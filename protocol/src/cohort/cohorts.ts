import { z } from 'zod';
import type { Role } from '../roles.js';
import { POPULATION_BANDS } from './library.js';

/**
 * A cohort (issue 8): the boards of one programme's cities, grouped by a facilitator. Each city
 * brings its own roadmap board (`city` member); the programme's shared seminar boards are
 * `seminar` members, and their facilitators coordinate the cohort (approve library items, invite
 * cities). A board keeps its own roles: a cohort adds no access to any board.
 */

/** Longest cohort title, in characters. */
export const MAX_COHORT_TITLE_LENGTH = 120;

/** At most this many boards in one cohort. */
export const MAX_COHORT_MEMBERS = 100;

/** How a board takes part in a cohort. */
export const MEMBER_KINDS = ['city', 'seminar'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

const city = z.string().trim().min(1).max(80);

/** What a board says about its city when it joins (a seminar board has no city). */
export const memberCitySchema = z.strictObject({
	city,
	country: z.string().trim().max(80),
	population: z.enum(POPULATION_BANDS).optional(),
});
export type MemberCity = z.infer<typeof memberCitySchema>;

/** One board of a cohort. */
export interface CohortMember {
	boardId: string;
	kind: MemberKind;
	/** The board's title when it joined (a label; the board's own title may change). */
	title: string;
	/** Empty for a seminar board. */
	city: string;
	country: string;
	population?: MemberCity['population'];
	/** Epoch ms. */
	joinedAt: number;
}

/** A cohort's record, without its members. */
export interface CohortRecord {
	id: string;
	title: string;
	/** Epoch ms. */
	createdAt: number;
	/** Invitation links signed below this generation are refused (re-issue revokes). */
	inviteGeneration: number;
}

/** A cohort as a member board sees it: its record, its boards and the caller's place in it. */
export interface CohortView {
	id: string;
	title: string;
	createdAt: number;
	members: CohortMember[];
	you: {
		boardId: string;
		kind: MemberKind;
		city: string;
		role: Role;
		/** A facilitator of one of the cohort's seminar boards: approves items, invites cities. */
		coordinator: boolean;
	};
}

/** The body of `POST /api/cohorts`: a facilitator makes a cohort with their board in it. */
export const createCohortRequestSchema = z.discriminatedUnion('kind', [
	z.strictObject({
		title: z.string().trim().min(1).max(MAX_COHORT_TITLE_LENGTH),
		kind: z.literal('seminar'),
	}),
	z.strictObject({
		title: z.string().trim().min(1).max(MAX_COHORT_TITLE_LENGTH),
		kind: z.literal('city'),
		member: memberCitySchema,
	}),
]);
export type CreateCohortRequest = z.infer<typeof createCohortRequestSchema>;

/** The body of `POST /api/cohorts/join`: a board's facilitator accepts an invitation. */
export const joinCohortRequestSchema = z.discriminatedUnion('kind', [
	z.strictObject({ invite: z.string().min(1).max(1024), kind: z.literal('seminar') }),
	z.strictObject({
		invite: z.string().min(1).max(1024),
		kind: z.literal('city'),
		member: memberCitySchema,
	}),
]);
export type JoinCohortRequest = z.infer<typeof joinCohortRequestSchema>;

/** An invitation link to a cohort, as its coordinators hand it out. */
export interface CohortInvitation {
	cohortId: string;
	/** The token to give `POST /api/cohorts/join`. */
	invite: string;
	/** The home page with the invitation: `<publicUrl>/?invite=<invite>`. */
	url: string;
	/** Epoch ms. */
	expiresAt: number;
}

/** What `GET /api/invitations/:invite` shows before joining. */
export interface InvitationPreview {
	cohortId: string;
	title: string;
	cities: string[];
	expiresAt: number;
}
