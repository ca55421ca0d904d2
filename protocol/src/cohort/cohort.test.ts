import { describe, expect, it } from 'vitest';
import { gapMatrix, roadmapProgress, sharedGaps, type ComparedGap } from './comparison.js';
import { practiceContentSchema, type Practice, type PracticeContent } from './library.js';
import { matchPractices } from './matching.js';
import { canSeeGap, visibleGaps, type GapPlace } from './visibility.js';

function content(overrides: Partial<PracticeContent> = {}): PracticeContent {
	return {
		title: 'Energy manager shared by three towns',
		summary: 'One energy manager for three small municipalities.',
		origin: { city: 'Križevci', country: 'Croatia', population: 'under_20k' },
		sectors: ['buildings'],
		levers: ['governance_policy', 'skills_learning'],
		stage: 'enabling',
		gapCategories: ['skills_capacity'],
		context: '',
		whatWasDone: '',
		results: [{ metric: 'Energy saved', value: 420, unit: 'MWh/year', year: 2024 }],
		costRange: '€40k a year',
		fundingUsed: 'EU',
		timeframe: '18 months',
		partners: '',
		transferability: { preconditions: '', adaptations: '', difficulty: 'low' },
		lessons: '',
		evidenceLevel: 'self_reported',
		contact: '',
		links: [],
		language: 'hr',
		...overrides,
	};
}

function practice(id: string, overrides: Partial<Practice> = {}): Practice {
	return {
		...content(),
		id,
		cohortId: 'cohort-1',
		published: false,
		moderation: 'approved',
		source: { boardId: 'board-a', itemId: 'card-1', kind: 'card' },
		replications: [],
		createdBy: 'Ana',
		createdAt: 1,
		updatedAt: 1,
		...overrides,
	};
}

describe('the library item', () => {
	it('accepts the fields of DOMAIN.md and refuses what does not fit', () => {
		expect(practiceContentSchema.safeParse(content()).success).toBe(true);
		expect(practiceContentSchema.safeParse(content({ title: '' })).success).toBe(false);
		const bad = { ...content(), gapCategories: ['weather'] };
		expect(practiceContentSchema.safeParse(bad).success).toBe(false);
		expect(
			practiceContentSchema.safeParse(content({ links: ['javascript:alert(1)'] })).success,
		).toBe(false);
		expect(practiceContentSchema.safeParse({ ...content(), extra: 1 }).success).toBe(false);
	});
});

describe('matching gaps to library items', () => {
	it('suggests only approved items that answer the gap’s category, best fitting first', () => {
		const items = [
			practice('p-other-sector', { title: 'B', sectors: ['mobility'] }),
			practice('p-best', {
				title: 'A',
				sectors: ['buildings'],
				stage: 'enabling',
				evidenceLevel: 'evaluated',
				replications: [
					{ city: 'Tartu', boardId: 'b', cardId: 'c', status: 'implemented', updatedAt: 1 },
				],
			}),
			practice('p-draft', { moderation: 'submitted' }),
			practice('p-other-category', { gapCategories: ['finance_funding'] }),
		];
		const matches = matchPractices(
			{ category: 'skills_capacity', sector: 'buildings', stage: 'enabling' },
			items,
		);
		expect(matches.map((m) => m.practice.id)).toEqual(['p-best', 'p-other-sector']);
		expect(matches[0]?.reasons).toEqual(['category', 'sector', 'stage', 'implemented', 'evidence']);
		expect(matchPractices({ sector: 'buildings' }, items)).toEqual([]);
	});
});

describe('gap visibility', () => {
	const place = (visibility: GapPlace['visibility'], cohortId: string | null = 'cohort-1') => ({
		ownerCity: 'Split',
		cohortId,
		visibility,
	});

	it('keeps a city gap in its city, a cohort gap in its cohort, and shows a public gap to all', () => {
		const home = { city: 'split', cohorts: [] };
		const peer = { city: 'Tartu', cohorts: ['cohort-1'] };
		const outsider = { city: 'Lund', cohorts: ['cohort-2'] };
		for (const visibility of ['city', 'cohort', 'public', undefined] as const) {
			expect(canSeeGap(home, place(visibility)), `${visibility} at home`).toBe(true);
		}
		expect(canSeeGap(peer, place('city'))).toBe(false);
		expect(canSeeGap(peer, place(undefined))).toBe(false);
		expect(canSeeGap(peer, place('cohort'))).toBe(true);
		expect(canSeeGap(peer, place('cohort', null))).toBe(false);
		expect(canSeeGap(outsider, place('cohort'))).toBe(false);
		expect(canSeeGap(outsider, place('public'))).toBe(true);
		expect(canSeeGap({ city: '', cohorts: [] }, { ...place('city'), ownerCity: '' })).toBe(false);
		expect(visibleGaps(peer, [place('city'), place('public')])).toEqual([place('public')]);
	});
});

describe('the cohort comparison', () => {
	const gap = (city: string, overrides: Partial<ComparedGap> = {}): ComparedGap => ({
		city,
		boardId: `board-${city}`,
		gapId: `${city}-${Math.random()}`,
		title: 'A gap',
		category: 'data_monitoring',
		sector: 'energy',
		severity: 'medium',
		resolved: false,
		...overrides,
	});

	it('counts open gaps per city and category with the worst severity', () => {
		const matrix = gapMatrix([
			gap('Split', { severity: 'low' }),
			gap('Split', { severity: 'critical' }),
			gap('Split', { severity: undefined }),
			gap('Split', { resolved: true, category: 'finance_funding' }),
			gap('Tartu', { category: 'finance_funding', severity: undefined }),
		]);
		expect(matrix).toEqual({
			Split: { data_monitoring: { count: 3, worst: 'critical' } },
			Tartu: { finance_funding: { count: 1, worst: null } },
		});
	});

	it('finds the gaps several cities share, most widely shared first', () => {
		const shared = sharedGaps([
			gap('Split'),
			gap('Tartu'),
			gap('Gdynia'),
			gap('Split', { category: 'finance_funding' }),
			gap('Tartu', { category: 'finance_funding' }),
			gap('Split', { category: 'legal_powers' }),
			gap('Split'),
			gap('Lund', { resolved: true }),
		]);
		expect(shared.map((s) => [s.category, s.cities])).toEqual([
			['data_monitoring', ['Gdynia', 'Split', 'Tartu']],
			['finance_funding', ['Split', 'Tartu']],
		]);
		expect(shared[0]?.gaps).toHaveLength(4);
	});

	it('counts each city’s actions planned, in progress and completed by stage and sector', () => {
		expect(
			roadmapProgress([
				{ city: 'Split', stage: 'planning', sector: 'energy', status: 'planned' },
				{ city: 'Split', stage: 'planning', sector: 'energy', status: 'completed' },
				{ city: 'Split', stage: 'planning', sector: 'energy', status: 'idea' },
				{ city: 'Tartu', stage: 'enabling', sector: 'mobility', status: 'in_progress' },
			]),
		).toEqual({
			Split: { 'planning/energy': { planned: 1, inProgress: 0, completed: 1 } },
			Tartu: { 'enabling/mobility': { planned: 0, inProgress: 1, completed: 0 } },
		});
	});
});
