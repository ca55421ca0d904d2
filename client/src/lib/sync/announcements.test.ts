import { describe, expect, it } from 'vitest';
import type { Announcement } from '@groundwork/protocol';
import { KEPT_ANNOUNCEMENTS, addAnnouncement, visibleAnnouncement } from './announcements.js';

const at = (id: string, time: number): Announcement => ({ id, text: `text ${id}`, at: time });

describe('addAnnouncement', () => {
	it('puts the newest first', () => {
		let list: Announcement[] = [];
		list = addAnnouncement(list, at('a', 1));
		list = addAnnouncement(list, at('b', 2));
		list = addAnnouncement(list, at('c', 3));
		expect(list.map((item) => item.id)).toEqual(['c', 'b', 'a']);
	});

	it('keeps only the last 20', () => {
		let list: Announcement[] = [];
		for (let i = 1; i <= 25; i++) list = addAnnouncement(list, at(`n${i}`, i));
		expect(KEPT_ANNOUNCEMENTS).toBe(20);
		expect(list).toHaveLength(20);
		expect(list[0]?.id).toBe('n25');
		expect(list.at(-1)?.id).toBe('n6');
	});

	it('orders a late delivery by server time, and a same-time one after the earlier arrival', () => {
		let list = [at('b', 20), at('a', 10)];
		list = addAnnouncement(list, at('late', 15));
		expect(list.map((item) => item.id)).toEqual(['b', 'late', 'a']);
		list = addAnnouncement(list, at('tie', 20));
		expect(list.map((item) => item.id)).toEqual(['tie', 'b', 'late', 'a']);
	});

	it('drops one older than everything kept when the list is full', () => {
		const full = Array.from({ length: 3 }, (_, i) => at(`k${i}`, 100 - i));
		expect(addAnnouncement(full, at('old', 1), 3).map((item) => item.id)).toEqual([
			'k0',
			'k1',
			'k2',
		]);
	});

	it('ignores an id it already has and does not change the input', () => {
		const list = [at('a', 1)];
		const next = addAnnouncement(list, { id: 'a', text: 'again', at: 5 });
		expect(next).toEqual([at('a', 1)]);
		expect(next).not.toBe(list);
		addAnnouncement(list, at('b', 2));
		expect(list).toEqual([at('a', 1)]);
	});
});

describe('visibleAnnouncement', () => {
	it('shows the newest unless it was dismissed', () => {
		const list = [at('b', 2), at('a', 1)];
		expect(visibleAnnouncement([], null)).toBeNull();
		expect(visibleAnnouncement(list, null)?.id).toBe('b');
		expect(visibleAnnouncement(list, 'a')?.id).toBe('b');
		expect(visibleAnnouncement(list, 'b')).toBeNull();
	});
});
