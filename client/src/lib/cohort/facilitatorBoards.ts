import type { Visit } from '../home/visitedBoards.js';
import { tokenOf } from '../home/visitStatus.js';

/**
 * The boards this browser opened with the facilitator's link: the ones it can add to a cohort
 * from an invitation (joining needs the board's facilitator role; the server checks the token).
 */

/** A board that can join a cohort from here. */
export interface FacilitatorBoard {
	id: string;
	title: string;
	/** The facilitator token it was opened with. */
	token: string;
	/** The cities seen on it, the first a likely default for its city. */
	cities: string[];
}

/**
 * The remembered boards opened as facilitator, most recent first; breakout boards are left out
 * (a city joins with its main board), and so are links without a token.
 */
export function facilitatorBoards(visits: readonly Visit[]): FacilitatorBoard[] {
	return visits.flatMap((visit) => {
		const token = tokenOf(visit);
		if (visit.role !== 'facilitator' || visit.parentId || token === '') return [];
		return [{ id: visit.id, title: visit.title, token, cities: [...visit.cities] }];
	});
}
