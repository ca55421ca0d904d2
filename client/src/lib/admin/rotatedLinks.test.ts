import { describe, expect, it } from 'vitest';
import type { LinksRotated } from '@groundwork/protocol';
import {
	ROTATE_ROLES,
	boardPath,
	keepRotatedLinks,
	rotatedLinksKey,
	takeRotatedLinks,
} from './rotatedLinks.js';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & {
	items: Map<string, string>;
} {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => void items.set(key, value),
		removeItem: (key) => void items.delete(key),
	};
}

const rotated: LinksRotated = {
	id: 'board-0001',
	links: { viewer: 'http://x/b/board-0001?token=v', facilitator: 'http://x/b/board-0001?token=f' },
	tokens: { viewer: 'v', facilitator: 'f' },
};

describe('rotated links kept across a reload', () => {
	it('[H6] are taken back once, by the page of the same board opened with the new link', () => {
		const storage = memoryStorage();
		keepRotatedLinks(storage, rotated);
		expect(takeRotatedLinks(storage, 'board-0002', 'f')).toBeNull();
		// The old page, still running while the new one loads, leaves them.
		expect(takeRotatedLinks(storage, 'board-0001', 'old')).toBeNull();
		expect(takeRotatedLinks(storage, 'board-0001', 'f')).toEqual(rotated);
		expect(takeRotatedLinks(storage, 'board-0001', 'f')).toBeNull();
	});

	it('ignore what cannot be read, and a storage that throws', () => {
		const storage = memoryStorage();
		for (const raw of ['{', '[]', '{"id":"board-0001","links":{"viewer":1},"tokens":{}}']) {
			storage.items.set(rotatedLinksKey('board-0001'), raw);
			expect(takeRotatedLinks(storage, 'board-0001', 'f'), raw).toBeNull();
			expect(storage.items.size, 'unreadable links are dropped').toBe(0);
		}
		const broken = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('full');
			},
			removeItem: () => undefined,
		};
		expect(() => keepRotatedLinks(broken, rotated)).not.toThrow();
		expect(takeRotatedLinks(broken, 'board-0001', 'f')).toBeNull();
	});

	it('builds the path of a board opened with a token', () => {
		expect(boardPath('board-0001', 'v1.a+b.c')).toBe('/b/board-0001?token=v1.a%2Bb.c');
	});
});

describe('ROTATE_ROLES', () => {
	it('[H6] replaces one role, or every role', () => {
		expect(ROTATE_ROLES).toEqual({
			viewer: ['viewer'],
			participant: ['participant'],
			all: ['viewer', 'participant', 'facilitator'],
		});
	});
});
