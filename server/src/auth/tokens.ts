import { createHmac, timingSafeEqual } from 'node:crypto';
import { isBoardId, isRole, type Role } from '@groundwork/protocol';

/** What a board token grants. See SPEC.md [T1]-[T5]. */
export interface TokenClaims {
	boardId: string;
	role: Role;
	/** Epoch milliseconds after which the token is refused. */
	expiresAt: number;
	/**
	 * The link generation of the board's `role` the token was signed at: once a facilitator
	 * rotates that role's links, tokens below the board's current generation are refused.
	 * Tokens signed before generations existed carry none and count as 0. [T5]
	 */
	generation: number;
}

/** Claims to sign; `generation` defaults to 0. */
export type TokenClaimsInput = Omit<TokenClaims, 'generation'> & { generation?: number };

/** Why a token was refused. */
export type TokenError = 'malformed' | 'bad_signature' | 'expired' | 'wrong_board';

const VERSION = 'v1';

function sign(payload: string, secret: string): Buffer {
	return createHmac('sha256', secret).update(`${VERSION}.${payload}`).digest();
}

/**
 * Signs claims into `v1.<payload>.<mac>` (base64url, HMAC-SHA256). The payload holds `g` (the
 * link generation) only above 0, so a generation-0 token is exactly a token of before. [T1], [T5]
 */
export function signToken(claims: TokenClaimsInput, secret: string): string {
	const generation = claims.generation ?? 0;
	const fields = { b: claims.boardId, r: claims.role, e: claims.expiresAt };
	const payload = Buffer.from(
		JSON.stringify(generation > 0 ? { ...fields, g: generation } : fields),
	).toString('base64url');
	return `${VERSION}.${payload}.${sign(payload, secret).toString('base64url')}`;
}

function parseClaims(payload: string): TokenClaims | undefined {
	try {
		const raw = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
		if (typeof raw !== 'object' || raw === null) return undefined;
		const { b, r, e, g = 0 } = raw as Record<string, unknown>;
		if (!isBoardId(b) || !isRole(r) || typeof e !== 'number' || !Number.isFinite(e)) {
			return undefined;
		}
		if (typeof g !== 'number' || !Number.isSafeInteger(g) || g < 0) return undefined;
		return { boardId: b, role: r, expiresAt: e, generation: g };
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

/**
 * The board a token claims to be for, read without verifying it: only to know which board to
 * verify it against (`verifyToken`), for routes that act for "the caller's board" (issue 8).
 */
export function tokenBoardId(token: unknown): string | undefined {
	if (typeof token !== 'string' || token.length > 1024) return undefined;
	const parts = token.split('.');
	if (parts.length !== 3 || parts[0] !== VERSION) return undefined;
	return parseClaims(parts[1] ?? '')?.boardId;
}
