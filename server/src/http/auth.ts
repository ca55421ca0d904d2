import type { Request, RequestHandler, Response } from 'express';
import { isBoardId } from '@groundwork/protocol';
import { verifyToken, type TokenClaims } from '../auth/tokens.js';
import type { AccessVerdict, BoardAccess } from '../boards/BoardAccess.js';
import { sendError } from './errors.js';

/** The token of a request: `Authorization: Bearer TOKEN` or `?token=TOKEN`. [H2] */
export function bearerToken(req: Request): string | undefined {
	const header = req.get('authorization');
	if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
	const query = req.query['token'];
	return typeof query === 'string' ? query : undefined;
}

/**
 * The claims of the request's token for board `boardId`, or undefined once it has answered
 * `401` (no token, or one that is forged, expired or for another board). [H2]
 */
export function boardClaims(
	req: Request,
	res: Response,
	boardId: string,
	secret: string,
): TokenClaims | undefined {
	const token = bearerToken(req);
	if (!token) {
		sendError(res, 401, 'unauthorized', 'A token is required (Authorization: Bearer or ?token=).');
		return undefined;
	}
	const verdict = isBoardId(boardId) ? verifyToken(token, boardId, secret) : undefined;
	if (!verdict?.ok) {
		sendError(res, 401, 'unauthorized', 'The token is invalid, expired or for another board.');
		return undefined;
	}
	return verdict.claims;
}

function sendRevoked(res: Response): void {
	sendError(
		res,
		401,
		'revoked',
		'This link was revoked: a facilitator replaced it with a new one. Ask them for the new link.',
	);
}

/**
 * The request's access to board `boardId` (token as in `boardClaims`, then the board's record
 * and the token's link generation), or undefined once it has answered `401` (`unauthorized`,
 * or `revoked` for a rotated link) or `404`. [H2], [T6]
 */
export async function boardAccess(
	req: Request,
	res: Response,
	boardId: string,
	access: BoardAccess,
): Promise<(AccessVerdict & { ok: true }) | undefined> {
	const token = bearerToken(req);
	if (!token) {
		sendError(res, 401, 'unauthorized', 'A token is required (Authorization: Bearer or ?token=).');
		return undefined;
	}
	const verdict: AccessVerdict = isBoardId(boardId)
		? await access.admit(token, boardId)
		: { ok: false, error: 'malformed' };
	if (verdict.ok) return verdict;
	if (verdict.error === 'revoked') sendRevoked(res);
	else if (verdict.error === 'not_found') {
		sendError(res, 404, 'not_found', 'There is no board with this id.');
	} else sendError(res, 401, 'unauthorized', 'The token is invalid, expired or for another board.');
	return undefined;
}

/**
 * Mounted on `/api/boards/:id` before every board route: answers `401` `revoked` for a token
 * whose link was rotated away, and leaves every other case (no token, a bad one, an unknown
 * board) to the route's own check (`boardClaims`), which needs no catalog. [T6]
 */
export function refuseRevokedTokens(access: BoardAccess): RequestHandler {
	return async (req, res, next) => {
		const boardId = req.params['id'];
		const token = bearerToken(req);
		if (!token || typeof boardId !== 'string' || !isBoardId(boardId)) {
			next();
			return;
		}
		const verdict = await access.admit(token, boardId);
		if (!verdict.ok && verdict.error === 'revoked') sendRevoked(res);
		else next();
	};
}
