import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	ChangeBatcher,
	FOLLOW_DEBOUNCE_MS,
	NO_REFRESH,
	mergeRefresh,
	needsAny,
	refreshFor,
	updateNotice,
	type RefreshNeeds,
} from './cohortRefresh.js';

describe('what a cohort change asks to read again', () => {
	it('reads the library for a library change, the comparison and replications for a board', () => {
		expect(refreshFor({ what: 'library' })).toEqual({
			cohort: false,
			library: true,
			comparison: false,
		});
		expect(refreshFor({ what: 'board', boardId: 'b1' })).toEqual({
			cohort: false,
			library: true,
			comparison: true,
		});
		expect(refreshFor({ what: 'members' })).toEqual({
			cohort: true,
			library: true,
			comparison: true,
		});
	});

	it('ignores a change it does not know', () => {
		expect(needsAny(refreshFor({ what: 'other' } as never))).toBe(false);
	});

	it('merges needs', () => {
		const library: RefreshNeeds = { ...NO_REFRESH, library: true };
		const comparison: RefreshNeeds = { ...NO_REFRESH, comparison: true };
		expect(mergeRefresh(library, comparison)).toEqual({
			cohort: false,
			library: true,
			comparison: true,
		});
		expect(mergeRefresh(NO_REFRESH, NO_REFRESH)).toEqual(NO_REFRESH);
	});

	it('says once, politely, what others changed', () => {
		expect(updateNotice(NO_REFRESH)).toBeNull();
		expect(updateNotice({ ...NO_REFRESH, library: true })).toBe('The library was updated.');
		expect(updateNotice({ cohort: true, library: true, comparison: true })).toBe(
			'The members of the cohort changed. The library was updated. The comparison was updated.',
		);
	});
});

describe('gathering a burst of changes', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});

	afterEach(() => {
		vi.useRealTimers();
	});

	it('reads once, after the burst, what all its changes asked for', () => {
		const flush = vi.fn();
		const batcher = new ChangeBatcher(flush);
		batcher.add({ what: 'library' });
		vi.advanceTimersByTime(FOLLOW_DEBOUNCE_MS - 50);
		batcher.add({ what: 'board', boardId: 'b1' });
		vi.advanceTimersByTime(FOLLOW_DEBOUNCE_MS - 50);
		expect(flush).not.toHaveBeenCalled();
		expect(batcher.pending).toBe(true);
		vi.advanceTimersByTime(50);
		expect(flush).toHaveBeenCalledTimes(1);
		expect(flush).toHaveBeenCalledWith({ cohort: false, library: true, comparison: true });
		expect(batcher.pending).toBe(false);
	});

	it('starts afresh after a read', () => {
		const flush = vi.fn();
		const batcher = new ChangeBatcher(flush, 100);
		batcher.add({ what: 'members' });
		vi.advanceTimersByTime(100);
		batcher.add({ what: 'library' });
		vi.advanceTimersByTime(100);
		expect(flush).toHaveBeenNthCalledWith(2, { cohort: false, library: true, comparison: false });
	});

	it('still reads a steady stream of changes every few delays', () => {
		const flush = vi.fn();
		const batcher = new ChangeBatcher(flush, 100);
		for (let i = 0; i < 10; i++) {
			batcher.add({ what: 'board', boardId: 'b1' });
			vi.advanceTimersByTime(90);
		}
		// 900 ms of changes 90 ms apart: read at 400 ms and 800 ms rather than never.
		expect(flush).toHaveBeenCalledTimes(2);
	});

	it('drops what waits when cancelled, and ignores unknown changes', () => {
		const flush = vi.fn();
		const batcher = new ChangeBatcher(flush);
		batcher.add({ what: 'other' } as never);
		expect(batcher.pending).toBe(false);
		batcher.add({ what: 'library' });
		batcher.cancel();
		vi.advanceTimersByTime(FOLLOW_DEBOUNCE_MS * 10);
		expect(flush).not.toHaveBeenCalled();
	});
});
