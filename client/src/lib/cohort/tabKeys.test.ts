import { describe, expect, it } from 'vitest';
import { tabIndexForKey } from './tabKeys.js';

describe('the keyboard of the cohort’s tabs', () => {
	it('moves with the arrow keys, wrapping around', () => {
		expect(tabIndexForKey('ArrowRight', 0, 3)).toBe(1);
		expect(tabIndexForKey('ArrowRight', 2, 3)).toBe(0);
		expect(tabIndexForKey('ArrowLeft', 0, 3)).toBe(2);
		expect(tabIndexForKey('ArrowLeft', 2, 3)).toBe(1);
	});

	it('goes to the first and last with Home and End, and ignores other keys', () => {
		expect(tabIndexForKey('Home', 2, 3)).toBe(0);
		expect(tabIndexForKey('End', 0, 3)).toBe(2);
		expect(tabIndexForKey('Enter', 1, 3)).toBeNull();
		expect(tabIndexForKey('ArrowDown', 1, 3)).toBeNull();
		expect(tabIndexForKey('ArrowRight', 0, 0)).toBeNull();
	});
});
