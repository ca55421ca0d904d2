import { Router, type Request } from 'express';
import {
	ROLES,
	isTemplateId,
	parseCreateBoardRequest,
	type BoardCreated,
	type BoardInfo,
	type PerRole,
} from '@groundwork/protocol';
import { boardTokens, createBoard } from '../boards/newBoard.js';
import type { Storage } from '../storage/DocStorage.js';
import { boardClaims } from './auth.js';
import { sendError } from './errors.js';

/** What the boards API is built from. */
export interface BoardsRouterDeps {
	storage: Storage;
	secret: string;
	tokenTtlMs: number;
	publicUrl: string | undefined;
}

function baseUrl(req: Request, publicUrl: string | undefined): string {
	return publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** `POST /api/boards` and `GET /api/boards/:id`. See protocol/README.md. [H1]-[H3] */
export function createBoardsRouter(deps: BoardsRouterDeps): Router {
	const router = Router();

	router.post('/', async (req, res) => {
		if (!req.is('application/json')) {
			sendError(res, 415, 'unsupported_media_type', 'Send the board as application/json.');
			return;
		}
		const parsed = parseCreateBoardRequest(req.body);
		if (!parsed.ok) {
			sendError(res, 400, 'invalid_body', 'The board could not be created.', parsed.issues);
			return;
		}
		const { title, template } = parsed.value;
		const { id, createdAt } = await createBoard(deps.storage, { title, template });
		const tokens = boardTokens(id, deps.secret, deps.tokenTtlMs, createdAt);
		const base = baseUrl(req, deps.publicUrl);
		const links = Object.fromEntries(
			ROLES.map((role) => [role, `${base}/b/${id}?token=${encodeURIComponent(tokens[role])}`]),
		) as PerRole<string>;
		const body: BoardCreated = { id, title, links, tokens };
		res.status(201).location(`/api/boards/${id}`).json(body);
	});

	router.get('/:id', async (req, res) => {
		const { id } = req.params;
		const claims = boardClaims(req, res, id, deps.secret);
		if (!claims) return;
		const board = await deps.storage.boards.getBoard(id);
		if (!board || !isTemplateId(board.template)) {
			sendError(res, 404, 'not_found', 'There is no board with this id.');
			return;
		}
		const body: BoardInfo = {
			id: board.id,
			title: board.title,
			template: board.template,
			createdAt: new Date(board.createdAt).toISOString(),
			role: claims.role,
		};
		res.json(body);
	});

	return router;
}
