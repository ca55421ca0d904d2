import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	GAP,
	createGapMap,
	gapLinkId,
	isGapRelation,
	readGapComments,
	readGapFields,
	removeGaps,
	writeGapFields,
} from './gaps.js';
import { LINK, gapsMap, linksMap } from './schema.js';

function addGap(doc: Y.Doc, id: string, title: string): Y.Map<unknown> {
	const map = createGapMap({
		id,
		values: { title, category: 'finance_funding', severity: 'high' },
		city: 'Tartu',
		createdBy: 'Kadri',
		createdAt: 1000,
		order: 1,
	});
	gapsMap(doc).set(id, map);
	return map;
}

function addLink(doc: Y.Doc, from: string, to: string, relation: string): void {
	const map = new Y.Map<unknown>();
	map.set(LINK.from, from);
	map.set(LINK.to, to);
	map.set(LINK.relation, relation);
	linksMap(doc).set(relation === 'enables' ? `${from}~${to}` : gapLinkId(from, to), map);
}

describe('gaps in the document [D10] [D11]', () => {
	it('[D10] builds a gap with text fields, plain fields and an empty thread', () => {
		const doc = new Y.Doc();
		const map = addGap(doc, 'g1', 'No energy manager');
		expect(map.get('title')).toBeInstanceOf(Y.Text);
		expect(map.get('description')).toBeInstanceOf(Y.Text);
		expect(map.get(GAP.comments)).toBeInstanceOf(Y.Array);
		expect(readGapFields(map)).toEqual({
			title: 'No energy manager',
			category: 'finance_funding',
			severity: 'high',
		});
		expect(map.get(GAP.city)).toBe('Tartu');
	});

	it('[D10] readers skip stored values that break their schema', () => {
		const doc = new Y.Doc();
		const map = addGap(doc, 'g1', 'Gap');
		map.set('severity', 'apocalyptic');
		map.set('dueDate', 42);
		map.set('futureKey', 'kept');
		expect(readGapFields(map)).toEqual({ title: 'Gap', category: 'finance_funding' });
		expect(map.get('futureKey')).toBe('kept');
	});

	it('[D10] writes imported values into a gap, clearing what the row leaves empty', () => {
		const doc = new Y.Doc();
		const map = addGap(doc, 'g1', 'Old title');
		const title = map.get('title');
		writeGapFields(map, { title: 'New title', status: 'resolved' }, 2000, true);
		expect(readGapFields(map)).toEqual({ title: 'New title', status: 'resolved' });
		// The same Y.Text is edited, so a client bound to it keeps its binding.
		expect(map.get('title')).toBe(title);
		expect(map.get(GAP.updatedAt)).toBe(2000);
	});

	it('[D10] keeps only well-formed comments', () => {
		const doc = new Y.Doc();
		const map = addGap(doc, 'g1', 'Gap');
		const comments = map.get(GAP.comments) as Y.Array<unknown>;
		comments.push([
			{ id: 'c1', text: 'We have the same gap', author: 'Ana', city: 'Split', at: 5 },
			{ id: 'c2', text: '', author: 'x', city: 'y', at: 6 },
			'<script>',
		]);
		expect(readGapComments(map)).toEqual([
			{ id: 'c1', text: 'We have the same gap', author: 'Ana', city: 'Split', at: 5 },
		]);
	});

	it('[D11] deleting a gap deletes its links and nothing else', () => {
		const doc = new Y.Doc();
		addGap(doc, 'g1', 'One');
		addGap(doc, 'g2', 'Two');
		addLink(doc, 'action1', 'g1', 'addresses');
		addLink(doc, 'barrier1', 'g1', 'raises');
		addLink(doc, 'action1', 'g2', 'addresses');
		addLink(doc, 'action1', 'barrier1', 'enables');
		let removed = 0;
		doc.transact(() => {
			removed = removeGaps(doc, ['g1', 'missing']);
		});
		expect(removed).toBe(1);
		expect([...gapsMap(doc).keys()]).toEqual(['g2']);
		expect([...linksMap(doc).keys()].sort()).toEqual(['action1>g2', 'action1~barrier1']);
	});

	it('[D11] knows the card-to-gap relations and gives one id per pair', () => {
		expect(isGapRelation('addresses')).toBe(true);
		expect(isGapRelation('enables')).toBe(false);
		expect(gapLinkId('card', 'gap')).toBe('card>gap');
	});
});
