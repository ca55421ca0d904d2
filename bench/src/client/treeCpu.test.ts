import { describe, expect, it } from 'vitest';
import { descendantsOf, parseParentPid } from './treeCpu.js';

describe('process tree', () => {
	it('reads the parent pid after a command name holding spaces and parentheses', () => {
		expect(parseParentPid('4242 (Chrome (renderer) x) S 4100 4242 1 0 -1 4194560 5 0')).toBe(4100);
	});

	it('collects a root and all its descendants, whatever their order', () => {
		const parents = new Map([
			[5, 4],
			[4, 2],
			[2, 1],
			[3, 1],
			[9, 8],
		]);
		expect([...descendantsOf(2, parents)].sort()).toEqual([2, 4, 5]);
		expect(descendantsOf(7, parents)).toEqual(new Set([7]));
	});
});
