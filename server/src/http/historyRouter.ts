import express, { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import type * as Y from 'yjs';
import {
	MAX_BACKUP_BYTES,
	ROLES,
	boardToBackup,
	can,
	isTemplateId,
	parseBoardBackup,
	restoreRequestSchema,
	saveVersionSchema,
	writeBackup,
	type BoardCreated,
	type PerRole,
	type VersionList,
} from '@groundwork/protocol';
import { boardTokens, createBoard } from '../boards/newBoard.js';
import type { VersionService } from '../history/VersionService.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import { withRoom } from '../rooms/withRoom.js';
import type { Storage } from '../storage/DocStorage.js';
import { boardClaims } from './auth.js';
import { sendError } from './errors.js';

/** What the history API is built from. */
export interface HistoryRouterDeps {
	storage: Storage;
	rooms: RoomManager;
	versions: VersionService;
	secret: string;
	tokenTtlMs: number;
	publicUrl: string | undefined;
}

/** Small JSON bodies (a version's name, the items to restore). */
const readJson = express.json({ limit: '64kb', strict: true });
/** A whole board backup. */
const readBackup = express.json({ limit: MAX_BACKUP_BYTES, strict: true });

const backupTooLarge: ErrorRequestHandler = (error: { type?: string }, _req, res, next) => {
	if (error.type !== 'entity.too.large') return next(error);
	sendError(res, 413, 'too_large', `The backup is larger than ${MAX_BACKUP_BYTES} bytes.`);
};

/** A file name made of the board's title: letters, digits and dashes. */
function fileName(title: string, extension: string): string {
	const stem = title
		.normalize('NFKD')
		.replace(/[^\w\s-]/g, '')
		.trim()
		.replace(/\s+/g, '-')
		.slice(0, 60);
	return `${stem || 'board'}.${extension}`;
}

/**
 * The board's history and backups [V1]-[V5]: versions (list, save by hand, read one, restore),
 * the whole board as JSON, and a JSON backup imported as a new board.
 */
export function createHistoryRouter(deps: HistoryRouterDeps): Router {
	const router = Router();

	router.get('/:id/versions', async (req, res) => {
		if (!boardClaims(req, res, req.params.id, deps.secret)) return;
		const body: VersionList = { versions: await deps.versions.list(req.params.id) };
		res.set('Cache-Control', 'no-store').json(body);
	});

	router.post('/:id/versions', readJson, async (req, res) => {
		const claims = boardClaims(req, res, req.params.id, deps.secret);
		if (!claims) return;
		if (!can(claims.role, 'facilitate')) {
			sendError(res, 403, 'forbidden', 'Only facilitators save named versions.');
			return;
		}
		const parsed = saveVersionSchema.safeParse(req.body);
		if (!parsed.success) {
			sendError(res, 400, 'invalid_body', 'A version needs a name (1 to 120 characters).');
			return;
		}
		if (!(await deps.storage.boards.getBoard(req.params.id))) {
			sendError(res, 404, 'not_found', 'There is no board with this id.');
			return;
		}
		const info = await deps.versions.take(req.params.id, 'named', parsed.data);
		res.status(201).json(info);
	});

	router.get('/:id/versions/:version', async (req, res) => {
		if (!boardClaims(req, res, req.params.id, deps.secret)) return;
		const update = await deps.versions.update(req.params.id, req.params.version);
		if (!update) {
			sendError(res, 404, 'not_found', 'There is no such version of this board.');
			return;
		}
		res.set('Cache-Control', 'private, max-age=3600').type('application/octet-stream');
		res.send(Buffer.from(update));
	});

	router.post('/:id/versions/:version/restore', readJson, async (req, res) => {
		const claims = boardClaims(req, res, req.params.id, deps.secret);
		if (!claims) return;
		const parsed = restoreRequestSchema.safeParse(req.body ?? {});
		if (!parsed.success) {
			sendError(res, 400, 'invalid_body', 'Say which cards and gaps to restore, or nothing.');
			return;
		}
		const whole = parsed.data.cards === undefined && parsed.data.gaps === undefined;
		if (!can(claims.role, whole ? 'facilitate' : 'editContent')) {
			const who = whole ? 'Only facilitators restore a whole version.' : 'Viewers restore nothing.';
			sendError(res, 403, 'forbidden', who);
			return;
		}
		const result = await deps.versions.restore(req.params.id, req.params.version, parsed.data);
		if (!result) {
			sendError(res, 404, 'not_found', 'There is no such version of this board.');
			return;
		}
		res.json(result);
	});

	router.get('/:id/export.json', async (req, res) => {
		const { id } = req.params;
		if (!boardClaims(req, res, id, deps.secret)) return;
		const board = await deps.storage.boards.getBoard(id);
		if (!board || !isTemplateId(board.template)) {
			sendError(res, 404, 'not_found', 'There is no board with this id.');
			return;
		}
		const template = board.template;
		const backup = await withRoom(deps.rooms, id, (room) =>
			boardToBackup(room.doc, { title: board.title, template }),
		);
		res.set('Content-Disposition', `attachment; filename="${fileName(board.title, 'json')}"`);
		res.set('Cache-Control', 'no-store').json(backup);
	});

	router.post('/import', readBackup, backupTooLarge, async (req: Request, res: Response) => {
		if (!req.is('application/json')) {
			sendError(res, 415, 'unsupported_media_type', 'Send the backup as application/json.');
			return;
		}
		const parsed = parseBoardBackup(req.body);
		if (!parsed.ok) {
			sendError(res, 422, 'invalid_backup', 'This is not a board backup.', parsed.issues);
			return;
		}
		const backup = parsed.value;
		const seed = (doc: Y.Doc) => writeBackup(doc, backup);
		const { id, title, createdAt } = await createBoard(deps.storage, { ...backup.board, seed });
		const tokens = boardTokens(id, deps.secret, deps.tokenTtlMs, createdAt);
		const base = deps.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
		const links = Object.fromEntries(
			ROLES.map((role) => [role, `${base}/b/${id}?token=${encodeURIComponent(tokens[role])}`]),
		) as PerRole<string>;
		const body: BoardCreated = { id, title, links, tokens };
		res.status(201).location(`/api/boards/${id}`).json(body);
	});

	return router;
}
