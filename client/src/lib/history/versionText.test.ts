import { describe, expect, it } from 'vitest';
import type { ChangeSummary } from '@groundwork/protocol';
import { editorsText, summaryLines, versionTitle } from './versionText.js';

const none = { added: 0, removed: 0, edited: 0 };

describe('version texts', () => {
	it('names a version by its name or by what took it', () => {
		expect(versionTitle({ trigger: 'named', label: 'After Planning' })).toBe('After Planning');
		expect(versionTitle({ trigger: 'phase', label: 'Localisation' })).toBe(
			'Phase changed to Localisation',
		);
		expect(versionTitle({ trigger: 'restore', label: 'Good state' })).toBe(
			'Before restoring “Good state”',
		);
		expect(versionTitle({ trigger: 'activity', label: '' })).toBe('Saved automatically');
	});

	it('says who changed the board, with their cities', () => {
		expect(
			editorsText({
				editors: [
					{ name: 'Ana', city: 'Split' },
					{ name: 'Jonas', city: 'Tartu' },
					{ name: 'Fia', city: '' },
				],
			}),
		).toBe('Changed by Ana (Split), Jonas (Tartu), and Fia');
		expect(editorsText({})).toBe('');
	});

	it('says what changed, kind by kind and city by city, and only what changed', () => {
		const summary: ChangeSummary = {
			cards: { added: 2, removed: 1, edited: 0 },
			gaps: { added: 0, removed: 0, edited: 1 },
			frames: none,
			links: none,
			cardsByCity: {
				Tartu: { added: 0, removed: 1, edited: 0 },
				Split: { added: 2, removed: 0, edited: 0 },
			},
		};
		expect(summaryLines(summary)).toEqual([
			'Cards: 2 added, 1 removed',
			'Gaps: 1 edited',
			'Split: 2 added',
			'Tartu: 1 removed',
		]);
		expect(
			summaryLines({ cards: none, gaps: none, frames: none, links: none, cardsByCity: {} }),
		).toEqual(['No change']);
	});
});
