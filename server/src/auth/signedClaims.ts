import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed claims under a prefix: `<prefix>.<payload>.<mac>`, the payload base64url JSON and the
 * MAC HMAC-SHA256 of `<prefix>.<payload>` with the deployment's token secret. The prefix is in
 * the MAC, so a token of one kind is never taken for another.
 */

/** Why signed claims were refused before their content was read. */
export type SignedClaimsError = 'malformed' | 'bad_signature';

function mac(prefix: string, payload: string, secret: string): Buffer {
	return createHmac('sha256', secret).update(`${prefix}.${payload}`).digest();
}

/** Signs `claims` (short keys, JSON values) under `prefix`. */
export function signClaims(
	prefix: string,
	claims: Record<string, unknown>,
	secret: string,
): string {
	const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
	return `${prefix}.${payload}.${mac(prefix, payload, secret).toString('base64url')}`;
}

/**
 * Verifies the MAC (constant time) and reads the claims as an object; their fields are the
 * caller's to check. Never throws.
 */
export function verifyClaims(
	prefix: string,
	token: unknown,
	secret: string,
): { ok: true; claims: Record<string, unknown> } | { ok: false; error: SignedClaimsError } {
	if (typeof token !== 'string' || token.length > 1024) return { ok: false, error: 'malformed' };
	const parts = token.split('.');
	if (parts.length !== 3 || parts[0] !== prefix) return { ok: false, error: 'malformed' };
	const [, payload = '', given = ''] = parts;
	const expected = mac(prefix, payload, secret);
	const bytes = Buffer.from(given, 'base64url');
	const canonical = bytes.toString('base64url') === given;
	if (!canonical || bytes.length !== expected.length || !timingSafeEqual(bytes, expected)) {
		return { ok: false, error: 'bad_signature' };
	}
	try {
		const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
		if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
			return { ok: false, error: 'malformed' };
		}
		return { ok: true, claims: claims as Record<string, unknown> };
	} catch {
		return { ok: false, error: 'malformed' };
	}
}
