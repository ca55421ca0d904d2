import { describe, expect, it } from 'vitest';
import {
	signCoordinatorToken,
	signPass,
	verifyCoordinatorToken,
	verifyPass,
} from './programmeTokens.js';
import { signInvite } from './invites.js';

const SECRET = 'test-secret-of-enough-length-0123456789';
const NOW = Date.UTC(2026, 2, 1);

describe('programme tokens', () => {
	const coordinator = { programmeId: 'prog_123', expiresAt: NOW + 1000, generation: 2 };
	const pass = {
		programmeId: 'prog_123',
		registrationId: 'reg_9',
		target: 'city',
		expiresAt: NOW + 1000,
		generation: 1,
	};

	it('round-trips coordinator tokens and passes', () => {
		expect(verifyCoordinatorToken(signCoordinatorToken(coordinator, SECRET), SECRET, NOW)).toEqual({
			ok: true,
			claims: coordinator,
		});
		expect(verifyPass(signPass(pass, SECRET), SECRET, NOW)).toEqual({ ok: true, claims: pass });
	});

	it('refuses expiry, another secret, a changed payload and another kind of token', () => {
		const token = signPass(pass, SECRET);
		expect(verifyPass(token, SECRET, NOW + 1000)).toEqual({ ok: false, error: 'expired' });
		expect(verifyPass(token, 'another-secret-of-enough-length-xyz', NOW)).toEqual({
			ok: false,
			error: 'bad_signature',
		});
		const [prefix, , mac] = token.split('.');
		const forged = Buffer.from(JSON.stringify({ ...pass, r: 'reg_other' })).toString('base64url');
		expect(verifyPass(`${prefix}.${forged}.${mac}`, SECRET, NOW).ok).toBe(false);
		// A coordinator token is not a pass, nor an invitation a coordinator token.
		expect(verifyPass(signCoordinatorToken(coordinator, SECRET), SECRET, NOW)).toEqual({
			ok: false,
			error: 'malformed',
		});
		const invite = signInvite(
			{ cohortId: 'cohort_123', expiresAt: NOW + 1000, generation: 0 },
			SECRET,
		);
		expect(verifyCoordinatorToken(invite, SECRET, NOW)).toEqual({ ok: false, error: 'malformed' });
	});

	it('refuses malformed input without throwing', () => {
		for (const bad of [undefined, 42, '', 'q1', 'q1..', 'q1.e30.', 'x'.repeat(2000), {}]) {
			expect(verifyPass(bad, SECRET, NOW).ok).toBe(false);
			expect(verifyCoordinatorToken(bad, SECRET, NOW).ok).toBe(false);
		}
	});
});
