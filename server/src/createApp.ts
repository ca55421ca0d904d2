import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { CloseCode } from '@groundwork/protocol';
import type { Config } from './config.js';
import type { Logger } from './log.js';
import type { PubSub } from './pubsub/PubSub.js';
import type { Storage } from './storage/DocStorage.js';
import { createHttpApp } from './http/createHttpApp.js';
import {
	SESSION_PATH,
	createSessionEndpoint,
	type SessionAdapter,
} from './realtime/sessionEndpoint.js';
import { SYNC_PATH, createSyncEndpoint } from './realtime/syncEndpoint.js';
import { createConnectionGuard, type TrustProxy } from './realtime/connectionGuard.js';
import { InstanceLiveness } from './pubsub/InstanceLiveness.js';
import { BoardAccess } from './boards/BoardAccess.js';
import { BoardAdmin } from './boards/BoardAdmin.js';
import { VersionService } from './history/VersionService.js';
import { RoomManager } from './rooms/RoomManager.js';
import { SessionService } from './session/SessionService.js';
import { BreakoutService } from './session/BreakoutService.js';
import { CohortEvents } from './cohorts/CohortEvents.js';
import { CohortService } from './cohorts/CohortService.js';
import { LibraryService } from './cohorts/LibraryService.js';
import { Metrics } from './metrics/metrics.js';
import { JourneyService } from './programmes/JourneyService.js';
import { ProgrammeService } from './programmes/ProgrammeService.js';
import { RegistrationService } from './programmes/RegistrationService.js';
import { SeminarArchiver } from './programmes/SeminarArchiver.js';

/** What a backend says about itself: `ok` false makes the instance degraded and not ready. */
export type BackendHealth = { ok: boolean } & Record<string, unknown>;

/** Everything a server instance is made of; `main.ts` and tests choose the parts. */
export interface AppOptions {
	config: Config;
	storage: Storage;
	pubsub: PubSub;
	log: Logger;
	/** The token secret (see auth/secret.ts). */
	secret: string;
	/** Health of storage and pub/sub; always healthy when absent. */
	health?: () => BackendHealth;
	/** socket.io's adapter for fan-out between instances; in memory when absent. */
	sessionAdapter?: SessionAdapter;
	/**
	 * This instance's id, when `log` already carries it as `instance` (main.ts); otherwise one is
	 * made and bound to every log line of the app.
	 */
	instanceId?: string;
}

/** A running-or-ready server instance. */
export interface App {
	httpServer: http.Server;
	rooms: RoomManager;
	/** This instance's id (in every log line as `instance`, and on pub/sub). */
	instanceId: string;
	/** What `/metrics` serves. */
	metrics: Metrics;
	/** Saves ended seminars' boards into their programme's history. [G9] */
	archiver: SeminarArchiver;
	/** True from the moment `close` is called: `/readyz` answers 503. */
	readonly stopping: boolean;
	/** Starts listening on `config.host:config.port`; resolves to the bound address. */
	listen(): Promise<AddressInfo>;
	/**
	 * Shuts down: `/readyz` answers 503 at once, no new connection is accepted, every sync
	 * connection is closed with `code` (default 1001; main.ts passes 1012 on SIGTERM) and every
	 * socket.io client of this instance disconnected (both reconnect, elsewhere behind a load
	 * balancer), then every board is stored (compacted) and evicted. [L3], [L5]
	 */
	close(options?: { code?: number }): Promise<void>;
}

