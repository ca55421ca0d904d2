import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
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
}

/** A running-or-ready server instance. */
export interface App {
	httpServer: http.Server;
	rooms: RoomManager;
	/** Starts listening on `config.host:config.port`; resolves to the bound address. */
	listen(): Promise<AddressInfo>;
	/** Stops accepting, closes every connection (1001), stores and evicts every board. */
	close(): Promise<void>;
}

/** Wires HTTP, the sync endpoint and the rooms together. Reads no environment. */
export function createApp(options: AppOptions): App {
	const { config, storage, pubsub, log, secret, health } = options;
	const instanceId = randomUUID();
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
		liveness,
		onChange: (boardId, editor) => {
			versions.noteActivity(boardId, editor);
			cohortEvents.boardChanged(boardId);
		},
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
	const app = createHttpApp({
		storage,
		access,
		admin,
		rooms,
		versions,
		cohortService,
		library,
		cohortEvents,
		secret,
		tokenTtlMs: config.tokenTtlMs,
		publicUrl: config.publicUrl,
		clientDir: config.clientDir,
		log,
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
	const sync = createSyncEndpoint({
		rooms,
		access,
		log,
		maxMessageBytes: config.maxMessageBytes,
		maxBufferedBytes: config.maxBufferedBytes,
		heartbeatMs: config.heartbeatMs,
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
	});
	httpServer.on('upgrade', (request, socket, head) => {
		if (request.url?.startsWith(SYNC_PATH)) sync.handleUpgrade(request, socket, head);
		else if (!request.url?.startsWith(SESSION_PATH)) socket.destroy();
	});

	return {
		httpServer,
		rooms,
		listen: async () => {
			await liveness.start();
			await access.start();
			await cohortEvents.start();
			return new Promise((resolve, reject) => {
				httpServer.once('error', reject);
				httpServer.listen(config.port, config.host, () => {
					httpServer.off('error', reject);
					resolve(httpServer.address() as AddressInfo);
				});
			});
		},
		close: async () => {
			versions.close();
			sync.close();
			session.disconnectSockets(true);
			// socket.io closes the HTTP server too.
			const closed = new Promise<void>((resolve) => void session.close(() => resolve()));
			httpServer.closeAllConnections();
			await rooms.closeAll();
			await cohortEvents.stop();
			await access.stop();
			await liveness.stop();
			await closed;
		},
	};
}
