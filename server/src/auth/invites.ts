import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Cohort invitation tokens (issue 8): `i1.<payload>.<mac>`, HMAC-SHA256 with the deployment's
 * token secret under their own prefix, so an invitation is never mistaken for a board token nor
 * a board token for an invitation. The payload holds the cohort (`c`), the expiry (`e`) and the
 * cohort's invitation generation (`g`): re-issuing the link raises the generation and refuses
 * every earlier one.
 */

/** What an invitation grants: joining one cohort until it expires or is re-issued. */
export interface InviteClaims {
	cohortId: string;
	/** Epoch ms. */
	expiresAt: number;
	generation: number;
}

/** Why an invitation was refused. */
export type InviteError = 'malformed' | 'bad_signature' | 'expired';

const PREFIX = 'i1';
const COHORT_ID = /^[A-Za-z0-9_-]{8,64}$/;

function mac(payload: string, secret: string): Buffer {
	return createHmac('sha256', secret).update(`${PREFIX}.${payload}`).digest();
}

/** Signs an invitation. */
export function signInvite(claims: InviteClaims, secret: string): string {
	const payload = Buffer.from(
		JSON.stringify({ c: claims.cohortId, e: claims.expiresAt, g: claims.generation }),
	).toString('base64url');
	return `${PREFIX}.${payload}.${mac(payload, secret).toString('base64url')}`;
}

function parsePayload(payload: string): InviteClaims | undefined {
	try {
		const raw = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
		if (typeof raw !== 'object' || raw === null) return undefined;
		const { c, e, g } = raw as Record<string, unknown>;
		if (typeof c !== 'string' || !COHORT_ID.test(c)) return undefined;
		if (typeof e !== 'number' || !Number.isFinite(e)) return undefined;
		if (typeof g !== 'number' || !Number.isSafeInteger(g) || g < 0) return undefined;
		return { cohortId: c, expiresAt: e, generation: g };
	} catch {
		return undefined;
	}
}

/** Verifies an invitation at `now`: MAC first (constant time), then expiry. Never throws. */
export function verifyInvite(
	invite: unknown,
	secret: string,
	now: number = Date.now(),
): { ok: true; claims: InviteClaims } | { ok: false; error: InviteError } {
	if (typeof invite !== 'string' || invite.length > 1024) return { ok: false, error: 'malformed' };
	const parts = invite.split('.');
	if (parts.length !== 3 || parts[0] !== PREFIX) return { ok: false, error: 'malformed' };
	const [, payload = '', given = ''] = parts;
	const expected = mac(payload, secret);
	const bytes = Buffer.from(given, 'base64url');
	const canonical = bytes.toString('base64url') === given;
	if (!canonical || bytes.length !== expected.length || !timingSafeEqual(bytes, expected)) {
		return { ok: false, error: 'bad_signature' };
	}
	const claims = parsePayload(payload);
	if (!claims) return { ok: false, error: 'malformed' };
	if (claims.expiresAt <= now) return { ok: false, error: 'expired' };
	return { ok: true, claims };
}
