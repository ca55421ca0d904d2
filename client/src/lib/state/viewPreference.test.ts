import { describe, expect, it } from 'vitest';
import { VIEW_STORAGE_KEY, loadViewMode, saveViewMode } from './viewPreference.js';

function memoryStorage(): Storage {
	const data = new Map<string, string>();
	return {
		get length() {
			return data.size;
		},
		clear: () => data.clear(),
		getItem: (key) => data.get(key) ?? null,
		key: (index) => [...data.keys()][index] ?? null,
		removeItem: (key) => void data.delete(key),
		setItem: (key, value) => void data.set(key, value),
	};
}

describe('view preference', () => {
	it('defaults to the grid and remembers the list', () => {
		const storage = memoryStorage();
		expect(loadViewMode(storage)).toBe('grid');
		saveViewMode('list', storage);
		expect(storage.getItem(VIEW_STORAGE_KEY)).toBe('list');
		expect(loadViewMode(storage)).toBe('list');
		saveViewMode('grid', storage);
		expect(loadViewMode(storage)).toBe('grid');
	});

	it('ignores unknown values and missing storage', () => {
		const storage = memoryStorage();
		storage.setItem(VIEW_STORAGE_KEY, 'table');
		expect(loadViewMode(storage)).toBe('grid');
		expect(loadViewMode(undefined)).toBe('grid');
		expect(() => saveViewMode('list', undefined)).not.toThrow();
	});
});
