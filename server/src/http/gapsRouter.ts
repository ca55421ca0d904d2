import { randomBytes } from 'node:crypto';
import express, {
	Router,
	type ErrorRequestHandler,
	type RequestHandler,
	type Response,
} from 'express';
import * as Y from 'yjs';
import { z } from 'zod';
import {
	GAP,
	GAP_FIELD_KEYS,
	MAX_CSV_BYTES,
	can,
	createGapMap,
	gapsMap,
	gapsToCsv,
	parseGapCsv,
	readGapFields,
	writeGapFields,
	type GapCsvColumn,
	type GapCsvIssue,
	type GapCsvRow,
	type GapFieldValues,
	type Permission,
} from '@groundwork/protocol';
import type { RoomManager } from '../rooms/RoomManager.js';
import { withRoom } from '../rooms/withRoom.js';
import type { Storage } from '../storage/DocStorage.js';
import { boardClaims } from './auth.js';
import { sendError } from './errors.js';

/** What the gap list's CSV endpoints are built from. */
export interface GapsRouterDeps {
	storage: Storage;
	secret: string;
	rooms: RoomManager;
}

/** The import's query: `?dryRun=true` validates only; `by` and `city` name who added new gaps. */
const importQuerySchema = z.object({
	dryRun: z.enum(['true', 'false']).optional(),
	by: z.string().trim().max(80).optional(),
	city: z.string().trim().max(80).optional(),
});

/** A new gap id: 16 URL-safe characters (96 random bits). */
function newGapId(): string {
	return randomBytes(12).toString('base64url');
}

const num = (value: unknown): number =>
	typeof value === 'number' && Number.isFinite(value) ? value : 0;

