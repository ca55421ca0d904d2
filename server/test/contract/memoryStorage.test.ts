import { describe } from 'vitest';
import { createMemoryStorage } from '../../src/storage/MemoryDocStorage.js';
import { cohortStoreContract } from './cohortStore.contract.js';
import { docStorageContract } from './docStorage.contract.js';
import { programmeStoreContract } from './programmeStore.contract.js';
import { sessionStoreContract } from './sessionStore.contract.js';
import { versionStoreContract } from './versionStore.contract.js';

docStorageContract('memory', async () => {
	const storage = createMemoryStorage();
	return { storage, cleanup: () => storage.close() };
});

describe('memory sessions', () => {
	// No `writeRaw` (nothing can be written behind the store's back) and no `reopen` (memory
	// does not survive one): those two cases are skipped here.
	sessionStoreContract('memory', async () => {
		const storage = createMemoryStorage();
		return { sessions: storage.sessions, cleanup: () => storage.close() };
	});
});

versionStoreContract('memory', async () => {
	const storage = createMemoryStorage();
	return { versions: storage.versions, cleanup: () => storage.close() };
});

// No `reopen`: memory does not survive one, so the restart case is skipped here.
cohortStoreContract('memory', async () => {
	const storage = createMemoryStorage();
	return { cohorts: storage.cohorts, cleanup: () => storage.close() };
});

// No `reopen`: memory does not survive one, so the restart case is skipped here.
programmeStoreContract('memory', async () => {
	const storage = createMemoryStorage();
	return { programmes: storage.programmes, cleanup: () => storage.close() };
});
