import express, { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import {
	createCohortRequestSchema,
	joinCohortRequestSchema,
	libraryQuerySchema,
	parseBody,
	promoteRequestSchema,
	updatePracticeRequestSchema,
	type CohortChange,
	type LibraryQuery,
} from '@groundwork/protocol';
import type { z } from 'zod';
import type { BoardAccess } from '../boards/BoardAccess.js';
import { BoardDigests } from '../cohorts/BoardDigests.js';
import { admitCaller, asMember, type Caller, type MemberCaller } from '../cohorts/Caller.js';
import type { CohortEvents } from '../cohorts/CohortEvents.js';
import { CohortError } from '../cohorts/CohortError.js';
import type { CohortService } from '../cohorts/CohortService.js';
import { buildComparison, buildSuggestions } from '../cohorts/comparison.js';
import type { LibraryService } from '../cohorts/LibraryService.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import type { Storage } from '../storage/DocStorage.js';
import { bearerToken } from './auth.js';
import { baseUrl } from './boardLinks.js';
import { sendError } from './errors.js';

/** What the cohort API is built from. */
export interface CohortRouterDeps {
	storage: Storage;
	rooms: RoomManager;
	access: BoardAccess;
	cohortService: CohortService;
	library: LibraryService;
	cohortEvents: CohortEvents;
	publicUrl: string | undefined;
}

/** A library item's body (its texts are bounded by the schema; 256 kB leaves room for them). */
const COHORT_BODY_LIMIT = '256kb';
const readJson = express.json({ limit: COHORT_BODY_LIMIT, strict: true });

/** An SSE comment this often keeps proxies from closing an idle stream. */
const EVENT_STREAM_KEEPALIVE_MS = 25_000;

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
	const result = parseBody(schema, input);
	if (result.ok) return result.value;
	throw new CohortError(400, 'invalid_body', 'The request is not valid.', result.issues);
}

/** The library filters of a query string (`token` aside); 400 for anything else. */
function libraryQuery(req: Request): LibraryQuery {
	const { token: _token, ...rest } = req.query;
	for (const value of Object.values(rest)) {
		if (typeof value !== 'string') {
			throw new CohortError(400, 'invalid_query', 'Each filter is given once, as text.');
		}
	}
	const cleaned = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== ''));
	return parse(libraryQuerySchema, cleaned);
}

const cohortErrors: ErrorRequestHandler = (error: unknown, _req, res, next) => {
	if (error instanceof CohortError) {
		sendError(res, error.status, error.code, error.message, error.issues);
	} else if ((error as { type?: string }).type === 'entity.too.large') {
		sendError(res, 413, 'too_large', `The body is larger than ${COHORT_BODY_LIMIT}.`);
	} else {
		next(error);
	}
};

/**
 * The cohort and library API (issue 8; SPEC [K1]-[K10]). Every route but the invitation preview
 * and the public library acts for the board of the caller's token, with that board's role.
 */
