import { createHmac, timingSafeEqual } from 'node:crypto';
import { isBoardId, isRole, type Role } from '@groundwork/protocol';

/** What a board token grants. See SPEC.md [T1]-[T4]. */
export interface TokenClaims {
	boardId: string;
	role: Role;
	/** Epoch milliseconds after which the token is refused. */
	expiresAt: number;
}

/** Why a token was refused. */
export type TokenError = 'malformed' | 'bad_signature' | 'expired' | 'wrong_board';

const VERSION = 'v1';

function sign(payload: string, secret: string): Buffer {
	return createHmac('sha256', secret).update(`${VERSION}.${payload}`).digest();
}

/** Signs claims into `v1.<payload>.<mac>` (base64url, HMAC-SHA256). [T1] */
export function signToken(claims: TokenClaims, secret: string): string {
	const payload = Buffer.from(
		JSON.stringify({ b: claims.boardId, r: claims.role, e: claims.expiresAt }),
	).toString('base64url');
	return `${VERSION}.${payload}.${sign(payload, secret).toString('base64url')}`;
}

function parseClaims(payload: string): TokenClaims | undefined {
	try {
		const raw = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
		if (typeof raw !== 'object' || raw === null) return undefined;
		const { b, r, e } = raw as Record<string, unknown>;
		if (!isBoardId(b) || !isRole(r) || typeof e !== 'number' || !Number.isFinite(e)) {
			return undefined;
		}
		return { boardId: b, role: r, expiresAt: e };
	} catch {
		return undefined;
	}
}

/**
 * Verifies a token for `boardId` at time `now`: the MAC first (constant time), then expiry,
 * then the board. Never throws. [T2]-[T4]
 */
export function verifyToken(
	token: unknown,
	boardId: string,
	secret: string,
	now: number = Date.now(),
): { ok: true; claims: TokenClaims } | { ok: false; error: TokenError } {
	if (typeof token !== 'string' || token.length > 1024) return { ok: false, error: 'malformed' };
	const parts = token.split('.');
	if (parts.length !== 3 || parts[0] !== VERSION) return { ok: false, error: 'malformed' };
	const [, payload = '', mac = ''] = parts;
	const expected = sign(payload, secret);
	const given = Buffer.from(mac, 'base64url');
	// Buffer.from skips characters outside base64url; a re-encoding that differs means there were some.
	const canonical = given.toString('base64url') === mac;
	if (!canonical || given.length !== expected.length || !timingSafeEqual(given, expected)) {
		return { ok: false, error: 'bad_signature' };
	}
	const claims = parseClaims(payload);
	if (!claims) return { ok: false, error: 'malformed' };
	if (claims.expiresAt <= now) return { ok: false, error: 'expired' };
	if (claims.boardId !== boardId) return { ok: false, error: 'wrong_board' };
	return { ok: true, claims };
}
