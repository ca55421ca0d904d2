import type * as Y from 'yjs';
import { LINK, isGapRelation, linksMap, type GapRelation } from '@groundwork/protocol';
import { EntryViews } from './entryViews.js';

/** A card tied to a gap, read from the `links` root map. [D11] */
export interface GapLinkView {
	id: string;
	card: string;
	gap: string;
	relation: GapRelation;
}

function nonEmpty(value: unknown): value is string {
	return typeof value === 'string' && value.length > 0;
}

/** Reads one card-to-gap link; undefined for card-to-card links and malformed entries. */
export function readGapLink(id: string, map: Y.Map<unknown>): GapLinkView | undefined {
	const card = map.get(LINK.from);
	const gap = map.get(LINK.to);
	const relation = map.get(LINK.relation);
	if (!nonEmpty(card) || !nonEmpty(gap) || !isGapRelation(relation)) return undefined;
	return { id, card, gap, relation };
}

/** The board's card-to-gap links, kept up to date from the `links` map's events. */
export class GapLinkViews extends EntryViews<GapLinkView> {
	constructor(doc: Y.Doc) {
		super(linksMap(doc), readGapLink, (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	}
}

/**
 * Where a gap stands with the actions that address it [D11]: `uncovered` (no action addresses
 * it), `completed` (every one is completed: the gap may be resolved), else `open`.
 */
export type GapCoverage = 'uncovered' | 'open' | 'completed';

/**
 * The coverage of every gap in `gapIds`, from the links and each card's kind and status. Links
 * to cards that no longer exist (or are no longer actions) do not count.
 */
export function gapCoverage(
	gapIds: Iterable<string>,
	links: readonly GapLinkView[],
	cards: readonly { id: string; kind: string; fields: { status?: unknown } }[],
): Map<string, GapCoverage> {
	const byId = new Map(cards.map((card) => [card.id, card]));
	const statuses = new Map<string, unknown[]>();
	for (const link of links) {
		if (link.relation !== 'addresses') continue;
		const action = byId.get(link.card);
		if (action?.kind !== 'action') continue;
		const list = statuses.get(link.gap) ?? [];
		list.push(action.fields.status);
		statuses.set(link.gap, list);
	}
	const coverage = new Map<string, GapCoverage>();
	for (const id of gapIds) {
		const list = statuses.get(id);
		if (!list || list.length === 0) coverage.set(id, 'uncovered');
		else coverage.set(id, list.every((status) => status === 'completed') ? 'completed' : 'open');
	}
	return coverage;
}
