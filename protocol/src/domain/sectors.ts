/**
 * The default sectors of the roadmap, in display order; `governance` is the cross-cutting row
 * (DOMAIN.md). Labels live in the client's catalog.
 */
export const SECTORS = [
	'buildings',
	'energy',
	'mobility',
	'waste',
	'industry',
	'nature',
	'governance',
] as const;

/** A sector id. */
export type SectorId = (typeof SECTORS)[number];

/** The sector that cuts across all others. */
export const CROSS_CUTTING_SECTOR: SectorId = 'governance';

/** True when `value` is a known sector id. */
export function isSectorId(value: unknown): value is SectorId {
	return typeof value === 'string' && (SECTORS as readonly string[]).includes(value);
}
