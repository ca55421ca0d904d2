import { describe, expect, it } from 'vitest';
import {
	formatNumber,
	languageName,
	memberKindLabel,
	moderationLabel,
	replicationText,
	sectorName,
	stageName,
} from './cohortLabels.js';
import { memberName, sortedMembers } from './memberRows.js';

describe('the cohort view’s labels', () => {
	it('says a replication as “City — status”', () => {
		expect(replicationText({ city: 'Tartu', status: 'implemented' })).toBe('Tartu — Implemented');
	});

	it('names moderation, member kinds, sectors and stages, with or without a value', () => {
		expect(moderationLabel('submitted')).toBe('Waiting for approval');
		expect(memberKindLabel('seminar')).toBe('Seminar board');
		expect(sectorName('energy')).toBe('Energy supply');
		expect(sectorName('cross_cutting')).toBe('Cross-cutting');
		expect(sectorName('')).toBe('No sector');
		expect(sectorName('harbour')).toBe('harbour');
		expect(stageName('planning')).toBe('Planning');
		expect(stageName(undefined)).toBe('No stage');
	});

	it('names languages and formats numbers in the current locale', () => {
		expect(languageName('hr')).toBe('Croatian');
		expect(languageName('not a language!')).toBe('not a language!');
		expect(formatNumber(12500.5)).toBe('12,500.5');
	});
});

describe('the members list', () => {
	it('lists city boards by city, then seminar boards by title', () => {
		const member = (boardId: string, kind: 'city' | 'seminar', city: string, title: string) => ({
			boardId,
			kind,
			city,
			title,
			country: '',
			joinedAt: 1,
		});
		const sorted = sortedMembers([
			member('s1', 'seminar', '', 'Seminar 2'),
			member('c1', 'city', 'Tartu', 'Roadmap'),
			member('s2', 'seminar', '', 'Seminar 1'),
			member('c2', 'city', 'Split', 'Roadmap'),
		]);
		expect(sorted.map(memberName)).toEqual(['Split', 'Tartu', 'Seminar 1', 'Seminar 2']);
	});
});
