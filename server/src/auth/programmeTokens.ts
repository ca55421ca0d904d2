import { signClaims, verifyClaims } from './signedClaims.js';

/**
 * The programme's two kinds of links (issue 11, SPEC [G1], [G5]):
 * - a coordinator token, `p1.…` `{ p, e, g }`: the programme's coordinator routes, until it
 *   expires or the programme's coordinator generation moves past `g`;
 * - a city's pass, `q1.…` `{ p, r, t, g, e }`: one invitation link of an accepted registration,
 *   traded for a link to the city's own board (`t` = `city`) or a seminar's board (`t` = its id),
 *   until it expires or the registration's generation moves past `g`.
 */

export interface CoordinatorClaims {
	programmeId: string;
	expiresAt: number;
	generation: number;
}

export interface PassClaims {
	programmeId: string;
	registrationId: string;
	/** `city`, or a seminar id. */
	target: string;
	expiresAt: number;
	generation: number;
}

export type ProgrammeTokenError = 'malformed' | 'bad_signature' | 'expired';

const COORDINATOR = 'p1';
const PASS = 'q1';
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const isId = (value: unknown): value is string => typeof value === 'string' && ID.test(value);
const isTime = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value);
const isGeneration = (value: unknown): value is number =>
	typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

type Verdict<T> = { ok: true; claims: T } | { ok: false; error: ProgrammeTokenError };

export function signCoordinatorToken(claims: CoordinatorClaims, secret: string): string {
	return signClaims(
		COORDINATOR,
		{ p: claims.programmeId, e: claims.expiresAt, g: claims.generation },
		secret,
	);
}

/** MAC, shape, then expiry at `now`. Never throws. */
export function verifyCoordinatorToken(
	token: unknown,
	secret: string,
	now = Date.now(),
): Verdict<CoordinatorClaims> {
	const verified = verifyClaims(COORDINATOR, token, secret);
	if (!verified.ok) return verified;
	const { p, e, g } = verified.claims;
	if (!isId(p) || !isTime(e) || !isGeneration(g)) return { ok: false, error: 'malformed' };
	if (e <= now) return { ok: false, error: 'expired' };
	return { ok: true, claims: { programmeId: p, expiresAt: e, generation: g } };
}

export function signPass(claims: PassClaims, secret: string): string {
	return signClaims(
		PASS,
		{
			p: claims.programmeId,
			r: claims.registrationId,
			t: claims.target,
			g: claims.generation,
			e: claims.expiresAt,
		},
		secret,
	);
}

/** MAC, shape, then expiry at `now`. Never throws. */
export function verifyPass(token: unknown, secret: string, now = Date.now()): Verdict<PassClaims> {
	const verified = verifyClaims(PASS, token, secret);
	if (!verified.ok) return verified;
	const { p, r, t, g, e } = verified.claims;
	if (!isId(p) || !isId(r) || !isId(t) || !isTime(e) || !isGeneration(g)) {
		return { ok: false, error: 'malformed' };
	}
	if (e <= now) return { ok: false, error: 'expired' };
	return {
		ok: true,
		claims: { programmeId: p, registrationId: r, target: t, expiresAt: e, generation: g },
	};
}
