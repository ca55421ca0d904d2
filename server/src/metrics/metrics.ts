import { timingSafeEqual, createHash } from 'node:crypto';
import {
	Counter,
	Gauge,
	Histogram,
	Registry,
	collectDefaultMetrics,
	type RegistryContentType,
} from 'prom-client';

/** Every metric's name starts with this. */
export const METRICS_PREFIX = 'groundwork_';

/** The two kinds of client connection: the y-websocket board sync and the socket.io session. */
export type ConnectionKind = 'sync' | 'session';

/**
 * Where a change came from: this instance's peers or the server itself (`local`), or another
 * instance through pub/sub (`remote`).
 */
export type ChangeOrigin = 'local' | 'remote';

/** Why a board left memory. */
export type EvictionReason = 'idle' | 'shutdown' | 'deleted';

/** What a room reports (`RoomDeps.metrics`). */
export interface RoomMetrics {
	/** An update changed a board's document. */
	update(origin: ChangeOrigin, bytes: number): void;
	/** Seconds from receiving an update to having sent it to the room's peers on this instance. */
	fanout(origin: ChangeOrigin, seconds: number): void;
	/** A presence (awareness) message arrived. */
	awareness(origin: ChangeOrigin): void;
	/** Storage acknowledged an update after `seconds`. */
	persisted(seconds: number): void;
	/** Storing an update or compacting a board failed. */
	persistenceError(operation: 'append' | 'compact'): void;
}

/** What the room manager reports (`RoomManagerDeps.metrics`); it passes the rest to its rooms. */
export interface RoomManagerMetrics extends RoomMetrics {
	evicted(reason: EvictionReason): void;
}

/** What the sync and session endpoints report (their deps' `metrics`). */
export interface ConnectionMetrics {
	/** A client connection was admitted. */
	opened(kind: ConnectionKind): void;
	/**
	 * An admitted connection ended: `code` is the WebSocket close code (sync) or socket.io's
	 * disconnect reason (session).
	 */
	closed(kind: ConnectionKind, code: number | string): void;
	/** A connection was refused at admission with `code` (4401, 4404). */
	refused(kind: ConnectionKind, code: number): void;
}

/** Facts read when the metrics are scraped. */
export interface MetricsSources {
	/** Boards in memory on this instance. */
	boardsLoaded?: () => number;
	/**
	 * The storage backend's facts (its health): a numeric `pendingBytes` (updates accepted but
	 * not yet acknowledged) and `lagMs` (age of the oldest of them) become gauges.
	 */
	backend?: () => Record<string, unknown>;
}

/** Seconds-scale buckets for in-process latencies: 50 µs to 1 s. */
const FAST_BUCKETS = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25, 1];
/** Buckets for a storage round trip: 100 µs to 5 s. */
const STORAGE_BUCKETS = [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5];

let processRegistry: Registry | undefined;

/**
 * The process's own metrics (CPU, memory, event loop lag, GC, handles), collected once per
 * process however many app instances run in it (tests start many), in a registry of their own.
 */
function processMetrics(): Registry {
	if (!processRegistry) {
		processRegistry = new Registry();
		collectDefaultMetrics({ register: processRegistry, prefix: METRICS_PREFIX });
	}
	return processRegistry;
}

