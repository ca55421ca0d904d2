import { describe, expect, it } from 'vitest';
import { CARD_RELATIONS } from '@groundwork/protocol';
import { t } from './i18n.js';
import { linkSentence, relationLabel } from './linkLabels.js';

describe('link labels', () => {
	it('names every relation of the protocol', () => {
		expect(CARD_RELATIONS.map(relationLabel)).toEqual(['Enables', 'Blocks', 'Depends on']);
	});

	it('says a link as a sentence, from its first card to its second', () => {
		expect(linkSentence('Retrofit', 'enables', 'Heat pumps')).toBe('Retrofit enables Heat pumps');
		expect(linkSentence('Permits', 'blocks', 'Wind farm')).toBe('Permits blocks Wind farm');
		expect(linkSentence('Grid', 'depends_on', 'Funding')).toBe('Grid depends on Funding');
	});

	it('counts links and matching cards', () => {
		expect(t('link.count', { count: 0 })).toBe('No links yet');
		expect(t('link.count', { count: 2 })).toBe('2 links');
		expect(t('link.matches', { count: 1 })).toBe('1 card matches.');
	});
});
