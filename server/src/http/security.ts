import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Router, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { sendError } from './errors.js';

/** A `Host` header fit to be written into the policy: a name or address and an optional port. */
const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The page's own WebSocket origins. CSP Level 3 lets `'self'` match `ws:`/`wss:` on the page's
 * host, but Safari did so only from 15.4 (2022): naming them keeps the sync endpoint and
 * socket.io reachable on older browsers and grants nothing beyond the page's own host.
 */
function ownWebSockets(req: IncomingMessage): string {
	const host = req.headers.host ?? '';
	return HOST.test(host) ? `ws://${host} wss://${host}` : '';
}

/**
 * Security headers (helmet) with a Content-Security-Policy the built client satisfies:
 * - `script-src 'self'`: `client/index.html` has no inline script; Vite emits one module file
 *   and inlines nothing (its module-preload polyfill is bundled).
 * - `style-src 'self'` without `'unsafe-inline'`: the built CSS is one file; the client has no
 *   `style="…"` attribute and no `<style>` made at run time. Svelte's `style:` directives
 *   (cards, presence swatches, band headers, …) are applied through the CSSOM
 *   (`element.style.setProperty`, `style.cssText`), which CSP does not govern; transitions use
 *   the Web Animations API. A literal `style="…"` in a template would be refused: use a class or
 *   a `style:` directive.
 * - `img-src 'self' data: blob:`: exports draw an SVG blob into an image (PNG export).
 * - `connect-src 'self'` plus the page's own `ws:`/`wss:` (`ownWebSockets`).
 * - `worker-src 'self'`: the offline shell's service worker (`/sw.js`).
 * - `frame-ancestors 'none'` (and `X-Frame-Options: DENY`), `object-src 'none'`,
 *   `base-uri 'self'`, `form-action 'self'`.
 * User content (card and gap texts, links, names) is rendered by Svelte text interpolation,
 * which escapes it; the client has no `{@html}` and no static `style="…"` (both checked by
 * `client/src/lib/contentPolicy.test.ts`).
 */
export function securityHeaders(): RequestHandler {
	return helmet({
		contentSecurityPolicy: {
			useDefaults: false,
			directives: {
				defaultSrc: ["'self'"],
				scriptSrc: ["'self'"],
				styleSrc: ["'self'"],
				imgSrc: ["'self'", 'data:', 'blob:'],
				fontSrc: ["'self'"],
				connectSrc: ["'self'", ownWebSockets],
				workerSrc: ["'self'"],
				manifestSrc: ["'self'"],
				frameAncestors: ["'none'"],
				objectSrc: ["'none'"],
				baseUri: ["'self'"],
				formAction: ["'self'"],
			},
		},
		referrerPolicy: { policy: 'no-referrer' },
		xFrameOptions: { action: 'deny' },
	}) as RequestHandler;
}

/** Express-rate-limit in our error shape ([H3]), with `RateLimit` headers (draft 7). */
function limiter(limit: number, windowMs: number, message: string): RequestHandler {
	return rateLimit({
		windowMs,
		limit,
		standardHeaders: 'draft-7',
		legacyHeaders: false,
		handler: (_req, res, _next, options) => {
			sendError(res, options.statusCode, 'rate_limited', message);
		},
	});
}

const pass: RequestHandler = (_req, _res, next) => next();

/**
 * HTTP API requests per client address and minute, in this process (`429 rate_limited`);
 * `perMinute` 0 for no limit. [W7]
 */
export function apiRateLimit(perMinute: number): RequestHandler {
	if (perMinute <= 0) return pass;
	return limiter(perMinute, 60_000, 'Too many requests from your address; try again in a minute.');
}

/**
 * Registrations of interest per client address and 10 minutes, in this process
 * (`429 rate_limited`); 0 for no limit. [G3]
 */
export function registrationRateLimit(per10Min: number): RequestHandler {
	if (per10Min <= 0) return pass;
	return limiter(
		per10Min,
		10 * 60_000,
		'Too many registrations from your address; try again in a few minutes.',
	);
}

function sha256(text: string): Buffer {
	return createHash('sha256').update(text).digest();
}

/** Whether `given` is `expected`, in time independent of where they differ (hashes compared). */
export function sameSecret(given: string | undefined, expected: string): boolean {
	if (given === undefined) return false;
	return timingSafeEqual(sha256(given), sha256(expected));
}

/**
 * Guards board creation (`POST /api/boards`, `POST /api/boards/import`): at most `per10Min`
 * boards per client address and 10 minutes (`429 rate_limited`; failed attempts count, which
 * also bounds guessing the code), then, when `createToken` is set,
 * `Authorization: Bearer <createToken>` (`401 create_token_required`). [H9], [W7]
 */
export function boardCreationGuard(options: {
	createToken: string | undefined;
	per10Min: number;
}): RequestHandler[] {
	const guards: RequestHandler[] = [];
	if (options.per10Min > 0) {
		guards.push(
			limiter(
				options.per10Min,
				10 * 60_000,
				'Too many boards created from your address; try again in a few minutes.',
			),
		);
	}
	const { createToken } = options;
	if (createToken) {
		guards.push((req, res, next) => {
			const header = req.get('authorization');
			const given = header?.startsWith('Bearer ')
				? header.slice('Bearer '.length).trim()
				: undefined;
			if (sameSecret(given, createToken)) {
				next();
				return;
			}
			res.set('WWW-Authenticate', 'Bearer realm="groundwork"');
			sendError(
				res,
				401,
				'create_token_required',
				given === undefined
					? 'This server asks for a creation code to create boards.'
					: 'The creation code is not right.',
			);
		});
	}
	return guards;
}

/** `GET /api/config`: what a client needs to know of this deployment. [H9], [G4] */
export function configRouter(options: {
	createToken: string | undefined;
	maxMaterialBytes: number;
}): Router {
	const router = Router();
	router.get('/config', (_req, res) => {
		res.set('Cache-Control', 'no-store').json({
			createRequiresToken: Boolean(options.createToken),
			maxMaterialBytes: options.maxMaterialBytes,
		});
	});
	return router;
}
