import { describe, expect, it } from 'vitest';
import { signInvite, verifyInvite } from './invites.js';
import { signToken } from './tokens.js';

const SECRET = 'invite-secret-0123456789';
const claims = { cohortId: 'cohort-12345678', expiresAt: 2_000, generation: 3 };

describe('cohort invitations', () => {
	it('round-trips its claims and refuses them after expiry', () => {
		const invite = signInvite(claims, SECRET);
		expect(verifyInvite(invite, SECRET, 1_000)).toEqual({ ok: true, claims });
		expect(verifyInvite(invite, SECRET, 2_000)).toEqual({ ok: false, error: 'expired' });
	});

	it('refuses another secret, a changed payload and a board token', () => {
		const invite = signInvite(claims, SECRET);
		expect(verifyInvite(invite, 'another-secret', 1_000)).toEqual({
			ok: false,
			error: 'bad_signature',
		});
		const [prefix, , mac] = invite.split('.');
		const forged = Buffer.from(JSON.stringify({ c: 'cohort-12345678', e: 9e15, g: 3 })).toString(
			'base64url',
		);
		expect(verifyInvite(`${prefix}.${forged}.${mac}`, SECRET, 1_000)).toMatchObject({ ok: false });
		const boardToken = signToken(
			{ boardId: 'board-12345678', role: 'facilitator', expiresAt: 2_000 },
			SECRET,
		);
		expect(verifyInvite(boardToken, SECRET, 1_000)).toEqual({ ok: false, error: 'malformed' });
		for (const junk of [undefined, 42, '', 'i1..', 'i1.x.y', 'x'.repeat(2000)]) {
			expect(verifyInvite(junk, SECRET, 1_000).ok).toBe(false);
		}
	});
});
