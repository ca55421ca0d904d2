/**
 * Calendar files (RFC 5545 iCalendar) for a programme's seminars (issue 11): one event per
 * seminar, or the whole programme as one calendar. Times are written as UTC instants
 * (`…Z`), computed from the seminar's wall time in its own zone (`zonedInstant`), so every
 * calendar shows the right local time on both sides of a daylight-saving change.
 */

/** One event of a calendar. */
export interface CalendarEvent {
	/** Stable and unique: the same seminar keeps its uid, so a re-import updates it. */
	uid: string;
	/** Epoch ms. */
	start: number;
	/** Epoch ms, after `start`. */
	end: number;
	summary: string;
	description?: string;
	location?: string;
	url?: string;
	/** How many times it was changed (SEQUENCE), so calendars take the newest. */
	sequence?: number;
}

/** A calendar: its name, the organiser's time zone (a display hint) and its events. */
export interface Calendar {
	name: string;
	timeZone?: string;
	events: readonly CalendarEvent[];
	/** When the file is made (DTSTAMP), epoch ms. */
	now: number;
}

/** `20260328T090000Z` */
function utc(ms: number): string {
	return new Date(ms)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (continuation lines start with a space), never inside a
 * UTF-8 character.
 */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		const limit = parts.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/** The calendar as an `.ics` file's text (CRLF line ends). */
export function toIcs(calendar: Calendar): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Groundwork//Programme calendar//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(calendar.name)}`,
		...(calendar.timeZone ? [`X-WR-TIMEZONE:${calendar.timeZone}`] : []),
	];
	for (const event of calendar.events) {
		if (!(event.end > event.start))
			throw new RangeError(`event ${event.uid} ends before it starts`);
		lines.push(
			'BEGIN:VEVENT',
			`UID:${escapeText(event.uid)}`,
			`DTSTAMP:${utc(calendar.now)}`,
			`DTSTART:${utc(event.start)}`,
			`DTEND:${utc(event.end)}`,
			`SEQUENCE:${event.sequence ?? 0}`,
			`SUMMARY:${escapeText(event.summary)}`,
			...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
			...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
			...(event.url ? [`URL:${event.url}`] : []),
			'END:VEVENT',
		);
	}
	lines.push('END:VCALENDAR');
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
