import type { Point, Rect } from '@groundwork/protocol';

/** Where a connector is drawn between two cards, in board units. */
export interface ConnectorPath {
	/** Where the centre-to-centre segment leaves the `from` card. */
	start: Point;
	/** Where it enters the `to` card (the arrow's tip). */
	end: Point;
	/** Halfway between `start` and `end`. */
	mid: Point;
	/** The segment's direction from `start` to `end`, in radians (0 points right, y down). */
	angle: number;
}

/** A segment, e.g. the bar across a "blocks" connector. */
export interface Segment {
	a: Point;
	b: Point;
}

function centre(rect: Rect): Point {
	return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** How far along `d` (as a fraction of it) one goes from a rect's centre to its border. */
function borderFraction(rect: Rect, dx: number, dy: number): number {
	const alongX = dx === 0 ? Infinity : rect.width / 2 / Math.abs(dx);
	const alongY = dy === 0 ? Infinity : rect.height / 2 / Math.abs(dy);
	return Math.min(alongX, alongY);
}

/**
 * The connector between two cards: the part of the segment between their centres that lies
 * outside both. Null when there is no such part (the cards overlap too much, or share a centre).
 */
export function connectorPath(from: Rect, to: Rect): ConnectorPath | null {
	const a = centre(from);
	const b = centre(to);
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	if (dx === 0 && dy === 0) return null;
	const leave = borderFraction(from, dx, dy);
	const enter = 1 - borderFraction(to, dx, dy);
	if (leave >= enter) return null;
	const start = { x: a.x + dx * leave, y: a.y + dy * leave };
	const end = { x: a.x + dx * enter, y: a.y + dy * enter };
	return {
		start,
		end,
		mid: { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 },
		angle: Math.atan2(dy, dx),
	};
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}

function pointList(points: readonly Point[]): string {
	return points.map((point) => `${round(point.x)},${round(point.y)}`).join(' ');
}

/**
 * An arrowhead with its tip at `end`, pointing along `angle`, `size` long and as wide: the
 * `points` of an SVG polygon.
 */
export function arrowHead(end: Point, angle: number, size: number): string {
	const back = { x: end.x - Math.cos(angle) * size, y: end.y - Math.sin(angle) * size };
	const side = { x: (-Math.sin(angle) * size) / 2, y: (Math.cos(angle) * size) / 2 };
	return pointList([
		end,
		{ x: back.x + side.x, y: back.y + side.y },
		{ x: back.x - side.x, y: back.y - side.y },
	]);
}

/** A bar across the connector, `offset` back from `end` and `size` long (a "blocks" marker). */
export function crossBar(end: Point, angle: number, offset: number, size: number): Segment {
	const at = { x: end.x - Math.cos(angle) * offset, y: end.y - Math.sin(angle) * offset };
	const side = { x: (-Math.sin(angle) * size) / 2, y: (Math.cos(angle) * size) / 2 };
	return {
		a: { x: round(at.x + side.x), y: round(at.y + side.y) },
		b: { x: round(at.x - side.x), y: round(at.y - side.y) },
	};
}

/** The SVG path data of a straight segment. */
export function segmentPath(a: Point, b: Point): string {
	return `M${round(a.x)},${round(a.y)}L${round(b.x)},${round(b.y)}`;
}

/** The smallest rect holding a segment, grown by `margin` on every side. */
export function linkBounds(a: Point, b: Point, margin = 0): Rect {
	const x = Math.min(a.x, b.x) - margin;
	const y = Math.min(a.y, b.y) - margin;
	return {
		x,
		y,
		width: Math.abs(a.x - b.x) + 2 * margin,
		height: Math.abs(a.y - b.y) + 2 * margin,
	};
}

/**
 * Whether any point of the segment from `a` to `b` lies in `rect` (its border included), even
 * when both ends lie outside it (Liang–Barsky clipping).
 */
export function segmentIntersectsRect(a: Point, b: Point, rect: Rect): boolean {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	let low = 0;
	let high = 1;
	const edges: [number, number][] = [
		[-dx, a.x - rect.x],
		[dx, rect.x + rect.width - a.x],
		[-dy, a.y - rect.y],
		[dy, rect.y + rect.height - a.y],
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return false;
			continue;
		}
		const r = q / p;
		if (p < 0) low = Math.max(low, r);
		else high = Math.min(high, r);
		if (low > high) return false;
	}
	return true;
}
