import { describe, expect, it } from 'vitest';
import { canvasKeyAction } from './keys.js';

const key = (
	k: string,
	mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
) => ({
	key: k,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	shiftKey: false,
	...mods,
});

describe('canvas keys', () => {
	it('arrows pan towards what they point at, Shift for large steps', () => {
		expect(canvasKeyAction(key('ArrowRight'))).toEqual({
			kind: 'pan',
			dx: -1,
			dy: 0,
			large: false,
		});
		expect(canvasKeyAction(key('ArrowUp', { shiftKey: true }))).toEqual({
			kind: 'pan',
			dx: 0,
			dy: 1,
			large: true,
		});
	});

	it('Alt+arrows are left to the cards', () => {
		expect(canvasKeyAction(key('ArrowLeft', { altKey: true }))).toBeNull();
	});

	it('zooms, fits and resets with +, -, Shift+1 and 0', () => {
		expect(canvasKeyAction(key('+'))?.kind).toBe('zoomIn');
		expect(canvasKeyAction(key('='))?.kind).toBe('zoomIn');
		expect(canvasKeyAction(key('-'))?.kind).toBe('zoomOut');
		expect(canvasKeyAction(key('0'))?.kind).toBe('zoomReset');
		expect(canvasKeyAction(key('!', { shiftKey: true }))?.kind).toBe('fit');
		expect(canvasKeyAction(key('1'))).toBeNull();
	});

	it('deletes, selects all and escapes', () => {
		expect(canvasKeyAction(key('Delete'))?.kind).toBe('delete');
		expect(canvasKeyAction(key('Backspace'))?.kind).toBe('delete');
		expect(canvasKeyAction(key('a', { ctrlKey: true }))?.kind).toBe('selectAll');
		expect(canvasKeyAction(key('A', { metaKey: true }))?.kind).toBe('selectAll');
		expect(canvasKeyAction(key('d', { ctrlKey: true }))?.kind).toBe('duplicate');
		expect(canvasKeyAction(key('z', { ctrlKey: true }))).toBeNull();
		expect(canvasKeyAction(key('Escape'))?.kind).toBe('escape');
		expect(canvasKeyAction(key(' '))?.kind).toBe('space');
		expect(canvasKeyAction(key('Enter'))?.kind).toBe('enter');
		expect(canvasKeyAction(key('q'))).toBeNull();
	});
});
