import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createGapMap, gapLinkId } from '../doc/gaps.js';
import { cardsMap, createCardMap, gapsMap, linksMap } from '../doc/schema.js';
import { readBoardDigest } from './boardDigest.js';
import { practiceContentSchema } from './library.js';
import { practiceFromCard, practiceFromGap } from './promote.js';

function board(): Y.Doc {
	const doc = new Y.Doc();
	const base = { city: 'Split', createdBy: 'Ana', createdAt: 1, updatedAt: 1, order: 0 };
	doc.transact(() => {
		const success = createCardMap({
			...base,
			id: 'success-1',
			kind: 'success',
			text: 'School streets\nIn three districts',
			stage: 'localisation',
			sector: 'mobility',
		});
		success.set('levers', ['participation', 'not-a-lever']);
		success.set('whatWorked', new Y.Text('Parents asked for it'));
		success.set('evidence', new Y.Text('Traffic counts'));
		cardsMap(doc).set('success-1', success);
		const action = createCardMap({ ...base, id: 'action-1', kind: 'action', text: 'Joint bid' });
		action.set('status', 'completed');
		action.set('levers', ['finance']);
		action.set('inspiredBy', 'cohort-1/practice-1');
		action.set('replication', 'adapting');
		cardsMap(doc).set('action-1', action);
		cardsMap(doc).set(
			'broken',
			createCardMap({ ...base, id: 'broken', kind: 'action', text: 'x' }),
		);
		cardsMap(doc).get('broken')?.set('kind', 'unknown-kind');
		gapsMap(doc).set(
			'gap-1',
			createGapMap({
				id: 'gap-1',
				values: {
					title: 'No co-financing',
					description: 'Small projects',
					category: 'finance_funding',
					sector: 'energy',
					status: 'resolved',
					visibility: 'cohort',
				},
				city: 'Split',
				createdBy: 'Ana',
				createdAt: 1,
				order: 0,
			}),
		);
		const link = new Y.Map<unknown>();
		link.set('from', 'action-1');
		link.set('to', 'gap-1');
		link.set('relation', 'addresses');
		linksMap(doc).set(gapLinkId('action-1', 'gap-1'), link);
	});
	return doc;
}

const origin = { city: 'Split', country: 'HR', population: '100k_250k' as const };

describe('readBoardDigest', () => {
	it('reads cards, gaps and the actions that address each gap; skips what it cannot read', () => {
		const digest = readBoardDigest(board());
		expect(digest.cards.map((card) => card.id).sort()).toEqual(['action-1', 'success-1']);
		const success = digest.cards.find((card) => card.id === 'success-1');
		expect(success).toMatchObject({
			kind: 'success',
			levers: ['participation'],
			whatWorked: 'Parents asked for it',
			evidence: 'Traffic counts',
		});
		expect(digest.cards.find((card) => card.id === 'action-1')).toMatchObject({
			status: 'completed',
			inspiredBy: { cohortId: 'cohort-1', practiceId: 'practice-1' },
			replication: 'adapting',
		});
		expect(digest.gaps).toEqual([
			expect.objectContaining({ id: 'gap-1', city: 'Split', actionIds: ['action-1'] }),
		]);
	});
});

describe('practiceFromCard and practiceFromGap', () => {
	it('prefills a valid item from a success card', () => {
		const card = readBoardDigest(board()).cards.find((c) => c.id === 'success-1');
		const content = practiceFromCard(card!, origin);
		expect(content).toMatchObject({
			title: 'School streets',
			whatWasDone: 'Parents asked for it',
			sectors: ['mobility'],
			stage: 'localisation',
			levers: ['participation'],
			origin,
		});
		expect(practiceContentSchema.safeParse(content).success).toBe(true);
	});

	it('prefills an item from a resolved gap with its actions as what was done', () => {
		const digest = readBoardDigest(board());
		const gap = digest.gaps[0]!;
		const actions = digest.cards.filter((card) => gap.actionIds.includes(card.id));
		const content = practiceFromGap(gap, actions, origin);
		expect(content).toMatchObject({
			title: 'No co-financing',
			context: 'Small projects',
			whatWasDone: '- Joint bid',
			gapCategories: ['finance_funding'],
			sectors: ['energy'],
			levers: ['finance'],
		});
		expect(practiceContentSchema.safeParse(content).success).toBe(true);
	});
});
