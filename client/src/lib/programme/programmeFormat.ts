import { STAGES, type StageId } from '@groundwork/protocol';

/**
 * How a programme's facts read on its pages (issue 11), in a given locale: a seminar's date and
 * time in its own zone (and the viewer's when that reads differently), durations, file sizes,
 * languages, how long ago a board changed, and the seminars grouped by stage.
 */

/** A seminar's moments as the page needs them. */
export interface SeminarMoments {
	start: number;
	end: number;
	/** Its IANA zone (`Europe/Zagreb`). */
	timeZone: string;
}

/** A seminar's date and time in its zone, and in the viewer's when that reads differently. */
export interface SeminarTimes {
	/** "Saturday 28 March 2026, 10:00 – 12:00". */
	when: string;
	zone: string;
	/** The same in the viewer's zone, when it reads differently. */
	local?: string;
	localZone: string;
}

function range(seminar: SeminarMoments, locale: string, timeZone: string): string {
	const format = new Intl.DateTimeFormat(locale, {
		dateStyle: 'full',
		timeStyle: 'short',
		timeZone,
	});
	return seminar.end > seminar.start
		? format.formatRange(seminar.start, seminar.end)
		: format.format(seminar.start);
}

/** The seminar's times, in its own zone and, when different, in `viewerZone`. */
export function seminarTimes(
	seminar: SeminarMoments,
	locale: string,
	viewerZone: string,
): SeminarTimes {
	const when = range(seminar, locale, seminar.timeZone);
	let local: string | undefined;
	try {
		local = range(seminar, locale, viewerZone);
	} catch {
		local = undefined;
	}
	return {
		when,
		zone: zoneName(seminar.timeZone),
		...(local !== undefined && local !== when ? { local } : {}),
		localZone: zoneName(viewerZone),
	};
}

/** An IANA zone as people read it: "America/New York". */
export function zoneName(zone: string): string {
	return zone.replaceAll('_', ' ');
}

/** The zone this browser is in. */
export function viewerTimeZone(): string {
	return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "1 hour, 30 minutes", "45 minutes", "2 days". */
export function formatDuration(minutes: number, locale: string): string {
	const unit = (value: number, name: 'day' | 'hour' | 'minute') =>
		new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
	const days = Math.floor(minutes / 1440);
	const hours = Math.floor((minutes % 1440) / 60);
	const rest = minutes % 60;
	const parts = [
		...(days > 0 ? [unit(days, 'day')] : []),
		...(hours > 0 ? [unit(hours, 'hour')] : []),
		...(rest > 0 || minutes === 0 ? [unit(rest, 'minute')] : []),
	];
	return new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(parts);
}

/** "830 bytes", "12 kB", "3.4 MB". */
export function formatFileSize(bytes: number, locale: string): string {
	const format = (value: number, unit: 'byte' | 'kilobyte' | 'megabyte', digits: number) =>
		new Intl.NumberFormat(locale, {
			style: 'unit',
			unit,
			unitDisplay: unit === 'byte' ? 'long' : 'short',
			maximumFractionDigits: digits,
		}).format(value);
	if (bytes < 1000) return format(bytes, 'byte', 0);
	if (bytes < 1_000_000) return format(bytes / 1000, 'kilobyte', 0);
	return format(bytes / 1_000_000, 'megabyte', 1);
}

/** The languages' names in `locale`, as a list: "Croatian and English". */
export function languageList(codes: readonly string[], locale: string): string {
	const names = codes.map((code) => {
		try {
			return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
		} catch {
			return code;
		}
	});
	return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}

/**
 * How long ago `then` was, from `now`: "5 minutes ago", "yesterday"; a date past a month
 * ("3 March 2026").
 */
export function timeAgo(then: number, now: number, locale: string): string {
	const seconds = Math.round((then - now) / 1000);
	const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
	const abs = Math.abs(seconds);
	if (abs < 60) return format.format(0, 'second');
	if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
	if (abs < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
	if (abs < 30 * 86_400) return format.format(Math.round(seconds / 86_400), 'day');
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(then);
}

/** Where a seminar stands at `now`. */
export type SeminarPhase = 'upcoming' | 'ongoing' | 'held';

export function seminarPhase(seminar: { start: number; end: number }, now: number): SeminarPhase {
	if (now >= seminar.end) return 'held';
	return now >= seminar.start ? 'ongoing' : 'upcoming';
}

/** The seminars of each stage, in stage order, each stage's by start; empty stages left out. */
export function seminarsByStage<T extends { stage: StageId; start: number }>(
	seminars: readonly T[],
): { stage: StageId; seminars: T[] }[] {
	return STAGES.map((stage) => ({
		stage,
		seminars: seminars
			.filter((seminar) => seminar.stage === stage)
			.sort((a, b) => a.start - b.start),
	})).filter((group) => group.seminars.length > 0);
}

/** A web address to link to (http or https only), or undefined for any other text. */
export function webLink(value: string): string | undefined {
	try {
		const url = new URL(value.trim());
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}
