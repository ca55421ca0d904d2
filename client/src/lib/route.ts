/** The page a URL shows. */
export type Route =
	| { page: 'home' }
	| { page: 'board'; boardId: string; token: string }
	| { page: 'report'; boardId: string; token: string }
	| { page: 'notFound' };

const BOARD_PATH = /^\/b\/([^/]+)\/?$/;

/**
 * Reads the route from a path and query string: `/`, `/b/:boardId?token=…`, or a board's
 * printable report `/b/:boardId?view=report&token=…`.
 */
export function parseRoute(pathname: string, search: string): Route {
	if (pathname === '/' || pathname === '/index.html') return { page: 'home' };
	const match = BOARD_PATH.exec(pathname);
	if (match?.[1]) {
		const query = new URLSearchParams(search);
		const token = query.get('token') ?? '';
		const boardId = decodeURIComponent(match[1]);
		if (query.get('view') === 'report') return { page: 'report', boardId, token };
		return { page: 'board', boardId, token };
	}
	return { page: 'notFound' };
}
