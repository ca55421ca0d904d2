import type { Request, Response } from 'express';
import { isBoardId } from '@groundwork/protocol';
import { verifyToken, type TokenClaims } from '../auth/tokens.js';
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
