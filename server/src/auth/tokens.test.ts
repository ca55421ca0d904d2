import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ROLES } from '@groundwork/protocol';
import { signToken, verifyToken, type TokenClaims } from './tokens.js';

const secret = 'a-test-secret-of-enough-length';
const boardId = 'board-0001';
const now = 1_700_000_000_000;
const claims: TokenClaims = {
	boardId,
	role: 'participant',
	expiresAt: now + 60_000,
	generation: 0,
};

function mac(payload: string, key = secret): string {
	return createHmac('sha256', key).update(`v1.${payload}`).digest('base64url');
}

function payloadOf(raw: unknown): string {
	return Buffer.from(JSON.stringify(raw)).toString('base64url');
}

describe('board tokens', () => {
	it('[T1] signs v1.<payload>.<mac> with the documented payload', () => {
		const token = signToken(claims, secret);
		const [version, payload, signature] = token.split('.');
		expect(version).toBe('v1');
		expect(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'))).toEqual({
			b: boardId,
			r: 'participant',
			e: claims.expiresAt,
		});
		expect(signature).toBe(mac(payload ?? ''));
		expect(token).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
	});

	it('[T1] a signed token verifies, for each role', () => {
		for (const role of ROLES) {
			const token = signToken({ ...claims, role }, secret);
			expect(verifyToken(token, boardId, secret, now)).toEqual({
				ok: true,
				claims: { ...claims, role },
			});
		}
	});

	it('[T1] a token built by hand with the documented format verifies', () => {
		const payload = payloadOf({ b: boardId, r: 'viewer', e: claims.expiresAt });
		expect(verifyToken(`v1.${payload}.${mac(payload)}`, boardId, secret, now)).toEqual({
			ok: true,
			claims: { boardId, role: 'viewer', expiresAt: claims.expiresAt, generation: 0 },
		});
	});

	it('[T5] a token carries its link generation as g, only above 0', () => {
		const token = signToken({ ...claims, generation: 3 }, secret);
		const [, payload] = token.split('.');
		expect(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'))).toEqual({
			b: boardId,
			r: 'participant',
			e: claims.expiresAt,
			g: 3,
		});
		expect(verifyToken(token, boardId, secret, now)).toEqual({
			ok: true,
			claims: { ...claims, generation: 3 },
		});
		const zero = signToken({ ...claims, generation: 0 }, secret);
		expect(zero).toBe(
			signToken({ boardId, role: 'participant', expiresAt: claims.expiresAt }, secret),
		);
	});

	it('[T5] an old v1 token without g verifies as generation 0', () => {
		const payload = payloadOf({ b: boardId, r: 'participant', e: claims.expiresAt });
		expect(verifyToken(`v1.${payload}.${mac(payload)}`, boardId, secret, now)).toEqual({
			ok: true,
			claims: { ...claims, generation: 0 },
		});
	});

	it('[T5] a generation raised in the payload is refused as bad_signature', () => {
		const token = signToken(claims, secret);
		const [, , oldMac] = token.split('.');
		const raised = payloadOf({ b: boardId, r: 'participant', e: claims.expiresAt, g: 9 });
		expect(verifyToken(`v1.${raised}.${oldMac}`, boardId, secret, now)).toEqual({
			ok: false,
			error: 'bad_signature',
		});
	});

	it('[T5] a signed payload whose g is not a whole number >= 0 is malformed', () => {
		for (const g of [-1, 1.5, '2', null, 2 ** 60]) {
			const payload = payloadOf({ b: boardId, r: 'viewer', e: claims.expiresAt, g });
			expect(verifyToken(`v1.${payload}.${mac(payload)}`, boardId, secret, now), String(g)).toEqual(
				{ ok: false, error: 'malformed' },
			);
		}
	});

	it('[T2] a changed payload with the old MAC is refused as bad_signature', () => {
		const token = signToken(claims, secret);
		const [, , oldMac] = token.split('.');
		const longer = payloadOf({ b: boardId, r: 'participant', e: claims.expiresAt + 10 ** 9 });
		expect(verifyToken(`v1.${longer}.${oldMac}`, boardId, secret, now)).toEqual({
			ok: false,
			error: 'bad_signature',
		});
		const otherBoard = payloadOf({ b: 'board-0002', r: 'participant', e: claims.expiresAt });
		expect(verifyToken(`v1.${otherBoard}.${oldMac}`, 'board-0002', secret, now)).toEqual({
			ok: false,
			error: 'bad_signature',
		});
	});

	it('[T2] a role raised in the payload is refused as bad_signature', () => {
		const token = signToken({ ...claims, role: 'viewer' }, secret);
		const [, , oldMac] = token.split('.');
		const raised = payloadOf({ b: boardId, r: 'facilitator', e: claims.expiresAt });
		expect(verifyToken(`v1.${raised}.${oldMac}`, boardId, secret, now)).toEqual({
			ok: false,
			error: 'bad_signature',
		});
	});

	it('[T2] a token signed with another secret is refused as bad_signature', () => {
		const token = signToken(claims, 'another-secret-entirely-0000');
		expect(verifyToken(token, boardId, secret, now)).toEqual({
			ok: false,
			error: 'bad_signature',
		});
		const payload = payloadOf({ b: boardId, r: 'facilitator', e: claims.expiresAt });
		expect(verifyToken(`v1.${payload}.${mac(payload, 'guess')}`, boardId, secret, now)).toEqual({
			ok: false,
			error: 'bad_signature',
		});
	});

	it('[T2] a missing, empty, truncated or altered MAC is refused as bad_signature', () => {
		const token = signToken(claims, secret);
		const [version, payload, signature = ''] = token.split('.');
		const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1);
		for (const bad of ['', signature.slice(0, -2), flipped, `${signature}AAAA`]) {
			expect(verifyToken(`${version}.${payload}.${bad}`, boardId, secret, now), bad).toEqual({
				ok: false,
				error: 'bad_signature',
			});
		}
	});

	it('[T2] a MAC with characters added outside base64url is refused, not silently cleaned', () => {
		const token = signToken(claims, secret);
		for (const altered of [`${token}!`, `${token}=`, token.replace(/\.([^.]+)$/, '.$1 ')]) {
			expect(verifyToken(altered, boardId, secret, now)).toEqual({
				ok: false,
				error: 'bad_signature',
			});
		}
	});

	it('[T2] the MAC covers the version prefix (a MAC of the bare payload is refused)', () => {
		const payload = payloadOf({ b: boardId, r: 'facilitator', e: claims.expiresAt });
		const bare = createHmac('sha256', secret).update(payload).digest('base64url');
		expect(verifyToken(`v1.${payload}.${bare}`, boardId, secret, now)).toEqual({
			ok: false,
			error: 'bad_signature',
		});
	});

	it('[T3] a token at or past its expiry is refused as expired', () => {
		const token = signToken(claims, secret);
		expect(verifyToken(token, boardId, secret, claims.expiresAt - 1).ok).toBe(true);
		expect(verifyToken(token, boardId, secret, claims.expiresAt)).toEqual({
			ok: false,
			error: 'expired',
		});
		expect(verifyToken(token, boardId, secret, claims.expiresAt + 86_400_000)).toEqual({
			ok: false,
			error: 'expired',
		});
	});

	it('[T3] verification uses the current time when none is given', () => {
		const past = signToken({ ...claims, expiresAt: Date.now() - 1000 }, secret);
		const future = signToken({ ...claims, expiresAt: Date.now() + 3_600_000 }, secret);
		expect(verifyToken(past, boardId, secret)).toEqual({ ok: false, error: 'expired' });
		expect(verifyToken(future, boardId, secret).ok).toBe(true);
	});

	it('[T4] a token for another board is refused as wrong_board', () => {
		const token = signToken(claims, secret);
		expect(verifyToken(token, 'board-0002', secret, now)).toEqual({
			ok: false,
			error: 'wrong_board',
		});
		expect(verifyToken(token, `${boardId}x`, secret, now)).toEqual({
			ok: false,
			error: 'wrong_board',
		});
	});

	it('[T2] malformed inputs are refused without throwing', () => {
		const inputs: unknown[] = [
			undefined,
			null,
			42,
			{},
			['v1', 'a', 'b'],
			'',
			'.',
			'..',
			'a.b',
			'v1.only-two',
			'v2.x.y',
			'V1.x.y',
			'v1.x.y.z',
			'x'.repeat(5000),
			`v1.${'A'.repeat(5000)}.${'B'.repeat(43)}`,
		];
		for (const input of inputs) {
			let result: ReturnType<typeof verifyToken> | undefined;
			expect(() => {
				result = verifyToken(input, boardId, secret, now);
			}).not.toThrow();
			expect(result?.ok, String(input).slice(0, 40)).toBe(false);
			if (result && !result.ok) expect(['malformed', 'bad_signature']).toContain(result.error);
		}
		for (const input of [undefined, '', 'a.b', 'v2.x.y', 'x'.repeat(5000)]) {
			expect(verifyToken(input, boardId, secret, now)).toEqual({ ok: false, error: 'malformed' });
		}
	});

	it('[T2] a correctly MACed payload that is not base64 JSON claims is refused as malformed', () => {
		const payloads = [
			'!!!not*base64$$$',
			Buffer.from('not json').toString('base64url'),
			payloadOf(null),
			payloadOf('a string'),
			payloadOf([boardId, 'facilitator', claims.expiresAt]),
			payloadOf({ b: boardId, r: 'admin', e: claims.expiresAt }),
			payloadOf({ b: 'short', r: 'viewer', e: claims.expiresAt }),
			payloadOf({ b: boardId, r: 'viewer', e: String(claims.expiresAt) }),
			payloadOf({ b: boardId, r: 'viewer' }),
			payloadOf({ b: boardId, r: 'viewer', e: null }),
			'',
		];
		for (const payload of payloads) {
			let result: ReturnType<typeof verifyToken> | undefined;
			expect(() => {
				result = verifyToken(`v1.${payload}.${mac(payload)}`, boardId, secret, now);
			}).not.toThrow();
			expect(result, payload).toEqual({ ok: false, error: 'malformed' });
		}
	});
});
