import type { CardKind } from '@groundwork/protocol';
import type { CardView } from '../../sync/cards.js';
import { cardsInFrame, type FrameView } from '../../sync/frames.js';
import type { GapView } from '../../sync/gaps.js';

/** What a facilitator puts to the vote. */
export type VoteScope =
	| { over: 'all' }
	| { over: 'kind'; kind: CardKind }
	| { over: 'frame'; frameId: string }
	| { over: 'gaps' };

/** The ids of the items a vote over `scope` covers, in board order. [F4] */
export function voteItemIds(
	scope: VoteScope,
	cards: readonly CardView[],
	frames: readonly FrameView[],
	gaps: readonly GapView[],
): string[] {
	switch (scope.over) {
		case 'all':
			return cards.map((card) => card.id);
		case 'kind':
			return cards.filter((card) => card.kind === scope.kind).map((card) => card.id);
		case 'frame': {
			const frame = frames.find((entry) => entry.id === scope.frameId);
			return frame ? cardsInFrame(frame, cards).map((card) => card.id) : [];
		}
		case 'gaps':
			return gaps.map((gap) => gap.id);
	}
}
