import { describe, expect, it } from 'vitest';
import type { Visit } from '../home/visitedBoards.js';
import { facilitatorBoards } from './facilitatorBoards.js';

function visit(id: string, overrides: Partial<Visit> = {}): Visit {
	return {
		id,
		title: `Board ${id}`,
		role: 'facilitator',
		path: `/b/${id}?token=tok-${id}`,
		cities: ['Split'],
		lastVisit: 1,
		...overrides,
	};
}

describe('the boards that can join a cohort from this browser', () => {
	it('are the main boards opened as facilitator, with their token', () => {
		const boards = facilitatorBoards([
			visit('a'),
			visit('b', { role: 'participant' }),
			visit('c', { parentId: 'a', room: 'Room 1' }),
			visit('d', { path: '/b/d' }),
			visit('e', { role: 'viewer' }),
		]);
		expect(boards).toEqual([{ id: 'a', title: 'Board a', token: 'tok-a', cities: ['Split'] }]);
	});
});
