import type { CardRelation, Rect } from '@groundwork/protocol';
import {
	arrowHead,
	connectorPath,
	crossBar,
	linkBounds,
	segmentIntersectsRect,
	segmentPath,
	type ConnectorPath,
	type Segment,
} from './connectorGeometry.js';

/** The length and width of an arrowhead, in board units. */
export const ARROW_SIZE = 12;
/** How far back from the tip the bar of a "blocks" connector crosses it, in board units. */
export const BAR_OFFSET = 24;
/** The length of that bar, in board units. */
export const BAR_SIZE = 18;

/** What a connector needs to be drawn: the cards it joins and its relation. */
export interface DrawableLink {
	id: string;
	from: string;
	to: string;
	relation: CardRelation;
}

/** One connector ready for SVG: its geometry as path data and polygon points. */
export interface DrawnConnector<L extends DrawableLink> {
	link: L;
	path: ConnectorPath;
	/** Path data of the line from `start` to `end`. */
	line: string;
	/** Polygon points of the arrowhead at `end`. */
	head: string;
	/** The bar across "blocks" connectors, absent for the other relations. */
	bar?: Segment;
}

/**
 * The connectors to draw for the `visible` part of the board: those whose cards both exist and
 * whose segment crosses the visible rect (grown by an arrowhead), even when both cards are off
 * screen. Links whose cards overlap too much to show a segment are left out.
 */
export function visibleConnectors<L extends DrawableLink>(
	links: readonly L[],
	rectOf: (cardId: string) => Rect | undefined,
	visible: Rect,
): DrawnConnector<L>[] {
	const view = linkBounds(
		{ x: visible.x, y: visible.y },
		{ x: visible.x + visible.width, y: visible.y + visible.height },
		ARROW_SIZE,
	);
	const drawn: DrawnConnector<L>[] = [];
	for (const link of links) {
		const from = rectOf(link.from);
		const to = rectOf(link.to);
		const path = from && to ? connectorPath(from, to) : null;
		if (!path || !segmentIntersectsRect(path.start, path.end, view)) continue;
		const length = Math.hypot(path.end.x - path.start.x, path.end.y - path.start.y);
		drawn.push({
			link,
			path,
			line: segmentPath(path.start, path.end),
			head: arrowHead(path.end, path.angle, ARROW_SIZE),
			bar:
				link.relation === 'blocks'
					? crossBar(path.end, path.angle, Math.min(BAR_OFFSET, length), BAR_SIZE)
					: undefined,
		});
	}
	return drawn;
}
