import * as Y from 'yjs';
import {
	CARD,
	GAP,
	LINK,
	cardText,
	cardsMap,
	createGapMap,
	gapLinkId,
	gapsMap,
	gapCommentSchema,
	isGapFieldKey,
	isGapRelation,
	isSectorId,
	isStageId,
	linksMap,
	parseGapField,
	readGapComments,
	readGapFields,
	removeGaps,
	type GapComment,
	type GapFieldResult,
	type GapFieldValues,
	type GapRelation,
} from '@groundwork/protocol';
import { LOCAL_ORIGIN } from './origin.js';
import { newCardId } from './cards.js';

/** One gap read from the document: its valid plain fields and its live texts. [D10] */
export interface GapView {
	id: string;
	/** Valid field values; `title` and `description` as strings (for sorting and export). */
	values: GapFieldValues;
	title: Y.Text;
	description: Y.Text;
	city: string;
	createdBy: string;
	createdAt: number;
	order: number;
	comments: GapComment[];
	/** The votes it got in the last revealed vote, if any. [F4] */
	votes?: number;
}

/** Who is writing: their name and city. */
export interface Author {
	name: string;
	city: string;
}

function text(map: Y.Map<unknown>, key: string): Y.Text | undefined {
	const value = map.get(key);
	return value instanceof Y.Text ? value : undefined;
}

