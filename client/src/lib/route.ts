/** The page a URL shows. */
export type Route =
	{ page: 'home' } | { page: 'board'; boardId: string; token: string } | { page: 'notFound' };

const BOARD_PATH = /^\/b\/([^/]+)\/?$/;

/** Reads the route from a path and query string: `/` or `/b/:boardId?token=…`. */
export function parseRoute(pathname: string, search: string): Route {
	if (pathname === '/' || pathname === '/index.html') return { page: 'home' };
	const match = BOARD_PATH.exec(pathname);
	if (match?.[1]) {
		const token = new URLSearchParams(search).get('token') ?? '';
		return { page: 'board', boardId: decodeURIComponent(match[1]), token };
	}
	return { page: 'notFound' };
}
