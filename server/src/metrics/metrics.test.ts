import http from 'node:http';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, encodeUpdateMessage, parseMessage, type Role } from '@groundwork/protocol';
import type { Peer } from '../realtime/Connection.js';
import { Room } from '../rooms/Room.js';
import { MemoryDocStorage } from '../storage/MemoryDocStorage.js';
import { startTestServer, type TestServer } from '../../test/support/testServer.js';
import {
	addCard,
	cardTexts,
	connectClient,
	type SyncClient,
} from '../../test/support/syncClient.js';
import { openRawSocket } from '../../test/support/rawSocket.js';
import { waitFor } from '../../test/support/waitFor.js';
import { Metrics, metricsAuthorized } from './metrics.js';

const log = pino({ level: 'silent' });

/** The value of one series of a metric (0 when it has none yet). */
async function valueOf(
	metrics: Metrics,
	name: string,
	labels: Record<string, string> = {},
): Promise<number> {
	const metric = metrics.registry.getSingleMetric(name);
	if (!metric) throw new Error(`no metric ${name}`);
	const { values } = await metric.get();
	const series = values.find(
		(v) =>
			Object.entries(labels).every(([key, value]) => String(v.labels[key]) === value) &&
			(!('metricName' in v) || v.metricName === name || v.metricName === `${name}_count`),
	);
	return series?.value ?? 0;
}

/** The `_count` of a histogram. */
async function countOf(metrics: Metrics, name: string): Promise<number> {
	const metric = metrics.registry.getSingleMetric(name);
	if (!metric) throw new Error(`no metric ${name}`);
	const { values } = await metric.get();
	return values
		.filter((v) => 'metricName' in v && v.metricName === `${name}_count`)
		.reduce((sum, v) => sum + v.value, 0);
}

class FakePeer implements Peer {
	static next = 1;
	readonly id = FakePeer.next++;
	readonly sent: Uint8Array[] = [];
	closed = false;
	constructor(readonly role: Role) {}
	send(message: Uint8Array): void {
		this.sent.push(message);
	}
	close(): void {
		this.closed = true;
	}
}

/** A participant's update that adds one entry to a map. */
function anUpdate(): Uint8Array {
	const doc = new Y.Doc();
	doc.getMap('cards').set('c1', 'hello');
	return Y.encodeStateAsUpdate(doc);
}

