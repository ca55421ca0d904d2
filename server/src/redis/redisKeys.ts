import { boardChannel } from '../pubsub/boardChannel.js';

/**
 * Every Redis key and channel Groundwork uses. Each board's names carry the hash tag
 * `{boardId}`, so on Redis Cluster all of a board lives on one slot. See ARCHITECTURE.md.
 */
export const redisKeys = {
	/** Stream of a board's stored updates; entry field `u` holds one Yjs update. */
	updates: (boardId: string) => `gw:{${boardId}}:updates`,
	/** Hash of a board's compacted snapshot: `data` (Yjs update) and `through` (last merged stream id). */
	snapshot: (boardId: string) => `gw:{${boardId}}:snapshot`,
	/** String: the board's catalog record as JSON. */
	board: (boardId: string) => `gw:{${boardId}}:board`,
	/** String: the board's facilitated session (state and secret ballots) as JSON. */
	session: (boardId: string) => `gw:{${boardId}}:session`,
	/** Hash of a board's versions: version id -> its listing as JSON. [V1] */
	versionInfo: (boardId: string) => `gw:{${boardId}}:versions`,
	/** Hash of a board's version snapshots: version id -> compressed Yjs update. [V1] */
	versionData: (boardId: string) => `gw:{${boardId}}:version-data`,
	/**
	 * Set of the ids of the cohorts a board is in (an index: an id whose membership is gone is
	 * stale, and readers skip it), under the board's own hash tag. [issue 8]
	 */
	boardCohorts: (boardId: string) => `gw:{${boardId}}:cohorts`,
	/**
	 * String: a cohort's record as JSON. A cohort's keys carry the hash tag `{c:cohortId}` (the
	 * `c:` keeps it apart from a board's), so on Redis Cluster all of a cohort lives on one slot.
	 */
	cohort: (cohortId: string) => `gw:{c:${cohortId}}:cohort`,
	/** Hash of a cohort's boards: board id -> its `CohortMember` as JSON. */
	cohortMembers: (cohortId: string) => `gw:{c:${cohortId}}:members`,
	/** Hash of a cohort's library: item id -> the item (without replications) as JSON. */
	cohortPractices: (cohortId: string) => `gw:{c:${cohortId}}:practices`,
	/** Hash of one item's copies: `<boardId>/<cardId>` -> the copy as JSON. */
	practiceReplications: (cohortId: string, practiceId: string) =>
		`gw:{c:${cohortId}}:replications:${practiceId}`,
	/**
	 * Set of `<cohortId>/<practiceId>` of every item that is, or was, approved and published:
	 * the deployment's public library reads it instead of every cohort. An entry is only a hint;
	 * readers check the item itself.
	 */
	publishedPractices: () => 'gw:published-practices',
	/**
	 * Set of every programme's id (an index: an id whose record is gone is stale, and readers
	 * skip it). [issue 11]
	 */
	programmeIds: () => 'gw:programmes',
	/**
	 * String: a programme's record as JSON. A programme's keys carry the hash tag
	 * `{p:programmeId}` (the `p:` keeps it apart from a board's and a cohort's), so on Redis
	 * Cluster all of a programme lives on one slot.
	 */
	programme: (programmeId: string) => `gw:{p:${programmeId}}:programme`,
	/** Hash of a programme's seminars: seminar id -> the `Seminar` as JSON. */
	programmeSeminars: (programmeId: string) => `gw:{p:${programmeId}}:seminars`,
	/** Hash of a programme's material files: file id -> its `MaterialFile` facts as JSON. */
	programmeFiles: (programmeId: string) => `gw:{p:${programmeId}}:files`,
	/** String: one material file's bytes. */
	programmeFileBytes: (programmeId: string, fileId: string) =>
		`gw:{p:${programmeId}}:file:${fileId}`,
	/** Hash of a programme's registrations: registration id -> the `Registration` as JSON. */
	programmeRegistrations: (programmeId: string) => `gw:{p:${programmeId}}:registrations`,
	/** Hash of a programme's attendance: `<seminarId>:<registrationId>` -> the entry as JSON. */
	programmeAttendance: (programmeId: string) => `gw:{p:${programmeId}}:attendance`,
	/** Hash of a programme's archived seminars: seminar id -> its `SeminarArchive` as JSON. */
	programmeArchives: (programmeId: string) => `gw:{p:${programmeId}}:archives`,
	/** Pub/sub channel of a board's live traffic between instances. */
	events: boardChannel,
} as const;

/** Compares two stream ids (`ms-seq`) numerically: negative, zero or positive. */
export function compareStreamIds(a: string, b: string): number {
	const [aMs = 0, aSeq = 0] = a.split('-').map(Number);
	const [bMs = 0, bSeq = 0] = b.split('-').map(Number);
	return aMs - bMs || aSeq - bSeq;
}

/** The smallest stream id greater than `id`. */
export function nextStreamId(id: string): string {
	const [ms = '0', seq = '0'] = id.split('-');
	return `${ms}-${Number(seq) + 1}`;
}
