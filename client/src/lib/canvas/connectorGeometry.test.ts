import { describe, expect, it } from 'vitest';
import { cardRect, type Rect } from '@groundwork/protocol';
import {
	arrowHead,
	connectorPath,
	crossBar,
	linkBounds,
	segmentIntersectsRect,
	segmentPath,
} from './connectorGeometry.js';
import { ARROW_SIZE, BAR_SIZE, visibleConnectors, type DrawableLink } from './visibleConnectors.js';

function points(list: string): number[][] {
	return list.split(' ').map((pair) => pair.split(',').map(Number));
}

describe('connectorPath', () => {
	it('runs from border to border along the line between the centres', () => {
		const path = connectorPath(cardRect({ x: 0, y: 0 }), cardRect({ x: 400, y: 0 }));
		expect(path).toEqual({
			start: { x: 200, y: 64 },
			end: { x: 400, y: 64 },
			mid: { x: 300, y: 64 },
			angle: 0,
		});
	});

	it('leaves through the top or bottom edge when the cards are stacked', () => {
		const path = connectorPath(cardRect({ x: 0, y: 300 }), cardRect({ x: 0, y: 0 }))!;
		expect(path.start).toEqual({ x: 100, y: 300 });
		expect(path.end).toEqual({ x: 100, y: 128 });
		expect(path.angle).toBeCloseTo(-Math.PI / 2);
	});

	it('meets the borders on a diagonal', () => {
		const path = connectorPath(cardRect({ x: 0, y: 0 }), cardRect({ x: 400, y: 400 }))!;
		// Centres (100, 64) and (500, 464): a 45° line leaves the first card at its bottom edge.
		expect(path.start.x).toBeCloseTo(164);
		expect(path.start.y).toBeCloseTo(128);
		expect(path.end.x).toBeCloseTo(436);
		expect(path.end.y).toBeCloseTo(400);
		expect(path.angle).toBeCloseTo(Math.PI / 4);
	});

	it('is null when the cards overlap so that nothing of the segment shows', () => {
		expect(connectorPath(cardRect({ x: 0, y: 0 }), cardRect({ x: 0, y: 0 }))).toBeNull();
		expect(connectorPath(cardRect({ x: 0, y: 0 }), cardRect({ x: 150, y: 10 }))).toBeNull();
	});

	it('still shows the part between overlapping cards that is outside both', () => {
		const from: Rect = { x: 0, y: 0, width: 100, height: 100 };
		const to: Rect = { x: 90, y: 90, width: 100, height: 210 };
		const path = connectorPath(from, to)!;
		expect(path.start.y).toBeCloseTo(100);
		expect(path.end.x).toBeCloseTo(90);
	});
});

describe('markers', () => {
	it('draws an arrowhead with its tip at the end, pointing along the angle', () => {
		const [tip, left, right] = points(arrowHead({ x: 100, y: 50 }, 0, 10));
		expect(tip).toEqual([100, 50]);
		expect(left).toEqual([90, 55]);
		expect(right).toEqual([90, 45]);
		const [, upLeft] = points(arrowHead({ x: 0, y: 0 }, Math.PI / 2, 10));
		expect(upLeft?.[1]).toBeCloseTo(-10);
	});

	it('puts the blocking bar across the line, back from the end', () => {
		expect(crossBar({ x: 100, y: 50 }, 0, 20, 16)).toEqual({
			a: { x: 80, y: 58 },
			b: { x: 80, y: 42 },
		});
	});

	it('writes path data rounded to hundredths', () => {
		expect(segmentPath({ x: 1 / 3, y: 2 }, { x: 10, y: 2.005 })).toBe('M0.33,2L10,2.01');
	});
});

describe('culling', () => {
	const view: Rect = { x: 0, y: 0, width: 100, height: 100 };

	it('bounds a segment, grown by a margin', () => {
		expect(linkBounds({ x: 10, y: 50 }, { x: 0, y: 20 }, 5)).toEqual({
			x: -5,
			y: 15,
			width: 20,
			height: 40,
		});
	});

	it('finds segments that cross a rect even with both ends outside it', () => {
		expect(segmentIntersectsRect({ x: -50, y: 50 }, { x: 150, y: 50 }, view)).toBe(true);
		expect(segmentIntersectsRect({ x: -50, y: -50 }, { x: 150, y: 150 }, view)).toBe(true);
		expect(segmentIntersectsRect({ x: 10, y: 10 }, { x: 20, y: 20 }, view)).toBe(true);
		expect(segmentIntersectsRect({ x: 100, y: 100 }, { x: 200, y: 200 }, view)).toBe(true);
	});

	it('rejects segments beside a rect, including ones whose bounds overlap it', () => {
		expect(segmentIntersectsRect({ x: -50, y: 120 }, { x: 150, y: 120 }, view)).toBe(false);
		expect(segmentIntersectsRect({ x: 110, y: 0 }, { x: 110, y: 100 }, view)).toBe(false);
		expect(segmentIntersectsRect({ x: 60, y: -100 }, { x: 200, y: 40 }, view)).toBe(false);
	});

	it('draws the connectors crossing the view, with a bar only on blocking ones', () => {
		const rects = new Map([
			['west', cardRect({ x: -1000, y: 0 })],
			['east', cardRect({ x: 1000, y: 0 })],
			['far', cardRect({ x: 1000, y: 5000 })],
		]);
		const links: DrawableLink[] = [
			{ id: 'across', from: 'west', to: 'east', relation: 'blocks' },
			{ id: 'away', from: 'east', to: 'far', relation: 'enables' },
			{ id: 'gone', from: 'west', to: 'deleted', relation: 'enables' },
		];
		const drawn = visibleConnectors(links, (id) => rects.get(id), view);
		expect(drawn.map((connector) => connector.link.id)).toEqual(['across']);
		expect(drawn[0]?.line).toBe('M-800,64L1000,64');
		expect(points(drawn[0]!.head)[0]).toEqual([1000, 64]);
		expect(drawn[0]?.bar?.a.y).toBe(64 + BAR_SIZE / 2);
		const enables = visibleConnectors(
			[{ ...links[0]!, relation: 'enables' }],
			(id) => rects.get(id),
			view,
		);
		expect(enables[0]?.bar).toBeUndefined();
	});

	it('keeps a connector whose arrowhead alone reaches into the view', () => {
		const rects = new Map([
			['a', cardRect({ x: -500, y: -200 })],
			['b', cardRect({ x: -500 + 400, y: -200 })],
		]);
		const link: DrawableLink = { id: 'l', from: 'a', to: 'b', relation: 'enables' };
		// The line ends at x = -100, y = -136: just outside the view, within an arrowhead of it.
		const near = { ...view, x: -100 + ARROW_SIZE / 2, y: -136 };
		expect(visibleConnectors([link], (id) => rects.get(id), near)).toHaveLength(1);
		const far = { ...view, x: -100 + ARROW_SIZE * 2, y: -136 };
		expect(visibleConnectors([link], (id) => rects.get(id), far)).toHaveLength(0);
	});
});
