import { z } from 'zod';
import { GAP_CATEGORIES, LEVERS, type GapCategory } from '../domain/cardFields.js';
import type { GapStatus } from '../domain/gapFields.js';
import { SECTORS } from '../domain/sectors.js';
import { STAGES } from '../domain/stages.js';
import type { ActionCounts, ComparedGap, GapMatrix, SharedGap } from './comparison.js';
import {
	MODERATION_STATUSES,
	POPULATION_BANDS,
	practiceContentSchema,
	type Practice,
} from './library.js';
import type { PracticeMatch } from './matching.js';

/**
 * The library's and the comparison's HTTP bodies and answers (issue 8; protocol/README.md,
 * "Across cities"). Every route but the public library acts for the board of the caller's token.
 */

/** Where a library item is promoted from: a success card, or a resolved gap with its actions. */
export const practiceSourceSchema = z.strictObject({
	kind: z.enum(['card', 'gap']),
	itemId: z.string().min(1).max(64),
});

/** The body of `POST /api/cohorts/:id/library`: content overrides the prefill from the source. */
export const promoteRequestSchema = z.strictObject({
	source: practiceSourceSchema,
	content: practiceContentSchema.partial().optional(),
	/** Submit for approval at once rather than keep a draft. */
	submit: z.boolean().optional(),
});
export type PromoteRequest = z.infer<typeof promoteRequestSchema>;

/**
 * A change of a library item's content: the fields given replace the item's (the origin and the
 * transferability whole, so leaving out their population or difficulty clears it), and `stage:
 * null` clears the stage.
 */
export const practiceChangesSchema = practiceContentSchema
	.partial()
	.extend({ stage: z.enum(STAGES).nullable().optional() });
export type PracticeChanges = z.infer<typeof practiceChangesSchema>;

/** The body of `PATCH /api/cohorts/:id/library/:practiceId`. */
export const updatePracticeRequestSchema = z
	.strictObject({
		content: practiceChangesSchema.optional(),
		moderation: z.enum(MODERATION_STATUSES).optional(),
		published: z.boolean().optional(),
	})
	.refine((body) => Object.values(body).some((value) => value !== undefined), {
		message: 'give content, moderation or published',
	});
export type UpdatePracticeRequest = z.infer<typeof updatePracticeRequestSchema>;

/** The filters of `GET /api/cohorts/:id/library` and `GET /api/library` (query parameters). */
export const libraryQuerySchema = z.strictObject({
	q: z.string().trim().max(200).optional(),
	sector: z.enum(SECTORS).optional(),
	lever: z.enum(LEVERS).optional(),
	stage: z.enum(STAGES).optional(),
	category: z.enum(GAP_CATEGORIES).optional(),
	population: z.enum(POPULATION_BANDS).optional(),
});
export type LibraryQuery = z.infer<typeof libraryQuerySchema>;

/** A library item as the caller sees it: what it may do with it, replications read live. */
export interface PracticeView extends Practice {
	/** The caller's board is the item's source board and may edit it (while not approved). */
	mine: boolean;
	canEdit: boolean;
	/** The caller coordinates the cohort: approves, returns, publishes. */
	canModerate: boolean;
	/** The caller's board already holds a copy: its card id. */
	copiedAs?: string;
}

/** The answer of the library routes. */
export interface LibraryAnswer {
	items: PracticeView[];
}

/** The answer of `POST /api/cohorts/:id/library/:practiceId/copies`. */
export interface CopyAnswer {
	cardId: string;
	boardId: string;
}

/** A resolved gap of another city like the caller's, from the suggestions. */
export interface PeerGap {
	city: string;
	boardId: string;
	gapId: string;
	title: string;
	category?: GapCategory;
	sector?: string;
	status?: GapStatus;
	/** What the city did: the titles of the actions that address it. */
	actions: string[];
}

/** The answer of `GET /api/cohorts/:id/suggestions?gap=<gapId>`. */
export interface SuggestionsAnswer {
	practices: PracticeMatch[];
	peers: PeerGap[];
}

/** One city of the comparison. */
export interface ComparedCity {
	city: string;
	boardId: string;
	title: string;
	/** The caller's own board: a click-through link opens it. */
	mine: boolean;
}

/** The answer of `GET /api/cohorts/:id/comparison`: only gaps the caller may see. */
export interface ComparisonAnswer {
	cities: ComparedCity[];
	gaps: ComparedGap[];
	matrix: GapMatrix;
	shared: SharedGap[];
	/** City -> "stage/sector" -> actions planned, in progress and completed. */
	progress: Record<string, Record<string, ActionCounts>>;
}

/** What a cohort's event stream says changed (`GET /api/cohorts/:id/events`, SSE `change`). */
export interface CohortChange {
	what: 'board' | 'library' | 'members';
	boardId?: string;
}
