import { describe, expect, it } from 'vitest';
import { isTimeZone, zoneOffsetMinutes, zonedInstant } from './zonedTime.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('zoned times', () => {
	it('knows the zones of the programme’s cities and refuses others', () => {
		expect(isTimeZone('Europe/Zagreb')).toBe(true);
		expect(isTimeZone('Europe/Lisbon')).toBe(true);
		expect(isTimeZone('Mars/Olympus')).toBe(false);
	});

	it('gives the offset on each side of the 2026 changes (29 March, 25 October)', () => {
		expect(zoneOffsetMinutes('Europe/Zagreb', Date.UTC(2026, 2, 28, 12))).toBe(60);
		expect(zoneOffsetMinutes('Europe/Zagreb', Date.UTC(2026, 2, 30, 12))).toBe(120);
		expect(zoneOffsetMinutes('Europe/Lisbon', Date.UTC(2026, 6, 1, 12))).toBe(60);
		expect(zoneOffsetMinutes('Europe/Tallinn', Date.UTC(2026, 9, 26, 12))).toBe(120);
	});

	it('turns 10:00 in Split into the right instant before and after the spring change', () => {
		expect(iso(zonedInstant({ date: '2026-03-28', time: '10:00' }, 'Europe/Zagreb'))).toBe(
			'2026-03-28T09:00:00.000Z',
		);
		expect(iso(zonedInstant({ date: '2026-03-30', time: '10:00' }, 'Europe/Zagreb'))).toBe(
			'2026-03-30T08:00:00.000Z',
		);
	});

	it('moves a time skipped by the spring change past it, and takes the first of a repeated one', () => {
		// 02:30 does not exist in Zagreb on 29 March 2026: it is 03:30 CEST.
		expect(iso(zonedInstant({ date: '2026-03-29', time: '02:30' }, 'Europe/Zagreb'))).toBe(
			'2026-03-29T01:30:00.000Z',
		);
		// 02:30 happens twice on 25 October 2026: the first (CEST) is meant.
		expect(iso(zonedInstant({ date: '2026-10-25', time: '02:30' }, 'Europe/Zagreb'))).toBe(
			'2026-10-25T00:30:00.000Z',
		);
	});

	it('refuses what is not a date and a time', () => {
		expect(() => zonedInstant({ date: '2026-3-1', time: '10:00' }, 'Europe/Zagreb')).toThrow();
		expect(() => zonedInstant({ date: '2026-03-01', time: '24:00' }, 'Europe/Zagreb')).toThrow();
	});
});
