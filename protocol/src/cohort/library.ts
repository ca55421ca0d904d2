import { z } from 'zod';
import {
	GAP_CATEGORIES,
	INSPIRED_BY_PATTERN,
	LEVERS,
	REPLICATION_STATUSES,
	isReplicationStatus,
	type ReplicationStatus,
} from '../domain/cardFields.js';
import { SECTORS } from '../domain/sectors.js';
import { STAGES } from '../domain/stages.js';

/**
 * The best-practice library's data model (../shared/DOMAIN.md, "Best-practice library"): what a
 * city's success becomes when it is shared with the cohort. Items are validated here once, for
 * the server's store and the client's forms alike.
 */

/** Cities by population, the way programmes for smaller cities group them. */
export const POPULATION_BANDS = ['under_20k', '20k_50k', '50k_100k', '100k_250k'] as const;
export type PopulationBand = (typeof POPULATION_BANDS)[number];

/** How well a practice's results are backed. */
export const EVIDENCE_LEVELS = ['self_reported', 'peer_reviewed', 'evaluated'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** How hard a practice is to transfer to another city. */
export const DIFFICULTIES = ['low', 'medium', 'high'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Where an item stands in moderation: only approved items are shown to the cohort. */
export const MODERATION_STATUSES = ['draft', 'submitted', 'approved'] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];

export { REPLICATION_STATUSES, isReplicationStatus, type ReplicationStatus };

/** The `inspiredBy` value of a card copied from practice `practiceId` of cohort `cohortId`. */
export function formatInspiredBy(cohortId: string, practiceId: string): string {
	return `${cohortId}/${practiceId}`;
}

/** Reads a card's `inspiredBy` value; undefined when it is absent or malformed. */
export function parseInspiredBy(
	value: unknown,
): { cohortId: string; practiceId: string } | undefined {
	if (typeof value !== 'string' || !INSPIRED_BY_PATTERN.test(value)) return undefined;
	const [cohortId = '', practiceId = ''] = value.split('/');
	return { cohortId, practiceId };
}

const short = z.string().trim().max(200);
const long = z.string().trim().max(10_000);

/** One measured result of a practice. */
export const practiceResultSchema = z.strictObject({
	metric: short.min(1),
	value: z.number().finite(),
	unit: z.string().trim().max(40),
	year: z.number().int().min(1990).max(2100).optional(),
});

/** A city that copied a practice into its board, and how far it got. */
export const replicationSchema = z.strictObject({
	city: short.min(1),
	boardId: z.string().min(1).max(64),
	/** The card on that board that holds the copy. */
	cardId: z.string().min(1).max(64),
	status: z.enum(REPLICATION_STATUSES),
	/** Epoch ms of the last change of status. */
	updatedAt: z.number().finite(),
});

/** What a library item says (what its author fills in, prefilled from the card). */
export const practiceContentSchema = z.strictObject({
	title: short.min(1),
	summary: long,
	origin: z.strictObject({
		city: short.min(1),
		country: short,
		population: z.enum(POPULATION_BANDS).optional(),
	}),
	sectors: z.array(z.enum(SECTORS)).max(SECTORS.length),
	levers: z.array(z.enum(LEVERS)).max(LEVERS.length),
	stage: z.enum(STAGES).optional(),
	/** The gap categories the practice answers: how gaps find it. */
	gapCategories: z.array(z.enum(GAP_CATEGORIES)).max(GAP_CATEGORIES.length),
	context: long,
	whatWasDone: long,
	results: z.array(practiceResultSchema).max(20),
	costRange: short,
	fundingUsed: short,
	timeframe: short,
	partners: short,
	transferability: z.strictObject({
		preconditions: long,
		adaptations: long,
		difficulty: z.enum(DIFFICULTIES).optional(),
	}),
	lessons: long,
	evidenceLevel: z.enum(EVIDENCE_LEVELS),
	contact: short,
	/** Web links only: a `javascript:` or `data:` address is refused. */
	links: z.array(z.url({ protocol: /^https?$/ }).max(2000)).max(20),
	/** The language it is written in (BCP 47, e.g. "hr"). */
	language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
});
export type PracticeContent = z.infer<typeof practiceContentSchema>;

/** A library item as stored: its content, where it came from, moderation and replications. */
export interface Practice extends PracticeContent {
	id: string;
	cohortId: string;
	/** Shown beyond the cohort (the deployment's public library) once approved. */
	published: boolean;
	moderation: ModerationStatus;
	/** The card it was promoted from: a success card, or a resolved gap with its actions. */
	source: { boardId: string; itemId: string; kind: 'card' | 'gap' };
	replications: z.infer<typeof replicationSchema>[];
	createdBy: string;
	/** Epoch ms. */
	createdAt: number;
	updatedAt: number;
}
