import type { BoardInfo } from '@groundwork/protocol';
import { ApiRequestError } from '../api.js';
import type { Visit } from './visitedBoards.js';

/** What the server says of a remembered board now. */
export type VisitStatus =
	| { kind: 'known'; info: BoardInfo }
	/** The link was replaced, has expired, or the board was deleted. */
	| { kind: 'gone'; reason: 'denied' | 'missing' }
	/** The server could not be reached: the list shows what it remembered. */
	| { kind: 'unreachable' };

/** The token in a remembered board's link. */
export function tokenOf(visit: Pick<Visit, 'path'>): string {
	const query = visit.path.indexOf('?');
	return query < 0 ? '' : (new URLSearchParams(visit.path.slice(query)).get('token') ?? '');
}

/** Asks the server about each remembered board, a few at a time; calls `onStatus` per board. */
export async function checkVisits(
	visits: readonly Visit[],
	getBoard: (boardId: string, token: string) => Promise<BoardInfo>,
	onStatus: (id: string, status: VisitStatus) => void,
	parallel = 6,
): Promise<void> {
	const queue = [...visits];
	const worker = async () => {
		for (let visit = queue.shift(); visit; visit = queue.shift()) {
			onStatus(visit.id, await statusOf(visit, getBoard));
		}
	};
	await Promise.all(Array.from({ length: Math.min(parallel, queue.length) }, worker));
}

async function statusOf(
	visit: Visit,
	getBoard: (boardId: string, token: string) => Promise<BoardInfo>,
): Promise<VisitStatus> {
	try {
		return { kind: 'known', info: await getBoard(visit.id, tokenOf(visit)) };
	} catch (error) {
		if (error instanceof ApiRequestError && (error.status === 401 || error.status === 403)) {
			return { kind: 'gone', reason: 'denied' };
		}
		if (error instanceof ApiRequestError && error.status === 404) {
			return { kind: 'gone', reason: 'missing' };
		}
		return { kind: 'unreachable' };
	}
}
