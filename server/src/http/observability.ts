import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../log.js';
import { metricsAuthorized, type Metrics } from '../metrics/metrics.js';

/** Probes and scrapes: logged at `debug`, every other request at `info`. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/** A request id a proxy may have set: short, plain characters; anything else is replaced. */
const REQUEST_ID = /^[\w.:-]{1,100}$/;

/**
 * Gives each request an id (the caller's `X-Request-Id` when it is a plain one, else a new one),
 * answers it in `X-Request-Id`, keeps it in `res.locals.requestId` for error logs, and logs one
 * line per request when it ends: method, path (never the query, which may hold a token),
 * status and duration.
 */
export function accessLog(log: Logger): RequestHandler {
	return (req, res, next) => {
		const started = performance.now();
		const given = req.get('x-request-id');
		const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
		res.locals['requestId'] = requestId;
		res.set('X-Request-Id', requestId);
		// `close` comes for every request, answered or not (then `aborted`).
		res.once('close', () => {
			const level = QUIET_PATHS.has(req.path) ? 'debug' : 'info';
			log[level](
				{
					requestId,
					method: req.method,
					path: req.originalUrl.split('?')[0],
					status: res.statusCode,
					ms: Math.round((performance.now() - started) * 10) / 10,
					...(res.writableFinished ? {} : { aborted: true }),
				},
				'request',
			);
		});
		next();
	};
}

/**
 * `GET /metrics`: every metric in Prometheus' text format. With `token` (METRICS_TOKEN) only for
 * `Authorization: Bearer <token>`; 401 otherwise.
 */
export function metricsRoute(metrics: Metrics, token: string | undefined): RequestHandler {
	return (req, res, next) => {
		if (!metricsAuthorized(req.get('authorization'), token)) {
			res.set('WWW-Authenticate', 'Bearer realm="metrics"').status(401).type('text/plain');
			res.send('A bearer token is required.\n');
			return;
		}
		metrics
			.text()
			.then(
				(text) => res.set('Cache-Control', 'no-store').type(metrics.contentType).send(text),
				next,
			);
	};
}
