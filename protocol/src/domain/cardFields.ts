import { z } from 'zod';
import type { CardKind } from './cardKinds.js';

/**
 * Per-kind card fields (DOMAIN.md, SPEC.md [D5]): their enumerations, keys, value types and the
 * zod schemas that validate one value before a client writes it into the card's `Y.Map`.
 * Every field is optional ("numbers stay optional everywhere"); a card may also hold keys this
 * code does not know, which readers keep untouched.
 */

function guard<T extends string>(values: readonly T[]): (value: unknown) => value is T {
	return (value: unknown): value is T =>
		typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** The status of an action card, in lifecycle order. */
export const ACTION_STATUSES = [
	'idea',
	'planned',
	'in_progress',
	'completed',
	'postponed',
	'cancelled',
] as const;
/** An action's status. */
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** True when `value` is a known action status. */
export const isActionStatus = guard(ACTION_STATUSES);

/** How much control the city has over an action (its sphere of influence). */
export const SPHERES_OF_INFLUENCE = [
	'direct',
	'procurement',
	'place_shaping',
	'partnership',
] as const;
/** A sphere of influence. */
export type SphereOfInfluence = (typeof SPHERES_OF_INFLUENCE)[number];
/** True when `value` is a known sphere of influence. */
export const isSphereOfInfluence = guard(SPHERES_OF_INFLUENCE);

/** Where an action's money comes from. */
export const FUNDING_SOURCES = ['municipal', 'national', 'EU', 'private', 'community'] as const;
/** A funding source. */
export type FundingSource = (typeof FUNDING_SOURCES)[number];
/** True when `value` is a known funding source. */
export const isFundingSource = guard(FUNDING_SOURCES);

/** How far a funding source has got. */
export const FUNDING_STATUSES = ['identified', 'applied', 'secured'] as const;
/** A funding status. */
export type FundingStatus = (typeof FUNDING_STATUSES)[number];
/** True when `value` is a known funding status. */
export const isFundingStatus = guard(FUNDING_STATUSES);

/** The kinds of milestone on a roadmap. */
export const MILESTONE_KINDS = [
	'decision',
	'inventory',
	'plan_submitted',
	'funding_secured',
	'procurement',
	'delivered',
	'monitoring_report',
] as const;
/** A milestone kind. */
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
/** True when `value` is a known milestone kind. */
export const isMilestoneKind = guard(MILESTONE_KINDS);

/** The gap categories (shared by barrier cards and the gap list). */
export const GAP_CATEGORIES = [
	'governance_leadership',
	'finance_funding',
	'data_monitoring',
	'skills_capacity',
	'legal_powers',
	'technical_infrastructure',
	'engagement_participation',
	'market_supply_chain',
	'multilevel_coordination',
] as const;
/** A gap category. */
export type GapCategory = (typeof GAP_CATEGORIES)[number];
/** True when `value` is a known gap category. */
export const isGapCategory = guard(GAP_CATEGORIES);

/** Severities, most severe first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
/** A severity. */
export type Severity = (typeof SEVERITIES)[number];
/** True when `value` is a known severity. */
export const isSeverity = guard(SEVERITIES);

/** The levers a card can be tagged with (every kind). */
export const LEVERS = [
	'technology_infrastructure',
	'governance_policy',
	'finance',
	'social_innovation',
	'participation',
	'skills_learning',
	'data_digital',
] as const;
/** A lever id. */
export type Lever = (typeof LEVERS)[number];
/** True when `value` is a known lever id. */
export const isLever = guard(LEVERS);

/**
 * How far a city that copied a library practice got with it, in order (issue 8). Kept on the
 * copied action card (`replication`), so the library reads it live from the city's board.
 */
export const REPLICATION_STATUSES = ['considering', 'adapting', 'implemented', 'dropped'] as const;
/** A replication status. */
export type ReplicationStatus = (typeof REPLICATION_STATUSES)[number];
/** True when `value` is a replication status. */
export const isReplicationStatus = guard(REPLICATION_STATUSES);

/** `<cohort id>/<practice id>`: the library item an action card was copied from. */
export const INSPIRED_BY_PATTERN = /^[A-Za-z0-9_-]{1,64}\/[A-Za-z0-9_-]{1,64}$/;

/** The lowest and highest priority score (impact, feasibility). */
export const PRIORITY_RANGE = { min: 1, max: 5 } as const;

/** Longest short text field (owner, target), in characters. */
export const MAX_SHORT_FIELD_LENGTH = 200;

/** Longest long text field (what worked, evidence), in characters. */
export const MAX_LONG_FIELD_LENGTH = 10_000;

/** Most funding entries on one action. */
export const MAX_FUNDING_ENTRIES = 20;

const shortText = z.string().max(MAX_SHORT_FIELD_LENGTH);
const longText = z.string().max(MAX_LONG_FIELD_LENGTH);
const amount = z.number().min(0);
const isoDate = z.iso.date();
const priority = z.int().min(PRIORITY_RANGE.min).max(PRIORITY_RANGE.max);

/** One funding entry of an action: a plain, JSON-able object. */
export const fundingEntrySchema = z.strictObject({
	source: z.enum(FUNDING_SOURCES),
	status: z.enum(FUNDING_STATUSES),
});
/** One funding entry of an action. */
export type FundingEntry = z.infer<typeof fundingEntrySchema>;

/**
 * The value schema of every per-kind field, by kind. Keys are the keys of the card's `Y.Map`.
 * `levers` is on every kind. Dates are ISO `YYYY-MM-DD` strings; a milestone's `date` may also
 * be a year `YYYY`. `funding` and `levers` are stored as plain arrays, replaced whole on every
 * change (last writer wins on the list: lists are short and edited by one person at a time).
 * `whatWorked` and `evidence` are stored as `Y.Text` (people typing at once merge); their schema
 * validates the text content.
 */
export const CARD_FIELD_SCHEMAS = {
	action: {
		status: z.enum(ACTION_STATUSES),
		ownerOrganisation: shortText,
		ownerPerson: shortText,
		sphere: z.enum(SPHERES_OF_INFLUENCE),
		startDate: isoDate,
		endDate: isoDate,
		costEur: amount,
		funding: z.array(fundingEntrySchema).max(MAX_FUNDING_ENTRIES),
		impactTco2ePerYear: amount,
		impactMwhPerYear: amount,
		priorityImpact: priority,
		priorityFeasibility: priority,
		levers: z.array(z.enum(LEVERS)).max(LEVERS.length),
		/** Set by the server when the action is a copy of a library practice (issue 8). */
		inspiredBy: z.string().regex(INSPIRED_BY_PATTERN),
		replication: z.enum(REPLICATION_STATUSES),
	},
	milestone: {
		date: z.union([isoDate, z.string().regex(/^\d{4}$/, 'Expected a year YYYY')]),
		milestoneKind: z.enum(MILESTONE_KINDS),
		target: shortText,
		achieved: z.boolean(),
		levers: z.array(z.enum(LEVERS)).max(LEVERS.length),
	},
	success: {
		whatWorked: longText,
		evidence: longText,
		promotable: z.boolean(),
		levers: z.array(z.enum(LEVERS)).max(LEVERS.length),
	},
	barrier: {
		category: z.enum(GAP_CATEGORIES),
		severity: z.enum(SEVERITIES),
		levers: z.array(z.enum(LEVERS)).max(LEVERS.length),
	},
	note: {
		levers: z.array(z.enum(LEVERS)).max(LEVERS.length),
	},
} as const satisfies Record<CardKind, Record<string, z.ZodType>>;

/** The per-kind field keys of one card kind. */
export type CardFieldKey<K extends CardKind = CardKind> = K extends CardKind
	? keyof (typeof CARD_FIELD_SCHEMAS)[K] & string
	: never;

/** The plain value of each field of a kind (text fields as their string content). */
export type CardFieldValues<K extends CardKind> = {
	[F in keyof (typeof CARD_FIELD_SCHEMAS)[K]]?: z.infer<(typeof CARD_FIELD_SCHEMAS)[K][F]>;
};

/** Every per-kind field of every kind, as plain values (text fields as strings). */
export type AnyCardFieldValues = CardFieldValues<'action'> &
	CardFieldValues<'milestone'> &
	CardFieldValues<'success'> &
	CardFieldValues<'barrier'> &
	CardFieldValues<'note'>;

/** Any per-kind field key, of any kind. */
export type AnyCardFieldKey = keyof AnyCardFieldValues;

/** The per-kind field keys of each kind, in the order forms show them. [D5] */
export const CARD_FIELD_KEYS = Object.fromEntries(
	Object.entries(CARD_FIELD_SCHEMAS).map(([kind, fields]) => [kind, Object.keys(fields)]),
) as unknown as { readonly [K in CardKind]: readonly CardFieldKey<K>[] };

/** Fields stored as a `Y.Text` (long texts several people may type into at once). [D5] */
export const CARD_TEXT_FIELDS = ['whatWorked', 'evidence'] as const;
/** A field stored as a `Y.Text`. */
export type CardTextField = (typeof CARD_TEXT_FIELDS)[number];
/** True when `key` is stored as a `Y.Text` rather than a plain value. */
export const isCardTextField = guard(CARD_TEXT_FIELDS);

/** Every per-kind field key of any kind, without duplicates. */
export const ALL_CARD_FIELD_KEYS: readonly AnyCardFieldKey[] = [
	...new Set(Object.values(CARD_FIELD_KEYS).flat()),
] as AnyCardFieldKey[];

/** True when `key` is a per-kind field of cards of `kind`. */
export function isCardFieldKey<K extends CardKind>(kind: K, key: unknown): key is CardFieldKey<K> {
	return typeof key === 'string' && Object.hasOwn(CARD_FIELD_SCHEMAS[kind], key);
}

/** Why a field value was refused. */
export interface CardFieldIssue {
	/** `unknown_field`: the kind has no such field; `invalid_value`: the value breaks its schema. */
	code: 'unknown_field' | 'invalid_value';
	/** The field key. */
	key: string;
	/** A sentence for a developer (user-facing messages come from the client's catalog). */
	message: string;
}

/** The result of `parseCardField`. */
export type CardFieldResult = { ok: true; value: unknown } | { ok: false; issue: CardFieldIssue };

/**
 * Validates one per-kind field value before it is written into a card of `kind`: the field must
 * belong to the kind and the value must match its schema. Clearing a field is done by deleting
 * its key, not by writing a value. [D5]
 */
export function parseCardField(kind: CardKind, key: string, value: unknown): CardFieldResult {
	if (!isCardFieldKey(kind, key)) {
		return {
			ok: false,
			issue: { code: 'unknown_field', key, message: `A ${kind} card has no field "${key}"` },
		};
	}
	const schema = (CARD_FIELD_SCHEMAS[kind] as Record<string, z.ZodType>)[key];
	const result = schema?.safeParse(value);
	if (result?.success) return { ok: true, value: result.data };
	return {
		ok: false,
		issue: {
			code: 'invalid_value',
			key,
			message: result?.error.issues[0]?.message ?? 'Invalid value',
		},
	};
}
