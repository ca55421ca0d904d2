import { describe, expect, it } from 'vitest';
import {
	formatDuration,
	formatFileSize,
	languageList,
	seminarPhase,
	seminarTimes,
	seminarsByStage,
	timeAgo,
	webLink,
} from './programmeFormat.js';

// 10:00 to 12:00 in Zagreb (UTC+1 in winter) on 10 March 2026.
const seminar = {
	start: Date.UTC(2026, 2, 10, 9),
	end: Date.UTC(2026, 2, 10, 11),
	timeZone: 'Europe/Zagreb',
};

describe('a programme’s facts in words', () => {
	it('gives a seminar’s time in its own zone, and the viewer’s when it reads differently', () => {
		const there = seminarTimes(seminar, 'en-GB', 'America/New_York');
		expect(there.when).toContain('10:00');
		expect(there.when).toContain('12:00');
		expect(there.zone).toBe('Europe/Zagreb');
		expect(there.local).toContain('05:00');
		expect(there.localZone).toBe('America/New York');
		// Berlin reads the same as Zagreb: no second time.
		expect(seminarTimes(seminar, 'en-GB', 'Europe/Berlin').local).toBeUndefined();
		expect(seminarTimes(seminar, 'en-GB', 'Europe/Zagreb').local).toBeUndefined();
		// A zone the platform does not know gives no second time rather than failing.
		expect(seminarTimes(seminar, 'en-GB', 'Nowhere/Else').local).toBeUndefined();
	});

	it('says durations in days, hours and minutes', () => {
		expect(formatDuration(90, 'en')).toBe('1 hour, 30 minutes');
		expect(formatDuration(45, 'en')).toBe('45 minutes');
		expect(formatDuration(120, 'en')).toBe('2 hours');
		expect(formatDuration(2 * 24 * 60, 'en')).toBe('2 days');
	});

	it('says file sizes in bytes, kB or MB', () => {
		expect(formatFileSize(830, 'en')).toBe('830 bytes');
		expect(formatFileSize(12_300, 'en')).toBe('12 kB');
		expect(formatFileSize(3_400_000, 'en')).toBe('3.4 MB');
	});

	it('names languages in the page’s locale', () => {
		expect(languageList(['hr', 'en'], 'en')).toBe('Croatian and English');
		expect(languageList(['de'], 'fr')).toBe('allemand');
	});

	it('says how long ago a board changed', () => {
		const now = Date.UTC(2026, 2, 10, 12);
		expect(timeAgo(now - 10_000, now, 'en')).toBe('now');
		expect(timeAgo(now - 5 * 60_000, now, 'en')).toBe('5 minutes ago');
		expect(timeAgo(now - 3 * 3_600_000, now, 'en')).toBe('3 hours ago');
		expect(timeAgo(now - 86_400_000, now, 'en')).toBe('yesterday');
		expect(timeAgo(Date.UTC(2026, 0, 3, 12), now, 'en-GB')).toBe('3 January 2026');
	});

	it('knows whether a seminar is ahead, under way or held', () => {
		expect(seminarPhase(seminar, seminar.start - 1)).toBe('upcoming');
		expect(seminarPhase(seminar, seminar.start)).toBe('ongoing');
		expect(seminarPhase(seminar, seminar.end)).toBe('held');
	});

	it('groups seminars by stage in stage order, each by start, leaving empty stages out', () => {
		const groups = seminarsByStage([
			{ id: 'c', stage: 'localisation' as const, start: 1 },
			{ id: 'b', stage: 'planning' as const, start: 5 },
			{ id: 'a', stage: 'planning' as const, start: 2 },
		]);
		expect(groups.map((group) => [group.stage, group.seminars.map((s) => s.id)])).toEqual([
			['planning', ['a', 'b']],
			['localisation', ['c']],
		]);
	});

	it('links only to web addresses', () => {
		expect(webLink(' https://meet.example/room ')).toBe('https://meet.example/room');
		expect(webLink('javascript:alert(1)')).toBeUndefined();
		expect(webLink('Town hall, room 2')).toBeUndefined();
	});
});
