import { createMemoryStorage } from '../../src/storage/MemoryDocStorage.js';
import { docStorageContract } from './docStorage.contract.js';

docStorageContract('memory', async () => {
	const storage = createMemoryStorage();
	return { storage, cleanup: () => storage.close() };
});
