import { describe, expect, it } from 'vitest';
import { VIEW_STORAGE_KEY, loadViewMode, saveViewMode } from './viewPreference.js';
import { memoryStorage } from '../testing/memoryStorage.js';

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
