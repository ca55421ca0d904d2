import { z } from 'zod';
import type { ChangeSummary } from './versionDiff.js';

/**
 * A board's versions (SPEC.md [V1]-[V4]): snapshots of its document taken automatically or by
 * hand, listed with what changed since the one before. Stored apart from the live board and
 * loaded on demand.
 */

/** Why a version was taken. */
export const VERSION_TRIGGERS = [
	/** Saved by hand by a facilitator, with a name. */
	'named',
	/** The agenda moved to another phase. */
	'phase',
	/** Breakouts ended and their cards came back. */
	'breakouts',
	/** Just before a restore, so the restore can be taken back. */
	'restore',
	/** A few minutes after changes began. */
	'activity',
] as const;
export type VersionTrigger = (typeof VERSION_TRIGGERS)[number];

/** Longest name of a version. */
export const MAX_VERSION_LABEL = 120;
/** Most automatic versions kept per board (the oldest go first); named ones are all kept. */
export const MAX_AUTO_VERSIONS = 200;

/** Someone who changed the board. */
export interface Editor {
	name: string;
	city: string;
}

/** Most editors listed with one version. */
export const MAX_VERSION_EDITORS = 50;

/** One version as listed. */
export interface VersionInfo {
	id: string;
	/** Epoch milliseconds. */
	at: number;
	trigger: VersionTrigger;
	/** The name given by hand, or what the trigger says ("Phase: Localisation"). */
	label: string;
	/** Who caused it (the facilitator who saved it, moved the phase or restored); "" for activity. */
	author: string;
	/** What changed since the version before (all of the board for the first one). */
	summary: ChangeSummary;
	/**
	 * Who changed the board on this instance since the version before, as their presence named
	 * them (name and city), in the order they first did; absent in versions from before it was
	 * recorded.
	 */
	editors?: Editor[];
	/** Size of the stored snapshot, in bytes. */
	bytes: number;
}

/** `GET /api/boards/:id/versions`. */
export interface VersionList {
	versions: VersionInfo[];
}

/** `POST /api/boards/:id/versions`: a named version. */
export const saveVersionSchema = z.strictObject({
	label: z.string().trim().min(1).max(MAX_VERSION_LABEL),
	author: z.string().trim().max(80).optional(),
});
export type SaveVersionRequest = z.infer<typeof saveVersionSchema>;

const ids = z.array(z.string().min(1).max(200)).max(2000);

/**
 * `POST /api/boards/:id/versions/:version/restore`: without `cards` and `gaps`, the whole
 * version (facilitators); with them, those deleted cards and gaps (anyone who edits).
 */
export const restoreRequestSchema = z.strictObject({
	cards: ids.optional(),
	gaps: ids.optional(),
	author: z.string().trim().max(80).optional(),
});
export type RestoreRequest = z.infer<typeof restoreRequestSchema>;

/** The answer to a restore. */
export interface RestoreResult {
	/** The version taken just before the restore (restore it to take the restore back). */
	before: VersionInfo | null;
	/** Entries changed (whole version), or the cards, gaps and links brought back. */
	changed: number;
}
