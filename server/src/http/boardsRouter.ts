import { Router } from 'express';
import {
	ROLES,
	parseCreateBoardRequest,
	type BoardCreated,
	type PerRole,
} from '@groundwork/protocol';
import type { BoardAccess } from '../boards/BoardAccess.js';
import { boardTokens, createBoard } from '../boards/newBoard.js';
import type { Storage } from '../storage/DocStorage.js';
import { boardAccess } from './auth.js';
import { baseUrl, boardLink } from './boardLinks.js';
import { boardInfo } from './boardInfo.js';
import { sendError } from './errors.js';

/** What the boards API is built from. */
export interface BoardsRouterDeps {
	storage: Storage;
	/** Token checks against the board's current link generations. [T5] */
	access: BoardAccess;
	secret: string;
	tokenTtlMs: number;
	publicUrl: string | undefined;
}

/** `POST /api/boards` and `GET /api/boards/:id`. See protocol/README.md. [H1]-[H3], [T6] */
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
			ROLES.map((role) => [role, boardLink(base, id, tokens[role])]),
		) as PerRole<string>;
		const body: BoardCreated = { id, title, links, tokens };
		res.status(201).location(`/api/boards/${id}`).json(body);
	});

	router.get('/:id', async (req, res) => {
		const { id } = req.params;
		const admitted = await boardAccess(req, res, id, deps.access);
		if (!admitted) return;
		const { claims, board } = admitted;
		const body = await boardInfo(deps.storage, board, claims.role);
		if (!body) {
			sendError(res, 404, 'not_found', 'There is no board with this id.');
			return;
		}
		res.json(body);
	});

	return router;
}
