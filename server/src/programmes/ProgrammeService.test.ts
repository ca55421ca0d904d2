import { describe, expect, it } from 'vitest';
import { cleanFileName, seminarTimes } from './ProgrammeService.js';
import { cityBoardTitle } from './RegistrationService.js';

describe('programme helpers', () => {
	it('keeps an uploaded file’s name readable and harmless', () => {
		expect(cleanFileName('../../etc/passwd')).toBe('passwd');
		expect(cleanFileName('C:\\Users\\ana\\Agenda "final".pdf')).toBe('Agenda final.pdf');
		expect(cleanFileName('line\nbreak\u0000.txt')).toBe('linebreak.txt');
		expect(cleanFileName('Program ščž.pdf')).toBe('Program ščž.pdf');
		expect(cleanFileName('/')).toBe('file');
		expect(cleanFileName('a'.repeat(300))).toHaveLength(200);
	});

	it('places a seminar at its zone’s instants, across a daylight-saving change', () => {
		const base = { timeZone: 'Europe/Zagreb', time: '10:00', durationMinutes: 90 };
		expect(seminarTimes({ ...base, date: '2026-03-28' })).toEqual({
			start: Date.UTC(2026, 2, 28, 9),
			end: Date.UTC(2026, 2, 28, 10, 30),
		});
		expect(seminarTimes({ ...base, date: '2026-03-30' }).start).toBe(Date.UTC(2026, 2, 30, 8));
	});

	it('names a city’s board within the title limit', () => {
		expect(cityBoardTitle('Split', 'NetZero Cities')).toBe('Split · NetZero Cities');
		expect(cityBoardTitle('Split', 'x'.repeat(200))).toHaveLength(120);
	});
});
