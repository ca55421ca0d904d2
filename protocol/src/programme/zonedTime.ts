/**
 * Wall-clock times in a named time zone (IANA, e.g. "Europe/Zagreb") turned into instants, with
 * the platform's own time-zone data (`Intl`): a seminar is set "10:00 in Split", and calendars
 * everywhere must show the same moment, across daylight-saving changes (issue 11).
 */

/** A date and time as the organiser writes it: `2026-03-29` and `10:00`. */
export interface WallTime {
	date: string;
	time: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True when `zone` is a time zone this platform knows. */
export function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/** The zone's offset from UTC at `instant`, in minutes (Zagreb in summer: +120). */
export function zoneOffsetMinutes(zone: string, instant: number): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(instant);
	const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
	const asUtc = Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second'),
	);
	return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant (epoch ms) of a wall time in `zone`. A time that does not exist (skipped by the
 * spring change, e.g. 02:30) is taken as the same time after the change (03:30); a time that
 * occurs twice (the autumn change) is the first of the two.
 */
export function zonedInstant(wall: WallTime, zone: string): number {
	const date = DATE.exec(wall.date);
	const time = TIME.exec(wall.time);
	if (!date || !time) throw new RangeError(`not a date and time: ${wall.date} ${wall.time}`);
	const asUtc = Date.UTC(
		Number(date[1]),
		Number(date[2]) - 1,
		Number(date[3]),
		Number(time[1]),
		Number(time[2]),
	);
	// The offset before and after the moment: equal except near a change.
	const before = zoneOffsetMinutes(zone, asUtc - 12 * 3_600_000);
	const after = zoneOffsetMinutes(zone, asUtc + 12 * 3_600_000);
	const first = asUtc - before * 60_000;
	if (zoneOffsetMinutes(zone, first) === before) return first;
	const second = asUtc - after * 60_000;
	if (zoneOffsetMinutes(zone, second) === after) return second;
	// Skipped by a spring change: the same distance past it.
	return asUtc - before * 60_000;
}
