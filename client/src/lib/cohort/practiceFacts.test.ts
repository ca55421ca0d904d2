import { describe, expect, it } from 'vitest';
import {
	aboutFacts,
	deliveryFacts,
	originText,
	sourceFacts,
	storyTexts,
	transferabilityFacts,
} from './practiceFacts.js';
import { practiceFixture } from './practiceFixture.js';

describe('a library item’s facts', () => {
	it('names its values and leaves out what its author left empty', () => {
		const item = practiceFixture({ levers: [], stage: undefined });
		expect(aboutFacts(item)).toEqual([
			{ label: 'From', value: 'Split, Croatia' },
			{ label: 'City size', value: '100,000 to 250,000 inhabitants' },
			{ label: 'Sectors', value: 'Buildings' },
			{ label: 'Gaps it answers', value: 'Finance & funding' },
			{ label: 'Status', value: 'Approved' },
			{ label: 'Shown to', value: 'The cities of the cohort' },
		]);
		expect(deliveryFacts(item)).toEqual([{ label: 'Funding used', value: 'ELENA' }]);
		expect(transferabilityFacts(item)).toEqual([{ label: 'Difficulty', value: 'Medium' }]);
		expect(storyTexts(item)).toEqual([{ label: 'What was done', value: 'Set up a fund.' }]);
		expect(sourceFacts(item)).toEqual([
			{ label: 'Evidence', value: 'Self-reported' },
			{ label: 'Written in', value: 'English' },
		]);
	});

	it('joins lists and says who sees a published item', () => {
		const item = practiceFixture({
			sectors: ['buildings', 'energy'],
			published: true,
			origin: { city: 'Lund', country: '' },
		});
		const facts = aboutFacts(item);
		expect(facts).toContainEqual({ label: 'Sectors', value: 'Buildings, Energy supply' });
		expect(facts).toContainEqual({ label: 'Shown to', value: 'Everyone, in the public library' });
		expect(originText(item)).toBe('Lund');
		const draft = aboutFacts(practiceFixture({ moderation: 'draft' }));
		expect(draft.map((fact) => fact.label)).not.toContain('Shown to');
	});
});
