import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	CARD,
	LINK,
	cardsMap,
	cellOfCard,
	cellRect,
	framesMap,
	linksMap,
	type CardRelation,
} from '@groundwork/protocol';
import { setCardField } from './cardFields.js';
import { addCard, allCards, boardLayout, type CardView } from './cards.js';
import { copySelection, duplicate, pastePayload } from './clipboard.js';
import {
	cardsFromPlainText,
	decodeClipboardPayload,
	encodeClipboardPayload,
} from './clipboardPayload.js';
import { addFrame, allFrames } from './frames.js';
import { LOCAL_ORIGIN } from './origin.js';

const author = { name: 'Noor', city: 'Gent' };

function link(doc: Y.Doc, from: string, to: string, relation: CardRelation = 'enables'): string {
	const id = `${from}-${to}`;
	const map = new Y.Map<unknown>();
	map.set(LINK.id, id);
	map.set(LINK.from, from);
	map.set(LINK.to, to);
	map.set(LINK.relation, relation);
	map.set(LINK.createdBy, 'Ana');
	map.set(LINK.createdAt, 1);
	linksMap(doc).set(id, map);
	return id;
}

/** A board with three cards (two linked to each other, one linked to an uncopied card). */
function board(): { doc: Y.Doc; a: string; b: string; c: string } {
	const doc = new Y.Doc();
	const base = { column: 'planning', row: 'energy', city: 'Lisbon', createdBy: 'Ana' } as const;
	const a = addCard(doc, { ...base, kind: 'action', text: 'Solar roofs', at: { x: 100, y: 200 } });
	const b = addCard(doc, { ...base, kind: 'success', text: 'Bike lanes', at: { x: 340, y: 260 } });
	const c = addCard(doc, { ...base, kind: 'note', text: 'Elsewhere', at: { x: 900, y: 900 } });
	setCardField(doc, a, 'status', 'planned');
	setCardField(doc, a, 'levers', ['finance']);
	setCardField(doc, b, 'whatWorked', 'Early engagement');
	link(doc, a, b, 'blocks');
	link(doc, b, c);
	return { doc, a, b, c };
}

function card(doc: Y.Doc, id: string): CardView {
	const view = allCards(doc).find((c) => c.id === id);
	if (!view) throw new Error(`no card ${id}`);
	return view;
}

describe('copy', () => {
	it('copies plain fields, relative positions and only the links inside the selection', () => {
		const { doc, a, b } = board();
		const payload = copySelection(doc, [b, a, 'missing']);
		expect(payload).toEqual({
			format: 'groundwork/clipboard',
			version: 1,
			cards: [
				{
					key: 'c0',
					kind: 'action',
					text: 'Solar roofs',
					city: 'Lisbon',
					createdBy: 'Ana',
					x: 0,
					y: 0,
					fields: { status: 'planned', levers: ['finance'] },
				},
				{
					key: 'c1',
					kind: 'success',
					text: 'Bike lanes',
					city: 'Lisbon',
					createdBy: 'Ana',
					x: 240,
					y: 60,
					fields: { whatWorked: 'Early engagement' },
				},
			],
			links: [{ from: 'c0', to: 'c1', relation: 'blocks', createdBy: 'Ana' }],
			frames: [],
		});
		expect(JSON.parse(encodeClipboardPayload(payload))).toEqual(payload);
		expect(decodeClipboardPayload(encodeClipboardPayload(payload))).toEqual({ ok: true, payload });
	});

	it('[K7] a copied library practice is copied without its link to the library', () => {
		const { doc, a } = board();
		setCardField(doc, a, 'inspiredBy', 'cohort-1/practice-1');
		setCardField(doc, a, 'replication', 'adapting');
		const payload = copySelection(doc, [a]);
		expect(payload.cards[0]?.fields).toEqual({ status: 'planned', levers: ['finance'] });
	});

	it('[D7] copying a frame copies the cards inside it', () => {
		const { doc, a, b } = board();
		const frame = addFrame(doc, { title: 'Top', x: 50, y: 150, w: 500, h: 300, createdBy: 'Eva' });
		const payload = copySelection(doc, [], [frame]);
		expect(payload.cards.map((c) => c.text)).toEqual(['Solar roofs', 'Bike lanes']);
		expect(payload.frames).toEqual([
			{ title: 'Top', x: 0, y: 0, w: 500, h: 300, createdBy: 'Eva' },
		]);
		expect(payload.cards[0]).toMatchObject({ x: 50, y: 50 });
		expect(copySelection(doc, [a, b], []).frames).toEqual([]);
	});
});

