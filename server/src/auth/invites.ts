import { signClaims, verifyClaims } from './signedClaims.js';

/**
 * Cohort invitation tokens (issue 8): `i1.<payload>.<mac>`, signed claims (`signedClaims.ts`)
 * under their own prefix, so an invitation is never mistaken for a board token nor a board token
 * for an invitation. The payload holds the cohort (`c`), the expiry (`e`) and the cohort's
 * invitation generation (`g`): re-issuing the link raises the generation and refuses every
 * earlier one.
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

/** Signs an invitation. */
export function signInvite(claims: InviteClaims, secret: string): string {
	return signClaims(
		PREFIX,
		{ c: claims.cohortId, e: claims.expiresAt, g: claims.generation },
		secret,
	);
}

/** Verifies an invitation at `now`: MAC first (constant time), then expiry. Never throws. */
export function verifyInvite(
	invite: unknown,
	secret: string,
	now: number = Date.now(),
): { ok: true; claims: InviteClaims } | { ok: false; error: InviteError } {
	const verified = verifyClaims(PREFIX, invite, secret);
	if (!verified.ok) return verified;
	const { c, e, g } = verified.claims;
	if (typeof c !== 'string' || !COHORT_ID.test(c)) return { ok: false, error: 'malformed' };
	if (typeof e !== 'number' || !Number.isFinite(e)) return { ok: false, error: 'malformed' };
	if (typeof g !== 'number' || !Number.isSafeInteger(g) || g < 0) {
		return { ok: false, error: 'malformed' };
	}
	if (e <= now) return { ok: false, error: 'expired' };
	return { ok: true, claims: { cohortId: c, expiresAt: e, generation: g } };
}
