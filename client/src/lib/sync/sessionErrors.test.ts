import { describe, expect, it } from 'vitest';
import { SessionRequestError, isRefusedHandshake } from './sessionErrors.js';

describe('isRefusedHandshake', () => {
	it('recognises the server’s refusals by message or code', () => {
		expect(isRefusedHandshake(new Error('unauthorized'))).toBe(true);
		expect(isRefusedHandshake(new Error('not_found'))).toBe(true);
		expect(isRefusedHandshake(Object.assign(new Error('x'), { data: { code: 4401 } }))).toBe(true);
		expect(isRefusedHandshake(Object.assign(new Error('x'), { data: { code: 4404 } }))).toBe(true);
	});

	it('treats transport trouble and anything else as retryable', () => {
		expect(isRefusedHandshake(new Error('websocket error'))).toBe(false);
		expect(isRefusedHandshake(new Error('unavailable'))).toBe(false);
		expect(isRefusedHandshake(Object.assign(new Error('x'), { data: { code: 1011 } }))).toBe(false);
		expect(isRefusedHandshake('unauthorized')).toBe(false);
		expect(isRefusedHandshake(null)).toBe(false);
	});
});

describe('SessionRequestError', () => {
	it('carries its reason', () => {
		const error = new SessionRequestError('timeout');
		expect(error).toBeInstanceOf(Error);
		expect(error.reason).toBe('timeout');
		expect(new SessionRequestError('offline').reason).toBe('offline');
	});
});