function numberIn(facts: Record<string, unknown> | undefined, key: string): number | undefined {
	const value = facts?.[key];
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * One server instance's metrics, in Prometheus' text format. Owns its registry (never
 * prom-client's global one), so several instances in one process keep apart. "Updates per
 * second" and "bytes per second" are `rate()` of the counters.
 */
export class Metrics implements RoomManagerMetrics, ConnectionMetrics {
	readonly registry = new Registry();

	private readonly connections: Gauge<'kind'>;
	private readonly connectionsClosed: Counter<'kind' | 'code'>;
	private readonly updates: Counter<'origin'>;
	private readonly updateBytes: Counter<'origin'>;
	private readonly awarenessMessages: Counter<'origin'>;
	private readonly evictions: Counter<'reason'>;
	private readonly persistenceErrors: Counter<'operation'>;
	private readonly fanoutSeconds: Histogram<'origin'>;
	private readonly persistenceSeconds: Histogram;

	constructor(sources: MetricsSources = {}) {
		const registers = [this.registry];
		const name = (suffix: string) => `${METRICS_PREFIX}${suffix}`;
		this.connections = new Gauge({
			name: name('connections'),
			help: 'Open client connections, by kind (sync: board WebSocket, session: socket.io).',
			labelNames: ['kind'],
			registers,
		});
		for (const kind of ['sync', 'session'] as const) this.connections.set({ kind }, 0);
		this.connectionsClosed = new Counter({
			name: name('connections_closed_total'),
			help: 'Client connections closed or refused, by kind and close code (socket.io: reason).',
			labelNames: ['kind', 'code'],
			registers,
		});
		new Gauge({
			name: name('boards_loaded'),
			help: 'Boards in memory on this instance.',
			registers,
			collect() {
				this.set(sources.boardsLoaded?.() ?? 0);
			},
		});
		this.updates = new Counter({
			name: name('updates_total'),
			help: 'Updates that changed a board, by origin (local: this instance, remote: another).',
			labelNames: ['origin'],
			registers,
		});
		this.updateBytes = new Counter({
			name: name('update_bytes_total'),
			help: 'Bytes of the updates counted in groundwork_updates_total, by origin.',
			labelNames: ['origin'],
			registers,
		});
		this.awarenessMessages = new Counter({
			name: name('awareness_messages_total'),
			help: 'Presence (awareness) messages received, by origin.',
			labelNames: ['origin'],
			registers,
		});
		this.evictions = new Counter({
			name: name('evictions_total'),
			help: 'Boards dropped from memory, by reason (idle, shutdown, deleted).',
			labelNames: ['reason'],
			registers,
		});
		this.persistenceErrors = new Counter({
			name: name('persistence_errors_total'),
			help: 'Failed storage operations, by operation (append, compact).',
			labelNames: ['operation'],
			registers,
		});
		this.fanoutSeconds = new Histogram({
			name: name('fanout_seconds'),
			help: "Time from receiving an update to having sent it to the board's peers on this instance.",
			labelNames: ['origin'],
			buckets: FAST_BUCKETS,
			registers,
		});
		this.persistenceSeconds = new Histogram({
			name: name('persistence_seconds'),
			help: 'Time for storage to acknowledge an appended update.',
			buckets: STORAGE_BUCKETS,
			registers,
		});
		new Gauge({
			name: name('pending_bytes'),
			help: 'Bytes of updates accepted but not yet acknowledged by storage (Redis buffer).',
			registers,
			collect() {
				this.set(numberIn(sources.backend?.(), 'pendingBytes') ?? 0);
			},
		});
		new Gauge({
			name: name('redis_lag_seconds'),
			help: 'Age of the oldest update accepted but not yet acknowledged by Redis (0: none).',
			registers,
			collect() {
				this.set((numberIn(sources.backend?.(), 'lagMs') ?? 0) / 1000);
			},
		});
	}

	/** The content type of `text()`. */
	get contentType(): RegistryContentType {
		return this.registry.contentType;
	}

	/** Every metric, this instance's and the process's, in Prometheus' text format. */
	async text(): Promise<string> {
		const [own, process] = await Promise.all([this.registry.metrics(), processMetrics().metrics()]);
		return `${own}\n${process}`;
	}

	opened(kind: ConnectionKind): void {
		this.connections.inc({ kind });
	}

	closed(kind: ConnectionKind, code: number | string): void {
		this.connections.dec({ kind });
		this.connectionsClosed.inc({ kind, code: String(code) });
	}

	refused(kind: ConnectionKind, code: number): void {
		this.connectionsClosed.inc({ kind, code: String(code) });
	}

	update(origin: ChangeOrigin, bytes: number): void {
		this.updates.inc({ origin });
		this.updateBytes.inc({ origin }, bytes);
	}

	fanout(origin: ChangeOrigin, seconds: number): void {
		this.fanoutSeconds.observe({ origin }, seconds);
	}

	awareness(origin: ChangeOrigin): void {
		this.awarenessMessages.inc({ origin });
	}

	persisted(seconds: number): void {
		this.persistenceSeconds.observe(seconds);
	}

	persistenceError(operation: 'append' | 'compact'): void {
		this.persistenceErrors.inc({ operation });
	}

	evicted(reason: EvictionReason): void {
		this.evictions.inc({ reason });
	}
}

/** The SHA-256 of a string, so tokens of any length compare in constant time. */
function digest(value: string): Buffer {
	return createHash('sha256').update(value).digest();
}

/**
 * True when an `Authorization` header carries `Bearer <token>`; always true without a token
 * (`METRICS_TOKEN` unset). Compares in constant time.
 */
export function metricsAuthorized(header: string | undefined, token: string | undefined): boolean {
	if (!token) return true;
	const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
	return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), digest(token));
}
