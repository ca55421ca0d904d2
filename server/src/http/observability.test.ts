import type { AddressInfo } from 'node:net';
import express from 'express';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../test/support/waitFor.js';
import { accessLog } from './observability.js';

describe('access log', () => {
	const closers: (() => Promise<void>)[] = [];
	afterEach(async () => {
		for (const close of closers.splice(0)) await close();
	});

	async function serve(): Promise<{ url: string; lines: Record<string, unknown>[] }> {
		const lines: Record<string, unknown>[] = [];
		const log = pino(
			{ level: 'debug' },
			{ write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
		);
		const app = express();
		app.use(accessLog(log));
		app.get('/api/thing', (_req, res) => {
			res.status(201).json({ ok: true });
		});
		app.get('/healthz', (_req, res) => {
			res.json({ ok: true });
		});
		const server = app.listen(0, '127.0.0.1');
		await new Promise((resolve) => server.once('listening', resolve));
		closers.push(() => new Promise((resolve) => server.close(() => resolve())));
		return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, lines };
	}

	it('logs one line per request with its id, never the query (it may hold a token)', async () => {
		const { url, lines } = await serve();
		const res = await fetch(`${url}/api/thing?token=secret-token`);
		expect(res.status).toBe(201);
		const requestId = res.headers.get('x-request-id');
		expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
		await waitFor(() => lines.length === 1);
		expect(lines[0]).toMatchObject({
			level: 30,
			msg: 'request',
			requestId,
			method: 'GET',
			path: '/api/thing',
			status: 201,
		});
		expect(JSON.stringify(lines)).not.toContain('secret-token');
	});

	it('keeps a plain request id from a proxy, replaces any other, and logs probes at debug', async () => {
		const { url, lines } = await serve();
		const kept = await fetch(`${url}/healthz`, { headers: { 'x-request-id': 'lb-1234.abc' } });
		expect(kept.headers.get('x-request-id')).toBe('lb-1234.abc');
		const replaced = await fetch(`${url}/healthz`, { headers: { 'x-request-id': 'a b\tc' } });
		expect(replaced.headers.get('x-request-id')).not.toBe('a b\tc');
		await waitFor(() => lines.length === 2);
		expect(lines.map((line) => line['level'])).toEqual([20, 20]);
	});
});