describe('Metrics', () => {
	it('keeps each instance apart and serves its names in the text format', async () => {
		const one = new Metrics({ boardsLoaded: () => 3 });
		const two = new Metrics();
		one.update('local', 10);
		one.opened('sync');
		one.closed('sync', CloseCode.serviceRestart);
		one.refused('session', CloseCode.unauthorized);
		expect(await valueOf(one, 'groundwork_updates_total', { origin: 'local' })).toBe(1);
		expect(await valueOf(two, 'groundwork_updates_total', { origin: 'local' })).toBe(0);
		const text = await one.text();
		for (const name of [
			'groundwork_connections{kind="sync"} 0',
			'groundwork_connections{kind="session"} 0',
			'groundwork_boards_loaded 3',
			'groundwork_updates_total{origin="local"} 1',
			'groundwork_update_bytes_total{origin="local"} 10',
			'groundwork_connections_closed_total{kind="sync",code="1012"} 1',
			'groundwork_connections_closed_total{kind="session",code="4401"} 1',
			'groundwork_awareness_messages_total',
			'groundwork_evictions_total',
			'groundwork_persistence_errors_total',
			'# TYPE groundwork_fanout_seconds histogram',
			'groundwork_persistence_seconds_bucket',
			'groundwork_pending_bytes 0',
			'groundwork_redis_lag_seconds 0',
			// The process's own, once per process.
			'groundwork_process_cpu_user_seconds_total',
			'groundwork_nodejs_eventloop_lag_seconds',
		]) {
			expect(text).toContain(name);
		}
		expect(await two.text()).toContain('groundwork_process_cpu_user_seconds_total');
		expect(one.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
	});

	it('reads the pending bytes and Redis lag from the backend facts', async () => {
		const metrics = new Metrics({
			backend: () => ({ ok: true, pendingBytes: 2048, lagMs: 1500 }),
		});
		expect(await valueOf(metrics, 'groundwork_pending_bytes')).toBe(2048);
		expect(await valueOf(metrics, 'groundwork_redis_lag_seconds')).toBe(1.5);
	});

	it('counts one update through a real room: update, bytes, fan-out, persistence', async () => {
		const metrics = new Metrics();
		const docs = new MemoryDocStorage();
		const room = new Room('board-0001', new Y.Doc(), {
			docs,
			log,
			relayUpdate: () => {},
			relayPresence: () => {},
			compactEveryUpdates: 1000,
			metrics,
		});
		const writer = new FakePeer('participant');
		const other = new FakePeer('participant');
		room.join(writer);
		room.join(other);
		const update = anUpdate();
		const message = parseMessage(encodeUpdateMessage(update));
		if (!message.ok) throw new Error(message.reason);
		room.receive(writer, message.message, performance.now());
		expect(other.sent.length).toBeGreaterThan(1);
		expect(await valueOf(metrics, 'groundwork_updates_total', { origin: 'local' })).toBe(1);
		expect(await valueOf(metrics, 'groundwork_update_bytes_total', { origin: 'local' })).toBe(
			update.byteLength,
		);
		expect(await countOf(metrics, 'groundwork_fanout_seconds')).toBe(1);
		await waitFor(async () => (await countOf(metrics, 'groundwork_persistence_seconds')) === 1);

		// The same update again changes nothing and counts nothing.
		room.receive(writer, message.message);
		expect(await valueOf(metrics, 'groundwork_updates_total', { origin: 'local' })).toBe(1);

		// From another instance: counted as remote.
		const remote = new Y.Doc();
		remote.getMap('cards').set('c2', 'from elsewhere');
		room.applyRemote(Y.encodeStateAsUpdate(remote));
		expect(await valueOf(metrics, 'groundwork_updates_total', { origin: 'remote' })).toBe(1);
		expect(await countOf(metrics, 'groundwork_fanout_seconds')).toBe(2);
		room.destroy();
	});

	it('counts a failed append as a persistence error', async () => {
		const metrics = new Metrics();
		const docs = new MemoryDocStorage();
		docs.appendUpdate = () => Promise.reject(new Error('disk full'));
		const room = new Room('board-0001', new Y.Doc(), {
			docs,
			log,
			relayUpdate: () => {},
			relayPresence: () => {},
			compactEveryUpdates: 1000,
			metrics,
		});
		room.transact((doc) => doc.getMap('cards').set('c1', 'x'));
		await waitFor(
			async () =>
				(await valueOf(metrics, 'groundwork_persistence_errors_total', {
					operation: 'append',
				})) === 1,
		);
		room.destroy();
	});

	it('compares the bearer token', () => {
		const token = 'metrics-token-0123456789';
		expect(metricsAuthorized(undefined, undefined)).toBe(true);
		expect(metricsAuthorized('anything', undefined)).toBe(true);
		expect(metricsAuthorized(undefined, token)).toBe(false);
		expect(metricsAuthorized(`Bearer ${token}x`, token)).toBe(false);
		expect(metricsAuthorized(token, token)).toBe(false);
		expect(metricsAuthorized(`Bearer ${token}`, token)).toBe(true);
		expect(metricsAuthorized(`bearer  ${token}`, token)).toBe(true);
	});
});

describe('GET /metrics, /readyz and shutdown', () => {
	const servers: TestServer[] = [];
	const clients: SyncClient[] = [];
	afterEach(async () => {
		for (const client of clients.splice(0)) client.destroy();
		for (const server of servers.splice(0)) {
			if (!server.app.stopping) await server.close({ removeData: true });
		}
	});

	async function start(metricsToken?: string): Promise<TestServer> {
		const server = await startTestServer({ config: { metricsToken } });
		servers.push(server);
		return server;
	}

	it('serves the metrics in the Prometheus text format, live', async () => {
		const server = await start();
		const board = await server.createBoard();
		const client = connectClient(server.syncUrl, board.id, board.tokens.participant);
		clients.push(client);
		await client.synced();
		addCard(client.doc, 'counted');
		const { metrics } = server.app;
		await waitFor(
			async () => (await valueOf(metrics, 'groundwork_updates_total', { origin: 'local' })) >= 1,
		);

		const res = await fetch(`${server.httpUrl}/metrics`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
		const text = await res.text();
		expect(text).toContain('groundwork_connections{kind="sync"} 1');
		expect(text).toContain('groundwork_boards_loaded 1');
		expect(text).toMatch(/groundwork_updates_total\{origin="local"\} [1-9]/);
		expect(text).toContain('groundwork_process_resident_memory_bytes');
		expect(res.headers.get('x-request-id')).toBeTruthy();

		client.provider.disconnect();
		await waitFor(
			async () => (await valueOf(metrics, 'groundwork_connections', { kind: 'sync' })) === 0,
		);
		// The provider closes without a code: 1005 (no status).
		expect(
			await valueOf(metrics, 'groundwork_connections_closed_total', { kind: 'sync', code: '1005' }),
		).toBe(1);
	});

	it('requires the bearer token when METRICS_TOKEN is set', async () => {
		const token = 'metrics-token-0123456789';
		const server = await start(token);
		const scrape = (authorization?: string) =>
			fetch(`${server.httpUrl}/metrics`, {
				headers: authorization ? { authorization } : {},
			});
		expect((await scrape()).status).toBe(401);
		expect((await scrape('Bearer wrong-token-0123456789')).status).toBe(401);
		const ok = await scrape(`Bearer ${token}`);
		expect(ok.status).toBe(200);
		expect(await ok.text()).toContain('groundwork_updates_total');
		// Health and readiness stay open.
		expect((await fetch(`${server.httpUrl}/readyz`)).status).toBe(200);
	});

	it('[L5] shutting down: /readyz answers 503 at once, sync connections close with the code given, boards are stored', async () => {
		const server = await start();
		const board = await server.createBoard();
		const raw = openRawSocket(`${server.syncUrl}/${board.id}?token=${board.tokens.participant}`);
		await raw.opened;
		const client = connectClient(server.syncUrl, board.id, board.tokens.participant);
		clients.push(client);
		await client.synced();
		client.provider.shouldConnect = false;
		const closes: number[] = [];
		client.provider.on('connection-close', (event) => {
			if (event) closes.push(event.code);
		});
		addCard(client.doc, 'stored at shutdown');
		await waitFor(() => server.app.rooms.size === 1);

		// A connection that was already open when shutdown began, as a load balancer's would be.
		const front = http.createServer((req, res) => server.app.httpServer.emit('request', req, res));
		await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
		const frontUrl = `http://127.0.0.1:${(front.address() as { port: number }).port}`;
		expect((await fetch(`${frontUrl}/readyz`)).status).toBe(200);

		const closing = server.app.close({ code: CloseCode.serviceRestart });
		const ready = await fetch(`${frontUrl}/readyz`);
		expect(ready.status).toBe(503);
		expect(await ready.json()).toEqual({ status: 'stopping' });
		expect((await raw.closed).code).toBe(CloseCode.serviceRestart);
		await closing;
		await waitFor(() => closes.length > 0);
		expect(closes).toEqual([CloseCode.serviceRestart]);
		expect(server.app.rooms.size).toBe(0);
		expect(
			await valueOf(server.app.metrics, 'groundwork_evictions_total', { reason: 'shutdown' }),
		).toBe(1);
		await new Promise<void>((resolve) => front.close(() => resolve()));
		await server.storage.close();

		// Stored: a server on the same data has the card.
		const again = await startTestServer({ dataDir: server.dataDir });
		servers.push(again);
		const reader = connectClient(again.syncUrl, board.id, board.tokens.viewer);
		clients.push(reader);
		await reader.synced();
		await waitFor(() => Object.values(cardTexts(reader.doc)).includes('stored at shutdown'));
	});
});