/** Wires HTTP, the sync endpoint and the rooms together. Reads no environment. */
export function createApp(options: AppOptions): App {
	const { config, storage, pubsub, secret, health } = options;
	const instanceId = options.instanceId ?? randomUUID();
	const log = options.instanceId ? options.log : options.log.child({ instance: instanceId });
	let stopping = false;
	const metrics: Metrics = new Metrics({
		boardsLoaded: (): number => rooms.size,
		backend: health,
	});
	const liveness = new InstanceLiveness(pubsub, instanceId, config.presenceTtlMs);
	const sessions = new SessionService({
		store: storage.sessions,
		log,
		// Every session this instance stores or reloads sets its room's lock. [F5]
		onSession: (boardId, session) => {
			void rooms.loaded(boardId)?.then(
				(room) => {
					room.locked = session.state.locked;
					room.lockedItems = session.state.lockedItems;
				},
				() => undefined,
			);
		},
	});
	const rooms = new RoomManager({
		locks: async (boardId) => {
			const { state } = await sessions.get(boardId);
			return { board: state.locked, items: state.lockedItems };
		},
		docs: storage.docs,
		pubsub,
		log,
		instanceId,
		idleEvictMs: config.idleEvictMs,
		compactEveryUpdates: config.compactEveryUpdates,
		maxDocBytes: config.maxDocBytes,
		liveness,
		onChange: (boardId, editor) => {
			versions.noteActivity(boardId, editor);
			cohortEvents.boardChanged(boardId);
		},
		metrics,
	});
	const cohortEvents = new CohortEvents({ pubsub, cohorts: storage.cohorts, log });
	const versions = new VersionService({
		storage,
		rooms,
		log,
		activityCheckpointMs: config.versionEveryMs,
	});
	const access = new BoardAccess({
		boards: storage.boards,
		pubsub,
		secret,
		instanceId,
		log,
		// Another instance deleted a board: drop it from memory here too. [H8]
		onDeleted: (boardId) => void rooms.discard(boardId),
	});
	const admin = new BoardAdmin({ storage, rooms, access });
	const cohortService = new CohortService({
		cohorts: storage.cohorts,
		events: cohortEvents,
		secret,
		inviteTtlMs: config.tokenTtlMs,
	});
	const library = new LibraryService({ cohorts: storage.cohorts, rooms, events: cohortEvents });
	const archiver = new SeminarArchiver({
		programmes: storage.programmes,
		versions,
		log,
		checkEveryMs: config.seminarArchiveCheckMs,
	});
	const app = createHttpApp({
		storage,
		access,
		admin,
		rooms,
		versions,
		cohortService,
		library,
		cohortEvents,
		programmes: new ProgrammeService({
			storage,
			cohortEvents,
			secret,
			tokenTtlMs: config.tokenTtlMs,
		}),
		registrations: new RegistrationService({
			storage,
			admin,
			cohortEvents,
			secret,
			invitationTtlMs: config.invitationTtlMs,
		}),
		journeys: new JourneyService({ storage, rooms, secret, tokenTtlMs: config.tokenTtlMs }),
		archiver,
		maxMaterialBytes: config.maxMaterialBytes,
		registrationsPer10Min: config.rateLimitRegistrationsPer10Min,
		secret,
		tokenTtlMs: config.tokenTtlMs,
		publicUrl: config.publicUrl,
		clientDir: config.clientDir,
		createToken: config.createToken,
		trustProxy: config.trustProxy,
		rateLimits: {
			apiPerMinute: config.rateLimitApiPerMin,
			boardsPer10Min: config.rateLimitBoardsPer10Min,
		},
		log,
		metrics,
		metricsToken: config.metricsToken,
		stopping: () => stopping,
		health: () => {
			const backend = health?.() ?? { ok: true };
			const memory = process.memoryUsage();
			return {
				...backend,
				boardsInMemory: rooms.size,
				memory: { heapUsed: memory.heapUsed, rss: memory.rss },
			};
		},
	});
	// New sync and socket.io connections: origin and per-address rate, as the HTTP app reads
	// addresses (`trust proxy`). [W7]
	const guard = createConnectionGuard({
		allowedOrigins: config.allowedOrigins,
		publicUrl: config.publicUrl,
		connectionsPerMinute: config.rateLimitConnectionsPerMin,
		trustProxy: app.get('trust proxy fn') as TrustProxy,
	});
	const sync = createSyncEndpoint({
		rooms,
		access,
		log,
		guard,
		rateLimits: {
			messagesPerSecond: config.rateLimitSyncMessagesPerSec,
			bytesPerSecond: config.rateLimitSyncBytesPerSec,
		},
		maxMessageBytes: config.maxMessageBytes,
		maxBufferedBytes: config.maxBufferedBytes,
		heartbeatMs: config.heartbeatMs,
		metrics,
	});
	const httpServer = http.createServer(app);
	const session = createSessionEndpoint(httpServer, {
		access,
		secret,
		log,
		sessions,
		breakouts: new BreakoutService({ sessions, rooms, storage, log }),
		versions,
		rooms,
		tokenTtlMs: config.tokenTtlMs,
		adapter: options.sessionAdapter,
		guard,
		metrics,
	});
	httpServer.on('upgrade', (request, socket, head) => {
		// Once stopping, new sync connections are refused: their clients try another instance.
		if (request.url?.startsWith(SYNC_PATH)) {
			if (stopping) socket.destroy();
			else sync.handleUpgrade(request, socket, head);
		} else if (!request.url?.startsWith(SESSION_PATH)) socket.destroy();
	});

	return {
		httpServer,
		rooms,
		instanceId,
		metrics,
		archiver,
		get stopping() {
			return stopping;
		},
		listen: async () => {
			await liveness.start();
			await access.start();
			await cohortEvents.start();
			archiver.start();
			return new Promise((resolve, reject) => {
				httpServer.once('error', reject);
				httpServer.listen(config.port, config.host, () => {
					httpServer.off('error', reject);
					resolve(httpServer.address() as AddressInfo);
				});
			});
		},
		close: async ({ code = CloseCode.goingAway } = {}) => {
			// Not ready from now on, so a load balancer sends nobody new here. [L5]
			stopping = true;
			versions.close();
			await archiver.stop();
			// Clients reconnect, to another instance when there is one. socket.io clients only do
			// after their transport closed (not after a socket.io disconnect), and only this
			// instance's: with the Redis adapter, `io.disconnectSockets` reaches every instance.
			sync.close(code);
			for (const socket of session.sockets.sockets.values()) socket.conn.close();
			// Stops accepting connections (socket.io closes the HTTP server too); requests already
			// in flight are answered.
			const closed = new Promise<void>((resolve) => void session.close(() => resolve()));
			httpServer.closeIdleConnections();
			// Nothing arrives any more: store and evict every board.
			await rooms.closeAll();
			httpServer.closeAllConnections();
			await cohortEvents.stop();
			await access.stop();
			await liveness.stop();
			await closed;
		},
	};
}
