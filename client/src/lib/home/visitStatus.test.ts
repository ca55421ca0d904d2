import { describe, expect, it } from 'vitest';
import type { BoardInfo } from '@groundwork/protocol';
import { ApiRequestError } from '../api.js';
import { checkVisits, tokenOf, type VisitStatus } from './visitStatus.js';
import type { Visit } from './visitedBoards.js';

function visit(id: string, token: string): Visit {
	return {
		id,
		title: id,
		role: 'participant',
		path: `/b/${id}?token=${encodeURIComponent(token)}`,
		cities: [],
		lastVisit: 1,
	};
}

const info = (id: string): BoardInfo => ({
	id,
	title: `Live ${id}`,
	template: 'netzero-roadmap',
	createdAt: '2026-12-01T10:00:00.000Z',
	role: 'participant',
	archived: id === 'archived',
	lastChange: null,
});

describe('remembered boards checked with the server', () => {
	it('reads the token from the remembered link', () => {
		expect(tokenOf(visit('b1', 'v1.a+b/c.d'))).toBe('v1.a+b/c.d');
		expect(tokenOf({ path: '/b/b1' })).toBe('');
	});

	it('says for each board what the server says: known, gone (denied or deleted), or unreachable', async () => {
		const seen: Record<string, VisitStatus> = {};
		const tokens: string[] = [];
		await checkVisits(
			[
				visit('ok', 't-ok'),
				visit('archived', 't-a'),
				visit('revoked', 't-r'),
				visit('deleted', 't-d'),
				visit('down', 't-x'),
			],
			async (id, token) => {
				tokens.push(token);
				if (id === 'revoked') throw new ApiRequestError(401, undefined);
				if (id === 'deleted') throw new ApiRequestError(404, undefined);
				if (id === 'down') throw new TypeError('Failed to fetch');
				return info(id);
			},
			(id, status) => (seen[id] = status),
			2,
		);
		expect(tokens.sort()).toEqual(['t-a', 't-d', 't-ok', 't-r', 't-x']);
		expect(seen['ok']).toEqual({ kind: 'known', info: info('ok') });
		expect(seen['archived']?.kind === 'known' && seen['archived'].info.archived).toBe(true);
		expect(seen['revoked']).toEqual({ kind: 'gone', reason: 'denied' });
		expect(seen['deleted']).toEqual({ kind: 'gone', reason: 'missing' });
		expect(seen['down']).toEqual({ kind: 'unreachable' });
	});
});