describe('paste', () => {
	it('pastes onto another board in one local transaction with new ids, at the given point', () => {
		const { doc, a, b } = board();
		const payload = copySelection(doc, [a, b]);
		const target = new Y.Doc();
		const existing = addCard(target, {
			kind: 'note',
			column: 'enabling',
			row: 'mobility',
			city: 'Gent',
			createdBy: 'Noor',
		});
		const there = cellRect(boardLayout(target), { column: 'enabling', row: 'mobility' })!;
		const origins: unknown[] = [];
		target.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
		const result = pastePayload(
			target,
			payload,
			{ x: there.x + 20.2, y: there.y + 180 },
			author,
			5,
		);
		expect(origins).toEqual([LOCAL_ORIGIN]);
		expect(result.frames).toEqual([]);
		expect(result.cards).toHaveLength(2);
		expect(result.cards).not.toContain(a);
		const [pa, pb] = result.cards.map((id) => card(target, id));
		expect(pa).toMatchObject({
			kind: 'action',
			x: there.x + 20,
			y: there.y + 180,
			column: 'enabling',
			row: 'mobility',
			city: 'Lisbon',
			createdBy: 'Ana',
			createdAt: 5,
			updatedAt: 5,
			order: card(target, existing).order + 1,
			fields: { status: 'planned', levers: ['finance'] },
		});
		expect(pa?.text.toString()).toBe('Solar roofs');
		expect(pb).toMatchObject({ x: there.x + 260, y: there.y + 240 });
		const cell = cellOfCard(boardLayout(target), pb!);
		expect([pb?.stage, pb?.sector]).toEqual([cell?.column, cell?.row]);
		expect(cardsMap(target).get(pb!.id)?.get('whatWorked')).toBeInstanceOf(Y.Text);
		expect(String(cardsMap(target).get(pb!.id)?.get('whatWorked'))).toBe('Early engagement');
		const links = [...linksMap(target).values()].map((l) => l.toJSON());
		expect(links).toEqual([
			{
				id: expect.any(String),
				from: pa!.id,
				to: pb!.id,
				relation: 'blocks',
				createdBy: 'Ana',
				createdAt: 5,
			},
		]);
	});

	it('recreates frames and gives authorless content the paster’s name and city', () => {
		const doc = new Y.Doc();
		addFrame(doc, { title: 'Ideas', x: 0, y: 0, w: 300, h: 300, createdBy: 'Eva' });
		const payload = copySelection(doc, [], [allFrames(doc)[0]!.id]);
		const text = cardsFromPlainText('one\ntwo');
		const target = new Y.Doc();
		const frames = pastePayload(target, payload, { x: 400, y: 80 }, author, 9).frames;
		expect(framesMap(target).get(frames[0]!)?.toJSON()).toEqual({
			id: frames[0],
			title: 'Ideas',
			x: 400,
			y: 80,
			w: 300,
			h: 300,
			createdBy: 'Eva',
			createdAt: 9,
		});
		const ids = pastePayload(target, text, { x: 0, y: 0 }, author).cards;
		expect(ids.map((id) => card(target, id))).toMatchObject([
			{ kind: 'note', city: 'Gent', createdBy: 'Noor' },
			{ kind: 'note', city: 'Gent', createdBy: 'Noor' },
		]);
		expect(pastePayload(target, cardsFromPlainText(''), { x: 0, y: 0 }, author)).toEqual({
			cards: [],
			frames: [],
		});
	});

	it('a paste is one undo step', () => {
		const { doc, a, b } = board();
		const target = new Y.Doc();
		const undo = new Y.UndoManager([cardsMap(target), linksMap(target), framesMap(target)], {
			trackedOrigins: new Set([LOCAL_ORIGIN]),
		});
		pastePayload(target, copySelection(doc, [a, b]), { x: 0, y: 0 }, author);
		expect(allCards(target)).toHaveLength(2);
		undo.undo();
		expect(allCards(target)).toEqual([]);
		expect(linksMap(target).size).toBe(0);
	});

	it('duplicates next to the originals, links included, leaving the originals alone', () => {
		const { doc, a, b } = board();
		const originals = (): unknown => [a, b].map((id) => cardsMap(doc).get(id)?.toJSON());
		const before = originals();
		const frame = addFrame(doc, { title: 'F', x: 80, y: 180, w: 300, h: 200, createdBy: 'Eva' });
		const result = duplicate(doc, [b], [frame], undefined, 7);
		expect(result.cards).toHaveLength(2);
		const copies = result.cards.map((id) => card(doc, id));
		expect(copies.map((c) => [c.text.toString(), c.x, c.y])).toEqual([
			['Solar roofs', 132, 232],
			['Bike lanes', 372, 292],
		]);
		expect(allFrames(doc).find((f) => f.id === result.frames[0])).toMatchObject({ x: 112, y: 212 });
		const copiedLink = [...linksMap(doc).values()].find((l) => l.get(LINK.from) === copies[0]!.id);
		expect(copiedLink?.get(LINK.to)).toBe(copies[1]!.id);
		expect(linksMap(doc).size).toBe(3);
		expect(originals()).toEqual(before);
		expect(cardsMap(doc).get(a)?.get(CARD.x)).toBe(100);
	});
});
