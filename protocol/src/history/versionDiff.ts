import * as Y from 'yjs';
import { CARD, ROOT } from '../doc/schema.js';
import { rootMap } from './roots.js';

/**
 * What changed between two states of a board (SPEC.md [V3]): cards, gaps, frames and links
 * added, removed or edited, by id, and a summary with counts per city. Used for the history's
 * timeline (each version against the one before), for "what differs from now" when looking at a
 * version, and to find what a restore of single items can bring back.
 */

/** Ids of the items of one kind that were added, removed or edited. */
export interface ItemChanges {
	added: string[];
	removed: string[];
	edited: string[];
}

/** Every change between two states, by kind of item. */
export interface DocDiff {
	cards: ItemChanges;
	gaps: ItemChanges;
	frames: ItemChanges;
	links: ItemChanges;
}

/** How many items were added, removed or edited. */
export interface ChangeCounts {
	added: number;
	removed: number;
	edited: number;
}

/** A diff in numbers: per kind of item, and the cards per city (the city on the card). */
export interface ChangeSummary {
	cards: ChangeCounts;
	gaps: ChangeCounts;
	frames: ChangeCounts;
	links: ChangeCounts;
	/** Cards added, removed and edited per city ("" for cards without one). */
	cardsByCity: Record<string, ChangeCounts>;
}

function entriesAsJson(map: Y.Map<unknown>): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, value] of map.entries()) {
		out.set(key, JSON.stringify(value instanceof Y.AbstractType ? value.toJSON() : value));
	}
	return out;
}

function compare(before: Y.Map<unknown>, after: Y.Map<unknown>): ItemChanges {
	const old = entriesAsJson(before);
	const now = entriesAsJson(after);
	const changes: ItemChanges = { added: [], removed: [], edited: [] };
	for (const [id, json] of now) {
		const previous = old.get(id);
		if (previous === undefined) changes.added.push(id);
		else if (previous !== json) changes.edited.push(id);
	}
	for (const id of old.keys()) if (!now.has(id)) changes.removed.push(id);
	for (const list of Object.values(changes)) list.sort();
	return changes;
}

/** Everything that changed from `before` to `after`. */
export function diffDocs(before: Y.Doc, after: Y.Doc): DocDiff {
	return {
		cards: compare(rootMap(before, ROOT.cards), rootMap(after, ROOT.cards)),
		gaps: compare(rootMap(before, ROOT.gaps), rootMap(after, ROOT.gaps)),
		frames: compare(rootMap(before, ROOT.frames), rootMap(after, ROOT.frames)),
		links: compare(rootMap(before, ROOT.links), rootMap(after, ROOT.links)),
	};
}

function counts(changes: ItemChanges): ChangeCounts {
	return {
		added: changes.added.length,
		removed: changes.removed.length,
		edited: changes.edited.length,
	};
}

function cityOf(doc: Y.Doc, id: string): string | undefined {
	const card = rootMap(doc, ROOT.cards).get(id);
	const city = card instanceof Y.Map ? card.get(CARD.city) : undefined;
	return typeof city === 'string' ? city : undefined;
}

/** The diff's counts, with the cards per city (as the card says now, or said before removal). */
export function summarizeDiff(diff: DocDiff, before: Y.Doc, after: Y.Doc): ChangeSummary {
	const cardsByCity: Record<string, ChangeCounts> = {};
	const count = (id: string, kind: keyof ChangeCounts) => {
		const city = cityOf(after, id) ?? cityOf(before, id) ?? '';
		(cardsByCity[city] ??= { added: 0, removed: 0, edited: 0 })[kind]++;
	};
	for (const id of diff.cards.added) count(id, 'added');
	for (const id of diff.cards.removed) count(id, 'removed');
	for (const id of diff.cards.edited) count(id, 'edited');
	return {
		cards: counts(diff.cards),
		gaps: counts(diff.gaps),
		frames: counts(diff.frames),
		links: counts(diff.links),
		cardsByCity,
	};
}

/** True when a summary counts no change at all. */
export function isEmptySummary(summary: ChangeSummary): boolean {
	return [summary.cards, summary.gaps, summary.frames, summary.links].every(
		(c) => c.added + c.removed + c.edited === 0,
	);
}
