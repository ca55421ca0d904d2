import { roleToken } from '../boards/newBoard.js';
import type { BoardRecord } from '../storage/DocStorage.js';
import { boardLink } from '../http/boardLinks.js';

/** Addresses the programme hands out (SPEC [G1], [G5]). */

export function coordinatorUrl(base: string, programmeId: string, token: string): string {
	return `${base}/programmes/${encodeURIComponent(programmeId)}/manage?token=${encodeURIComponent(token)}`;
}

export function publicProgrammeUrl(base: string, programmeId: string): string {
	return `${base}/programmes/${encodeURIComponent(programmeId)}`;
}

export function passUrl(base: string, programmeId: string, pass: string): string {
	return `${base}/programmes/${encodeURIComponent(programmeId)}/enter?pass=${encodeURIComponent(pass)}`;
}

/**
 * A link to `board` with `role`, valid `ttlMs` from `now`, at the role's current link generation
 * (so it works until that role's links are rotated).
 */
export function mintBoardLink(
	base: string,
	board: BoardRecord,
	role: 'facilitator' | 'participant' | 'viewer',
	secret: string,
	ttlMs: number,
	now: number,
): { token: string; url: string } {
	const token = roleToken(board.id, role, secret, ttlMs, now, board.generations[role]);
	return { token, url: boardLink(base, board.id, token) };
}
