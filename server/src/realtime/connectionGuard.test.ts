import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, createConnectionGuard, originAllowed } from './connectionGuard.js';

function request(headers: Record<string, string>, remoteAddress = '127.0.0.1'): IncomingMessage {
	return { headers, socket: { remoteAddress } } as unknown as IncomingMessage;
}

const loopback = (address: string) => address === '127.0.0.1' || address === '::1';

describe('clientAddress', () => {
	it('[W7] believes X-Forwarded-For only from trusted proxies, like Express', () => {
		const forwarded = { 'x-forwarded-for': '198.51.100.1, 203.0.113.9' };
		expect(clientAddress(request(forwarded), loopback)).toBe('203.0.113.9');
		expect(clientAddress(request(forwarded, '192.0.2.50'), loopback)).toBe('192.0.2.50');
		expect(clientAddress(request(forwarded), () => true)).toBe('198.51.100.1');
		expect(clientAddress(request({}), loopback)).toBe('127.0.0.1');
	});
});

describe('originAllowed', () => {
	const host = { host: 'groundwork.example.org' };

	it('[W7] allows no Origin, the own host (any scheme) and PUBLIC_URL; refuses others and null', () => {
		expect(originAllowed(request(host), undefined, undefined)).toBe(true);
		const from = (origin: string, publicUrl?: string) =>
			originAllowed(request({ ...host, origin }), undefined, publicUrl);
		expect(from('https://groundwork.example.org')).toBe(true);
		expect(from('http://GROUNDWORK.example.org')).toBe(true);
		expect(from('https://groundwork.example.org:8443')).toBe(false);
		expect(from('https://evil.example')).toBe(false);
		expect(from('null')).toBe(false);
		expect(from('not a url')).toBe(false);
		expect(from('https://app.example.org', 'https://app.example.org/base')).toBe(true);
	});

	it('[W7] ALLOWED_ORIGINS replaces the default list', () => {
		const allowed = ['https://app.example.org'];
		expect(
			originAllowed(request({ ...host, origin: 'https://app.example.org' }), allowed, undefined),
		).toBe(true);
		expect(
			originAllowed(
				request({ ...host, origin: 'https://groundwork.example.org' }),
				allowed,
				undefined,
			),
		).toBe(false);
	});
});

describe('createConnectionGuard', () => {
	it('[W7] counts new connections per address in one-minute windows; IPv6 by its /56', () => {
		let now = 0;
		const guard = createConnectionGuard({
			allowedOrigins: undefined,
			publicUrl: undefined,
			connectionsPerMinute: 2,
			trustProxy: () => false,
			now: () => now,
		});
		const from = (address: string) => guard.check(request({}, address));
		expect([from('192.0.2.1'), from('192.0.2.1'), from('192.0.2.1')]).toEqual([
			undefined,
			undefined,
			'rate_limited',
		]);
		expect(from('192.0.2.2')).toBeUndefined();
		expect([from('2001:db8:0:1::1'), from('2001:db8:0:2::1'), from('2001:db8:0:3::1')]).toEqual([
			undefined,
			undefined,
			'rate_limited',
		]);
		expect(from('2001:db8:100::1')).toBeUndefined();
		now = 60_000;
		expect(from('192.0.2.1')).toBeUndefined();
	});

	it('[W7] checks the origin before counting, and counts nothing with a limit of 0', () => {
		const guard = createConnectionGuard({
			allowedOrigins: undefined,
			publicUrl: undefined,
			connectionsPerMinute: 0,
			trustProxy: () => false,
		});
		for (let i = 0; i < 100; i++) expect(guard.check(request({}))).toBeUndefined();
		expect(guard.check(request({ host: 'a.example', origin: 'https://b.example' }))).toBe(
			'forbidden_origin',
		);
	});
});
