import { CARD_SIZE, rectsOverlap, type Rect } from '@groundwork/protocol';

/**
 * Plain helpers of the canvas's selection and rendering. Sets and maps returned here are new
 * values, never mutated afterwards (the canvas replaces them, it does not change them).
 */

/** A card as far as placement goes. */
export interface Placed {
	id: string;
	x: number;
	y: number;
}

/** A card's rectangle on the canvas. */
export function rectOfCard(card: { x: number; y: number }): Rect {
	return { x: card.x, y: card.y, ...CARD_SIZE };
}

/** A selection of `ids` (duplicates once, in first-seen order). */
export function setOf(ids: Iterable<string> = []): ReadonlySet<string> {
	return new Set(ids);
}

/** `set` with `id` added, or removed when it was there. */
export function toggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
	const next = new Set(set);
	if (next.has(id)) next.delete(id);
	else next.add(id);
	return next;
}

/** `set` without the ids `keep` refuses; `set` itself when nothing goes. */
export function kept(set: ReadonlySet<string>, keep: (id: string) => boolean): ReadonlySet<string> {
	const ids = [...set];
	return ids.every(keep) ? set : new Set(ids.filter(keep));
}

/** The ids of the cards that overlap `box` (a selection box). */
export function cardsInBox(cards: readonly Placed[], box: Rect): string[] {
	return cards.filter((card) => rectsOverlap(box, rectOfCard(card))).map((card) => card.id);
}

/**
 * The cards to put in the page, grouped by `groupOf` (their cell): those overlapping `region`,
 * plus those in `always` (selected, focused) wherever they are, minus those `hidden` rejects.
 */
export function cardsToRender<C extends Placed>(
	cards: readonly C[],
	region: Rect,
	always: (id: string) => boolean,
	hidden: (card: C) => boolean,
	groupOf: (card: C) => string,
): ReadonlyMap<string, C[]> {
	const groups = new Map<string, C[]>();
	for (const card of cards) {
		if (!always(card.id) && !rectsOverlap(region, rectOfCard(card))) continue;
		if (hidden(card)) continue;
		const key = groupOf(card);
		const list = groups.get(key);
		if (list) list.push(card);
		else groups.set(key, [card]);
	}
	return groups;
}

/** For each card someone else has selected, the first person who did. */
export function selectionsOf<P extends { selection: readonly string[] }>(
	peers: readonly P[],
): ReadonlyMap<string, P> {
	const map = new Map<string, P>();
	for (const peer of peers) {
		for (const id of peer.selection) if (!map.has(id)) map.set(id, peer);
	}
	return map;
}

/** Items by id. */
export function indexById<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
	return new Map(items.map((item) => [item.id, item]));
}

/** How many of `cards` `hidden` rejects, per group (cell). */
export function countHidden<C>(
	cards: readonly C[],
	hidden: (card: C) => boolean,
	groupOf: (card: C) => string,
): ReadonlyMap<string, number> {
	const counts = new Map<string, number>();
	for (const card of cards) {
		if (!hidden(card)) continue;
		const key = groupOf(card);
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return counts;
}
