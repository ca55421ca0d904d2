import fs from 'node:fs';
import path from 'node:path';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { PROTOCOL_VERSION } from '@groundwork/protocol';
import type { Logger } from '../log.js';
import { refuseRevokedTokens } from './auth.js';
import { createBoardAdminRouter, type BoardAdminRouterDeps } from './boardAdminRouter.js';
import { createBoardsRouter, type BoardsRouterDeps } from './boardsRouter.js';
import { createCohortRouter, type CohortRouterDeps } from './cohortRouter.js';
import { sendError } from './errors.js';
import { createGapsRouter, type GapsRouterDeps } from './gapsRouter.js';
import { createHistoryRouter, type HistoryRouterDeps } from './historyRouter.js';

/** Largest JSON body the API accepts. */
export const MAX_JSON_BODY = '32kb';

/** What the HTTP app is built from. */
export interface HttpAppDeps
	extends
		BoardsRouterDeps,
		BoardAdminRouterDeps,
		GapsRouterDeps,
		HistoryRouterDeps,
		CohortRouterDeps {
	log: Logger;
	clientDir: string | undefined;
	/** Facts for `/healthz`; `ok` false means degraded (and not ready). */
	health: () => { ok: boolean } & Record<string, unknown>;
}

const securityHeaders: express.RequestHandler = (_req, res, next) => {
	res.set({
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'no-referrer',
		'X-Frame-Options': 'DENY',
	});
	next();
};

const errorHandler =
	(log: Logger): ErrorRequestHandler =>
	(error: { type?: string; status?: number; message?: string }, _req, res, _next) => {
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
			log.error({ err: error }, 'request failed');
			sendError(res, 500, 'internal', 'Something went wrong on the server.');
		}
	};

function serveClient(app: Express, clientDir: string): void {
	const index = path.join(clientDir, 'index.html');
	app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
	app.get(['/', '/b/:boardId', '/library'], (_req, res) => {
		res.set('Cache-Control', 'no-cache').sendFile(index);
	});
}

/** The Express app: JSON API, health, and the built client when there is one. */
export function createHttpApp(deps: HttpAppDeps): Express {
	const app = express();
	app.disable('x-powered-by');
	app.set('trust proxy', 'loopback');
	app.use(securityHeaders);
	// Liveness: 200 while the process runs; `status` says whether its backend is degraded.
	app.get('/healthz', (_req, res) => {
		const { ok, ...facts } = deps.health();
		res.json({ status: ok ? 'ok' : 'degraded', protocol: PROTOCOL_VERSION, ...facts });
	});
	// Readiness: 503 while storage or fan-out is unavailable, so a load balancer sends new
	// clients elsewhere; connected clients keep co-editing here.
	app.get('/readyz', (_req, res) => {
		const { ok } = deps.health();
		res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'not_ready' });
	});
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
	app.use('/api', (_req, res) => sendError(res, 404, 'not_found', 'No such API route.'));
	if (deps.clientDir && fs.existsSync(path.join(deps.clientDir, 'index.html'))) {
		serveClient(app, deps.clientDir);
	} else if (deps.clientDir) {
		deps.log.warn({ clientDir: deps.clientDir }, 'client not built: serving the API only');
	}
	app.use(errorHandler(deps.log));
	return app;
}
