import type { GapCategory, Severity } from '../domain/cardFields.js';
import type { SectorId } from '../domain/sectors.js';
import type { StageId } from '../domain/stages.js';
import type { Practice } from './library.js';

/**
 * Which library items answer a gap (issue 8, "Suggestions"): an item must answer the gap's
 * category; one that also fits its sector and stage, has been implemented elsewhere and is
 * better evidenced comes first. Only approved items are ever suggested.
 */

/** What matching needs of a gap. */
export interface GapToMatch {
	category?: GapCategory;
	sector?: SectorId | 'cross_cutting';
	stage?: StageId;
	severity?: Severity;
}

/** A suggested item with why it was suggested. */
export interface PracticeMatch {
	practice: Practice;
	score: number;
	reasons: ('category' | 'sector' | 'stage' | 'implemented' | 'evidence')[];
}

const EVIDENCE_SCORE = { self_reported: 0, peer_reviewed: 1, evaluated: 2 } as const;

/** The approved items that answer `gap`, best first (ties by title). */
export function matchPractices(gap: GapToMatch, practices: readonly Practice[]): PracticeMatch[] {
	if (!gap.category) return [];
	const category = gap.category;
	const matches: PracticeMatch[] = [];
	for (const practice of practices) {
		if (practice.moderation !== 'approved') continue;
		if (!practice.gapCategories.includes(category)) continue;
		const reasons: PracticeMatch['reasons'] = ['category'];
		let score = 10;
		if (gap.sector && gap.sector !== 'cross_cutting' && practice.sectors.includes(gap.sector)) {
			score += 4;
			reasons.push('sector');
		}
		if (gap.stage && practice.stage === gap.stage) {
			score += 2;
			reasons.push('stage');
		}
		if (practice.replications.some((r) => r.status === 'implemented')) {
			score += 2;
			reasons.push('implemented');
		}
		const evidence = EVIDENCE_SCORE[practice.evidenceLevel];
		if (evidence > 0) {
			score += evidence;
			reasons.push('evidence');
		}
		matches.push({ practice, score, reasons });
	}
	return matches.sort(
		(a, b) => b.score - a.score || a.practice.title.localeCompare(b.practice.title),
	);
}
