import { describe, expect, it } from 'vitest';
import { t, type MessageKey } from '../i18n/i18n.js';
import { enExport } from '../i18n/messages/en.export.js';

const VALUES = {
	label: 'Spring-seminar-board.svg',
	message: 'oops',
	title: 'Spring seminar',
	frame: 'Quick wins',
	cards: 2,
	count: 3,
	n: 1,
	value: 'Lisbon',
	cell: 'Planning · Buildings',
};

describe('export messages', () => {
	it('format with their values, without ASCII apostrophes or stray braces', () => {
		for (const [key, message] of Object.entries(enExport)) {
			expect(message, key).not.toContain("'");
			const text = t(key as MessageKey, VALUES);
			expect(text.length, key).toBeGreaterThan(0);
			expect(text, key).not.toMatch(/[{}]/);
		}
	});

	it('count cards, gaps and cities', () => {
		expect(t('report.summary', { cards: 1, count: 0, n: 2 })).toBe('1 card, no gaps, 2 cities');
		expect(t('report.cards', { count: 0 })).toBe('no cards');
		expect(t('export.svg.description', { title: 'S', cards: 1 })).toBe('Board “S” with 1 card');
	});
});
