import { describe, expect, it } from 'vitest';
import { GAP_CATEGORIES, SEVERITIES, type GapFieldValues } from '@groundwork/protocol';
import type { GapCoverage } from '../sync/gapLinks.js';
import {
	DEFAULT_GAP_VIEW,
	NOT_SET,
	arrangeGaps,
	facetChoices,
	loadGapView,
	matchesGapView,
	saveGapView,
	type ArrangeableGap,
	type GapViewSettings,
} from './gapView.js';

/** A gap at `order` (its id is its order, to read results easily). */
function gap(order: number, values: GapFieldValues = {}): ArrangeableGap {
	return { id: `g${order}`, values, title: values.title ?? '', order, createdAt: 0 };
}

const view = (settings: Partial<GapViewSettings>): GapViewSettings => ({
	...DEFAULT_GAP_VIEW,
	...settings,
});

const uncovered = (): GapCoverage => 'uncovered';

/** The ids of an ungrouped arrangement. */
function ids(
	gaps: readonly ArrangeableGap[],
	settings: Partial<GapViewSettings>,
	coverageOf: (id: string) => GapCoverage = uncovered,
): string[] {
	const groups = arrangeGaps(gaps, view(settings), coverageOf);
	expect(groups.map((group) => group.key)).toEqual([null]);
	return groups[0]!.gaps.map((g) => g.id);
}

/** An in-memory `Storage`. */
class MemoryStorage implements Storage {
	readonly items = new Map<string, string>();
	get length(): number {
		return this.items.size;
	}
	clear(): void {
		this.items.clear();
	}
	getItem(key: string): string | null {
		return this.items.get(key) ?? null;
	}
	key(index: number): string | null {
		return [...this.items.keys()][index] ?? null;
	}
	removeItem(key: string): void {
		this.items.delete(key);
	}
	setItem(key: string, value: string): void {
		this.items.set(key, String(value));
	}
}

/** A storage holding `raw` as the only stored view, whatever its key. */
function storing(raw: string): Storage {
	const storage = new MemoryStorage();
	storage.getItem = () => raw;
	return storage;
}

describe('arrangeGaps: sorting', () => {
	// Severities out of order, with two unset.
	const gaps = [
		gap(1, { severity: 'low' }),
		gap(2),
		gap(3, { severity: 'critical' }),
		gap(4, { severity: 'medium' }),
		gap(5),
		gap(6, { severity: 'high' }),
	];

	it('keeps the shared order by default', () => {
		expect(ids([...gaps].reverse(), {})).toEqual(['g1', 'g2', 'g3', 'g4', 'g5', 'g6']);
		expect(ids(gaps, { descending: true })).toEqual(['g6', 'g5', 'g4', 'g3', 'g2', 'g1']);
	});

	it('sorts by severity in enumeration order, unset last, ties in the shared order', () => {
		expect(SEVERITIES).toEqual(['critical', 'high', 'medium', 'low']);
		expect(ids(gaps, { sort: 'severity' })).toEqual(['g3', 'g6', 'g4', 'g1', 'g2', 'g5']);
	});

	it('sorts by severity descending, unset still last', () => {
		expect(ids(gaps, { sort: 'severity', descending: true })).toEqual([
			'g1',
			'g4',
			'g6',
			'g3',
			'g2',
			'g5',
		]);
	});

	it('sorts by status in lifecycle order (not alphabetically), unset last both ways', () => {
		const list = [
			gap(1, { status: 'resolved' }),
			gap(2, { status: 'analysing' }),
			gap(3),
			gap(4, { status: 'identified' }),
			gap(5, { status: 'parked' }),
			gap(6, { status: 'action_planned' }),
		];
		expect(ids(list, { sort: 'status' })).toEqual(['g4', 'g2', 'g6', 'g1', 'g5', 'g3']);
		expect(ids(list, { sort: 'status', descending: true })).toEqual([
			'g5',
			'g1',
			'g6',
			'g2',
			'g4',
			'g3',
		]);
	});

	it('sorts by the live title, case-insensitively, empty titles last', () => {
		const list = [
			{ ...gap(1), title: { toString: () => 'banana' } },
			{ ...gap(2), title: { toString: () => '  ' } },
			{ ...gap(3), title: { toString: () => 'Apple' } },
			{ ...gap(4, { title: 'stale copy' }), title: { toString: () => 'cherry' } },
		];
		expect(ids(list, { sort: 'title' })).toEqual(['g3', 'g1', 'g4', 'g2']);
		expect(ids(list, { sort: 'title', descending: true })).toEqual(['g4', 'g1', 'g3', 'g2']);
	});

	it('sorts by due date, gaps without one last in both directions', () => {
		const list = [
			gap(1, { dueDate: '2031-01-01' }),
			gap(2),
			gap(3, { dueDate: '2029-12-31' }),
			gap(4, { dueDate: '2030-06-15' }),
		];
		expect(ids(list, { sort: 'dueDate' })).toEqual(['g3', 'g4', 'g1', 'g2']);
		expect(ids(list, { sort: 'dueDate', descending: true })).toEqual(['g1', 'g4', 'g3', 'g2']);
	});

	it('sorts by owner city alphabetically, unset last', () => {
		const list = [
			gap(1, { ownerCity: 'tartu' }),
			gap(2),
			gap(3, { ownerCity: 'Gdynia' }),
			gap(4, { ownerCity: 'Lyon' }),
		];
		expect(ids(list, { sort: 'city' })).toEqual(['g3', 'g4', 'g1', 'g2']);
		expect(ids(list, { sort: 'city', descending: true })).toEqual(['g1', 'g4', 'g3', 'g2']);
	});

	it('does not reorder its input', () => {
		const input = [...gaps];
		arrangeGaps(input, view({ sort: 'severity' }), uncovered);
		expect(input).toEqual(gaps);
	});
});