function str(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

function num(value: unknown): number {
	return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** Reads one gap; undefined when it is malformed (no title text). */
export function readGap(id: string, map: Y.Map<unknown>): GapView | undefined {
	const title = text(map, 'title');
	if (!title) return undefined;
	return {
		id,
		values: readGapFields(map),
		title,
		// An older or foreign writer may have left the description out: a detached one reads empty.
		description: text(map, 'description') ?? new Y.Text(),
		city: str(map.get(GAP.city)),
		createdBy: str(map.get(GAP.createdBy)),
		createdAt: num(map.get(GAP.createdAt)),
		order: num(map.get(GAP.order)),
		comments: readGapComments(map),
		...votesOf(map.get('votes')),
	};
}

function votesOf(votes: unknown): { votes?: number } {
	return typeof votes === 'number' && Number.isInteger(votes) && votes >= 0 ? { votes } : {};
}

/** The shared order: `order`, then creation time, then id, so every client lists the same. */
export function compareGaps(a: GapView, b: GapView): number {
	return a.order - b.order || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function nextOrder(doc: Y.Doc): number {
	let last = 0;
	for (const map of gapsMap(doc).values()) {
		if (map instanceof Y.Map) last = Math.max(last, num(map.get(GAP.order)));
	}
	return last + 1;
}

/**
 * Adds a gap with `values` (each checked with `parseGapField`; invalid ones are left out) and
 * returns its id. Its owner city is the author's unless `values` says otherwise.
 */
export function addGap(
	doc: Y.Doc,
	values: GapFieldValues,
	author: Author,
	now = Date.now(),
	id = newCardId(),
): string {
	const valid: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(values)) {
		if (value === undefined) continue;
		const parsed = parseGapField(key, value);
		if (parsed.ok) valid[key] = parsed.value;
	}
	if (valid['ownerCity'] === undefined && author.city) {
		const parsed = parseGapField('ownerCity', author.city);
		if (parsed.ok) valid['ownerCity'] = parsed.value;
	}
	doc.transact(() => {
		gapsMap(doc).set(
			id,
			createGapMap({
				id,
				values: valid as GapFieldValues,
				city: author.city,
				createdBy: author.name,
				createdAt: now,
				order: nextOrder(doc),
			}),
		);
	}, LOCAL_ORIGIN);
	return id;
}

/**
 * Sets one plain field of a gap after checking it with the shared schema; `undefined` clears it.
 * Texts are edited through their `Y.Text` bindings instead.
 */
export function setGapField(
	doc: Y.Doc,
	id: string,
	key: string,
	value: unknown,
	now = Date.now(),
): GapFieldResult {
	const map = gapsMap(doc).get(id);
	if (!(map instanceof Y.Map)) {
		return { ok: false, issue: { code: 'invalid_value', key, message: 'No such gap' } };
	}
	if (key === 'title' || key === 'description') {
		return { ok: false, issue: { code: 'invalid_value', key, message: 'Edit texts in place' } };
	}
	if (!isGapFieldKey(key)) {
		return {
			ok: false,
			issue: { code: 'unknown_field', key, message: `A gap has no field "${key}"` },
		};
	}
	const parsed = value === undefined ? ({ ok: true, value } as const) : parseGapField(key, value);
	if (!parsed.ok) return parsed;
	doc.transact(() => {
		if (parsed.value === undefined) map.delete(key);
		else map.set(key, parsed.value);
		map.set(GAP.updatedAt, now);
	}, LOCAL_ORIGIN);
	return parsed;
}

/** Deletes gaps and every link to them (one undo step). Returns how many were deleted. [D11] */
export function deleteGaps(doc: Y.Doc, ids: readonly string[]): number {
	let deleted = 0;
	doc.transact(() => {
		deleted = removeGaps(doc, ids);
	}, LOCAL_ORIGIN);
	return deleted;
}

/**
 * Ties a card to a gap with `relation` (one link per pair: an existing one changes relation).
 * Returns false when the card or the gap does not exist. [D11]
 */
export function linkCardToGap(
	doc: Y.Doc,
	cardId: string,
	gapId: string,
	relation: GapRelation,
	createdBy: string,
	now = Date.now(),
): boolean {
	if (!isGapRelation(relation)) return false;
	if (!(cardsMap(doc).get(cardId) instanceof Y.Map)) return false;
	if (!(gapsMap(doc).get(gapId) instanceof Y.Map)) return false;
	const id = gapLinkId(cardId, gapId);
	doc.transact(() => {
		const existing = linksMap(doc).get(id);
		if (existing instanceof Y.Map) {
			if (existing.get(LINK.relation) !== relation) existing.set(LINK.relation, relation);
			return;
		}
		const map = new Y.Map<unknown>();
		map.set(LINK.id, id);
		map.set(LINK.from, cardId);
		map.set(LINK.to, gapId);
		map.set(LINK.relation, relation);
		map.set(LINK.createdBy, createdBy);
		map.set(LINK.createdAt, now);
		linksMap(doc).set(id, map);
	}, LOCAL_ORIGIN);
	return true;
}

/** Removes the link between a card and a gap. Returns false when there was none. */
export function unlinkCardFromGap(doc: Y.Doc, cardId: string, gapId: string): boolean {
	const links = linksMap(doc);
	const id = gapLinkId(cardId, gapId);
	if (!links.has(id)) return false;
	doc.transact(() => links.delete(id), LOCAL_ORIGIN);
	return true;
}

/**
 * Turns a barrier card into a gap, in one step: the gap takes the card's text as its title
 * (first line, trimmed to fit) and the rest as its description, the card's category, severity,
 * stage, sector and city, and a `raises` link ties the two. Returns the gap's id, or null when
 * the card does not exist.
 */
export function promoteToGap(
	doc: Y.Doc,
	cardId: string,
	author: Author,
	now = Date.now(),
	id = newCardId(),
): string | null {
	const card = cardsMap(doc).get(cardId);
	if (!(card instanceof Y.Map)) return null;
	const content = (cardText(card)?.toString() ?? '').trim();
	const [first = '', ...rest] = content.split('\n');
	const cardCity = str(card.get(CARD.city));
	const values: GapFieldValues = {};
	const title = first.trim().slice(0, 200) || 'Barrier';
	values.title = title;
	const description = [first.trim().length > 200 ? first.trim() : '', ...rest].join('\n').trim();
	if (description) values.description = description;
	for (const key of ['category', 'severity'] as const) {
		const parsed = parseGapField(key, card.get(key));
		if (parsed.ok) Object.assign(values, { [key]: parsed.value });
	}
	const stage = card.get(CARD.stage);
	const sector = card.get(CARD.sector);
	if (isStageId(stage)) values.stage = stage;
	if (isSectorId(sector)) values.sector = sector;
	if (cardCity) values.ownerCity = cardCity;
	doc.transact(() => {
		addGap(doc, values, { name: author.name, city: author.city || cardCity }, now, id);
		linkCardToGap(doc, cardId, id, 'raises', author.name, now);
	}, LOCAL_ORIGIN);
	return id;
}

/**
 * Adds a comment to a gap's thread. Returns false when the gap is gone or the comment is not
 * valid (empty, too long).
 */
export function addComment(
	doc: Y.Doc,
	gapId: string,
	body: string,
	author: Author,
	now = Date.now(),
	id = newCardId(),
): boolean {
	const map = gapsMap(doc).get(gapId);
	const comment = gapCommentSchema.safeParse({
		id,
		text: body.trim(),
		author: author.name,
		city: author.city,
		at: now,
	});
	// A comment readers would drop (empty, too long) is refused rather than stored unseen.
	if (!(map instanceof Y.Map) || !comment.success) return false;
	doc.transact(() => {
		let comments = map.get(GAP.comments);
		if (!(comments instanceof Y.Array)) {
			comments = new Y.Array<unknown>();
			map.set(GAP.comments, comments);
		}
		(comments as Y.Array<unknown>).push([comment.data]);
	}, LOCAL_ORIGIN);
	return true;
}

/** Deletes one comment (by id) from a gap's thread. */
export function deleteComment(doc: Y.Doc, gapId: string, commentId: string): boolean {
	const map = gapsMap(doc).get(gapId);
	const comments = map instanceof Y.Map ? map.get(GAP.comments) : undefined;
	if (!(comments instanceof Y.Array)) return false;
	const index = comments
		.toArray()
		.findIndex(
			(entry: unknown) =>
				typeof entry === 'object' && entry !== null && (entry as { id?: unknown }).id === commentId,
		);
	if (index < 0) return false;
	doc.transact(() => comments.delete(index, 1), LOCAL_ORIGIN);
	return true;
}