/** The board's gaps in the shared order: `order`, then `createdAt`, then id. [D10] */
function sortedGaps(doc: Y.Doc): { id: string; values: GapFieldValues }[] {
	const gaps: { id: string; order: number; createdAt: number; values: GapFieldValues }[] = [];
	for (const [id, map] of gapsMap(doc)) {
		if (!(map instanceof Y.Map)) continue;
		const [order, createdAt] = [num(map.get(GAP.order)), num(map.get(GAP.createdAt))];
		gaps.push({ id, order, createdAt, values: readGapFields(map) });
	}
	gaps.sort((a, b) => a.order - b.order || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
	return gaps.map(({ id, values }) => ({ id, values }));
}

/** An import's rows: those whose `id` names an existing gap, and those that add a new one. */
interface ImportPlan {
	updates: [Y.Map<unknown>, GapCsvRow][];
	creates: GapCsvRow[];
}

function planImport(doc: Y.Doc, rows: GapCsvRow[]): ImportPlan {
	const gaps = gapsMap(doc);
	const updates: ImportPlan['updates'] = [];
	const creates: GapCsvRow[] = [];
	for (const row of rows) {
		const existing = row.id === undefined ? undefined : gaps.get(row.id);
		if (existing instanceof Y.Map) updates.push([existing, row]);
		else creates.push(row);
	}
	return { updates, creates };
}

/**
 * What a gap holds, as written, in the fields the file has no column for: writing it back
 * changes nothing, so an update clears a field only where the file has an empty cell.
 */
function fieldsOutside(map: Y.Map<unknown>, columns: readonly GapCsvColumn[]): GapFieldValues {
	const kept: Record<string, unknown> = {};
	for (const key of GAP_FIELD_KEYS) {
		const stored = map.get(key);
		if (columns.includes(key) || stored === undefined) continue;
		kept[key] = stored instanceof Y.Text ? stored.toString() : stored;
	}
	return kept as GapFieldValues;
}

/** Writes a planned import; call it inside one transaction. [H4] */
function applyImport(
	doc: Y.Doc,
	plan: ImportPlan,
	columns: readonly GapCsvColumn[],
	author: { by: string; city: string },
	now: number,
): void {
	const gaps = gapsMap(doc);
	const orders = [...gaps.values()].map((map) =>
		map instanceof Y.Map ? num(map.get(GAP.order)) : 0,
	);
	let order = Math.max(0, ...orders);
	for (const [map, row] of plan.updates) {
		writeGapFields(map, { ...fieldsOutside(map, columns), ...row.values }, now, true);
	}
	for (const row of plan.creates) {
		const id = newGapId();
		const gap = { id, values: row.values, city: author.city, createdBy: author.by };
		gaps.set(id, createGapMap({ ...gap, createdAt: now, order: ++order }));
	}
}

/**
 * Admits a request for board `:id` whose token grants `permission`: `401` without a valid
 * token, `404` for an unknown board, `403` when the role may not.
 */
function requireBoard(
	deps: GapsRouterDeps,
	permission: Permission,
): RequestHandler<{ id: string }> {
	return async (req, res, next) => {
		const claims = boardClaims(req, res, req.params.id, deps.secret);
		if (!claims) return;
		if (!(await deps.storage.boards.getBoard(req.params.id))) {
			sendError(res, 404, 'not_found', 'There is no board with this id.');
			return;
		}
		if (!can(claims.role, permission)) {
			sendError(res, 403, 'forbidden', `A ${claims.role} may not change this board.`);
			return;
		}
		next();
	};
}

const requireCsv: RequestHandler = (req, res, next) => {
	if (req.is('text/csv')) next();
	else sendError(res, 415, 'unsupported_media_type', 'Send the gaps as text/csv.');
};

const readCsv = express.text({ type: 'text/csv', limit: MAX_CSV_BYTES });

const csvTooLarge: ErrorRequestHandler = (error: { type?: string }, _req, res, next) => {
	if (error.type !== 'entity.too.large') return next(error);
	sendError(res, 413, 'too_large', `The CSV file is larger than ${MAX_CSV_BYTES} bytes.`);
};

function sendCsvIssues(res: Response, issues: GapCsvIssue[]): void {
	const count = issues.length === 1 ? 'a problem' : `${issues.length} problems`;
	sendError(res, 422, 'invalid_csv', `The CSV file has ${count}; nothing was imported.`, issues);
}

/** Validates a CSV file and, unless it is a dry run, writes all of it in one transaction. [H4] */
function importGaps(deps: GapsRouterDeps): RequestHandler<{ id: string }> {
	return async (req, res) => {
		const query = importQuerySchema.safeParse(req.query);
		if (!query.success) {
			const issues = query.error.issues.map((issue) => ({
				path: issue.path.map(String).join('.'),
				message: issue.message,
			}));
			sendError(res, 400, 'invalid_query', 'The query is not valid.', issues);
			return;
		}
		const parsed = parseGapCsv(typeof req.body === 'string' ? req.body : '');
		if (parsed.issues.length > 0) {
			sendCsvIssues(res, parsed.issues);
			return;
		}
		const dryRun = query.data.dryRun === 'true';
		const author = { by: query.data.by ?? '', city: query.data.city ?? '' };
		const plan = await withRoom(deps.rooms, req.params.id, (room) => {
			const planned = planImport(room.doc, parsed.rows);
			if (dryRun) return planned;
			room.transact((doc) => applyImport(doc, planned, parsed.columns, author, Date.now()));
			return planned;
		});
		res.json({
			created: plan.creates.length,
			updated: plan.updates.length,
			ignoredColumns: parsed.ignoredColumns,
			...(dryRun ? { dryRun: true } : {}),
		});
	};
}

/**
 * `GET /:id/gaps.csv` (any role) and `POST /:id/gaps/import` (roles that edit content), under
 * `/api/boards`. See protocol/README.md. [H4], [H5], [D12]
 */
export function createGapsRouter(deps: GapsRouterDeps): Router {
	const router = Router();

	router.get('/:id/gaps.csv', requireBoard(deps, 'read'), async (req, res) => {
		const { id } = req.params;
		const csv = await withRoom(deps.rooms, id, (room) => gapsToCsv(sortedGaps(room.doc)));
		res.set({
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="gaps-${id}.csv"`,
			'Cache-Control': 'no-store',
		});
		// The byte order mark tells Excel the file is UTF-8.
		res.send(`\ufeff${csv}`);
	});

	router.post(
		'/:id/gaps/import',
		requireBoard(deps, 'editContent'),
		requireCsv,
		readCsv,
		csvTooLarge,
		importGaps(deps),
	);

	return router;
}
