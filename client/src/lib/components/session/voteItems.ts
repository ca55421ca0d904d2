import type { PublicVote } from '@groundwork/protocol';
import type { CardView } from '../../sync/cards.js';
import type { GapView } from '../../sync/gaps.js';
import { t } from '../../i18n/i18n.js';
import { cardLabel } from '../../i18n/labels.js';

/** A card's or gap's name in vote lists: its text (shortened), else what it is. */
export function voteItemLabel(
	vote: Pick<PublicVote, 'target'>,
	id: string,
	cards: readonly CardView[],
	gaps: readonly GapView[],
): string {
	if (vote.target === 'gaps') {
		const gap = gaps.find((entry) => entry.id === id);
		return gap?.title.toString().trim().slice(0, 80) || t('gaps.untitled');
	}
	const card = cards.find((entry) => entry.id === id);
	if (!card) return t('link.missingCard');
	return card.text.toString().trim().slice(0, 80) || cardLabel(card.kind, card.city);
}

/** How many votes one has left in a vote, given one's ballot. */
export function votesLeft(vote: PublicVote, ballot: Record<string, number>): number {
	const used = Object.values(ballot).reduce((sum, votes) => sum + votes, 0);
	return Math.max(0, vote.votesPerPerson - used);
}

/** A revealed vote's items, most votes first (ties in the vote's order). */
export function rankedResults(vote: PublicVote): { id: string; votes: number }[] {
	const totals = vote.totals ?? {};
	return vote.itemIds
		.map((id, index) => ({ id, votes: totals[id] ?? 0, index }))
		.sort((a, b) => b.votes - a.votes || a.index - b.index)
		.map(({ id, votes }) => ({ id, votes }));
}
