/** The page a URL shows. */
export type Route =
	| { page: 'home'; invite?: string }
	| { page: 'board'; boardId: string; token: string }
	| { page: 'report'; boardId: string; token: string }
	| { page: 'cohort'; boardId: string; token: string }
	| { page: 'library' }
	| { page: 'programmeNew' }
	| { page: 'programme'; programmeId: string }
	| { page: 'programmeRegistered'; programmeId: string }
	| { page: 'programmeManage'; programmeId: string; token: string }
	| { page: 'programmeEnter'; programmeId: string; pass: string }
	| { page: 'notFound' };

const BOARD_PATH = /^\/b\/([^/]+)\/?$/;
const PROGRAMME_PATH = /^\/programmes\/([^/]+)(?:\/(registered|manage|enter))?\/?$/;

/**
 * Reads the route from a path and query string: `/` (with `?invite=…`, a cohort invitation),
 * `/b/:boardId?token=…`, a board's printable report `/b/:boardId?view=report&token=…`, or the
 * cohort view of a board's city `/b/:boardId?view=cohort&token=…`, or the deployment's public
 * library of best practices `/library` (no token); a programme (issue 11): `/programmes/new`, its
 * public page `/programmes/:id`, the confirmation after registering `/programmes/:id/registered`,
 * the coordinators' page `/programmes/:id/manage?token=…` and an invitation link
 * `/programmes/:id/enter?pass=…`.
 */
export function parseRoute(pathname: string, search: string): Route {
	if (pathname === '/' || pathname === '/index.html') {
		const invite = new URLSearchParams(search).get('invite');
		return invite ? { page: 'home', invite } : { page: 'home' };
	}
	if (pathname === '/library' || pathname === '/library/') return { page: 'library' };
	const programme = parseProgrammeRoute(pathname, search);
	if (programme) return programme;
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

function parseProgrammeRoute(pathname: string, search: string): Route | undefined {
	if (pathname === '/programmes/new' || pathname === '/programmes/new/') {
		return { page: 'programmeNew' };
	}
	const match = PROGRAMME_PATH.exec(pathname);
	if (!match?.[1]) return undefined;
	const programmeId = decodeURIComponent(match[1]);
	const query = new URLSearchParams(search);
	switch (match[2]) {
		case 'registered':
			return { page: 'programmeRegistered', programmeId };
		case 'manage':
			return { page: 'programmeManage', programmeId, token: query.get('token') ?? '' };
		case 'enter':
			return { page: 'programmeEnter', programmeId, pass: query.get('pass') ?? '' };
		default:
			return { page: 'programme', programmeId };
	}
}
