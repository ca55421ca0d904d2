import { toIcs, type ProgrammeRecord, type Seminar } from '@groundwork/protocol';

/** Where an event's description sends people: the public programme page. */
function description(seminar: Seminar, pageUrl: string): string {
	return [seminar.agenda, pageUrl].filter((part) => part !== '').join('\n\n');
}

/**
 * The programme's seminars as an iCalendar file (SPEC [G2]): one event per seminar at its
 * instants, with a uid stable across edits and its SEQUENCE, so a re-import updates the entry.
 */
export function programmeCalendar(
	record: ProgrammeRecord,
	seminars: readonly Seminar[],
	options: { pageUrl: string; host: string; now: number },
): string {
	return toIcs({
		name: record.title,
		...(seminars[0] ? { timeZone: seminars[0].timeZone } : {}),
		now: options.now,
		events: seminars.map((seminar) => ({
			uid: `${seminar.id}@${options.host}`,
			start: seminar.start,
			end: seminar.end,
			sequence: seminar.sequence,
			summary: `${seminar.title} · ${record.title}`,
			description: description(seminar, options.pageUrl),
			...(seminar.place ? { location: seminar.place } : {}),
			url: options.pageUrl,
		})),
	});
}
