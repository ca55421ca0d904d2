import { describe, expect, it } from 'vitest';
import { promoteRequestSchema } from '@groundwork/protocol';
import { promoteContent, promoteForm, promoteRequest } from './promoteForm.js';

describe('the promote form', () => {
	it('starts empty, with a gap’s category ticked when given', () => {
		expect(promoteForm().gapCategories).toEqual([]);
		expect(promoteForm(['skills_capacity']).title).toBe('');
		expect(promoteForm(['skills_capacity', 'finance_funding']).gapCategories).toEqual([
			'finance_funding',
			'skills_capacity',
		]);
	});

	it('sends nothing of an untouched form: the server fills the item from the source', () => {
		const request = promoteRequest({ kind: 'card', itemId: 'card-1' }, promoteForm(), false);
		expect(request).toEqual({ source: { kind: 'card', itemId: 'card-1' } });
		expect(promoteRequestSchema.safeParse(request).success).toBe(true);
	});

	it('sends the fields filled in, trimmed, and leaves blank ones out', () => {
		const form = {
			...promoteForm(),
			title: '  Shared energy manager ',
			summary: '   ',
			costRange: '€40k a year',
			timeframe: '\n',
			gapCategories: ['skills_capacity' as const],
			evidenceLevel: 'peer_reviewed' as const,
			lessons: 'Agree the split of hours early.',
		};
		expect(promoteContent(form)).toEqual({
			title: 'Shared energy manager',
			costRange: '€40k a year',
			gapCategories: ['skills_capacity'],
			evidenceLevel: 'peer_reviewed',
			lessons: 'Agree the split of hours early.',
		});
	});

	it('carries the difficulty in the transferability and asks for approval when submitted', () => {
		const form = { ...promoteForm(), difficulty: 'medium' as const, contact: 'ana@split.hr' };
		const request = promoteRequest({ kind: 'gap', itemId: 'gap-1' }, form, true);
		expect(request).toEqual({
			source: { kind: 'gap', itemId: 'gap-1' },
			content: {
				contact: 'ana@split.hr',
				transferability: { preconditions: '', adaptations: '', difficulty: 'medium' },
			},
			submit: true,
		});
		expect(promoteRequestSchema.safeParse(request).success).toBe(true);
	});
});
