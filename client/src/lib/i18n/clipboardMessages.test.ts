import { describe, expect, it } from 'vitest';
import { clipboardDoneMessage, clipboardErrorMessage } from './clipboardMessages.js';
import { frameLabel, frameMovedMessage, frameRenamedMessage } from './frameLabels.js';

describe('clipboard and frame messages', () => {
	it('counts cards and frames', () => {
		expect(clipboardDoneMessage('copied', { cards: 1, frames: 0 })).toBe('1 card copied');
		expect(clipboardDoneMessage('pasted', { cards: 3, frames: 1 })).toBe(
			'3 cards and 1 frame pasted',
		);
		expect(clipboardDoneMessage('duplicated', { cards: 0, frames: 2 })).toBe('2 frames duplicated');
		expect(clipboardDoneMessage('pasted', { cards: 1, frames: 2 })).toBe(
			'1 card and 2 frames pasted',
		);
	});

	it('says why a paste failed', () => {
		expect(clipboardErrorMessage('empty')).toBe('There is nothing on the clipboard to paste.');
		expect(clipboardErrorMessage('too_large')).toContain('at most 500 cards');
		expect(clipboardErrorMessage('unsupported_version')).toContain('newer version');
		expect(clipboardErrorMessage('invalid')).toContain('could not be read');
	});

	it('names frames and says what happened to them', () => {
		expect(frameLabel(' Quick wins ')).toBe('Frame “Quick wins”');
		expect(frameLabel('')).toBe('Untitled frame');
		expect(frameRenamedMessage('Big bets')).toBe('Frame renamed to “Big bets”');
		expect(frameRenamedMessage(' ')).toBe('Frame title removed');
		expect(frameMovedMessage(0)).toBe('Frame moved');
		expect(frameMovedMessage(2)).toBe('Frame moved with 2 cards');
	});
});
