import type { Point, Rect } from '@groundwork/protocol';

/**
 * Pan and zoom of the canvas: a board point p is drawn at screen point `p * zoom + pan`
 * (screen points are CSS pixels relative to the canvas element's top-left corner).
 */
export interface Viewport {
	panX: number;
	panY: number;
	zoom: number;
}

/** A size in CSS pixels. */
export interface Size {
	width: number;
	height: number;
}

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 3;

/** Below this zoom, cards show a light face (no text field, no buttons). */
export const DETAIL_ZOOM = 0.55;

/** The zoom steps of the zoom-in and zoom-out buttons and keys. */
export const ZOOM_STEP = 1.25;

/** Keeps a zoom inside [MIN_ZOOM, MAX_ZOOM]. */
export function clampZoom(zoom: number): number {
	if (!Number.isFinite(zoom)) return 1;
	return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** The board point under a screen point. */
export function toBoard(view: Viewport, screen: Point): Point {
	return { x: (screen.x - view.panX) / view.zoom, y: (screen.y - view.panY) / view.zoom };
}

/** The screen point where a board point is drawn. */
export function toScreen(view: Viewport, board: Point): Point {
	return { x: board.x * view.zoom + view.panX, y: board.y * view.zoom + view.panY };
}

/** The part of the board a viewport of `size` shows. */
export function visibleRect(view: Viewport, size: Size): Rect {
	const topLeft = toBoard(view, { x: 0, y: 0 });
	return { ...topLeft, width: size.width / view.zoom, height: size.height / view.zoom };
}

/** Zooms by `factor` keeping the board point under `anchor` (a screen point) where it is. */
export function zoomAt(view: Viewport, factor: number, anchor: Point): Viewport {
	const zoom = clampZoom(view.zoom * factor);
	const board = toBoard(view, anchor);
	return { zoom, panX: anchor.x - board.x * zoom, panY: anchor.y - board.y * zoom };
}

/** Moves the view by a screen distance. */
export function panBy(view: Viewport, dx: number, dy: number): Viewport {
	return { ...view, panX: view.panX + dx, panY: view.panY + dy };
}

/** The view that shows `rect` whole, centred, with `padding` screen pixels around it. */
export function fitRect(rect: Rect, size: Size, padding = 32, maxZoom = 1): Viewport {
	const width = Math.max(1, size.width - 2 * padding);
	const height = Math.max(1, size.height - 2 * padding);
	const zoom = clampZoom(
		Math.min(maxZoom, width / Math.max(1, rect.width), height / Math.max(1, rect.height)),
	);
	return centreOn({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }, size, zoom);
}

/** The view at `zoom` with board point `centre` in the middle of the screen. */
export function centreOn(centre: Point, size: Size, zoom: number): Viewport {
	return { zoom, panX: size.width / 2 - centre.x * zoom, panY: size.height / 2 - centre.y * zoom };
}

/** `rect` grown by `margin` board units on every side. */
export function inflate(rect: Rect, margin: number): Rect {
	return {
		x: rect.x - margin,
		y: rect.y - margin,
		width: rect.width + 2 * margin,
		height: rect.height + 2 * margin,
	};
}

/**
 * The region whose content is rendered: the visible rect grown by half its size on each side and
 * snapped outwards to a coarse grid, so small pans keep the same region (and the same rendered
 * cards) and only crossing a tile changes it. Tiles are about 512 screen pixels at any zoom
 * (`tileFor`), so far out the region does not change on every frame of a pan.
 */
export function renderRegion(visible: Rect, tile = 512): Rect {
	const grown = inflate(visible, Math.max(visible.width, visible.height) / 2);
	const x = Math.floor(grown.x / tile) * tile;
	const y = Math.floor(grown.y / tile) * tile;
	return {
		x,
		y,
		width: Math.ceil((grown.x + grown.width) / tile) * tile - x,
		height: Math.ceil((grown.y + grown.height) / tile) * tile - y,
	};
}

/** The render region's tile at `zoom`: 512 board units at 100 % and closer, larger further out. */
export function tileFor(zoom: number): number {
	return 512 * Math.max(1, 2 ** Math.ceil(Math.log2(1 / Math.max(zoom, MIN_ZOOM))));
}

/** True when `inner` lies entirely inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
	return (
		inner.x >= outer.x &&
		inner.y >= outer.y &&
		inner.x + inner.width <= outer.x + outer.width &&
		inner.y + inner.height <= outer.y + outer.height
	);
}

/** The rectangle spanned by two points (a drag from `a` to `b`). */
export function rectFromPoints(a: Point, b: Point): Rect {
	return {
		x: Math.min(a.x, b.x),
		y: Math.min(a.y, b.y),
		width: Math.abs(a.x - b.x),
		height: Math.abs(a.y - b.y),
	};
}

/** The smallest rectangle holding all `rects`, or undefined when there are none. */
export function boundsOf(rects: Iterable<Rect>): Rect | undefined {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const r of rects) {
		minX = Math.min(minX, r.x);
		minY = Math.min(minY, r.y);
		maxX = Math.max(maxX, r.x + r.width);
		maxY = Math.max(maxY, r.y + r.height);
	}
	if (minX === Infinity) return undefined;
	return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The zoom factor of a wheel event's `deltaY` (pinch on a trackpad arrives as ctrl+wheel). */
export function wheelZoomFactor(deltaY: number, deltaMode = 0): number {
	const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
	return Math.exp(-Math.max(-100, Math.min(100, pixels)) / 300);
}
