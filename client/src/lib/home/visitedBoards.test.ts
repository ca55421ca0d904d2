import { describe, expect, it } from 'vitest';
import {
	forgetVisit,
	groupVisits,
	loadVisits,
	MAX_VISITS,
	recordVisit,
	type Visit,
} from './visitedBoards.js';

/** A Storage in memory. */
function memory(initial: Record<string, string> = {}) {
	const items = new Map(Object.entries(initial));
	return {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
	};
}

function visit(id: string, lastVisit: number, extra: Partial<Visit> = {}): Visit {
	return {
		id,
		title: `Board ${id}`,
		role: 'participant',
		path: `/b/${id}?token=t`,
		cities: ['Split'],
		lastVisit,
		...extra,
	};
}

describe('visited boards', () => {
	it('remembers boards, most recent first, one entry per board', () => {
		const storage = memory();
		recordVisit(storage, visit('board-a', 1));
		recordVisit(storage, visit('board-b', 2));
		recordVisit(storage, visit('board-a', 3, { title: 'Renamed' }));
		expect(loadVisits(storage).map((v) => [v.id, v.title])).toEqual([
			['board-a', 'Renamed'],
			['board-b', 'Board board-b'],
		]);
		forgetVisit(storage, 'board-a');
		expect(loadVisits(storage).map((v) => v.id)).toEqual(['board-b']);
	});

	it('keeps at most MAX_VISITS, dropping the least recent', () => {
		const storage = memory();
		for (let i = 0; i < MAX_VISITS + 5; i++) recordVisit(storage, visit(`board-${i}`, i));
		const kept = loadVisits(storage);
		expect(kept).toHaveLength(MAX_VISITS);
		expect(kept.at(-1)?.id).toBe('board-5');
	});

	it('reads nothing from storage that is corrupt or hostile, and skips malformed entries', () => {
		expect(loadVisits(memory({ 'groundwork.visitedBoards': '{not json' }))).toEqual([]);
		expect(loadVisits(memory({ 'groundwork.visitedBoards': '{"a":1}' }))).toEqual([]);
		const mixed = JSON.stringify([
			visit('board-a', 1),
			{ ...visit('board-b', 2), path: 'javascript:alert(1)' },
			{ id: 'x' },
		]);
		expect(loadVisits(memory({ 'groundwork.visitedBoards': mixed })).map((v) => v.id)).toEqual([
			'board-a',
		]);
	});

	it('puts breakout boards under their main board when it is remembered', () => {
		const groups = groupVisits([
			visit('room-1', 5, { parentId: 'main', room: 'Split' }),
			visit('main', 4),
			visit('orphan', 3, { parentId: 'gone', room: 'Tartu' }),
		]);
		expect(groups.map((g) => [g.board.id, g.rooms.map((r) => r.id)])).toEqual([
			['main', ['room-1']],
			['orphan', []],
		]);
	});
});
