import { z } from 'zod';
import {
	GAP_CATEGORIES,
	MAX_LONG_FIELD_LENGTH,
	MAX_SHORT_FIELD_LENGTH,
	SEVERITIES,
} from './cardFields.js';
import { SECTORS } from './sectors.js';
import { STAGES } from './stages.js';

/**
 * The fields of a gap in the gap list (DOMAIN.md "Gap list", SPEC.md [D10]): their enumerations
 * and the zod schemas that validate one value before anyone writes it (the client's forms, the
 * server's import endpoint and the CSV importer use the same ones). Every field but the title
 * is optional; a gap may hold keys this code does not know, which readers keep.
 */

function guard<T extends string>(values: readonly T[]): (value: unknown) => value is T {
	return (value: unknown): value is T =>
		typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** How well the city meets what the gap is about. */
export const GAP_ASSESSMENTS = ['not_met', 'partially_met', 'met'] as const;
export type GapAssessment = (typeof GAP_ASSESSMENTS)[number];
export const isGapAssessment = guard(GAP_ASSESSMENTS);

/** Where work on a gap stands, in lifecycle order. */
export const GAP_STATUSES = [
	'identified',
	'analysing',
	'action_planned',
	'in_progress',
	'resolved',
	'parked',
] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];
export const isGapStatus = guard(GAP_STATUSES);

/** Who may see a gap beyond its own city. */
export const GAP_VISIBILITIES = ['city', 'cohort', 'public'] as const;
export type GapVisibility = (typeof GAP_VISIBILITIES)[number];
export const isGapVisibility = guard(GAP_VISIBILITIES);

/** Where a piece of evidence comes from. */
export const EVIDENCE_SOURCES = ['self_assessment', 'peer_review', 'inventory', 'survey'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** The longest gap title, in characters. */
export const MAX_GAP_TITLE_LENGTH = 200;

/** Most evidence entries and peer suggestions on one gap. */
export const MAX_GAP_LIST_ENTRIES = 50;

const shortText = z.string().max(MAX_SHORT_FIELD_LENGTH);
const longText = z.string().max(MAX_LONG_FIELD_LENGTH);

/** One piece of evidence for a gap. */
export const gapEvidenceSchema = z.strictObject({
	text: longText,
	url: z
		.url({ protocol: /^https?$/ })
		.max(2000)
		.optional(),
	source: z.enum(EVIDENCE_SOURCES),
});
export type GapEvidence = z.infer<typeof gapEvidenceSchema>;

/** A peer city's suggestion for a gap. */
export const peerSuggestionSchema = z.strictObject({
	city: z.string().trim().min(1).max(80),
	text: longText,
});
export type PeerSuggestion = z.infer<typeof peerSuggestionSchema>;

/**
 * The value schema of each gap field, by key of the gap's `Y.Map`. `title` and `description`
 * are `Y.Text`s (several people typing at once merge); their schemas validate the content.
 * `sector` is a sector id or `cross_cutting`. `evidence` and `peerSuggestions` are plain arrays
 * replaced whole. `dueDate` is an ISO date.
 */
export const GAP_FIELD_SCHEMAS = {
	title: z.string().trim().min(1).max(MAX_GAP_TITLE_LENGTH),
	description: longText,
	category: z.enum(GAP_CATEGORIES),
	sector: z.enum([...SECTORS, 'cross_cutting']),
	stage: z.enum(STAGES),
	severity: z.enum(SEVERITIES),
	assessment: z.enum(GAP_ASSESSMENTS),
	ownerCity: shortText,
	ownerDepartment: shortText,
	ownerPerson: shortText,
	status: z.enum(GAP_STATUSES),
	evidence: z.array(gapEvidenceSchema).max(MAX_GAP_LIST_ENTRIES),
	peerSuggestions: z.array(peerSuggestionSchema).max(MAX_GAP_LIST_ENTRIES),
	dueDate: z.iso.date(),
	visibility: z.enum(GAP_VISIBILITIES),
} as const satisfies Record<string, z.ZodType>;

/** A gap field key. */
export type GapFieldKey = keyof typeof GAP_FIELD_SCHEMAS;

/** Every gap field as a plain value (texts as strings). */
export type GapFieldValues = { [K in GapFieldKey]?: z.infer<(typeof GAP_FIELD_SCHEMAS)[K]> };

/** The gap field keys, in the order forms and CSV columns show them. */
export const GAP_FIELD_KEYS = Object.keys(GAP_FIELD_SCHEMAS) as GapFieldKey[];

/** Gap fields stored as a `Y.Text`. */
export const GAP_TEXT_FIELDS = ['title', 'description'] as const satisfies readonly GapFieldKey[];

/** True when `key` is a gap field. */
export function isGapFieldKey(key: unknown): key is GapFieldKey {
	return typeof key === 'string' && Object.hasOwn(GAP_FIELD_SCHEMAS, key);
}

/** The result of `parseGapField`. */
export type GapFieldResult =
	| { ok: true; value: unknown }
	| { ok: false; issue: { code: 'unknown_field' | 'invalid_value'; key: string; message: string } };

/**
 * Validates one gap field value before it is written (a form, an import row, a CSV cell).
 * Clearing an optional field is done by deleting its key. [D10]
 */
export function parseGapField(key: string, value: unknown): GapFieldResult {
	if (!isGapFieldKey(key)) {
		return {
			ok: false,
			issue: { code: 'unknown_field', key, message: `A gap has no field "${key}"` },
		};
	}
	const result = (GAP_FIELD_SCHEMAS[key] as z.ZodType).safeParse(value);
	if (result.success) return { ok: true, value: result.data };
	return {
		ok: false,
		issue: {
			code: 'invalid_value',
			key,
			message: result.error.issues[0]?.message ?? 'Invalid value',
		},
	};
}
