import { describe, expect, it } from 'vitest';
import type { BoardDigest } from '../cohort/boardDigest.js';
import { cityJourney, cohortTotals, type JourneySeminar } from './journey.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);

const seminars: JourneySeminar[] = [
	{ id: 'p1', stage: 'planning', start: NOW - 60 * DAY, attended: ['Split', 'Tartu'] },
	{ id: 'e1', stage: 'enabling', start: NOW - 10 * DAY, attended: ['Split'] },
	{ id: 'l1', stage: 'localisation', start: NOW + 30 * DAY, attended: [] },
];

const action = (id: string, status: string, stage = 'planning') => ({
	id,
	kind: 'action' as const,
	text: id,
	city: 'Split',
	levers: [],
	stage,
	status: status as 'planned',
});

const split: BoardDigest = {
	cards: [
		action('a', 'planned'),
		action('b', 'in_progress', 'enabling'),
		action('c', 'completed', 'localisation'),
		action('d', 'idea'),
		{ id: 'n', kind: 'note', text: 'n', city: 'Split', levers: [] },
	],
	gaps: [
		{ id: 'g1', title: 'No staff', status: 'resolved', city: 'Split', actionIds: [] },
		{ id: 'g2', title: 'No data', status: 'identified', city: 'Split', actionIds: [] },
		{ id: 'g3', title: 'Later', status: 'parked', city: 'Split', actionIds: [] },
		{ id: 'g4', title: 'New', city: 'Split', actionIds: [] },
	],
};

describe('cityJourney', () => {
	it('counts seminars held and attended per stage, actions and gaps, and the stage reached', () => {
		const journey = cityJourney('Split', seminars, split, NOW);
		expect(journey.stages).toEqual({
			planning: { held: 1, attended: 1 },
			enabling: { held: 1, attended: 1 },
			localisation: { held: 0, attended: 0 },
		});
		expect(journey.actions).toEqual({ planned: 1, inProgress: 1, completed: 1 });
		expect(journey.gaps).toEqual({ open: 2, resolved: 1 });
		// A completed action in Localisation: the city got there before its seminar.
		expect(journey.reached).toBe('localisation');
	});

	it('starts with nothing reached, and counts missed seminars as held', () => {
		const journey = cityJourney('Lisbon', seminars, undefined, NOW);
		expect(journey.stages.planning).toEqual({ held: 1, attended: 0 });
		expect(journey.reached).toBeNull();
		expect(cityJourney('Tartu', seminars, undefined, NOW).reached).toBe('planning');
	});

	it('sums what the cohort achieved together', () => {
		const totals = cohortTotals([
			cityJourney('Split', seminars, split, NOW),
			cityJourney('Tartu', seminars, split, NOW),
		]);
		expect(totals).toEqual({
			actions: { planned: 2, inProgress: 2, completed: 2 },
			gaps: { open: 4, resolved: 2 },
		});
	});
});
