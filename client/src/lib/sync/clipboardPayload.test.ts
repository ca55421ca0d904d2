import { describe, expect, it } from 'vitest';
import { CARD_GAP, CARD_SIZE, MAX_LONG_FIELD_LENGTH } from '@groundwork/protocol';
import {
	MAX_CLIPBOARD_CARDS,
	MAX_CLIPBOARD_CHARS,
	MAX_TEXT_CARDS,
	cardsFromPlainText,
	clipboardText,
	decodeClipboardPayload,
	parseClipboardPayload,
	type ClipboardPayload,
} from './clipboardPayload.js';

const card = {
	key: 'c0',
	kind: 'note',
	text: 'Hello',
	city: 'Lyon',
	createdBy: 'Ada',
	x: 0,
	y: 0,
	fields: {},
};

function payload(patch: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		format: 'groundwork/clipboard',
		version: 1,
		cards: [card],
		links: [],
		frames: [],
		...patch,
	};
}

function parsed(json: unknown): ClipboardPayload {
	const result = parseClipboardPayload(json);
	if (!result.ok) throw new Error(result.error);
	return result.payload;
}

describe('parseClipboardPayload', () => {
	it('refuses what is not a payload, a newer version and oversized lists', () => {
		expect(parseClipboardPayload('text')).toEqual({ ok: false, error: 'invalid' });
		expect(parseClipboardPayload(null)).toEqual({ ok: false, error: 'invalid' });
		expect(parseClipboardPayload(payload({ format: 'other' }))).toEqual({
			ok: false,
			error: 'invalid',
		});
		expect(parseClipboardPayload(payload({ version: 2 }))).toEqual({
			ok: false,
			error: 'unsupported_version',
		});
		expect(parseClipboardPayload(payload({ version: '1' })).ok).toBe(false);
		const many = Array.from({ length: MAX_CLIPBOARD_CARDS + 1 }, (_, i) => ({
			...card,
			key: `c${i}`,
		}));
		expect(parseClipboardPayload(payload({ cards: many }))).toEqual({
			ok: false,
			error: 'too_large',
		});
		expect(parseClipboardPayload(payload({ cards: [], frames: [] }))).toEqual({
			ok: false,
			error: 'empty',
		});
	});

	it('refuses broken cards and frames: long text, bad positions, repeated keys', () => {
		const broken = [
			{ ...card, text: 'x'.repeat(MAX_LONG_FIELD_LENGTH + 1) },
			{ ...card, city: 'x'.repeat(201) },
			{ ...card, x: Number.POSITIVE_INFINITY },
			{ ...card, y: 1e9 },
			{ ...card, x: '10' },
			{ ...card, key: '' },
			{ ...card, text: undefined },
		];
		for (const bad of broken)
			expect(parseClipboardPayload(payload({ cards: [bad] })).ok).toBe(false);
		expect(parseClipboardPayload(payload({ cards: [card, card] })).ok).toBe(false);
		const frame = { title: 'T', x: 0, y: 0, w: -1, h: 10, createdBy: '' };
		expect(parseClipboardPayload(payload({ frames: [frame] })).ok).toBe(false);
		expect(parseClipboardPayload(payload({ cards: 'many' })).ok).toBe(false);
	});

	it('[D5] reads unknown kinds as notes and drops invalid or unknown fields', () => {
		const result = parsed(
			payload({
				cards: [
					{
						...card,
						kind: 'hologram',
						extra: 'ignored',
						fields: {
							levers: ['finance', 'nonsense'],
							status: 'planned',
							priorityImpact: 9,
							costEur: 1200,
							whatWorked: 'Listening',
							colour: 'red',
						},
					},
				],
			}),
		);
		expect(result.cards).toEqual([
			{
				...card,
				kind: 'note',
				fields: { status: 'planned', costEur: 1200, whatWorked: 'Listening' },
			},
		]);
	});

	it('is not fooled by __proto__ keys', () => {
		const json: unknown = JSON.parse(
			'{"format":"groundwork/clipboard","version":1,"__proto__":{"polluted":true},' +
				'"cards":[{"key":"c0","kind":"note","text":"","city":"","createdBy":"","x":0,"y":0,' +
				'"fields":{"__proto__":{"polluted":true},"levers":["finance"]}}],"links":[],"frames":[]}',
		);
		const result = parsed(json);
		expect(result.cards[0]?.fields).toEqual({ levers: ['finance'] });
		expect(Object.getPrototypeOf(result.cards[0]?.fields)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('[D6] keeps only links between two pasted cards with a known relation', () => {
		const cards = [card, { ...card, key: 'c1' }];
		const links = [
			{ from: 'c0', to: 'c1', relation: 'enables', createdBy: 'Ada' },
			{ from: 'c0', to: 'c9', relation: 'enables', createdBy: 'Ada' },
			{ from: 'c0', to: 'c0', relation: 'blocks', createdBy: 'Ada' },
			{ from: 'c1', to: 'c0', relation: 'inspires', createdBy: 'Ada' },
			{ from: 'c1', to: 'c0', relation: 'depends_on', createdBy: 42 },
			'garbage',
		];
		expect(parsed(payload({ cards, links })).links).toEqual([
			{ from: 'c0', to: 'c1', relation: 'enables', createdBy: 'Ada' },
			{ from: 'c1', to: 'c0', relation: 'depends_on', createdBy: '' },
		]);
	});

	it('decodes JSON text within a size limit', () => {
		expect(decodeClipboardPayload('{not json')).toEqual({ ok: false, error: 'invalid' });
		expect(decodeClipboardPayload(' '.repeat(MAX_CLIPBOARD_CHARS + 1))).toEqual({
			ok: false,
			error: 'too_large',
		});
		expect(decodeClipboardPayload(JSON.stringify(payload())).ok).toBe(true);
	});
});

describe('plain text', () => {
	it('writes one card text per paragraph, in reading order', () => {
		const result = parsed(
			payload({
				cards: [
					{ ...card, key: 'b', text: 'second', x: 300, y: 0 },
					{ ...card, key: 'c', text: '  ', x: 0, y: 200 },
					{ ...card, key: 'd', text: 'third\nline', x: 0, y: 200 },
					{ ...card, key: 'a', text: ' first ', x: 0, y: 0 },
				],
			}),
		);
		expect(clipboardText(result)).toBe('first\n\nsecond\n\nthird\nline');
	});

	it('makes a note card of each non-empty line, in a grid, at most a hundred', () => {
		const notes = cardsFromPlainText('Solar\r\n\n  Wind  \rHydro\nBiogas\n');
		expect(notes.cards.map((c) => [c.kind, c.text, c.x, c.y, c.createdBy])).toEqual([
			['note', 'Solar', 0, 0, ''],
			['note', 'Wind', CARD_SIZE.width + CARD_GAP, 0, ''],
			['note', 'Hydro', 0, CARD_SIZE.height + CARD_GAP, ''],
			['note', 'Biogas', CARD_SIZE.width + CARD_GAP, CARD_SIZE.height + CARD_GAP, ''],
		]);
		expect(parseClipboardPayload(notes)).toEqual({ ok: true, payload: notes });
		const lines = Array.from({ length: 150 }, (_, i) => `line ${i}`).join('\n');
		expect(cardsFromPlainText(lines).cards).toHaveLength(MAX_TEXT_CARDS);
		expect(cardsFromPlainText('x'.repeat(MAX_LONG_FIELD_LENGTH + 5)).cards[0]?.text).toHaveLength(
			MAX_LONG_FIELD_LENGTH,
		);
		expect(cardsFromPlainText(' \n\t\n').cards).toEqual([]);
	});
});