describe('arrangeGaps and matchesGapView: filters', () => {
	const gaps = [
		gap(1, { category: 'finance_funding', ownerCity: 'Lyon' }),
		gap(2, { category: 'data_monitoring', ownerCity: 'Tartu' }),
		gap(3, { ownerCity: 'Lyon' }),
		gap(4, { category: 'finance_funding' }),
	];

	it('filters by a facet value', () => {
		expect(ids(gaps, { filters: { category: 'finance_funding' } })).toEqual(['g1', 'g4']);
		expect(ids(gaps, { filters: { city: 'Lyon' } })).toEqual(['g1', 'g3']);
		expect(ids(gaps, { filters: { category: 'finance_funding', city: 'Lyon' } })).toEqual(['g1']);
		expect(ids(gaps, { filters: { category: '' } })).toEqual(['g1', 'g2', 'g3', 'g4']);
	});

	it('filters by "not set"', () => {
		expect(ids(gaps, { filters: { category: NOT_SET } })).toEqual(['g3']);
		expect(ids(gaps, { filters: { city: NOT_SET } })).toEqual(['g4']);
	});

	it('filters by coverage', () => {
		const coverage: Record<string, GapCoverage> = {
			g1: 'uncovered',
			g2: 'open',
			g3: 'completed',
			g4: 'uncovered',
		};
		const of = (id: string) => coverage[id]!;
		expect(ids(gaps, { coverage: 'uncovered' }, of)).toEqual(['g1', 'g4']);
		expect(ids(gaps, { coverage: 'completed' }, of)).toEqual(['g3']);
		expect(ids(gaps, { coverage: 'all' }, of)).toEqual(['g1', 'g2', 'g3', 'g4']);
		expect(matchesGapView(gaps[1]!, view({ coverage: 'uncovered' }), 'open')).toBe(false);
		expect(
			matchesGapView(
				gaps[0]!,
				view({ coverage: 'uncovered', filters: { city: 'Tartu' } }),
				'uncovered',
			),
		).toBe(false);
	});
});

describe('arrangeGaps: groups', () => {
	it('groups by category in enumeration order, the not-set group last', () => {
		const gaps = [
			gap(1, { category: 'multilevel_coordination' }),
			gap(2),
			gap(3, { category: 'governance_leadership' }),
			gap(4, { category: 'data_monitoring' }),
			gap(5, { category: 'governance_leadership' }),
			gap(6),
		];
		const groups = arrangeGaps(gaps, view({ group: 'category' }), uncovered);
		expect(GAP_CATEGORIES.indexOf('governance_leadership')).toBeLessThan(
			GAP_CATEGORIES.indexOf('data_monitoring'),
		);
		expect(groups.map((group) => [group.key, group.gaps.map((g) => g.id)])).toEqual([
			['governance_leadership', ['g3', 'g5']],
			['data_monitoring', ['g4']],
			['multilevel_coordination', ['g1']],
			[NOT_SET, ['g2', 'g6']],
		]);
	});

	it('sorts within groups, and leaves out groups the filters empty', () => {
		const gaps = [
			gap(1, { severity: 'low', status: 'identified' }),
			gap(2, { severity: 'critical', status: 'identified' }),
			gap(3, { severity: 'high' }),
		];
		const groups = arrangeGaps(
			gaps,
			view({ group: 'status', sort: 'severity', filters: { severity: 'low' } }),
			uncovered,
		);
		expect(groups).toEqual([{ key: 'identified', gaps: [gaps[0]] }]);
		const all = arrangeGaps(gaps, view({ group: 'status', sort: 'severity' }), uncovered);
		expect(all.map((group) => [group.key, group.gaps.map((g) => g.id)])).toEqual([
			['identified', ['g2', 'g1']],
			[NOT_SET, ['g3']],
		]);
	});

	it('groups by owner city alphabetically, no city last', () => {
		const gaps = [gap(1, { ownerCity: 'Tartu' }), gap(2), gap(3, { ownerCity: 'Gdynia' })];
		const groups = arrangeGaps(gaps, view({ group: 'city' }), uncovered);
		expect(groups.map((group) => group.key)).toEqual(['Gdynia', 'Tartu', NOT_SET]);
	});
});

