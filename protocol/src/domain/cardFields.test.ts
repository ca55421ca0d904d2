import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	ACTION_STATUSES,
	ALL_CARD_FIELD_KEYS,
	CARD_FIELD_KEYS,
	CARD_TEXT_FIELDS,
	FUNDING_SOURCES,
	GAP_CATEGORIES,
	LEVERS,
	SEVERITIES,
	isActionStatus,
	isCardFieldKey,
	isCardTextField,
	isFundingSource,
	isGapCategory,
	isLever,
	isMilestoneKind,
	isSeverity,
	isSphereOfInfluence,
	isFundingStatus,
	parseCardField,
} from './cardFields.js';
import { CARD_KINDS } from './cardKinds.js';
import { cardsMap, createCardMap } from '../doc/schema.js';
import { migrateDoc } from '../doc/migrations.js';

describe('card fields', () => {
	it('[D5] the enumerations are those of DOMAIN.md and their guards accept only them', () => {
		expect(ACTION_STATUSES).toEqual([
			'idea',
			'planned',
			'in_progress',
			'completed',
			'postponed',
			'cancelled',
		]);
		expect(FUNDING_SOURCES).toEqual(['municipal', 'national', 'EU', 'private', 'community']);
		expect(SEVERITIES).toEqual(['critical', 'high', 'medium', 'low']);
		expect(GAP_CATEGORIES).toHaveLength(9);
		expect(LEVERS).toHaveLength(7);
		expect(isActionStatus('in_progress')).toBe(true);
		expect(isActionStatus('done')).toBe(false);
		expect(isSphereOfInfluence('place_shaping')).toBe(true);
		expect(isFundingSource('EU')).toBe(true);
		expect(isFundingSource('eu')).toBe(false);
		expect(isFundingStatus('secured')).toBe(true);
		expect(isMilestoneKind('monitoring_report')).toBe(true);
		expect(isGapCategory('legal_powers')).toBe(true);
		expect(isSeverity('high')).toBe(true);
		expect(isLever('finance')).toBe(true);
		for (const guard of [isActionStatus, isSeverity, isLever]) {
			expect(guard(undefined)).toBe(false);
			expect(guard(3)).toBe(false);
			expect(guard('toString')).toBe(false);
		}
	});

	it('[D5] every kind has its own fields and levers; long texts are Y.Text fields', () => {
		for (const kind of CARD_KINDS) expect(CARD_FIELD_KEYS[kind]).toContain('levers');
		expect(CARD_FIELD_KEYS.action).toEqual([
			'status',
			'ownerOrganisation',
			'ownerPerson',
			'sphere',
			'startDate',
			'endDate',
			'costEur',
			'funding',
			'impactTco2ePerYear',
			'impactMwhPerYear',
			'priorityImpact',
			'priorityFeasibility',
			'levers',
			'inspiredBy',
			'replication',
		]);
		expect(CARD_FIELD_KEYS.milestone).toEqual([
			'date',
			'milestoneKind',
			'target',
			'achieved',
			'levers',
		]);
		expect(CARD_FIELD_KEYS.success).toEqual(['whatWorked', 'evidence', 'promotable', 'levers']);
		expect(CARD_FIELD_KEYS.barrier).toEqual(['category', 'severity', 'levers']);
		expect(CARD_FIELD_KEYS.note).toEqual(['levers']);
		expect(CARD_TEXT_FIELDS).toEqual(['whatWorked', 'evidence']);
		expect(isCardTextField('evidence')).toBe(true);
		expect(isCardTextField('status')).toBe(false);
		expect(new Set(ALL_CARD_FIELD_KEYS).size).toBe(ALL_CARD_FIELD_KEYS.length);
		// Per-kind keys never reuse a common card key.
		for (const key of ALL_CARD_FIELD_KEYS) {
			expect(['id', 'kind', 'text', 'stage', 'sector', 'city', 'order']).not.toContain(key);
		}
		expect(isCardFieldKey('barrier', 'severity')).toBe(true);
		expect(isCardFieldKey('note', 'severity')).toBe(false);
		expect(isCardFieldKey('action', 'hasOwnProperty')).toBe(false);
	});

	it('[D5] parseCardField accepts valid values', () => {
		const valid: [Parameters<typeof parseCardField>[0], string, unknown][] = [
			['action', 'status', 'in_progress'],
			['action', 'ownerOrganisation', 'City energy agency'],
			['action', 'sphere', 'partnership'],
			['action', 'startDate', '2026-03-01'],
			['action', 'endDate', '2028-02-29'],
			['action', 'costEur', 0],
			['action', 'costEur', 125000.5],
			['action', 'funding', [{ source: 'EU', status: 'applied' }]],
			['action', 'funding', []],
			['action', 'impactTco2ePerYear', 12.5],
			['action', 'impactMwhPerYear', 300],
			['action', 'priorityImpact', 1],
			['action', 'priorityFeasibility', 5],
			['action', 'levers', ['finance', 'participation']],
			['milestone', 'date', '2030'],
			['milestone', 'date', '2027-06-30'],
			['milestone', 'milestoneKind', 'plan_submitted'],
			['milestone', 'target', '-55 % emissions'],
			['milestone', 'achieved', true],
			['success', 'whatWorked', 'A one-stop shop for homeowners'],
			['success', 'promotable', false],
			['barrier', 'category', 'skills_capacity'],
			['barrier', 'severity', 'critical'],
			['note', 'levers', []],
		];
		for (const [kind, key, value] of valid) {
			expect(parseCardField(kind, key, value), `${kind}.${key}`).toEqual({ ok: true, value });
		}
	});

	it('[D5] parseCardField refuses bad values and fields of another kind', () => {
		const invalid: [Parameters<typeof parseCardField>[0], string, unknown][] = [
			['action', 'status', 'done'],
			['action', 'status', undefined],
			['action', 'startDate', '2026-02-30'],
			['action', 'startDate', '01/03/2026'],
			['action', 'costEur', -1],
			['action', 'costEur', Number.NaN],
			['action', 'costEur', Number.POSITIVE_INFINITY],
			['action', 'costEur', '100'],
			['action', 'funding', [{ source: 'lottery', status: 'applied' }]],
			['action', 'funding', [{ source: 'EU', status: 'applied', extra: 1 }]],
			['action', 'funding', { source: 'EU', status: 'applied' }],
			['action', 'impactMwhPerYear', -3],
			['action', 'priorityImpact', 0],
			['action', 'priorityImpact', 6],
			['action', 'priorityImpact', 2.5],
			['action', 'levers', ['magic']],
			['action', 'ownerPerson', 'x'.repeat(201)],
			['milestone', 'date', '30'],
			['milestone', 'achieved', 'yes'],
			['success', 'whatWorked', 42],
			['barrier', 'severity', 'urgent'],
		];
		for (const [kind, key, value] of invalid) {
			const result = parseCardField(kind, key, value);
			expect(result.ok, `${kind}.${key} = ${String(value)}`).toBe(false);
			if (!result.ok) expect(result.issue).toMatchObject({ code: 'invalid_value', key });
		}
		const foreign = parseCardField('note', 'status', 'planned');
		expect(foreign).toMatchObject({ ok: false, issue: { code: 'unknown_field', key: 'status' } });
		expect(parseCardField('action', 'constructor', {})).toMatchObject({ ok: false });
	});

	it('[D5] fields are optional and unknown keys are kept: no migration touches them', () => {
		const doc = new Y.Doc();
		const card = createCardMap({
			id: 'c1',
			kind: 'action',
			text: 'Retrofit',
			stage: 'planning',
			sector: 'buildings',
			city: 'Lyon',
			createdBy: 'Ada',
			createdAt: 1,
			updatedAt: 1,
			order: 0,
		});
		cardsMap(doc).set('c1', card);
		card.set('status', 'planned');
		card.set('futureField', { anything: true });
		migrateDoc(doc);
		expect(card.get('status')).toBe('planned');
		expect(card.get('futureField')).toEqual({ anything: true });
		expect(card.has('costEur')).toBe(false);
	});
});
