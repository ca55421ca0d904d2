import { describe, expect, it } from 'vitest';
import {
	ACTION_STATUSES,
	FUNDING_SOURCES,
	FUNDING_STATUSES,
	GAP_CATEGORIES,
	LEVERS,
	MILESTONE_KINDS,
	SEVERITIES,
	SPHERES_OF_INFLUENCE,
} from '@groundwork/protocol';
import {
	actionStatusLabel,
	fundingSourceLabel,
	fundingStatusLabel,
	gapCategoryLabel,
	leverLabel,
	milestoneDateLabel,
	milestoneKindLabel,
	severityLabel,
	sphereLabel,
} from './fieldLabels.js';

describe('field labels', () => {
	it('every enumeration value has a distinct label in the catalog', () => {
		const sets: [readonly string[], (value: never) => string][] = [
			[ACTION_STATUSES, actionStatusLabel],
			[SPHERES_OF_INFLUENCE, sphereLabel],
			[FUNDING_SOURCES, fundingSourceLabel],
			[FUNDING_STATUSES, fundingStatusLabel],
			[MILESTONE_KINDS, milestoneKindLabel],
			[GAP_CATEGORIES, gapCategoryLabel],
			[SEVERITIES, severityLabel],
			[LEVERS, leverLabel],
		];
		for (const [values, label] of sets) {
			const labels = values.map((value) => label(value as never));
			expect(new Set(labels).size).toBe(values.length);
			for (const text of labels) expect(text).toMatch(/^[A-Z]/);
		}
		expect(actionStatusLabel('in_progress')).toBe('In progress');
	});

	it('shows a milestone year as is and a date as a calendar day', () => {
		expect(milestoneDateLabel('2030')).toBe('2030');
		expect(milestoneDateLabel('2027-06-30')).toBe('June 30, 2027');
	});
});
