import type { GapVisibility } from '../domain/gapFields.js';

/**
 * Who may see a gap beyond its board (issue 8, "Respect gap visibility"): `city` gaps never
 * leave their city; `cohort` gaps are seen by the cities of the board's cohort; `public` gaps by
 * anyone. A gap without a visibility counts as `city`: nothing is shared by accident.
 */

/** Who is looking: their city, and the cohorts they belong to (none for an outsider). */
export interface Viewer {
	city: string;
	cohorts: readonly string[];
}

/** Where a gap lives: its owner city and the cohort of its board (if any). */
export interface GapPlace {
	ownerCity: string;
	cohortId: string | null;
	visibility: GapVisibility | undefined;
}

function sameCity(a: string, b: string): boolean {
	return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase() && a.trim() !== '';
}

/** True when `viewer` may see a gap placed as `gap`. */
export function canSeeGap(viewer: Viewer, gap: GapPlace): boolean {
	if (sameCity(viewer.city, gap.ownerCity)) return true;
	const visibility = gap.visibility ?? 'city';
	if (visibility === 'public') return true;
	if (visibility === 'cohort')
		return gap.cohortId !== null && viewer.cohorts.includes(gap.cohortId);
	return false;
}

/** The gaps of `gaps` that `viewer` may see, in order. */
export function visibleGaps<G extends GapPlace>(viewer: Viewer, gaps: readonly G[]): G[] {
	return gaps.filter((gap) => canSeeGap(viewer, gap));
}
