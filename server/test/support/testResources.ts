import fs from 'node:fs';
import { afterEach } from 'vitest';
import type { FacilitationClient } from './facilitationClient.js';
import type { SyncClient } from './syncClient.js';
import type { TestServer } from './testServer.js';

/**
 * What an integration test file opens — session clients, sync clients, servers — closed after
 * each test, servers with their data dirs. Call once at the top of a file; push what you open.
 */
export function closeAfterEach(): {
	clients: FacilitationClient[];
	syncClients: SyncClient[];
	servers: TestServer[];
} {
	const opened = {
		clients: [] as FacilitationClient[],
		syncClients: [] as SyncClient[],
		servers: [] as TestServer[],
	};
	afterEach(async () => {
		for (const client of opened.clients.splice(0)) client.close();
		for (const client of opened.syncClients.splice(0)) client.destroy();
		for (const server of opened.servers.splice(0)) {
			await server.close();
			fs.rmSync(server.dataDir, { recursive: true, force: true });
		}
	});
	return opened;
}
