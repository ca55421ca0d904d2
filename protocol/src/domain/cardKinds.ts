/** The kinds of card on a roadmap (DOMAIN.md). */
export const CARD_KINDS = ['action', 'milestone', 'success', 'barrier', 'note'] as const;

/** A card kind. */
export type CardKind = (typeof CARD_KINDS)[number];

/** True when `value` is a known card kind. */
export function isCardKind(value: unknown): value is CardKind {
	return typeof value === 'string' && (CARD_KINDS as readonly string[]).includes(value);
}