export function createCohortRouter(deps: CohortRouterDeps): Router {
	const router = Router();
	const { cohortService, library } = deps;
	const digests = () => new BoardDigests({ rooms: deps.rooms, boards: deps.storage.boards });
	const caller = (req: Request): Promise<Caller> => admitCaller(deps.access, bearerToken(req));
	const member = async (req: Request, cohortId: string): Promise<MemberCaller> => {
		const who = await caller(req);
		const { members } = await cohortService.load(cohortId);
		return asMember(who, members);
	};
	const noStore = (res: Response) => res.set('Cache-Control', 'no-store');

	router.get('/invitations/:invite', async (req, res) => {
		noStore(res).json(await cohortService.preview(req.params.invite));
	});

	router.get('/library', async (req, res) => {
		noStore(res).json({ items: await library.published(libraryQuery(req), digests()) });
	});

	router.post('/cohorts', readJson, async (req, res) => {
		const who = await caller(req);
		const view = await cohortService.create(who, parse(createCohortRequestSchema, req.body));
		res.status(201).json(view);
	});

	router.get('/cohorts/mine', async (req, res) => {
		noStore(res).json({ cohorts: await cohortService.mine(await caller(req)) });
	});

	router.post('/cohorts/join', readJson, async (req, res) => {
		const who = await caller(req);
		res.json(await cohortService.join(who, parse(joinCohortRequestSchema, req.body)));
	});

	router.get('/cohorts/:id', async (req, res) => {
		noStore(res).json(await cohortService.view(await caller(req), req.params.id));
	});

	router.get('/cohorts/:id/invitation', async (req, res) => {
		const base = baseUrl(req, deps.publicUrl);
		noStore(res).json(await cohortService.invitation(await caller(req), req.params.id, base));
	});

	router.post('/cohorts/:id/invitation/rotate', async (req, res) => {
		const base = baseUrl(req, deps.publicUrl);
		res.json(await cohortService.rotateInvitation(await caller(req), req.params.id, base));
	});

	router.delete('/cohorts/:id/members/:boardId', async (req, res) => {
		await cohortService.removeMember(await caller(req), req.params.id, req.params.boardId);
		res.status(204).end();
	});

	router.get('/cohorts/:id/library', async (req, res) => {
		const who = await member(req, req.params.id);
		const items = await library.list(who, req.params.id, libraryQuery(req), digests());
		noStore(res).json({ items });
	});

	router.post('/cohorts/:id/library', readJson, async (req, res) => {
		const who = await member(req, req.params.id);
		const request = parse(promoteRequestSchema, req.body);
		res.status(201).json(await library.promote(who, req.params.id, request, digests()));
	});

	router.patch('/cohorts/:id/library/:practiceId', readJson, async (req, res) => {
		const who = await member(req, req.params.id);
		const request = parse(updatePracticeRequestSchema, req.body);
		const { id, practiceId } = req.params;
		res.json(await library.update(who, id, practiceId, request, digests()));
	});

	router.delete('/cohorts/:id/library/:practiceId', async (req, res) => {
		const who = await member(req, req.params.id);
		await library.remove(who, req.params.id, req.params.practiceId);
		res.status(204).end();
	});

	router.post('/cohorts/:id/library/:practiceId/copies', async (req, res) => {
		const who = await member(req, req.params.id);
		const { id, practiceId } = req.params;
		res.status(201).json(await library.copy(who, id, practiceId, digests()));
	});

	router.get('/cohorts/:id/suggestions', async (req, res) => {
		const who = await member(req, req.params.id);
		const gapId = req.query['gap'];
		if (typeof gapId !== 'string' || gapId === '') {
			throw new CohortError(400, 'invalid_query', 'Name the gap: ?gap=<gap id>.');
		}
		const { members } = await cohortService.load(req.params.id);
		const read = digests();
		const practices = await library.approved(req.params.id, read);
		const answer = await buildSuggestions(who, req.params.id, gapId, members, practices, read);
		noStore(res).json(answer);
	});

	router.get('/cohorts/:id/comparison', async (req, res) => {
		const who = await member(req, req.params.id);
		const { members } = await cohortService.load(req.params.id);
		const titles = async (boardId: string) => (await deps.access.board(boardId))?.title;
		const answer = await buildComparison(who, req.params.id, members, digests(), titles);
		noStore(res).json(answer);
	});

	router.get('/cohorts/:id/events', async (req, res) => {
		const who = await member(req, req.params.id);
		res.writeHead(200, {
			'Content-Type': 'text/event-stream; charset=utf-8',
			'Cache-Control': 'no-store',
			Connection: 'keep-alive',
			'X-Accel-Buffering': 'no',
		});
		res.write(': following\n\n');
		const send = (change: CohortChange) => {
			res.write(`event: change\ndata: ${JSON.stringify(change)}\n\n`);
		};
		const stop = deps.cohortEvents.listen(req.params.id, send);
		const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), EVENT_STREAM_KEEPALIVE_MS);
		// A rotated link, a deleted board or the token's expiry (`who.expiresAt`) ends the stream,
		// as it ends sync connections. [T6], [T7]
		const unwatch = deps.access.watch(who.board.id, who, () => res.end());
		res.on('close', () => {
			clearInterval(keepAlive);
			stop();
			unwatch();
		});
	});

	router.use(cohortErrors);
	return router;
}
