import * as Y from 'yjs';
import { LINK, cardsMap, isCardRelation, linksMap, type CardRelation } from '@groundwork/protocol';
import { LOCAL_ORIGIN } from './origin.js';

/** One link (a connector between two cards) read from the document. [D6] */
export interface LinkView {
	id: string;
	/** The card the arrow starts at. */
	from: string;
	/** The card the arrow points to. */
	to: string;
	relation: CardRelation;
	createdBy: string;
	createdAt: number;
}

/** What the author decides when linking two cards. */
export interface NewLink {
	from: string;
	to: string;
	relation: CardRelation;
	createdBy: string;
}

/**
 * The id of the link between two cards, whichever way it points. Two people linking the same
 * cards at once write the same key, so the document converges on one link between them.
 */
export function linkIdFor(a: string, b: string): string {
	return a < b ? `${a}~${b}` : `${b}~${a}`;
}

function nonEmpty(value: unknown): value is string {
	return typeof value === 'string' && value.length > 0;
}

/** Reads one link; undefined when it is malformed (no cards, a self link, unknown relation). */
export function readLink(id: string, map: Y.Map<unknown>): LinkView | undefined {
	const from = map.get(LINK.from);
	const to = map.get(LINK.to);
	const relation = map.get(LINK.relation);
	if (!nonEmpty(from) || !nonEmpty(to) || from === to || !isCardRelation(relation)) {
		return undefined;
	}
	const createdBy = map.get(LINK.createdBy);
	const createdAt = map.get(LINK.createdAt);
	return {
		id,
		from,
		to,
		relation,
		createdBy: typeof createdBy === 'string' ? createdBy : '',
		createdAt: typeof createdAt === 'number' && Number.isFinite(createdAt) ? createdAt : 0,
	};
}

/** Every well-formed link of the board, in no particular order. */
export function allLinks(doc: Y.Doc): LinkView[] {
	const links: LinkView[] = [];
	for (const [id, map] of linksMap(doc)) {
		const view = map instanceof Y.Map ? readLink(id, map) : undefined;
		if (view) links.push(view);
	}
	return links;
}

/** Sorts links by creation time, then by id, so every client draws them in the same order. */
export function compareLinks(a: LinkView, b: LinkView): number {
	return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The id of the link between cards `a` and `b` in either direction, if there is one. */
export function findLink(doc: Y.Doc, a: string, b: string): string | undefined {
	for (const [id, map] of linksMap(doc)) {
		const link = map instanceof Y.Map ? readLink(id, map) : undefined;
		if (link && ((link.from === a && link.to === b) || (link.from === b && link.to === a))) {
			return id;
		}
	}
	return undefined;
}

/**
 * Links two cards and returns the link's id, or null when refused: a card linked to itself, a
 * card that does not exist, or two cards already linked (in either direction). [D6]
 */
export function addLink(
	doc: Y.Doc,
	link: NewLink,
	now = Date.now(),
	id = linkIdFor(link.from, link.to),
): string | null {
	const { from, to, relation, createdBy } = link;
	const cards = cardsMap(doc);
	if (from === to || !isCardRelation(relation) || linksMap(doc).has(id)) return null;
	if (!(cards.get(from) instanceof Y.Map) || !(cards.get(to) instanceof Y.Map)) return null;
	if (findLink(doc, from, to) !== undefined) return null;
	doc.transact(() => {
		const map = new Y.Map<unknown>();
		map.set(LINK.id, id);
		map.set(LINK.from, from);
		map.set(LINK.to, to);
		map.set(LINK.relation, relation);
		map.set(LINK.createdBy, createdBy);
		map.set(LINK.createdAt, now);
		linksMap(doc).set(id, map);
	}, LOCAL_ORIGIN);
	return id;
}

function linkMap(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
	const map = linksMap(doc).get(id);
	return map instanceof Y.Map ? map : undefined;
}

/** Changes a link's relation. Returns false when the link does not exist. */
export function setRelation(doc: Y.Doc, id: string, relation: CardRelation): boolean {
	const map = linkMap(doc, id);
	if (!map || !isCardRelation(relation)) return false;
	if (map.get(LINK.relation) === relation) return true;
	doc.transact(() => map.set(LINK.relation, relation), LOCAL_ORIGIN);
	return true;
}

/** Makes a link point the other way. Returns false when the link does not exist. */
export function reverseLink(doc: Y.Doc, id: string): boolean {
	const map = linkMap(doc, id);
	const link = map ? readLink(id, map) : undefined;
	if (!map || !link) return false;
	doc.transact(() => {
		map.set(LINK.from, link.to);
		map.set(LINK.to, link.from);
	}, LOCAL_ORIGIN);
	return true;
}

/** Deletes a link. Returns false when it did not exist. */
export function deleteLink(doc: Y.Doc, id: string): boolean {
	const links = linksMap(doc);
	if (!links.has(id)) return false;
	doc.transact(() => links.delete(id), LOCAL_ORIGIN);
	return true;
}

/** The links that start or end at a card. */
export function linksOf(links: readonly LinkView[], cardId: string): LinkView[] {
	return links.filter((link) => link.from === cardId || link.to === cardId);
}
