import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LINK, gapLinkId, linksMap } from '@groundwork/protocol';
import { addCard, allCards, deleteCards, type NewCard } from './cards.js';
import { setCardField } from './cardFields.js';
import { GapLinkViews, gapCoverage, readGapLink, type GapLinkView } from './gapLinks.js';
import { addGap, linkCardToGap } from './gaps.js';
import { addLink } from './links.js';

const author = { name: 'Ada', city: 'Lyon' };

const card = (kind: NewCard['kind']): NewCard => ({
	kind,
	column: 'planning',
	row: 'energy',
	city: 'Lyon',
	createdBy: 'Ada',
});

function linkMap(fields: Record<string, unknown>): Y.Map<unknown> {
	const doc = new Y.Doc();
	const map = new Y.Map<unknown>();
	linksMap(doc).set('l', map);
	for (const [key, value] of Object.entries(fields)) map.set(key, value);
	return map;
}

const link = (card: string, gap: string, relation: GapLinkView['relation']): GapLinkView => ({
	id: gapLinkId(card, gap),
	card,
	gap,
	relation,
});

const action = (id: string, status?: string) => ({ id, kind: 'action', fields: { status } });

describe('[D11] readGapLink', () => {
	it('reads a card-to-gap link', () => {
		const map = linkMap({ [LINK.from]: 'c', [LINK.to]: 'g', [LINK.relation]: 'raises' });
		expect(readGapLink('c>g', map)).toEqual({ id: 'c>g', card: 'c', gap: 'g', relation: 'raises' });
	});

	it('ignores card-to-card relations and malformed entries', () => {
		expect(readGapLink('l', linkMap({ from: 'a', to: 'b', relation: 'enables' }))).toBeUndefined();
		expect(readGapLink('l', linkMap({ from: 'a', to: 'b', relation: 'blocks' }))).toBeUndefined();
		expect(readGapLink('l', linkMap({ from: 'a', to: 'b' }))).toBeUndefined();
		expect(readGapLink('l', linkMap({ from: '', to: 'g', relation: 'raises' }))).toBeUndefined();
		expect(readGapLink('l', linkMap({ from: 'a', to: 7, relation: 'raises' }))).toBeUndefined();
		expect(
			readGapLink('l', linkMap({ from: 'a', to: 'g', relation: '__proto__' })),
		).toBeUndefined();
	});

	it('GapLinkViews lists only the gap links and follows the links map', () => {
		const doc = new Y.Doc();
		const [a, b] = ['a', 'b'].map((id) => addCard(doc, card('action'), 1, id)) as [string, string];
		const gap = addGap(doc, { title: 'Gap' }, author, 1, 'g');
		addLink(doc, { from: a, to: b, relation: 'enables', createdBy: 'Ada' });
		linkCardToGap(doc, b, gap, 'mentions', 'Ada');
		const views = new GapLinkViews(doc);
		linksMap(doc).observeDeep((events) => views.apply(events));
		expect(views.sorted()).toEqual([link(b, gap, 'mentions')]);

		linkCardToGap(doc, a, gap, 'addresses', 'Ada');
		linkCardToGap(doc, b, gap, 'raises', 'Ada');
		expect(views.sorted()).toEqual([link(a, gap, 'addresses'), link(b, gap, 'raises')]);
		deleteCards(doc, [a]);
		expect(views.sorted()).toEqual([link(b, gap, 'raises')]);
	});
});

describe('[D11] gapCoverage', () => {
	it('a gap with no links is uncovered', () => {
		expect(gapCoverage(['g'], [], [action('a', 'completed')])).toEqual(
			new Map([['g', 'uncovered']]),
		);
	});

	it('a gap only non-action cards address, or actions only mention or raise, is uncovered', () => {
		const cards = [
			{ id: 'barrier', kind: 'barrier', fields: {} },
			{ id: 'note', kind: 'note', fields: { status: 'completed' } },
			action('a', 'in_progress'),
			action('b', 'completed'),
		];
		const links = [
			link('barrier', 'g', 'addresses'),
			link('note', 'g', 'addresses'),
			link('a', 'g', 'mentions'),
			link('b', 'g', 'raises'),
		];
		expect(gapCoverage(['g'], links, cards).get('g')).toBe('uncovered');
	});

	it('a gap an unfinished action addresses is open', () => {
		const cards = [action('a', 'completed'), action('b', 'in_progress'), action('c')];
		expect(gapCoverage(['g'], [link('b', 'g', 'addresses')], cards).get('g')).toBe('open');
		// An action without a status is not completed either.
		expect(gapCoverage(['g'], [link('c', 'g', 'addresses')], cards).get('g')).toBe('open');
		expect(
			gapCoverage(['g'], [link('a', 'g', 'addresses'), link('b', 'g', 'addresses')], cards).get(
				'g',
			),
		).toBe('open');
	});

	it('a gap whose addressing actions are all completed is completed', () => {
		const cards = [action('a', 'completed'), action('b', 'completed'), action('c', 'idea')];
		const links = [
			link('a', 'g', 'addresses'),
			link('b', 'g', 'addresses'),
			// Only mentioning an unfinished action does not hold the gap open.
			link('c', 'g', 'mentions'),
		];
		expect(gapCoverage(['g'], links, cards).get('g')).toBe('completed');
	});

	it('a link to a deleted card does not count', () => {
		const cards = [action('a', 'completed')];
		const links = [link('a', 'g', 'addresses'), link('gone', 'g', 'addresses')];
		expect(gapCoverage(['g', 'h'], links, cards)).toEqual(
			new Map([
				['g', 'completed'],
				['h', 'uncovered'],
			]),
		);
		expect(gapCoverage(['g'], [link('gone', 'g', 'addresses')], cards).get('g')).toBe('uncovered');
	});

	it('follows the document: links, kinds and statuses of real cards', () => {
		const doc = new Y.Doc();
		const a = addCard(doc, card('action'), 1, 'a');
		const b = addCard(doc, card('action'), 1, 'b');
		const gap = addGap(doc, { title: 'Gap' }, author, 1, 'g');
		const coverage = () =>
			gapCoverage([gap], new GapLinkViews(doc).sorted(), allCards(doc)).get(gap);
		expect(coverage()).toBe('uncovered');
		linkCardToGap(doc, a, gap, 'addresses', 'Ada');
		linkCardToGap(doc, b, gap, 'addresses', 'Ada');
		setCardField(doc, a, 'status', 'completed');
		expect(coverage()).toBe('open');
		setCardField(doc, b, 'status', 'completed');
		expect(coverage()).toBe('completed');
		// A concurrent writer left a link to a card that is gone: it does not count.
		const dangling = new Y.Map<unknown>();
		linksMap(doc).set(gapLinkId('gone', gap), dangling);
		dangling.set(LINK.from, 'gone');
		dangling.set(LINK.to, gap);
		dangling.set(LINK.relation, 'addresses');
		expect(coverage()).toBe('completed');
		deleteCards(doc, [a, b]);
		expect(coverage()).toBe('uncovered');
	});
});
