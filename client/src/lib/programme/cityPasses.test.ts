import { describe, expect, it } from 'vitest';
import {
	CITY_PASSES_KEY,
	MAX_CITY_PASSES,
	forgetCityPass,
	getCityPass,
	setCityPass,
	type CityPass,
} from './cityPasses.js';

/** A Storage in memory. */
function memory(initial: Record<string, string> = {}) {
	const items = new Map(Object.entries(initial));
	return {
		items,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
	};
}

const split: CityPass = { boardId: 'board-split', token: 't1.abc.def', city: 'Split' };
const lyon: CityPass = { boardId: 'board-lyon', token: 't1.ghi.jkl', city: 'Lyon' };

describe('city passes', () => {
	it('remembers a pass per programme and replaces it', () => {
		const storage = memory();
		expect(getCityPass(storage, 'prog-1')).toBeUndefined();
		setCityPass(storage, 'prog-1', split);
		setCityPass(storage, 'prog-2', lyon);
		expect(getCityPass(storage, 'prog-1')).toEqual(split);
		expect(getCityPass(storage, 'prog-2')).toEqual(lyon);
		setCityPass(storage, 'prog-1', { ...split, token: 't1.new.mac' });
		expect(getCityPass(storage, 'prog-1')?.token).toBe('t1.new.mac');
		expect(JSON.parse(storage.items.get(CITY_PASSES_KEY) ?? '')).toHaveProperty('prog-2');
	});

	it('forgets one programme’s pass and keeps the others', () => {
		const storage = memory();
		setCityPass(storage, 'prog-1', split);
		setCityPass(storage, 'prog-2', lyon);
		forgetCityPass(storage, 'prog-1');
		expect(getCityPass(storage, 'prog-1')).toBeUndefined();
		expect(getCityPass(storage, 'prog-2')).toEqual(lyon);
	});

	it('reads malformed storage as empty and drops malformed entries', () => {
		for (const raw of ['not json', '[1,2]', 'null', '"text"', '42']) {
			const storage = memory({ [CITY_PASSES_KEY]: raw });
			expect(getCityPass(storage, 'prog-1')).toBeUndefined();
			setCityPass(storage, 'prog-1', split);
			expect(getCityPass(storage, 'prog-1')).toEqual(split);
		}
		const mixed = memory({
			[CITY_PASSES_KEY]: JSON.stringify({
				'prog-1': { boardId: '', token: 'x', city: 'A' },
				'prog-2': lyon,
				'prog-3': 'oops',
			}),
		});
		expect(getCityPass(mixed, 'prog-1')).toBeUndefined();
		expect(getCityPass(mixed, 'prog-2')).toEqual(lyon);
		expect(getCityPass(mixed, 'prog-3')).toBeUndefined();
	});

	it('survives storage that refuses to be read or written', () => {
		const broken = {
			getItem: (): string | null => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('denied');
			},
		};
		expect(getCityPass(broken, 'prog-1')).toBeUndefined();
		expect(() => setCityPass(broken, 'prog-1', split)).not.toThrow();
		expect(() => forgetCityPass(broken, 'prog-1')).not.toThrow();
	});

	it('keeps at most MAX_CITY_PASSES programmes, dropping the oldest', () => {
		const storage = memory();
		for (let i = 0; i < MAX_CITY_PASSES + 3; i++) setCityPass(storage, `prog-${i}`, split);
		expect(getCityPass(storage, 'prog-0')).toBeUndefined();
		expect(getCityPass(storage, `prog-${MAX_CITY_PASSES + 2}`)).toEqual(split);
		const kept = JSON.parse(storage.items.get(CITY_PASSES_KEY) ?? '{}') as object;
		expect(Object.keys(kept)).toHaveLength(MAX_CITY_PASSES);
	});

	it('ignores a malformed pass', () => {
		const storage = memory();
		setCityPass(storage, 'prog-1', { boardId: '', token: '', city: '' });
		expect(storage.items.size).toBe(0);
	});
});
