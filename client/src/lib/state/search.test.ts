import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '@groundwork/protocol';
import {
	excerpt,
	inReadingOrder,
	foldForSearch,
	matchesSearch,
	searchCards,
	searchTerms,
} from './search.js';

const cards = [
	{ id: 'a', text: 'Retrofit the schools', city: 'Lisbon', createdBy: 'Ana' },
	{ id: 'b', text: 'Émissions du chauffage', city: 'Liège', createdBy: 'Zoé' },
	{ id: 'c', text: 'District heating\nplan', city: 'Tartu', createdBy: 'Kaarel' },
];

describe('search', () => {
	it('folds case, accents and white space', () => {
		expect(foldForSearch('  Émissions  DU\tChauffage ')).toBe('emissions du chauffage');
		expect(foldForSearch('Straße Ångström ñ')).toBe('straße angstrom n');
		expect(searchTerms('  ')).toEqual([]);
		expect(searchTerms(' Heat  PLAN ')).toEqual(['heat', 'plan']);
	});

	it('matches text, city and author, ignoring case and accents', () => {
		const ids = (query: string) => searchCards(cards, query, (card) => card).map((c) => c.id);
		expect(ids('emissions')).toEqual(['b']);
		expect(ids('ÉMISSIONS')).toEqual(['b']);
		expect(ids('liege')).toEqual(['b']);
		expect(ids('zoe')).toEqual(['b']);
		expect(ids('lisbon')).toEqual(['a']);
		expect(ids('i')).toEqual(['a', 'b', 'c']);
	});

	it('needs every word, in any field and any order', () => {
		const ids = (query: string) => searchCards(cards, query, (card) => card).map((c) => c.id);
		expect(ids('plan heating')).toEqual(['c']);
		expect(ids('tartu district')).toEqual(['c']);
		expect(ids('tartu schools')).toEqual([]);
	});

	it('finds nothing for a blank query', () => {
		expect(searchCards(cards, '   ', (card) => card)).toEqual([]);
		expect(matchesSearch(cards[0]!, [])).toBe(false);
	});

	it('cuts excerpts at 60 characters', () => {
		expect(excerpt('  short\n text ')).toBe('short text');
		const long = 'x'.repeat(59) + ' yz';
		expect(excerpt(long)).toBe(`${'x'.repeat(59)}…`);
		expect(excerpt('a'.repeat(60))).toBe('a'.repeat(60));
		expect(excerpt('😀'.repeat(61))).toBe(`${'😀'.repeat(60)}…`);
	});

	it('orders cards by stage, then sector, then order in the cell', () => {
		const template = TEMPLATES['netzero-roadmap'];
		const placed = [
			{ id: 'late', column: 'localisation', row: 'buildings', order: 0 },
			{ id: 'energy', column: 'planning', row: 'energy', order: 0 },
			{ id: 'second', column: 'planning', row: 'buildings', order: 1 },
			{ id: 'first', column: 'planning', row: 'buildings', order: 0 },
		] as const;
		expect(inReadingOrder(placed, template).map((card) => card.id)).toEqual([
			'first',
			'second',
			'energy',
			'late',
		]);
	});
});
