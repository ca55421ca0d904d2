import { describe, expect, it } from 'vitest';
import {
	MAX_ZOOM,
	MIN_ZOOM,
	boundsOf,
	centreOn,
	clampZoom,
	contains,
	fitRect,
	panBy,
	rectFromPoints,
	renderRegion,
	tileFor,
	toBoard,
	toScreen,
	visibleRect,
	wheelZoomFactor,
	zoomAt,
} from './viewport.js';

const view = { panX: 100, panY: -50, zoom: 2 };

describe('viewport', () => {
	it('maps board points to screen points and back', () => {
		expect(toScreen(view, { x: 10, y: 20 })).toEqual({ x: 120, y: -10 });
		expect(toBoard(view, { x: 120, y: -10 })).toEqual({ x: 10, y: 20 });
	});

	it('shows the board rect that fits the screen', () => {
		expect(visibleRect(view, { width: 800, height: 600 })).toEqual({
			x: -50,
			y: 25,
			width: 400,
			height: 300,
		});
	});

	it('zooming keeps the board point under the pointer in place', () => {
		const anchor = { x: 333, y: 222 };
		const before = toBoard(view, anchor);
		const zoomed = zoomAt(view, 1.7, anchor);
		expect(zoomed.zoom).toBe(MAX_ZOOM);
		const after = toBoard(zoomed, anchor);
		expect(after.x).toBeCloseTo(before.x);
		expect(after.y).toBeCloseTo(before.y);
	});

	it('keeps the zoom within its limits', () => {
		expect(clampZoom(100)).toBe(MAX_ZOOM);
		expect(clampZoom(0)).toBe(MIN_ZOOM);
		expect(clampZoom(Number.NaN)).toBe(1);
		expect(zoomAt(view, 1000, { x: 0, y: 0 }).zoom).toBe(MAX_ZOOM);
	});

	it('pans by screen pixels', () => {
		expect(panBy(view, 5, 6)).toEqual({ panX: 105, panY: -44, zoom: 2 });
	});

	it('fits a rect in the middle of the screen, with padding, never beyond 100%', () => {
		const rect = { x: 1000, y: 0, width: 2000, height: 500 };
		const size = { width: 1064, height: 600 };
		const fitted = fitRect(rect, size, 32);
		expect(fitted.zoom).toBeCloseTo(0.5);
		const centre = toScreen(fitted, { x: 2000, y: 250 });
		expect(centre.x).toBeCloseTo(532);
		expect(centre.y).toBeCloseTo(300);
		expect(fitRect({ x: 0, y: 0, width: 10, height: 10 }, size).zoom).toBe(1);
	});

	it('centres a board point', () => {
		const centred = centreOn({ x: 50, y: 50 }, { width: 200, height: 100 }, 2);
		expect(toScreen(centred, { x: 50, y: 50 })).toEqual({ x: 100, y: 50 });
	});

	it('the render region holds the visible rect and does not change on small pans', () => {
		const visible = { x: 100, y: 100, width: 1000, height: 600 };
		const region = renderRegion(visible);
		expect(contains(region, visible)).toBe(true);
		expect(renderRegion({ ...visible, x: 110, y: 95 })).toEqual(region);
		expect(renderRegion({ ...visible, x: 5000 })).not.toEqual(region);
	});

	it('tiles grow in powers of two as the zoom goes down, so far pans keep their region', () => {
		expect(tileFor(1)).toBe(512);
		expect(tileFor(2)).toBe(512);
		expect(tileFor(0.5)).toBe(1024);
		expect(tileFor(0.3)).toBe(2048);
		expect(tileFor(0.05)).toBe(512 * 32);
		const visible = { x: 0, y: 0, width: 20_000, height: 12_000 };
		const region = renderRegion(visible, tileFor(0.05));
		expect(renderRegion({ ...visible, x: 300, y: 200 }, tileFor(0.05))).toEqual(region);
	});

	it('builds rectangles from two points and bounds of many', () => {
		expect(rectFromPoints({ x: 5, y: 1 }, { x: 1, y: 4 })).toEqual({
			x: 1,
			y: 1,
			width: 4,
			height: 3,
		});
		expect(boundsOf([])).toBeUndefined();
		expect(
			boundsOf([
				{ x: 0, y: 0, width: 1, height: 1 },
				{ x: -5, y: 3, width: 2, height: 10 },
			]),
		).toEqual({ x: -5, y: 0, width: 6, height: 13 });
	});

	it('turns wheel deltas into bounded zoom factors, in every delta mode', () => {
		expect(wheelZoomFactor(-100)).toBeGreaterThan(1);
		expect(wheelZoomFactor(100)).toBeLessThan(1);
		expect(wheelZoomFactor(0)).toBe(1);
		expect(wheelZoomFactor(1e6)).toBe(wheelZoomFactor(100));
		expect(wheelZoomFactor(3, 1)).toBeCloseTo(wheelZoomFactor(48));
	});
});
