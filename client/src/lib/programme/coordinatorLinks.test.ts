import { describe, expect, it } from 'vitest';
import {
	COORDINATOR_LINKS_KEY,
	MAX_COORDINATOR_LINKS,
	coordinatorEntries,
	coordinatorToken,
	forgetCoordinatorLink,
	loadCoordinatorLinks,
	managePagePath,
	rememberCoordinatorLink,
} from './coordinatorLinks.js';

/** A Storage in memory. */
function memory(initial: Record<string, string> = {}) {
	const items = new Map(Object.entries(initial));
	return {
		items,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
	};
}

/** A Storage that refuses every read and write, as a disabled one does. */
const refusing = {
	getItem: (): string | null => {
		throw new Error('SecurityError');
	},
	setItem: (): void => {
		throw new Error('QuotaExceededError');
	},
};

describe('coordinator links', () => {
	it('remembers, lists, finds and forgets programmes', () => {
		const storage = memory();
		rememberCoordinatorLink(storage, 'prog-b', { token: 'p1.b', title: 'Zagreb series' });
		rememberCoordinatorLink(storage, 'prog-a', { token: 'p1.a', title: 'Adriatic cities' });
		expect(coordinatorToken(storage, 'prog-b')).toBe('p1.b');
		expect(coordinatorToken(storage, 'prog-x')).toBeUndefined();
		expect(coordinatorEntries(storage)).toEqual([
			{ id: 'prog-a', token: 'p1.a', title: 'Adriatic cities' },
			{ id: 'prog-b', token: 'p1.b', title: 'Zagreb series' },
		]);
		forgetCoordinatorLink(storage, 'prog-a');
		expect(Object.keys(loadCoordinatorLinks(storage))).toEqual(['prog-b']);
	});

	it('stores a map of id to token and title under its key', () => {
		const storage = memory();
		rememberCoordinatorLink(storage, 'prog-a', { token: 'p1.a', title: 'A' });
		expect(JSON.parse(storage.items.get(COORDINATOR_LINKS_KEY) ?? '')).toEqual({
			'prog-a': { token: 'p1.a', title: 'A' },
		});
	});

	it('replaces a token and keeps the title when the new one is empty', () => {
		const storage = memory();
		rememberCoordinatorLink(storage, 'prog-a', { token: 'old', title: 'Adriatic cities' });
		rememberCoordinatorLink(storage, 'prog-a', { token: 'new', title: '' });
		expect(loadCoordinatorLinks(storage)).toEqual({
			'prog-a': { token: 'new', title: 'Adriatic cities' },
		});
	});

	it('ignores malformed storage and malformed entries', () => {
		for (const raw of ['not json', '[]', 'null', '42', '"text"']) {
			expect(loadCoordinatorLinks(memory({ [COORDINATOR_LINKS_KEY]: raw }))).toEqual({});
		}
		const entries = JSON.stringify({
			good: { token: 't', title: 'Good' },
			noToken: { title: 'x' },
			emptyToken: { token: '', title: 'x' },
			badTitle: { token: 't', title: 3 },
			list: [],
			text: 'token',
		});
		const sneaky = '"__proto__":{"token":"t","title":"sneaky"}';
		const storage = memory({ [COORDINATOR_LINKS_KEY]: `{${sneaky},${entries.slice(1)}` });
		expect(loadCoordinatorLinks(storage)).toEqual({ good: { token: 't', title: 'Good' } });
		// Writing over malformed storage starts afresh with the good entries.
		rememberCoordinatorLink(storage, 'next', { token: 'n', title: 'Next' });
		expect(Object.keys(loadCoordinatorLinks(storage))).toEqual(['good', 'next']);
	});

	it('treats a refusing or missing storage as empty, without throwing', () => {
		expect(loadCoordinatorLinks(refusing)).toEqual({});
		expect(coordinatorEntries(undefined)).toEqual([]);
		expect(() => rememberCoordinatorLink(refusing, 'a', { token: 't', title: '' })).not.toThrow();
		expect(() => forgetCoordinatorLink(refusing, 'a')).not.toThrow();
		expect(() => rememberCoordinatorLink(undefined, 'a', { token: 't', title: '' })).not.toThrow();
	});

	it('refuses empty tokens and ids', () => {
		const storage = memory();
		rememberCoordinatorLink(storage, '', { token: 't', title: '' });
		rememberCoordinatorLink(storage, 'a', { token: '', title: '' });
		expect(loadCoordinatorLinks(storage)).toEqual({});
	});

	it('keeps at most MAX_COORDINATOR_LINKS, dropping the oldest', () => {
		const storage = memory();
		for (let i = 0; i < MAX_COORDINATOR_LINKS + 3; i++) {
			rememberCoordinatorLink(storage, `prog-${i}`, { token: `t${i}`, title: `P${i}` });
		}
		const kept = loadCoordinatorLinks(storage);
		expect(Object.keys(kept)).toHaveLength(MAX_COORDINATOR_LINKS);
		expect(kept['prog-0']).toBeUndefined();
		expect(kept[`prog-${MAX_COORDINATOR_LINKS + 2}`]?.token).toBe(`t${MAX_COORDINATOR_LINKS + 2}`);
	});
});

describe('the manage page’s address', () => {
	it('holds the programme id, encoded, and no token', () => {
		expect(managePagePath('abc')).toBe('/programmes/abc/manage');
		expect(managePagePath('a/b')).toBe('/programmes/a%2Fb/manage');
	});
});
