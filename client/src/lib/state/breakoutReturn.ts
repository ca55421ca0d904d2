/**
 * Where to come back to from a breakout room [F9]: the page one left for the room, remembered
 * per breakout board in this tab's `sessionStorage` (so the end of the breakouts brings back
 * participants, who have no main-board link of their own, and facilitators visiting a room).
 */

/** The `sessionStorage` key prefix; the breakout board's id follows it. */
export const BREAKOUT_RETURN_KEY_PREFIX = 'groundwork.breakoutReturn.';

/** The `sessionStorage` key of the way back from breakout board `breakoutBoardId`. */
export function breakoutReturnKey(breakoutBoardId: string): string {
	return `${BREAKOUT_RETURN_KEY_PREFIX}${breakoutBoardId}`;
}

/** The page of board `boardId` opened with `token` (`/b/:boardId?token=…`). */
export function boardPath(boardId: string, token: string): string {
	return `/b/${encodeURIComponent(boardId)}?token=${encodeURIComponent(token)}`;
}

/** Only a board page of this site is a way back (never another origin, `//host`, `javascript:`). */
function isBoardPath(path: string): boolean {
	return /^\/b\/[^/?#]+\/?(?:[?#]|$)/.test(path);
}

function defaultStorage(): Storage | undefined {
	try {
		return globalThis.sessionStorage;
	} catch {
		return undefined;
	}
}

/**
 * Remembers `returnPath` (a board page of this site: path and query) as the way back from
 * breakout board `breakoutBoardId`; anything else is ignored. Silently skipped when storage is
 * unavailable: the end of the breakouts then leaves one in the room with a message.
 */
export function rememberBreakoutReturn(
	breakoutBoardId: string,
	returnPath: string,
	storage = defaultStorage(),
): void {
	if (!isBoardPath(returnPath)) return;
	try {
		storage?.setItem(breakoutReturnKey(breakoutBoardId), returnPath);
	} catch {
		// Private mode or quota: there is simply no way back remembered.
	}
}

/** The way back from breakout board `breakoutBoardId`, or null when none was remembered. */
export function loadBreakoutReturn(
	breakoutBoardId: string,
	storage = defaultStorage(),
): string | null {
	try {
		const path = storage?.getItem(breakoutReturnKey(breakoutBoardId));
		return path && isBoardPath(path) ? path : null;
	} catch {
		return null;
	}
}

/**
 * Whether a `breakout:go` to `targetBoardId` moves one away from `currentBoardId` (not when one
 * is already on the room's board).
 */
export function isBreakoutMove(currentBoardId: string, targetBoardId: string): boolean {
	return targetBoardId !== '' && targetBoardId !== currentBoardId;
}