describe('facetChoices', () => {
	it('offers the cities present on gaps, once each, sorted', () => {
		const gaps = [
			gap(1, { ownerCity: 'Tartu' }),
			gap(2),
			gap(3, { ownerCity: 'Gdynia' }),
			gap(4, { ownerCity: 'Tartu' }),
			gap(5, { ownerCity: '' }),
		];
		expect(facetChoices('city', gaps)).toEqual(['Gdynia', 'Tartu']);
		expect(facetChoices('city', [])).toEqual([]);
	});

	it('offers an enumeration’s values in order, whatever the gaps hold', () => {
		expect(facetChoices('severity', [])).toEqual([...SEVERITIES]);
		expect(facetChoices('category', [gap(1, { category: 'legal_powers' })])).toEqual([
			...GAP_CATEGORIES,
		]);
	});
});

describe('loadGapView and saveGapView', () => {
	it('saves and loads a view per board', () => {
		const storage = new MemoryStorage();
		const settings: GapViewSettings = {
			sort: 'dueDate',
			descending: true,
			group: 'category',
			filters: { city: 'Lyon', severity: NOT_SET },
			coverage: 'uncovered',
		};
		saveGapView('board-1', settings, storage);
		expect(loadGapView('board-1', storage)).toEqual(settings);
		expect(loadGapView('board-2', storage)).toEqual(DEFAULT_GAP_VIEW);
	});

	it('gives the default for nothing stored, garbage, or JSON that is not an object', () => {
		for (const raw of ['', 'not json', '{', 'null', '42', '"order"', '[]', 'true']) {
			expect(loadGapView('b', storing(raw)), raw).toEqual(DEFAULT_GAP_VIEW);
		}
		expect(loadGapView('b', new MemoryStorage())).toEqual(DEFAULT_GAP_VIEW);
		expect(loadGapView('b', undefined)).toEqual(DEFAULT_GAP_VIEW);
	});

	it('keeps the valid parts of a partly wrong view', () => {
		const raw = JSON.stringify({
			sort: 'severity',
			descending: 'yes',
			group: 'colour',
			filters: { city: 'Lyon' },
			coverage: 'open',
			extra: 1,
		});
		expect(loadGapView('b', storing(raw))).toEqual({
			...DEFAULT_GAP_VIEW,
			sort: 'severity',
			filters: { city: 'Lyon' },
		});
		expect(loadGapView('b', storing('{"sort":"title"}'))).toEqual({
			...DEFAULT_GAP_VIEW,
			sort: 'title',
		});
	});

	it('drops hostile filters: unknown facets, __proto__, non-strings and huge values', () => {
		for (const filters of [
			'{"__proto__":{"polluted":"yes"}}',
			'{"colour":"red"}',
			'{"city":42}',
			`{"city":"${'x'.repeat(201)}"}`,
			'"city"',
		]) {
			const loaded = loadGapView('b', storing(`{"sort":"status","filters":${filters}}`));
			expect(loaded, filters).toEqual({ ...DEFAULT_GAP_VIEW, sort: 'status' });
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('survives a storage that throws', () => {
		const broken = new MemoryStorage();
		broken.getItem = () => {
			throw new Error('SecurityError');
		};
		broken.setItem = () => {
			throw new Error('QuotaExceededError');
		};
		expect(loadGapView('b', broken)).toEqual(DEFAULT_GAP_VIEW);
		expect(() => saveGapView('b', DEFAULT_GAP_VIEW, broken)).not.toThrow();
	});
});
