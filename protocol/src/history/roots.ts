import type * as Y from 'yjs';
import { ROOT } from '../doc/schema.js';

/**
 * The root maps that hold a board's content, in the order a backup or a restore goes through
 * them. Every root of the document is a `Y.Map` keyed by id (or by key, for `meta` and `layout`).
 */
export const CONTENT_ROOTS = [
	ROOT.meta,
	ROOT.layout,
	ROOT.frames,
	ROOT.cards,
	ROOT.gaps,
	ROOT.links,
] as const;

export type ContentRoot = (typeof CONTENT_ROOTS)[number];

/** The root map `name` of `doc`. */
export function rootMap(doc: Y.Doc, name: ContentRoot): Y.Map<unknown> {
	return doc.getMap<unknown>(name);
}
