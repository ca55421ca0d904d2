import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { cardText, cardsMap, createCardMap, createGapMap, gapsMap } from '@groundwork/protocol';
import { ActivityTally, watchRemoteActivity } from './remoteActivity.js';

const REMOTE = Symbol('remote');

function card(id: string, city: string): Y.Map<unknown> {
	return createCardMap({
		id,
		kind: 'action',
		text: 'Solar',
		city,
		createdBy: 'Ana',
		createdAt: 1,
		updatedAt: 1,
		order: 0,
	});
}

describe('ActivityTally', () => {
	it('summarises per city, counting each item once and an added item not also as changed', () => {
		const tally = new ActivityTally();
		tally.record('cardAdded', 'Lisbon', 'a');
		tally.record('cardAdded', 'Lisbon', 'b');
		tally.record('cardEdited', 'Lisbon', 'b');
		tally.record('cardEdited', 'Lisbon', 'c');
		tally.record('cardEdited', 'Lisbon', 'c');
		tally.record('gapRemoved', 'Split', 'g');
		tally.record('cardAdded', '', 'd');
		expect(tally.flush()).toEqual([
			'Lisbon: 2 cards added and 1 card changed.',
			'Split: 1 gap deleted.',
			'Someone: 1 card added.',
		]);
		expect(tally.empty).toBe(true);
	});
});

describe('watchRemoteActivity', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('reads out other people’s changes once per window, by the city of who made them', () => {
		const doc = new Y.Doc();
		const said: string[] = [];
		const stop = watchRemoteActivity(
			doc,
			(origin) => origin === REMOTE,
			(text) => said.push(text),
			(client) => (client === doc.clientID ? 'Tartu' : undefined),
			1_000,
		);
		doc.transact(() => cardsMap(doc).set('a', card('a', 'Lisbon')), REMOTE);
		doc.transact(() => cardText(cardsMap(doc).get('a')!)?.insert(0, 'More '), REMOTE);
		doc.transact(
			() =>
				gapsMap(doc).set(
					'g',
					createGapMap({
						id: 'g',
						values: { title: 'No staff' },
						city: 'Lisbon',
						createdBy: 'Ana',
						createdAt: 1,
						order: 0,
					}),
				),
			REMOTE,
		);
		// The user's own changes are not read out.
		doc.transact(() => cardsMap(doc).set('mine', card('mine', 'Split')), 'local');
		expect(said).toEqual([]);
		vi.advanceTimersByTime(1_000);
		expect(said).toEqual(['Tartu: 1 card added and 1 gap added.']);
		// A deletion advances no clock: the deleted card's city stands in.
		doc.transact(() => cardsMap(doc).delete('a'), REMOTE);
		vi.advanceTimersByTime(1_000);
		expect(said[1]).toBe('Lisbon: 1 card deleted.');
		stop();
		doc.transact(() => cardsMap(doc).set('b', card('b', 'Lisbon')), REMOTE);
		vi.advanceTimersByTime(1_000);
		expect(said).toHaveLength(2);
	});
});
