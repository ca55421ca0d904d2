import { describe, expect, it } from 'vitest';
import { IDENTITY_STORAGE_KEY, loadIdentity, normaliseIdentity, saveIdentity } from './identity.js';
import { memoryStorage } from '../testing/memoryStorage.js';

describe('identity', () => {
	it('round-trips through storage', () => {
		const storage = memoryStorage();
		expect(loadIdentity(storage)).toBeNull();
		saveIdentity({ name: 'Ana', city: 'Lisbon' }, storage);
		expect(storage.getItem(IDENTITY_STORAGE_KEY)).toContain('Ana');
		expect(loadIdentity(storage)).toEqual({ name: 'Ana', city: 'Lisbon' });
	});

	it('rejects empty names and unreadable data', () => {
		const storage = memoryStorage();
		storage.setItem(IDENTITY_STORAGE_KEY, '{not json');
		expect(loadIdentity(storage)).toBeNull();
		expect(normaliseIdentity({ name: '   ', city: 'Tartu' })).toBeNull();
	});

	it('trims and shortens to the presence limits', () => {
		const result = normaliseIdentity({ name: `  ${'n'.repeat(100)}`, city: ' Gdynia ' });
		expect(result?.name).toHaveLength(60);
		expect(result?.city).toBe('Gdynia');
	});
});
