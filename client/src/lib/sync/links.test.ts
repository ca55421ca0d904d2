import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LINK, linksMap } from '@groundwork/protocol';
import { addCard, deleteCard } from './cards.js';
import {
	addLink,
	allLinks,
	compareLinks,
	deleteLink,
	findLink,
	linkIdFor,
	linksOf,
	readLink,
	reverseLink,
	setRelation,
	type LinkView,
} from './links.js';
import { LinkViews } from './linkViews.js';
import { LOCAL_ORIGIN } from './origin.js';

const card = {
	kind: 'action',
	column: 'planning',
	row: 'energy',
	city: 'Lyon',
	createdBy: 'Ada',
} as const;

function sync(a: Y.Doc, b: Y.Doc): void {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

function sorted(doc: Y.Doc): LinkView[] {
	return allLinks(doc).sort(compareLinks);
}

/** A board with three cards. */
function board(): { doc: Y.Doc; a: string; b: string; c: string } {
	const doc = new Y.Doc();
	const [a, b, c] = ['a', 'b', 'c'].map((id) => addCard(doc, card, 1, id)) as [
		string,
		string,
		string,
	];
	return { doc, a, b, c };
}

describe('[D6] links', () => {
	it('adds a link with every schema field, in one local transaction', () => {
		const { doc, a, b } = board();
		const origins: unknown[] = [];
		doc.on('afterTransaction', (transaction) => origins.push(transaction.origin));
		const id = addLink(doc, { from: a, to: b, relation: 'enables', createdBy: 'Ada' }, 1000);
		expect(id).toBe(linkIdFor(a, b));
		expect(origins).toEqual([LOCAL_ORIGIN]);
		expect(linksMap(doc).get(id!)?.toJSON()).toEqual({
			id,
			from: a,
			to: b,
			relation: 'enables',
			createdBy: 'Ada',
			createdAt: 1000,
		});
		expect(allLinks(doc)).toEqual([
			{ id, from: a, to: b, relation: 'enables', createdBy: 'Ada', createdAt: 1000 },
		]);
	});

	it('refuses a self link, an unknown card and a second link between the same cards', () => {
		const { doc, a, b } = board();
		const link = { from: a, to: b, relation: 'blocks', createdBy: 'Ada' } as const;
		expect(addLink(doc, { ...link, to: a })).toBeNull();
		expect(addLink(doc, { ...link, to: 'missing' })).toBeNull();
		expect(addLink(doc, { ...link, from: 'missing' })).toBeNull();
		expect(addLink(doc, link)).not.toBeNull();
		expect(addLink(doc, link)).toBeNull();
		expect(addLink(doc, { ...link, from: b, to: a, relation: 'enables' })).toBeNull();
		expect(addLink(doc, { ...link, from: b, to: a }, 1, 'another-id')).toBeNull();
		expect(allLinks(doc)).toHaveLength(1);
	});

	it('finds a link between two cards in either direction, whatever its id', () => {
		const { doc, a, b, c } = board();
		addLink(doc, { from: a, to: b, relation: 'enables', createdBy: 'Ada' }, 1, 'custom');
		expect(findLink(doc, a, b)).toBe('custom');
		expect(findLink(doc, b, a)).toBe('custom');
		expect(findLink(doc, a, c)).toBeUndefined();
	});

	it('changes the relation, reverses and deletes a link', () => {
		const { doc, a, b } = board();
		const id = addLink(doc, { from: a, to: b, relation: 'enables', createdBy: 'Ada' })!;
		expect(setRelation(doc, id, 'depends_on')).toBe(true);
		expect(reverseLink(doc, id)).toBe(true);
		expect(allLinks(doc)[0]).toMatchObject({ from: b, to: a, relation: 'depends_on' });
		expect(deleteLink(doc, id)).toBe(true);
		expect(allLinks(doc)).toEqual([]);
		expect(setRelation(doc, id, 'blocks')).toBe(false);
		expect(reverseLink(doc, id)).toBe(false);
		expect(deleteLink(doc, id)).toBe(false);
	});

	it('reads malformed links as undefined', () => {
		const map = (entries: Record<string, unknown>) => {
			const doc = new Y.Doc();
			const link = new Y.Map<unknown>();
			linksMap(doc).set('l', link);
			for (const [key, value] of Object.entries(entries)) link.set(key, value);
			return link;
		};
		const good = { [LINK.from]: 'a', [LINK.to]: 'b', [LINK.relation]: 'blocks' };
		expect(readLink('l', map(good))).toMatchObject({ createdBy: '', createdAt: 0 });
		expect(readLink('l', map({ ...good, [LINK.relation]: 'causes' }))).toBeUndefined();
		expect(readLink('l', map({ ...good, [LINK.to]: 'a' }))).toBeUndefined();
		expect(readLink('l', map({ ...good, [LINK.from]: '' }))).toBeUndefined();
		expect(readLink('l', map({ ...good, [LINK.to]: 7 }))).toBeUndefined();
	});

	it('deleting a card deletes its links', () => {
		const { doc, a, b, c } = board();
		addLink(doc, { from: a, to: b, relation: 'enables', createdBy: 'Ada' });
		const kept = addLink(doc, { from: b, to: c, relation: 'enables', createdBy: 'Ada' });
		deleteCard(doc, a);
		expect(allLinks(doc).map((link) => link.id)).toEqual([kept]);
	});

	it('lists the links of one card, either way round', () => {
		const links = [
			{ id: '1', from: 'a', to: 'b' },
			{ id: '2', from: 'c', to: 'a' },
			{ id: '3', from: 'b', to: 'c' },
		].map((link) => ({ ...link, relation: 'enables', createdBy: '', createdAt: 0 }) as LinkView);
		expect(linksOf(links, 'a').map((link) => link.id)).toEqual(['1', '2']);
	});

	it('two replicas linking the same cards at once converge on one link', () => {
		const { doc: left, a, b, c } = board();
		const right = new Y.Doc();
		sync(left, right);
		addLink(left, { from: a, to: b, relation: 'enables', createdBy: 'Ada' }, 1);
		addLink(right, { from: b, to: a, relation: 'blocks', createdBy: 'Bo' }, 2);
		addLink(right, { from: c, to: a, relation: 'depends_on', createdBy: 'Bo' }, 3);
		sync(left, right);
		expect(allLinks(left)).toHaveLength(2);
		expect(sorted(right)).toEqual(sorted(left));
		setRelation(left, linkIdFor(a, c), 'blocks');
		deleteLink(right, linkIdFor(a, b));
		sync(left, right);
		expect(allLinks(left)).toEqual([
			expect.objectContaining({ from: c, to: a, relation: 'blocks' }),
		]);
		expect(sorted(right)).toEqual(sorted(left));
	});
});

describe('LinkViews', () => {
	function views(): { doc: Y.Doc; views: LinkViews; a: string; b: string; c: string } {
		const { doc, a, b, c } = board();
		const linkViews = new LinkViews(doc);
		linksMap(doc).observeDeep((events) => linkViews.apply(events));
		return { doc, views: linkViews, a, b, c };
	}

	it('keeps the view object of every link an event did not touch', () => {
		const { doc, views: linkViews, a, b, c } = views();
		const ab = addLink(doc, { from: a, to: b, relation: 'enables', createdBy: 'Ada' }, 1)!;
		const bc = addLink(doc, { from: b, to: c, relation: 'enables', createdBy: 'Ada' }, 2)!;
		const before = linkViews.sorted();
		setRelation(doc, bc, 'blocks');
		const after = linkViews.sorted();
		expect(after[0]).toBe(before[0]);
		expect(after[1]).not.toBe(before[1]);
		expect(linkViews.get(bc)?.relation).toBe('blocks');
		expect(after.map((link) => link.id)).toEqual([ab, bc]);
	});

	it('follows additions and deletions, including those from another document', () => {
		const { doc, views: linkViews } = views();
		const remote = new Y.Doc();
		sync(doc, remote);
		const id = addLink(remote, { from: 'a', to: 'c', relation: 'depends_on', createdBy: 'Bo' });
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));
		expect(linkViews.sorted().map((link) => link.id)).toEqual([id]);
		deleteCard(doc, 'c');
		expect(linkViews.sorted()).toEqual([]);
	});

	it('reads the links already in the document', () => {
		const { doc, a, b } = board();
		addLink(doc, { from: a, to: b, relation: 'enables', createdBy: 'Ada' });
		expect(new LinkViews(doc).sorted()).toEqual(allLinks(doc));
	});
});
