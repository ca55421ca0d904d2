import { Router, type Request, type Response } from 'express';
import {
	can,
	parseRotateLinksRequest,
	parseUpdateBoardRequest,
	type LinksRotated,
} from '@groundwork/protocol';
import type { AccessVerdict, BoardAccess } from '../boards/BoardAccess.js';
import type { BoardAdmin } from '../boards/BoardAdmin.js';
import { roleToken } from '../boards/newBoard.js';
import { boardAccess } from './auth.js';
import { baseUrl, boardLink } from './boardLinks.js';
import type { Storage } from '../storage/DocStorage.js';
import { boardInfo } from './boardInfo.js';
import { sendError } from './errors.js';

/** What the board administration API is built from. */
export interface BoardAdminRouterDeps {
	access: BoardAccess;
	admin: BoardAdmin;
	storage: Storage;
	secret: string;
	tokenTtlMs: number;
	publicUrl: string | undefined;
}

type Admitted = AccessVerdict & { ok: true };

/** The caller's access when it is a facilitator's; else undefined, once answered 401/403/404. */
async function facilitator(
	req: Request<{ id: string }>,
	res: Response,
	access: BoardAccess,
): Promise<Admitted | undefined> {
	const admitted = await boardAccess(req, res, req.params.id, access);
	if (!admitted) return undefined;
	if (!can(admitted.claims.role, 'facilitate')) {
		sendError(res, 403, 'forbidden', 'Only facilitators can change, share or delete the board.');
		return undefined;
	}
	return admitted;
}

/** True once it has answered 415 for a body that is not JSON. */
function notJson(req: Request, res: Response): boolean {
	if (req.is('application/json')) return false;
	sendError(res, 415, 'unsupported_media_type', 'Send the body as application/json.');
	return true;
}

function sendNotFound(res: Response): void {
	sendError(res, 404, 'not_found', 'There is no board with this id.');
}

/**
 * `POST /api/boards/:id/links/rotate`, `PATCH /api/boards/:id` and `DELETE /api/boards/:id`,
 * for facilitators only. See protocol/README.md. [H6]-[H8]
 */
export function createBoardAdminRouter(deps: BoardAdminRouterDeps): Router {
	const router = Router();

	router.post('/:id/links/rotate', async (req, res) => {
		const admitted = await facilitator(req, res, deps.access);
		if (!admitted || notJson(req, res)) return;
		const parsed = parseRotateLinksRequest(req.body);
		if (!parsed.ok) {
			sendError(res, 400, 'invalid_body', 'The links could not be rotated.', parsed.issues);
			return;
		}
		const { id } = req.params;
		const record = await deps.admin.rotateLinks(id, parsed.value.roles);
		if (!record) {
			sendNotFound(res);
			return;
		}
		const base = baseUrl(req, deps.publicUrl);
		const now = Date.now();
		const body: LinksRotated = { id, links: {}, tokens: {} };
		for (const role of parsed.value.roles) {
			const generation = record.generations[role];
			const token = roleToken(id, role, deps.secret, deps.tokenTtlMs, now, generation);
			body.tokens[role] = token;
			body.links[role] = boardLink(base, id, token);
		}
		res.json(body);
	});

	router.patch('/:id', async (req, res) => {
		const admitted = await facilitator(req, res, deps.access);
		if (!admitted || notJson(req, res)) return;
		const parsed = parseUpdateBoardRequest(req.body);
		if (!parsed.ok) {
			sendError(res, 400, 'invalid_body', 'The board could not be changed.', parsed.issues);
			return;
		}
		const record = await deps.admin.update(req.params.id, parsed.value);
		const body = record && (await boardInfo(deps.storage, record, admitted.claims.role));
		if (!body) {
			sendNotFound(res);
			return;
		}
		res.json(body);
	});

	router.delete('/:id', async (req, res) => {
		if (!(await facilitator(req, res, deps.access))) return;
		if (!(await deps.admin.delete(req.params.id))) {
			sendNotFound(res);
			return;
		}
		res.status(204).end();
	});

	return router;
}
