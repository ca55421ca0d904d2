import { describe, expect, it } from 'vitest';
import { CARD_SIZE, HEADER_SIZE } from '@groundwork/protocol';
import { boardSvg, type BoardPicture, type PictureCard } from './boardSvg.js';

/**
 * A strict enough XML check for generated SVG: one root, every tag closed in order, attribute
 * values quoted, and every `&` the start of one of XML's five entities (or a character reference).
 */
function assertWellFormed(xml: string): void {
	const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
	const stack: string[] = [];
	let roots = 0;
	const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
	while (token.lastIndex < body.length) {
		const at = token.lastIndex;
		const match = token.exec(body);
		if (!match) throw new Error(`unparsable at ${at}: ${body.slice(at, at + 40)}`);
		const [, closing, name, attributes, selfClosing, text, stray] = match;
		if (stray) throw new Error(`stray < at ${at}: ${body.slice(at, at + 40)}`);
		const chars = text ?? attributes ?? '';
		const amp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i.exec(chars);
		if (amp) throw new Error(`bare & in ${chars.slice(0, 60)}`);
		if (text !== undefined) {
			if (stack.length === 0 && text.trim()) throw new Error('text outside the root');
			continue;
		}
		if (closing) {
			if (stack.pop() !== name) throw new Error(`</${name}> closes the wrong element`);
		} else if (!selfClosing) {
			if (stack.length === 0) roots++;
			stack.push(name!);
		} else if (stack.length === 0) roots++;
	}
	expect(stack).toEqual([]);
	expect(roots).toBe(1);
}

function card(id: string, x: number, y: number, extra: Partial<PictureCard> = {}): PictureCard {
	return {
		id,
		x,
		y,
		kind: 'action',
		kindLabel: 'Action',
		city: 'Lisbon',
		colour: '#e69f00',
		text: `Card ${id}`,
		facts: [],
		...extra,
	};
}

function picture(extra: Partial<BoardPicture> = {}): BoardPicture {
	return {
		columns: [
			{ id: 'planning', label: 'Planning', start: 0, size: 664 },
			{ id: 'enabling', label: 'Enabling & Deep Dive', start: 664, size: 664 },
		],
		rows: [{ id: 'energy', label: 'Energy supply', start: 0, size: 304 }],
		cards: [],
		frames: [],
		links: [],
		...extra,
	};
}

const options = { heading: 'Spring seminar', describe: (cards: number) => `${cards} cards` };

