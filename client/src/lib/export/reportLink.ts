/**
 * The seminar report's address: the board's page with `view=report`. The token comes in the
 * query like a board link's, and the report page then takes it out of the address bar (kept in
 * this tab's `sessionStorage` for a reload), because browsers print the address in a page's
 * header or footer and a saved PDF must never carry a token.
 */

/** The `sessionStorage` key prefix; the board's id follows it. */
export const REPORT_TOKEN_KEY_PREFIX = 'groundwork.reportToken.';

/** The report of board `boardId`, with `token` when given. */
export function reportPath(boardId: string, token?: string): string {
	const query = new URLSearchParams({ view: 'report' });
	if (token) query.set('token', token);
	return `/b/${encodeURIComponent(boardId)}?${query.toString()}`;
}

function defaultStorage(): Storage | undefined {
	try {
		return globalThis.sessionStorage;
	} catch {
		return undefined;
	}
}

/**
 * The token to read the report with: `fromAddress` when the address has one (remembered for
 * this tab), else the one remembered, else an empty string.
 */
export function reportToken(
	boardId: string,
	fromAddress: string,
	storage: Storage | undefined = defaultStorage(),
): string {
	const key = `${REPORT_TOKEN_KEY_PREFIX}${boardId}`;
	try {
		if (fromAddress) storage?.setItem(key, fromAddress);
		return fromAddress || (storage?.getItem(key) ?? '');
	} catch {
		return fromAddress;
	}
}
