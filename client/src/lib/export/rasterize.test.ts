import { describe, expect, it } from 'vitest';
import { PNG_MAX_PIXELS, PNG_MAX_SIDE_PX, pngScale, pngSize } from './rasterize.js';

describe('PNG size', () => {
	it('draws a picture at twice its size when that fits', () => {
		expect(pngScale(800, 600)).toBe(2);
		expect(pngSize(800, 600)).toEqual({ width: 1600, height: 1200 });
	});

	it('scales a large board down to the pixel and side bounds', () => {
		const board = pngSize(2500, 2400);
		expect(board.width * board.height).toBeLessThanOrEqual(PNG_MAX_PIXELS);
		expect(board.width / board.height).toBeCloseTo(2500 / 2400, 2);
		const long = pngSize(30_000, 300);
		expect(long.width).toBeLessThanOrEqual(PNG_MAX_SIDE_PX);
		expect(long.height).toBeGreaterThanOrEqual(1);
	});

	it('survives an empty picture', () => {
		expect(pngSize(0, 0)).toEqual({ width: 1, height: 1 });
	});
});
