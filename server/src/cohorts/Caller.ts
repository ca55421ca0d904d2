import { can, type CohortMember, type Role } from '@groundwork/protocol';
import { tokenBoardId } from '../auth/tokens.js';
import type { BoardAccess } from '../boards/BoardAccess.js';
import type { BoardRecord } from '../storage/DocStorage.js';
import { CohortError } from './CohortError.js';

/**
 * Who calls a cohort route: the board of their token and their role on it (issue 8). A cohort
 * adds no access to any board: the caller acts only for this board, with this role.
 */
export interface Caller {
	board: BoardRecord;
	role: Role;
	/** The link generation the token was signed at (to watch for its revocation). */
	generation: number;
	/** When the token expires (epoch ms): an event stream opened with it ends then. [T7] */
	expiresAt: number;
}

/** The caller as a member of one cohort. */
export interface MemberCaller extends Caller {
	member: CohortMember;
	/** A facilitator of one of the cohort's seminar boards. */
	coordinator: boolean;
}

/** Admits a board token for the board it names (MAC, expiry, link generation, existence). */
export async function admitCaller(access: BoardAccess, token: string | undefined): Promise<Caller> {
	if (!token) {
		throw new CohortError(
			401,
			'unauthorized',
			'A board token is required (Authorization: Bearer).',
		);
	}
	const boardId = tokenBoardId(token);
	const verdict = boardId ? await access.admit(token, boardId) : undefined;
	if (verdict?.ok) {
		return {
			board: verdict.board,
			role: verdict.claims.role,
			generation: verdict.claims.generation,
			expiresAt: verdict.claims.expiresAt,
		};
	}
	if (verdict?.error === 'revoked') {
		throw new CohortError(
			401,
			'revoked',
			'This link was revoked: ask a facilitator for the new one.',
		);
	}
	if (verdict?.error === 'not_found') {
		throw new CohortError(404, 'not_found', 'The board of this token no longer exists.');
	}
	throw new CohortError(401, 'unauthorized', 'The token is invalid or expired.');
}

/** The caller's place in a cohort with these members; 403 `not_member` when it has none. */
export function asMember(caller: Caller, members: readonly CohortMember[]): MemberCaller {
	const member = members.find((entry) => entry.boardId === caller.board.id);
	if (!member) {
		throw new CohortError(403, 'not_member', 'Your board is not in this cohort.');
	}
	const coordinator = member.kind === 'seminar' && can(caller.role, 'facilitate');
	return { ...caller, member, coordinator };
}

/** Refuses a caller whose role may not edit (viewers). */
export function requireEditor(caller: Caller): void {
	if (!can(caller.role, 'editContent')) {
		throw new CohortError(403, 'forbidden', 'Viewers cannot change the library or the board.');
	}
}

/** Refuses a caller who is not a facilitator of their board. */
export function requireFacilitator(caller: Caller): void {
	if (!can(caller.role, 'facilitate')) {
		throw new CohortError(403, 'forbidden', 'Only the board’s facilitators can do this.');
	}
}

/** Refuses a caller who does not coordinate the cohort. */
export function requireCoordinator(caller: MemberCaller): void {
	if (!caller.coordinator) {
		throw new CohortError(
			403,
			'forbidden',
			'Only the facilitators of the cohort’s seminar boards can do this.',
		);
	}
}
