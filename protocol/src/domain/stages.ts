/** The three stages of the NetZero Roadmap, in order (DOMAIN.md). Labels live in the client's catalog. */
export const STAGES = ['planning', 'enabling', 'localisation'] as const;

/** A roadmap stage id. */
export type StageId = (typeof STAGES)[number];

/** True when `value` is a known stage id. */
export function isStageId(value: unknown): value is StageId {
	return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}
