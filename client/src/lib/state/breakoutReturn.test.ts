import { describe, expect, it } from 'vitest';
import {
	boardPath,
	breakoutReturnKey,
	isBreakoutMove,
	loadBreakoutReturn,
	rememberBreakoutReturn,
} from './breakoutReturn.js';
import { memoryStorage } from '../testing/memoryStorage.js';

describe('breakout return [F9]', () => {
	it('builds a board page with its id and token encoded', () => {
		expect(boardPath('room-1', 'a+b/c=')).toBe('/b/room-1?token=a%2Bb%2Fc%3D');
		expect(boardPath('a b', 't')).toBe('/b/a%20b?token=t');
	});

	it('remembers the way back per breakout board', () => {
		const storage = memoryStorage();
		rememberBreakoutReturn('room-1', '/b/main?token=p1', storage);
		rememberBreakoutReturn('room-2', '/b/main?token=f1', storage);
		expect(storage.getItem(breakoutReturnKey('room-1'))).toBe('/b/main?token=p1');
		expect(loadBreakoutReturn('room-1', storage)).toBe('/b/main?token=p1');
		expect(loadBreakoutReturn('room-2', storage)).toBe('/b/main?token=f1');
		expect(loadBreakoutReturn('room-3', storage)).toBeNull();
	});

	it('keeps only board pages of this site', () => {
		const storage = memoryStorage();
		for (const path of [
			'https://evil.example/b/x',
			'//evil.example/b/x',
			'javascript:alert(1)',
			'/',
		]) {
			rememberBreakoutReturn('room-1', path, storage);
			expect(loadBreakoutReturn('room-1', storage), path).toBeNull();
		}
		storage.setItem(breakoutReturnKey('room-1'), '//evil.example/b/main?token=x');
		expect(loadBreakoutReturn('room-1', storage)).toBeNull();
		rememberBreakoutReturn('room-1', '/b/main/', storage);
		expect(loadBreakoutReturn('room-1', storage)).toBe('/b/main/');
	});

	it('does without storage', () => {
		const broken = {
			...memoryStorage(),
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('denied');
			},
		};
		expect(() => rememberBreakoutReturn('room-1', '/b/main?token=x', broken)).not.toThrow();
		expect(loadBreakoutReturn('room-1', broken)).toBeNull();
	});

	it('moves only to another board', () => {
		expect(isBreakoutMove('main', 'room-1')).toBe(true);
		expect(isBreakoutMove('room-1', 'room-1')).toBe(false);
		expect(isBreakoutMove('main', '')).toBe(false);
	});
});
