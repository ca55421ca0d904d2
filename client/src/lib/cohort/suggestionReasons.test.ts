import { describe, expect, it } from 'vitest';
import type { Practice, PracticeMatch } from '@groundwork/protocol';
import { suggestionReasons } from './suggestionReasons.js';

function match(reasons: PracticeMatch['reasons'], practice: Partial<Practice> = {}): PracticeMatch {
	return {
		score: 10,
		reasons,
		practice: {
			evidenceLevel: 'peer_reviewed',
			replications: [
				{ city: 'Tartu', boardId: 'b1', cardId: 'c1', status: 'implemented', updatedAt: 1 },
				{ city: 'Tartu', boardId: 'b1', cardId: 'c2', status: 'implemented', updatedAt: 1 },
				{ city: 'Lund', boardId: 'b2', cardId: 'c3', status: 'adapting', updatedAt: 1 },
			],
			...practice,
		} as Practice,
	};
}

describe('why a practice is suggested for a gap', () => {
	it('says each reason in words, with the gap’s category, sector and stage', () => {
		const reasons = suggestionReasons(
			match(['category', 'sector', 'stage', 'implemented', 'evidence']),
			{ category: 'skills_capacity', sector: 'buildings', stage: 'enabling' },
		);
		expect(reasons).toEqual([
			'Answers gaps of Skills & capacity',
			'Same sector: Buildings',
			'Same stage: Enabling & Deep Dive',
			'Implemented in 1 other city',
			'Evidence: Peer-reviewed',
		]);
	});

	it('leaves out a reason it cannot name', () => {
		expect(suggestionReasons(match(['sector', 'stage']), { sector: 'cross_cutting' })).toEqual([]);
	});
});
