import type { CohortMember } from '@groundwork/protocol';

/** The name a member goes by: its city, or a seminar board's title. */
export function memberName(member: Pick<CohortMember, 'city' | 'title'>): string {
	return member.city || member.title;
}

/** The members as the members tab lists them: city boards by city, then seminar boards by title. */
export function sortedMembers(members: readonly CohortMember[]): CohortMember[] {
	return [...members].sort(
		(a, b) =>
			(a.kind === 'city' ? 0 : 1) - (b.kind === 'city' ? 0 : 1) ||
			memberName(a).localeCompare(memberName(b)) ||
			a.boardId.localeCompare(b.boardId),
	);
}
