import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { ipKeyGenerator } from 'express-rate-limit';

/** Express's compiled `trust proxy` setting: whether the hop at `index` is a trusted proxy. */
export type TrustProxy = (address: string, index: number) => boolean;

/** What the guard of new WebSocket and socket.io connections is built from. */
export interface ConnectionGuardOptions {
	/** Origins browsers may connect from; absent: the request's own host and `publicUrl`. */
	allowedOrigins: readonly string[] | undefined;
	/** The address people use (`PUBLIC_URL`); its origin is allowed by default. */
	publicUrl: string | undefined;
	/** New connections (sync and socket.io together) per client address and minute; 0: no limit. */
	connectionsPerMinute: number;
	/** Which hops of `X-Forwarded-For` to believe (the HTTP app's `trust proxy`). */
	trustProxy: TrustProxy;
	now?: () => number;
}

/** Why a new connection is refused before it is upgraded. */
export type GuardRefusal = 'forbidden_origin' | 'rate_limited';

/** Checks a new connection's origin and its address's connection rate. [W7] */
export interface ConnectionGuard {
	/** Undefined when the connection may go on (and counts it), else why not. */
	check(request: IncomingMessage): GuardRefusal | undefined;
	/** How many seconds a rate-limited address waits before its budget is whole again. */
	readonly retryAfterSeconds: number;
}

const WINDOW_MS = 60_000;

/**
 * The client's address, read like Express's `req.ip`: the first hop, from the socket back
 * through `X-Forwarded-For`, that is not a trusted proxy.
 */
export function clientAddress(request: IncomingMessage, trust: TrustProxy): string {
	const header = request.headers['x-forwarded-for'];
	const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
		.split(',')
		.map((hop) => hop.trim())
		.filter((hop) => hop !== '')
		.reverse();
	const hops = [request.socket.remoteAddress ?? '', ...forwarded];
	for (let index = 0; index < hops.length - 1; index++) {
		const hop = hops[index] ?? '';
		if (!trust(hop, index)) return hop;
	}
	return hops[hops.length - 1] ?? '';
}

/** `http://a.example:8080` for any URL of that origin; undefined when it is not http(s). */
export function originOf(url: string): string | undefined {
	try {
		const parsed = new URL(url);
		if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
		return parsed.origin;
	} catch {
		return undefined;
	}
}

/**
 * Whether a browser page at the request's `Origin` may open this connection. A request without
 * `Origin` is allowed: browsers always send it on WebSocket handshakes and cross-site requests,
 * so its absence means a non-browser client (a test, y-websocket in Node, an integration),
 * which no cookie or ambient authority helps anyway; such clients need a board token like any
 * other. The check protects browsers against cross-site WebSocket hijacking. `null` (sandboxed
 * frames, `file:` pages) is refused. By default the page must be on the request's own host (any
 * scheme: TLS may end at a proxy) or at `PUBLIC_URL`; `ALLOWED_ORIGINS` replaces that list.
 */
export function originAllowed(
	request: IncomingMessage,
	allowedOrigins: readonly string[] | undefined,
	publicUrl: string | undefined,
): boolean {
	const header = request.headers.origin;
	if (header === undefined) return true;
	const origin = originOf(header);
	if (!origin) return false;
	if (allowedOrigins) return allowedOrigins.includes(origin);
	if (publicUrl && originOf(publicUrl) === origin) return true;
	const host = request.headers.host?.toLowerCase();
	return host !== undefined && new URL(origin).host === host;
}

/** Creates the guard; counts per address in fixed one-minute windows, in this process. */
export function createConnectionGuard(options: ConnectionGuardOptions): ConnectionGuard {
	const now = options.now ?? Date.now;
	const windows = new Map<string, { count: number; endsAt: number }>();
	let sweptAt = now();

	function withinRate(request: IncomingMessage): boolean {
		const limit = options.connectionsPerMinute;
		if (limit <= 0) return true;
		const at = now();
		if (at - sweptAt >= WINDOW_MS) {
			for (const [key, window] of windows) if (window.endsAt <= at) windows.delete(key);
			sweptAt = at;
		}
		// An IPv6 client is counted by its /56, as the HTTP limits do: it may own many addresses.
		const key = ipKeyGenerator(clientAddress(request, options.trustProxy));
		let window = windows.get(key);
		if (!window || window.endsAt <= at) {
			window = { count: 0, endsAt: at + WINDOW_MS };
			windows.set(key, window);
		}
		window.count++;
		return window.count <= limit;
	}

	return {
		retryAfterSeconds: WINDOW_MS / 1000,
		check(request) {
			if (!originAllowed(request, options.allowedOrigins, options.publicUrl)) {
				return 'forbidden_origin';
			}
			return withinRate(request) ? undefined : 'rate_limited';
		},
	};
}

/** Answers an upgrade request with an HTTP error instead of upgrading it, and closes it. */
export function refuseUpgrade(
	socket: Duplex,
	status: 403 | 429,
	code: GuardRefusal,
	retryAfterSeconds?: number,
): void {
	const body = JSON.stringify({
		error: {
			code,
			message:
				code === 'rate_limited'
					? 'Too many new connections from your address; try again in a minute.'
					: 'Connections from this origin are not allowed.',
		},
	});
	const reason = status === 403 ? 'Forbidden' : 'Too Many Requests';
	socket.on('error', () => undefined);
	if (!socket.writable) {
		socket.destroy();
		return;
	}
	socket.once('finish', () => socket.destroy());
	socket.end(
		[
			`HTTP/1.1 ${status} ${reason}`,
			'Connection: close',
			'Content-Type: application/json; charset=utf-8',
			`Content-Length: ${Buffer.byteLength(body)}`,
			...(retryAfterSeconds ? [`Retry-After: ${retryAfterSeconds}`] : []),
			'',
			body,
		].join('\r\n'),
	);
}