describe('boardSvg', () => {
	it('(the test’s XML check rejects broken markup)', () => {
		expect(() => assertWellFormed('<svg><text>a & b</text></svg>')).toThrow();
		expect(() => assertWellFormed('<svg><text>a</svg>')).toThrow();
		expect(() => assertWellFormed('<svg><text x=1>a</text></svg>')).toThrow();
		expect(() => assertWellFormed('<svg><text>a < b</text></svg>')).toThrow();
		expect(() => assertWellFormed('<svg/><svg/>')).toThrow();
		expect(() => assertWellFormed('<svg><text x="1">a &amp; b</text></svg>')).not.toThrow();
	});

	it('draws the grid with its labels, the cards and a heading, as a self-contained file', () => {
		const drawn = boardSvg(picture({ cards: [card('a', 16, 16)] }), options)!;
		assertWellFormed(drawn.svg);
		expect(drawn.svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns=/);
		expect(drawn.svg).toContain('>Planning</text>');
		expect(drawn.svg).toContain('>Enabling &amp; Deep Dive</text>');
		expect(drawn.svg).toContain('>Energy supply</text>');
		expect(drawn.svg).toContain('>Card a</tspan>');
		expect(drawn.svg).toContain('<title id="gw-title">Spring seminar</title>');
		expect(drawn.svg).toContain('<desc id="gw-desc">1 cards</desc>');
		expect(drawn.svg).not.toMatch(/href|<image|<script|<foreignObject/);
		expect(drawn.cards).toBe(1);
		// The header strips and the whole grid fit inside the picture.
		const viewBox = /viewBox="(-?\d+) (-?\d+) (\d+) (\d+)"/.exec(drawn.svg)!.slice(1).map(Number);
		expect(viewBox[0]).toBeLessThan(-HEADER_SIZE.width);
		expect(viewBox[1]).toBeLessThan(-HEADER_SIZE.height);
		expect(viewBox[0]! + viewBox[2]!).toBeGreaterThan(1328);
		expect([viewBox[2], viewBox[3]]).toEqual([drawn.width, drawn.height]);
	});

	it('escapes user text everywhere: card texts, cities, kinds, frame titles, headings', () => {
		const hostile = '<script>alert(1)</script> & "quotes" \'single\' ]]> \u0000';
		const drawn = boardSvg(
			picture({
				cards: [
					card('x', 16, 16, {
						text: hostile,
						city: '<b>Ville</b>',
						kind: '"><g onload="x',
						facts: ['3 votes & more'],
					}),
				],
				frames: [{ id: 'f', title: '</text><script>', x: 0, y: 0, w: 400, h: 300 }],
			}),
			{ heading: 'A <b> & C', describe: () => '<desc>' },
		)!;
		assertWellFormed(drawn.svg);
		expect(drawn.svg).not.toContain('<script');
		expect(drawn.svg).not.toContain('<b>');
		expect(drawn.svg).not.toContain('onload="');
		expect(drawn.svg).not.toContain('\u0000');
		expect(drawn.svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(drawn.svg).toContain('&lt;b&gt;Ville&lt;/b&gt;');
		expect(drawn.svg).toContain('data-kind="&quot;&gt;&lt;g onload=&quot;x"');
		expect(drawn.svg).toContain('&lt;/text&gt;&lt;script&gt;');
		expect(drawn.svg).toContain('<title id="gw-title">A &lt;b&gt; &amp; C</title>');
	});

	it('[D7] exports a frame with only the cards whose centre lies inside it', () => {
		const frame = { id: 'f1', title: 'Quick wins', x: 100, y: 100, w: 400, h: 300 };
		const inside = card('inside', 280, 110, { text: 'Solar on schools' });
		// Its corner is outside, its centre inside: it belongs to the frame.
		const straddling = card('straddling', 100 - CARD_SIZE.width / 2 + 10, 250, {
			text: 'Heat pumps',
		});
		// Its corner is inside, its centre outside: it does not.
		const outside = card('outside', 450, 350, { text: 'Bike lanes' });
		const far = card('far', 2000, 2000, { text: 'Far away' });
		const drawn = boardSvg(
			picture({
				cards: [inside, straddling, outside, far],
				frames: [frame, { id: 'f2', title: 'Other frame', x: 1900, y: 1900, w: 500, h: 400 }],
				links: [
					{ id: 'l1', from: 'inside', to: 'straddling', relation: 'enables' },
					{ id: 'l2', from: 'inside', to: 'far', relation: 'blocks' },
				],
			}),
			{ ...options, frameId: 'f1' },
		)!;
		assertWellFormed(drawn.svg);
		expect(drawn.cards).toBe(2);
		expect(drawn.svg).toContain('Solar on schools');
		expect(drawn.svg).toContain('Heat pumps');
		expect(drawn.svg).not.toContain('Bike lanes');
		expect(drawn.svg).not.toContain('Far away');
		expect(drawn.svg).toContain('Quick wins');
		expect(drawn.svg).not.toContain('Other frame');
		// The grid belongs to the whole board only.
		expect(drawn.svg).not.toContain('Planning');
		// Only the link between two cards of the frame is drawn.
		expect(drawn.svg.match(/class="link"/g)).toHaveLength(1);
		expect(drawn.svg).toContain('data-relation="enables"');
		// The picture holds the frame and the card that sticks out of it, and little more.
		expect(drawn.width).toBeGreaterThan(400);
		expect(drawn.width).toBeLessThan(400 + CARD_SIZE.width + 100);
		expect(drawn.height).toBeLessThan(300 + 200);
	});

	it('widens a small frame’s picture to show a long heading', () => {
		const frame = { id: 'f', title: 'Quick wins', x: 0, y: 0, w: 240, h: 160 };
		const heading = 'Council report of the spring seminar in Tartu: Quick wins';
		const drawn = boardSvg(picture({ frames: [frame] }), { ...options, heading, frameId: 'f' })!;
		expect(drawn.svg).toContain(`>${heading}</text>`);
		expect(drawn.width).toBeGreaterThan(240 + 400);
		// The frame's title sits above it, inside the picture.
		expect(drawn.svg).toMatch(/<text x="4" y="-9"[^>]*>Quick wins<\/text>/);
		expect(Number(/viewBox="-?\d+ (-?\d+)/.exec(drawn.svg)![1])).toBeLessThan(-28);
	});

	it('is undefined for a frame that is not on the board', () => {
		expect(boardSvg(picture(), { ...options, frameId: 'gone' })).toBeUndefined();
	});

	it('draws connectors as arrows with each relation’s pattern', () => {
		const drawn = boardSvg(
			picture({
				cards: [card('a', 16, 16), card('b', 700, 16), card('c', 16, 400)],
				links: [
					{ id: 'l1', from: 'a', to: 'b', relation: 'blocks' },
					{ id: 'l2', from: 'a', to: 'c', relation: 'depends_on' },
					{ id: 'l3', from: 'a', to: 'missing', relation: 'enables' },
				],
			}),
			options,
		)!;
		assertWellFormed(drawn.svg);
		expect(drawn.svg.match(/<polygon /g)).toHaveLength(2);
		expect(drawn.svg).toContain('stroke-dasharray="10 6"');
		expect(drawn.svg).toContain('stroke-dasharray="0 7"');
		// A "blocks" connector has its bar.
		expect(drawn.svg.match(/<line /g)).toHaveLength(1);
	});

	it('wraps long card text inside the card and ends it with an ellipsis', () => {
		const text = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
		const drawn = boardSvg(picture({ cards: [card('a', 16, 16, { text })] }), options)!;
		const lines = [...drawn.svg.matchAll(/<tspan x="30" y="(\d+)">([^<]*)<\/tspan>/g)];
		expect(lines.length).toBeGreaterThan(2);
		for (const [, y] of lines) expect(Number(y)).toBeLessThan(16 + CARD_SIZE.height);
		expect(lines.at(-1)?.[2]).toMatch(/…$/);
	});

	it('falls back to a neutral colour for anything but #rrggbb', () => {
		const drawn = boardSvg(
			picture({ cards: [card('a', 16, 16, { colour: 'red" onclick="x' })] }),
			options,
		)!;
		expect(drawn.svg).not.toContain('onclick');
		expect(drawn.svg).toContain('fill="#4a5552"');
	});

	it('draws an empty board (no cards, no template bands)', () => {
		const drawn = boardSvg({ columns: [], rows: [], cards: [], frames: [], links: [] }, options)!;
		assertWellFormed(drawn.svg);
		expect(drawn.cards).toBe(0);
		expect(drawn.width).toBeGreaterThan(0);
	});
});
