import { z } from 'zod';
import { STAGES, type StageId } from '../domain/stages.js';
import { TEMPLATE_IDS, type TemplateId } from '../domain/templates.js';
import type { PopulationBand } from '../cohort/library.js';
import type { CityJourney } from './journey.js';
import { isTimeZone } from './zonedTime.js';

/**
 * A programme (issue 11): a series of seminars across the three stages, run by coordinators for
 * the cities that registered their interest and were accepted. Its cities and seminar boards are
 * one cohort (issue 8). These are the records the server keeps and the bodies its API takes.
 */

/** At most this many seminars in one programme. */
export const MAX_SEMINARS = 30;
/** At most this many links, and this many uploaded files, per seminar. */
export const MAX_MATERIAL_LINKS = 20;
export const MAX_MATERIAL_FILES = 20;
/** Longest seminar, in minutes (a two-day meeting). */
export const MAX_SEMINAR_MINUTES = 2 * 24 * 60;

/** How a seminar is held. */
export const SEMINAR_FORMATS = ['online', 'on_site'] as const;
export type SeminarFormat = (typeof SEMINAR_FORMATS)[number];

/** What a coordinator decided about a registration. */
export const REGISTRATION_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
const longText = (max: number) => z.string().trim().max(max);

/** A web link: http or https only (no `javascript:` or `data:`). */
export const webUrlSchema = z
	.string()
	.trim()
	.max(2000)
	.refine((value) => {
		try {
			const url = new URL(value);
			return url.protocol === 'https:' || url.protocol === 'http:';
		} catch {
			return false;
		}
	}, 'Expected an http or https address');

/** `2026-03-28`, a real calendar date. */
export const wallDateSchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
	.refine((value) => {
		const [year, month, day] = value.split('-').map(Number) as [number, number, number];
		const date = new Date(Date.UTC(year, month - 1, day));
		return (
			year >= 2000 && year <= 2100 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
		);
	}, 'Not a calendar date');

/** `09:30`, a 24-hour wall time. */
export const wallClockSchema = z
	.string()
	.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time as HH:MM');

/** An IANA time zone this runtime knows (`Europe/Zagreb`). */
export const timeZoneSchema = z.string().max(64).refine(isTimeZone, 'Not a known IANA time zone');

/** A language of the programme, as an ISO 639 code (`hr`). */
export const languageCodeSchema = z.string().regex(/^[a-z]{2,3}$/, 'Expected a language code');

/** What a coordinator writes about the programme. */
export const programmeDetailsSchema = z.strictObject({
	title: text(120),
	description: longText(4000),
	organiser: text(120),
	languages: z
		.array(languageCodeSchema)
		.min(1)
		.max(24)
		.refine((codes) => new Set(codes).size === codes.length, 'Each language once'),
	/** Whether the public page takes registrations. */
	registrationOpen: z.boolean(),
});
export type ProgrammeDetails = z.infer<typeof programmeDetailsSchema>;

/** A material link of a seminar. */
export const materialLinkSchema = z.strictObject({ title: text(120), url: webUrlSchema });
export type MaterialLink = z.infer<typeof materialLinkSchema>;

const seminarFields = {
	title: text(120),
	stage: z.enum(STAGES),
	date: wallDateSchema,
	time: wallClockSchema,
	durationMinutes: z.number().int().min(15).max(MAX_SEMINAR_MINUTES),
	timeZone: timeZoneSchema,
	format: z.enum(SEMINAR_FORMATS),
	/** The address on site; for an online seminar, how to join (optional). */
	place: longText(200),
	agenda: longText(4000),
	links: z.array(materialLinkSchema).max(MAX_MATERIAL_LINKS),
};

function placeGiven(seminar: { format: SeminarFormat; place: string }): boolean {
	return seminar.format === 'online' || seminar.place.length > 0;
}
const PLACE_REQUIRED = { message: 'An on-site seminar needs a place', path: ['place'] };

/** A seminar as a coordinator writes it; `template` is its main board's, chosen once. */
export const seminarRequestSchema = z
	.strictObject({ ...seminarFields, template: z.enum(TEMPLATE_IDS) })
	.refine(placeGiven, PLACE_REQUIRED);
export type SeminarRequest = z.infer<typeof seminarRequestSchema>;

/** A seminar's changes (its board and template stay). */
export const seminarUpdateSchema = z.strictObject(seminarFields).refine(placeGiven, PLACE_REQUIRED);
export type SeminarUpdate = z.infer<typeof seminarUpdateSchema>;

/** The body of `POST /api/programmes`. */
export const createProgrammeRequestSchema = z.strictObject({
	...programmeDetailsSchema.shape,
	seminars: z.array(seminarRequestSchema).max(MAX_SEMINARS),
});
export type CreateProgrammeRequest = z.infer<typeof createProgrammeRequestSchema>;

/** The body of a coordinator's decision on a registration. */
export const registrationDecisionSchema = z.strictObject({
	status: z.enum(['accepted', 'declined']),
});

/** The body of marking a city's attendance by hand. */
export const attendanceRequestSchema = z.strictObject({
	seminarId: z.string().min(1).max(64),
	registrationId: z.string().min(1).max(64),
	attended: z.boolean(),
});

/** A programme's record. */
export interface ProgrammeRecord extends ProgrammeDetails {
	id: string;
	/** The cohort of its seminar boards and accepted cities. */
	cohortId: string;
	/** Epoch ms. */
	createdAt: number;
	/** Coordinator links signed below this generation are refused (re-issue revokes). */
	coordinatorGeneration: number;
}

