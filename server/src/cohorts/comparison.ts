import {
	canSeeGap,
	gapMatrix,
	matchPractices,
	roadmapProgress,
	sharedGaps,
	type CohortMember,
	type ComparedAction,
	type ComparedGap,
	type ComparisonAnswer,
	type DigestGap,
	type PeerGap,
	type Practice,
	type SuggestionsAnswer,
	type Viewer,
} from '@groundwork/protocol';
import type { BoardDigests } from './BoardDigests.js';
import type { MemberCaller } from './Caller.js';
import { CohortError } from './CohortError.js';

/**
 * The cohort's comparison and a gap's suggestions (issue 8), built from the member boards read
 * live. Visibility is applied here, on the server, before anything is sent: a `city` gap is seen
 * only by its own city, a `cohort` gap by the cohort's members, whatever the caller's role.
 */

/** The city a gap of `member`'s board belongs to: the board's city, or (seminar) its author's. */
function ownerCity(member: CohortMember, gap: DigestGap): string {
	return member.kind === 'city' ? member.city : gap.city;
}

function viewerOf(caller: MemberCaller, cohortId: string): Viewer {
	return { city: caller.member.city, cohorts: [cohortId] };
}

function visible(
	caller: MemberCaller,
	cohortId: string,
	member: CohortMember,
	gap: DigestGap,
): boolean {
	return canSeeGap(viewerOf(caller, cohortId), {
		ownerCity: ownerCity(member, gap),
		cohortId,
		visibility: gap.visibility,
	});
}

/** Every city's gaps (those the caller may see), the matrix, shared gaps and progress. [K8] */
export async function buildComparison(
	caller: MemberCaller,
	cohortId: string,
	members: readonly CohortMember[],
	digests: BoardDigests,
	titles: (boardId: string) => Promise<string | undefined>,
): Promise<ComparisonAnswer> {
	const gaps: ComparedGap[] = [];
	const actions: ComparedAction[] = [];
	const cities: ComparisonAnswer['cities'] = [];
	for (const member of members) {
		const digest = await digests.get(member.boardId);
		if (!digest) continue;
		if (member.kind === 'city') {
			cities.push({
				city: member.city,
				boardId: member.boardId,
				title: (await titles(member.boardId)) ?? member.title,
				mine: member.boardId === caller.board.id,
			});
		}
		for (const gap of digest.gaps) {
			if (!visible(caller, cohortId, member, gap)) continue;
			gaps.push({
				city: ownerCity(member, gap),
				boardId: member.boardId,
				gapId: gap.id,
				title: gap.title ?? '',
				...(gap.category ? { category: gap.category } : {}),
				...(gap.sector ? { sector: gap.sector } : {}),
				...(gap.severity ? { severity: gap.severity } : {}),
				resolved: gap.status === 'resolved',
			});
		}
		for (const card of digest.cards) {
			if (card.kind !== 'action') continue;
			actions.push({
				city: member.kind === 'city' ? member.city : card.city,
				...(card.stage ? { stage: card.stage } : {}),
				...(card.sector ? { sector: card.sector } : {}),
				...(card.status ? { status: card.status } : {}),
			});
		}
	}
	return {
		cities,
		gaps,
		matrix: gapMatrix(gaps),
		shared: sharedGaps(gaps),
		progress: roadmapProgress(actions),
	};
}

/**
 * For one gap of the caller's board: the approved items that answer it, and the other cities'
 * resolved gaps of the same category (and sector, when both have one) with what they did. [K9]
 */
export async function buildSuggestions(
	caller: MemberCaller,
	cohortId: string,
	gapId: string,
	members: readonly CohortMember[],
	practices: readonly Practice[],
	digests: BoardDigests,
): Promise<SuggestionsAnswer> {
	const own = await digests.get(caller.board.id);
	const gap = own?.gaps.find((entry) => entry.id === gapId);
	if (!gap) throw new CohortError(404, 'not_found', 'Your board has no gap with this id.');
	const matches = matchPractices(
		{
			...(gap.category ? { category: gap.category } : {}),
			...(gap.sector ? { sector: gap.sector } : {}),
			...(gap.stage ? { stage: gap.stage } : {}),
			...(gap.severity ? { severity: gap.severity } : {}),
		},
		practices,
	);
	const peers: PeerGap[] = [];
	if (gap.category) {
		for (const member of members) {
			if (member.boardId === caller.board.id) continue;
			const digest = await digests.get(member.boardId);
			if (!digest) continue;
			for (const other of digest.gaps) {
				if (other.category !== gap.category || other.status !== 'resolved') continue;
				if (gap.sector && other.sector && gap.sector !== other.sector) continue;
				if (!visible(caller, cohortId, member, other)) continue;
				const titles = other.actionIds
					.map((id) => digest.cards.find((card) => card.id === id)?.text.split('\n')[0] ?? '')
					.filter((title) => title !== '');
				peers.push({
					city: ownerCity(member, other),
					boardId: member.boardId,
					gapId: other.id,
					title: other.title ?? '',
					category: other.category,
					...(other.sector ? { sector: other.sector } : {}),
					status: other.status,
					actions: titles,
				});
			}
		}
	}
	return { practices: matches, peers };
}
