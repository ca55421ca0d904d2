import * as Y from 'yjs';
import { LINK, ROOT } from '../doc/schema.js';
import { cloneValue } from './clone.js';
import { CONTENT_ROOTS, rootMap } from './roots.js';

/**
 * Restoring from a version (SPEC.md [V4]) as ordinary edits of the live document, inside the
 * caller's transaction, so everyone sees them live and a later restore can take them back.
 */

/** Whether two entries hold the same content. */
function same(a: unknown, b: unknown): boolean {
	const plain = (value: unknown) =>
		JSON.stringify(value instanceof Y.AbstractType ? value.toJSON() : value);
	return plain(a) === plain(b);
}

/**
 * Makes `doc`'s content that of `version`: entries missing from the version are deleted, entries
 * that differ are replaced by copies, missing ones are added. Returns how many entries changed.
 */
export function restoreVersion(doc: Y.Doc, version: Y.Doc): number {
	let changed = 0;
	for (const name of CONTENT_ROOTS) {
		const live = rootMap(doc, name);
		const old = rootMap(version, name);
		for (const key of [...live.keys()]) {
			if (!old.has(key)) {
				live.delete(key);
				changed++;
			}
		}
		for (const [key, value] of old.entries()) {
			if (live.has(key) && same(live.get(key), value)) continue;
			live.set(key, cloneValue(value));
			changed++;
		}
	}
	return changed;
}

/** What a restore of single items brought back. */
export interface RestoredItems {
	cards: string[];
	gaps: string[];
	links: string[];
}

/**
 * Brings back cards and gaps that `version` has and `doc` no longer has, by id, with the links
 * between restored or still present items (a card's arrows, a gap's ties to its cards). Items
 * still present are left as they are.
 */
export function restoreItems(
	doc: Y.Doc,
	version: Y.Doc,
	ids: { cards?: readonly string[]; gaps?: readonly string[] },
): RestoredItems {
	const restored: RestoredItems = { cards: [], gaps: [], links: [] };
	for (const [root, list, out] of [
		[ROOT.cards, ids.cards ?? [], restored.cards],
		[ROOT.gaps, ids.gaps ?? [], restored.gaps],
	] as const) {
		const live = rootMap(doc, root);
		const old = rootMap(version, root);
		for (const id of list) {
			if (live.has(id) || !old.has(id)) continue;
			live.set(id, cloneValue(old.get(id)));
			out.push(id);
		}
	}
	const back = new Set([...restored.cards, ...restored.gaps]);
	if (back.size === 0) return restored;
	const exists = (id: unknown) =>
		typeof id === 'string' && (rootMap(doc, ROOT.cards).has(id) || rootMap(doc, ROOT.gaps).has(id));
	const liveLinks = rootMap(doc, ROOT.links);
	for (const [id, link] of rootMap(version, ROOT.links).entries()) {
		if (liveLinks.has(id) || !(link instanceof Y.Map)) continue;
		const from = link.get(LINK.from);
		const to = link.get(LINK.to);
		if (!back.has(String(from)) && !back.has(String(to))) continue;
		if (!exists(from) || !exists(to)) continue;
		liveLinks.set(id, cloneValue(link));
		restored.links.push(id);
	}
	return restored;
}
