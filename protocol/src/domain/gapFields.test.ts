import { describe, expect, it } from 'vitest';
import {
	GAP_FIELD_KEYS,
	GAP_TEXT_FIELDS,
	MAX_GAP_TITLE_LENGTH,
	isGapFieldKey,
	parseGapField,
} from './gapFields.js';

describe('gap fields [D10]', () => {
	it('has the fields of DOMAIN.md, texts among them', () => {
		expect(GAP_FIELD_KEYS).toEqual([
			'title',
			'description',
			'category',
			'sector',
			'stage',
			'severity',
			'assessment',
			'ownerCity',
			'ownerDepartment',
			'ownerPerson',
			'status',
			'evidence',
			'peerSuggestions',
			'dueDate',
			'visibility',
		]);
		for (const key of GAP_TEXT_FIELDS) expect(isGapFieldKey(key)).toBe(true);
		expect(isGapFieldKey('__proto__')).toBe(false);
	});

	it('accepts good values', () => {
		const good: [string, unknown][] = [
			['title', 'No staff with energy skills'],
			['category', 'skills_capacity'],
			['sector', 'cross_cutting'],
			['sector', 'mobility'],
			['stage', 'enabling'],
			['severity', 'critical'],
			['assessment', 'partially_met'],
			['status', 'action_planned'],
			['visibility', 'cohort'],
			['dueDate', '2027-03-31'],
			['evidence', [{ text: 'Staff survey 2026', source: 'survey', url: 'https://example.org/s' }]],
			['peerSuggestions', [{ city: 'Tartu', text: 'Share an energy manager' }]],
		];
		for (const [key, value] of good)
			expect(parseGapField(key, value), key).toMatchObject({ ok: true });
	});

	it('refuses unknown fields and bad values with the field named', () => {
		expect(parseGapField('colour', 'red')).toMatchObject({
			ok: false,
			issue: { code: 'unknown_field', key: 'colour' },
		});
		const bad: [string, unknown][] = [
			['title', '   '],
			['title', 'x'.repeat(MAX_GAP_TITLE_LENGTH + 1)],
			['category', 'money'],
			['sector', 'space'],
			['severity', 3],
			['dueDate', '31/03/2027'],
			['evidence', [{ text: 'x', source: 'rumour' }]],
			['evidence', [{ text: 'x', source: 'survey', url: 'javascript:alert(1)' }]],
			['peerSuggestions', [{ city: '', text: 'x' }]],
			['visibility', 'everyone'],
		];
		for (const [key, value] of bad) {
			expect(parseGapField(key, value), `${key}=${JSON.stringify(value)}`).toMatchObject({
				ok: false,
				issue: { code: 'invalid_value', key },
			});
		}
	});
});
