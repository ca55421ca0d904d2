/**
 * The cohort view's address: the board's page with `view=cohort` (and `cohort=<id>` when one of
 * several cohorts is chosen). The token comes in the query like a board link's; the page then
 * takes it out of the address bar (kept in this tab's `sessionStorage` for a reload), so that
 * the address people copy to share the view never hands out their board's access.
 */

/** The `sessionStorage` key prefix; the board's id follows it. */
export const COHORT_TOKEN_KEY_PREFIX = 'groundwork.cohortToken.';

/** The cohort view of board `boardId`, for cohort `cohortId` and with `token` when given. */
export function cohortPagePath(boardId: string, cohortId?: string, token?: string): string {
	const query = new URLSearchParams({ view: 'cohort' });
	if (cohortId) query.set('cohort', cohortId);
	if (token) query.set('token', token);
	return `/b/${encodeURIComponent(boardId)}?${query.toString()}`;
}

/** The cohort asked for in a query string (`?cohort=<id>`), or undefined. */
export function requestedCohort(search: string): string | undefined {
	return new URLSearchParams(search).get('cohort') || undefined;
}

function defaultStorage(): Storage | undefined {
	try {
		return globalThis.sessionStorage;
	} catch {
		return undefined;
	}
}

/**
 * The token to act with: `fromAddress` when the address has one (remembered for this tab),
 * else the one remembered, else an empty string.
 */
export function cohortToken(
	boardId: string,
	fromAddress: string,
	storage: Storage | undefined = defaultStorage(),
): string {
	const key = `${COHORT_TOKEN_KEY_PREFIX}${boardId}`;
	try {
		if (fromAddress) storage?.setItem(key, fromAddress);
		return fromAddress || (storage?.getItem(key) ?? '');
	} catch {
		return fromAddress;
	}
}