/** A seminar as stored. */
export interface Seminar extends SeminarUpdate {
	id: string;
	programmeId: string;
	template: TemplateId;
	/** Its main board, made from `template` when the seminar is. */
	boardId: string;
	/** Epoch ms of its start and end, from date, time and zone. */
	start: number;
	end: number;
	/** Changes since creation: a calendar's SEQUENCE. */
	sequence: number;
	createdAt: number;
}

/** An uploaded material file's facts (its bytes are stored apart). */
export interface MaterialFile {
	id: string;
	seminarId: string;
	name: string;
	/** A content type of `MATERIAL_TYPES`, else `application/octet-stream`. */
	type: string;
	size: number;
	uploadedAt: number;
}

/** Content types a material file is served as; anything else is served as bytes to download. */
export const MATERIAL_TYPES: readonly string[] = [
	'application/pdf',
	'image/png',
	'image/jpeg',
	'text/plain',
	'text/csv',
	'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	'application/vnd.oasis.opendocument.text',
	'application/vnd.oasis.opendocument.presentation',
	'application/vnd.oasis.opendocument.spreadsheet',
];

/** A seminar's board saved into the programme's history once the seminar ended. */
export interface SeminarArchive {
	seminarId: string;
	/** Epoch ms. */
	at: number;
	/** The version of the seminar's board; absent while it is being taken. */
	versionId?: string;
}

/** A city's registration of interest, with the coordinator's decision. Personal data. */
export interface Registration {
	id: string;
	programmeId: string;
	city: string;
	country: string;
	population: PopulationBand;
	contactName: string;
	email: string;
	role: string;
	hopes: string;
	/** Epoch ms. */
	createdAt: number;
	status: RegistrationStatus;
	decidedAt?: number;
	/** The city's roadmap board, made when it was first accepted. */
	boardId?: string;
	/** Invitation links signed below this generation are refused (re-issue revokes). */
	passGeneration: number;
	/** When the current invitation links expire (epoch ms); set on acceptance and re-issue. */
	passExpiresAt?: number;
}

/** A city attended a seminar: by opening its link during it, or marked by a coordinator. */
export interface Attendance {
	seminarId: string;
	registrationId: string;
	/** Epoch ms. */
	at: number;
}

/** A seminar as everyone sees it on the public page. */
export interface PublicSeminar extends Omit<Seminar, 'boardId' | 'programmeId' | 'createdAt'> {
	files: MaterialFile[];
}

/** `GET /api/programmes/:id/public`: the programme without its people or boards. */
export interface PublicProgramme extends ProgrammeDetails {
	id: string;
	seminars: PublicSeminar[];
}

/** One link a city receives. `target` is `city` (its own roadmap) or a seminar id. */
export interface InvitationLink {
	target: 'city' | string;
	/** The city's name, or the seminar's title. */
	label: string;
	url: string;
}

/** An accepted city's invitation links, and the programme's public page. */
export interface CityInvitation {
	registrationId: string;
	city: string;
	country: string;
	contactName: string;
	email: string;
	expiresAt: number;
	links: InvitationLink[];
	/** The programme's public page (its seminars, and the city's journey once it opened a link). */
	programmeUrl: string;
}

/** A seminar as its coordinators see it. */
export interface ManagedSeminar extends Seminar {
	files: MaterialFile[];
	archive?: SeminarArchive;
	/** Links to its board: facilitator (for coordinators) and participant. */
	facilitatorUrl: string;
}

/** `GET /api/programmes/:id`: everything of a programme, for its coordinators. */
export interface ManagedProgramme {
	programme: ProgrammeRecord;
	seminars: ManagedSeminar[];
	registrations: Registration[];
	attendance: Attendance[];
	/** The coordinator link (to share with a co-coordinator). */
	coordinatorUrl: string;
}

/** `POST /api/programmes` answers with the programme and its coordinator link. */
export interface CreatedProgramme {
	programme: ProgrammeRecord;
	coordinatorToken: string;
	coordinatorUrl: string;
	/** The public page, to share with cities. */
	publicUrl: string;
}

/** `POST /api/passes`: an invitation link opened, traded for a board link. */
export const passRequestSchema = z.strictObject({ pass: z.string().min(1).max(1024) });

export interface PassResult {
	programmeId: string;
	/** The programme's title, to name it where the city finds it again. */
	programmeTitle: string;
	boardId: string;
	role: 'facilitator' | 'participant';
	token: string;
	/** The board link to open. */
	url: string;
	/** What it opens: the city's roadmap, or a seminar. */
	target: 'city' | string;
	city: string;
}

/** One city's row of the journey view, with links to its boards. */
export interface JourneyRow {
	registrationId: string;
	city: string;
	country: string;
	boardId?: string;
	/** A read-only link to the city's board (coordinators), or the city's own link. */
	boardUrl?: string;
	/** Per seminar id: attended. */
	attended: Record<string, boolean>;
	/** The board's cards and when it last changed (epoch ms; absent when never edited). */
	activity: { cards: number; lastChange?: number };
	journey: CityJourney;
}

/** `GET /api/programmes/:id/journey`: every city (coordinators) or the caller's own city. */
export interface JourneyView {
	seminars: { id: string; title: string; stage: StageId; start: number; end: number }[];
	cities: JourneyRow[];
	totals: Pick<CityJourney, 'actions' | 'gaps'>;
	/** How many cities the totals count. */
	cityCount: number;
}
