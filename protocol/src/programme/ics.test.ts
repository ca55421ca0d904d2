import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toIcs } from './ics.js';
import { zonedInstant } from './zonedTime.js';

const hour = 3_600_000;

function seminar(date: string, zone: string) {
	const start = zonedInstant({ date, time: '10:00' }, zone);
	return {
		uid: `seminar-${date}@groundwork`,
		start,
		end: start + 2 * hour,
		summary: 'Planning seminar',
	};
}

describe('toIcs', () => {
	it('writes a valid calendar with UTC times that follow the daylight-saving change', () => {
		const text = toIcs({
			name: 'NetZero Roadmap programme',
			timeZone: 'Europe/Zagreb',
			now: Date.UTC(2026, 0, 5, 12),
			events: [seminar('2026-03-28', 'Europe/Zagreb'), seminar('2026-03-30', 'Europe/Zagreb')],
		});
		const lines = text.split('\r\n');
		expect(lines[0]).toBe('BEGIN:VCALENDAR');
		expect(lines.at(-2)).toBe('END:VCALENDAR');
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text).not.toMatch(/[^\r]\n/);
		// 10:00 in Split: 09:00 UTC before the change, 08:00 UTC after it.
		expect(lines).toContain('DTSTART:20260328T090000Z');
		expect(lines).toContain('DTEND:20260328T110000Z');
		expect(lines).toContain('DTSTART:20260330T080000Z');
		expect(lines).toContain('X-WR-TIMEZONE:Europe/Zagreb');
		expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
		expect(lines).toContain('DTSTAMP:20260105T120000Z');
	});

	it('escapes text and folds long lines without splitting a character', () => {
		expect(escapeText('Split, Tartu; a\\b\nnext')).toBe('Split\\, Tartu\\; a\\\\b\\nnext');
		const long = `DESCRIPTION:${'Šibenik–Gdańsk '.repeat(12)}`;
		const folded = foldLine(long);
		const parts = folded.split('\r\n');
		expect(parts.length).toBeGreaterThan(1);
		for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
		expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
		expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(long);
	});

	it('refuses an event that ends before it starts', () => {
		expect(() =>
			toIcs({ name: 'x', now: 0, events: [{ uid: 'a', start: 10, end: 5, summary: 'x' }] }),
		).toThrow(RangeError);
	});
});
