import fs from 'node:fs';
import path from 'node:path';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { PROTOCOL_VERSION } from '@groundwork/protocol';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics/metrics.js';
import { refuseRevokedTokens } from './auth.js';
import { createBoardAdminRouter, type BoardAdminRouterDeps } from './boardAdminRouter.js';
import { createBoardsRouter, type BoardsRouterDeps } from './boardsRouter.js';
import { createCohortRouter, type CohortRouterDeps } from './cohortRouter.js';
import { sendError } from './errors.js';
import { createGapsRouter, type GapsRouterDeps } from './gapsRouter.js';
import { createHistoryRouter, type HistoryRouterDeps } from './historyRouter.js';
import { createProgrammeRouter, type ProgrammeRouterDeps } from './programmeRouter.js';
import { accessLog, metricsRoute } from './observability.js';
import { apiRateLimit, boardCreationGuard, configRouter, securityHeaders } from './security.js';

/** Largest JSON body the API accepts. */
export const MAX_JSON_BODY = '32kb';

/** What the HTTP app is built from. */
export interface HttpAppDeps
	extends
		BoardsRouterDeps,
		BoardAdminRouterDeps,
		GapsRouterDeps,
		HistoryRouterDeps,
		CohortRouterDeps,
		ProgrammeRouterDeps {
	log: Logger;
	clientDir: string | undefined;
	/** Facts for `/healthz`; `ok` false means degraded (and not ready). */
	health: () => { ok: boolean } & Record<string, unknown>;
	/** When set, creating or importing a board needs `Authorization: Bearer` it. [H9] */
	createToken?: string | undefined;
	/** Express's `trust proxy` (default `loopback`): whose `X-Forwarded-For` to believe. */
	trustProxy?: string | number;
	/** Per client address, in this process; 0 (or absent) for no limit. [W7] */
	rateLimits?: { apiPerMinute: number; boardsPer10Min: number };
	/** True while the server shuts down: not ready. */
	stopping?: () => boolean;
	/** Served at `/metrics` when present. */
	metrics?: Metrics;
	/** When set, `/metrics` requires `Authorization: Bearer <metricsToken>`. */
	metricsToken?: string | undefined;
}

const errorHandler =
	(log: Logger): ErrorRequestHandler =>
	(error: { type?: string; status?: number; message?: string }, req, res, _next) => {
		if (error.type === 'entity.parse.failed') {
			sendError(
				res,
				400,
				'invalid_json',
				`The body is not valid JSON: ${error.message ?? ''}`.trim(),
			);
		} else if (error.type === 'entity.too.large') {
			sendError(res, 413, 'too_large', `The body is larger than ${MAX_JSON_BODY}.`);
		} else if (error.status && error.status >= 400 && error.status < 500) {
			sendError(res, error.status, 'bad_request', error.message ?? 'Bad request.');
		} else {
			const { requestId } = res.locals as { requestId?: string };
			log.error({ err: error, requestId, path: req.path }, 'request failed');
			sendError(res, 500, 'internal', 'Something went wrong on the server.');
		}
	};

function serveClient(app: Express, clientDir: string): void {
	const index = path.join(clientDir, 'index.html');
	app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
	app.get(
		['/', '/b/:boardId', '/library', '/programmes/:id', '/programmes/:id/:page'],
		(_req, res) => {
			res.set('Cache-Control', 'no-cache').sendFile(index);
		},
	);
}

/** The Express app: JSON API, health, and the built client when there is one. */
export function createHttpApp(deps: HttpAppDeps): Express {
	const app = express();
	app.disable('x-powered-by');
	// The client's address (`req.ip`, rate limits) is taken from `X-Forwarded-For` only when the
	// request comes from a trusted proxy: loopback by default (a proxy on the same host).
	app.set('trust proxy', deps.trustProxy ?? 'loopback');
	app.use(securityHeaders());
	app.use(accessLog(deps.log));
	// Liveness: 200 while the process runs; `status` says whether its backend is degraded.
	app.get('/healthz', (_req, res) => {
		const { ok, ...facts } = deps.health();
		res.json({ status: ok ? 'ok' : 'degraded', protocol: PROTOCOL_VERSION, ...facts });
	});
	// Readiness: 503 while storage or fan-out is unavailable, so a load balancer sends new
	// clients elsewhere; connected clients keep co-editing here. 503 too from the moment the
	// server starts shutting down. [L5]
	app.get('/readyz', (_req, res) => {
		if (deps.stopping?.()) {
			res.status(503).json({ status: 'stopping' });
			return;
		}
		const { ok } = deps.health();
		res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'not_ready' });
	});
	if (deps.metrics) app.get('/metrics', metricsRoute(deps.metrics, deps.metricsToken));
	// Per client address, in this process: every API request, then board creation. [W7], [H9]
	app.use('/api', apiRateLimit(deps.rateLimits?.apiPerMinute ?? 0));
	const creationGuard = boardCreationGuard({
		createToken: deps.createToken,
		per10Min: deps.rateLimits?.boardsPer10Min ?? 0,
	});
	if (creationGuard.length > 0) {
		app.post(['/api/boards', '/api/boards/import', '/api/programmes'], creationGuard);
	}
	app.use(
		'/api',
		configRouter({ createToken: deps.createToken, maxMaterialBytes: deps.maxMaterialBytes }),
	);
	// Before every board route: a token whose link was rotated away is refused here. [T6]
	app.use('/api/boards/:id', refuseRevokedTokens(deps.access));
	// Before the JSON parser: the gap list's CSV routes and the history's read their own bodies.
	app.use('/api/boards', createGapsRouter(deps));
	app.use('/api/boards', createHistoryRouter(deps));
	app.use(
		'/api/boards',
		express.json({ limit: MAX_JSON_BODY, strict: true }),
		createBoardsRouter(deps),
		createBoardAdminRouter(deps),
	);
	// Cohorts, invitations and the best-practice library (issue 8).
	app.use('/api', createCohortRouter(deps));
	// Programmes: seminars, registrations, invitations and journeys (issue 11).
	app.use('/api', createProgrammeRouter(deps));
	app.use('/api', (_req, res) => sendError(res, 404, 'not_found', 'No such API route.'));
	if (deps.clientDir && fs.existsSync(path.join(deps.clientDir, 'index.html'))) {
		serveClient(app, deps.clientDir);
	} else if (deps.clientDir) {
		deps.log.warn({ clientDir: deps.clientDir }, 'client not built: serving the API only');
	}
	app.use(errorHandler(deps.log));
	return app;
}
