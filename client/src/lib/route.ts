/** The page a URL shows. */
export type Route =
	| { page: 'home'; invite?: string }
	| { page: 'board'; boardId: string; token: string }
	| { page: 'report'; boardId: string; token: string }
	| { page: 'cohort'; boardId: string; token: string }
	| { page: 'library' }
	| { page: 'notFound' };

const BOARD_PATH = /^\/b\/([^/]+)\/?$/;

/**
 * Reads the route from a path and query string: `/` (with `?invite=…`, a cohort invitation),
 * `/b/:boardId?token=…`, a board's printable report `/b/:boardId?view=report&token=…`, or the
 * cohort view of a board's city `/b/:boardId?view=cohort&token=…`, or the deployment's public
 * library of best practices `/library` (no token).
 */
export function parseRoute(pathname: string, search: string): Route {
	if (pathname === '/' || pathname === '/index.html') {
		const invite = new URLSearchParams(search).get('invite');
		return invite ? { page: 'home', invite } : { page: 'home' };
	}
	if (pathname === '/library' || pathname === '/library/') return { page: 'library' };
	const match = BOARD_PATH.exec(pathname);
	if (match?.[1]) {
		const query = new URLSearchParams(search);
		const token = query.get('token') ?? '';
		const boardId = decodeURIComponent(match[1]);
		if (query.get('view') === 'report') return { page: 'report', boardId, token };
		if (query.get('view') === 'cohort') return { page: 'cohort', boardId, token };
		return { page: 'board', boardId, token };
	}
	return { page: 'notFound' };
}
