import { describe, expect, it } from 'vitest';
import { textWidth, truncateText, wrapText } from './textFit.js';

const font = { size: 13 };

describe('textFit', () => {
	it('estimates wider text for wider letters, bold and larger fonts', () => {
		expect(textWidth('mmmm', 13)).toBeGreaterThan(textWidth('iiii', 13));
		expect(textWidth('Retrofit', 13, true)).toBeGreaterThan(textWidth('Retrofit', 13));
		expect(textWidth('Retrofit', 26)).toBeCloseTo(2 * textWidth('Retrofit', 13));
		expect(textWidth('', 13)).toBe(0);
	});

	it('wraps at spaces to the width, keeping line breaks', () => {
		const lines = wrapText('Retrofit every school\nand the town hall', 90, font, 10);
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(textWidth(line, font.size)).toBeLessThanOrEqual(90);
		expect(lines.join(' ')).toBe('Retrofit every school and the town hall');
		expect(lines).toContain('and the town');
	});

	it('breaks a word longer than a line', () => {
		const lines = wrapText('a'.repeat(60), 100, font, 10);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join('')).toBe('a'.repeat(60));
	});

	it('ends the last line kept with an ellipsis when there are too many', () => {
		const lines = wrapText('one two three four five six seven eight nine ten', 60, font, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]).toMatch(/…$/);
		expect(wrapText('anything', 60, font, 0)).toEqual([]);
		expect(wrapText('  \n\n ', 60, font, 3)).toEqual([]);
	});

	it('truncates one line with an ellipsis only when it is too long', () => {
		expect(truncateText('Lisbon', 100, font)).toBe('Lisbon');
		const cut = truncateText('Governance & enablers (cross-cutting)', 80, font);
		expect(cut).toMatch(/…$/);
		expect(textWidth(cut, font.size)).toBeLessThanOrEqual(80);
		expect(truncateText('Lisbon', 1, font)).toBe('');
	});
});
