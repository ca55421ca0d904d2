import { getContext, setContext } from 'svelte';
import type { BoardCohorts } from './boardCohorts.svelte.js';

const KEY = Symbol('groundwork.boardCohorts');

/** Makes the open board's cohorts available to the components below (details, gap list). */
export function setBoardCohorts(cohorts: BoardCohorts): void {
	setContext(KEY, cohorts);
}

/** The open board's cohorts, when inside a board page. */
export function boardCohorts(): BoardCohorts | undefined {
	return getContext<BoardCohorts | undefined>(KEY);
}
