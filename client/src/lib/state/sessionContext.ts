import { getContext, setContext } from 'svelte';
import type { BoardSession } from './BoardSession.svelte.js';

const KEY = Symbol('groundwork.boardSession');

/** Makes the open board's session available to the components below (voting on items). */
export function setBoardSession(session: BoardSession): void {
	setContext(KEY, session);
}

/** The open board's session, when inside a board page. */
export function boardSession(): BoardSession | undefined {
	return getContext<BoardSession | undefined>(KEY);
}
