import * as Y from 'yjs';
import { z } from 'zod';
import {
	GAP_FIELD_KEYS,
	GAP_TEXT_FIELDS,
	parseGapField,
	type GapFieldKey,
	type GapFieldValues,
} from '../domain/gapFields.js';
import { gapsMap, linksMap, LINK } from './schema.js';

/**
 * How gaps live in the board document (SPEC.md [D10], [D11]): one `Y.Map` per gap in the `gaps`
 * root map, its comments in a `Y.Array`, and its ties to cards as entries of the `links` root map
 * whose `to` is the gap's id. Shared by the client, the server's import endpoint and the CSV
 * importer, so every writer builds the same structure.
 */

/** Keys of one gap's `Y.Map` besides its fields (`GAP_FIELD_KEYS`). [D10] */
export const GAP = {
	id: 'id',
	/** The city of the person who added the gap (its owner city is a field). */
	city: 'city',
	createdBy: 'createdBy',
	createdAt: 'createdAt',
	updatedAt: 'updatedAt',
	/** Sort key of the shared order, ascending. */
	order: 'order',
	/** A `Y.Array` of comments, oldest first. */
	comments: 'comments',
} as const;

/**
 * Relations from a card to a gap, kept in the `links` root map with `from` the card and `to` the
 * gap. [D11] `addresses`: an action that works on the gap. `raises`: a barrier the gap was
 * promoted from (or that shows it). `mentions`: any card that refers to the gap.
 */
export const GAP_RELATIONS = ['addresses', 'raises', 'mentions'] as const;
export type GapRelation = (typeof GAP_RELATIONS)[number];

/** True when `value` is a card-to-gap relation. */
export function isGapRelation(value: unknown): value is GapRelation {
	return typeof value === 'string' && (GAP_RELATIONS as readonly string[]).includes(value);
}

/**
 * The id of the link between a card and a gap. One card has at most one link to one gap, and two
 * people linking the same pair at once write the same key, so the document converges on one.
 */
export function gapLinkId(cardId: string, gapId: string): string {
	return `${cardId}>${gapId}`;
}

/** The longest comment, in characters. */
export const MAX_COMMENT_LENGTH = 2000;

/** One comment in a gap's thread. Stored as a plain object in the gap's `comments` array. */
export const gapCommentSchema = z.strictObject({
	id: z.string().min(1).max(64),
	text: z.string().trim().min(1).max(MAX_COMMENT_LENGTH),
	author: z.string().max(80),
	city: z.string().max(80),
	/** Epoch milliseconds. */
	at: z.number().int().nonnegative(),
});
export type GapComment = z.infer<typeof gapCommentSchema>;

/** What a writer knows about a new gap; `values` must have passed `parseGapField`. */
export interface NewGap {
	id: string;
	values: GapFieldValues;
	city: string;
	createdBy: string;
	/** Epoch milliseconds. */
	createdAt: number;
	order: number;
}

const isTextField = (key: string): boolean => (GAP_TEXT_FIELDS as readonly string[]).includes(key);

/** Builds a gap's `Y.Map`; insert it with `gapsMap(doc).set(gap.id, map)`. */
export function createGapMap(gap: NewGap): Y.Map<unknown> {
	const map = new Y.Map<unknown>();
	map.set(GAP.id, gap.id);
	for (const key of GAP_FIELD_KEYS) {
		const value = gap.values[key];
		// Both texts always exist, so two people typing into a new gap edit one Y.Text.
		if (isTextField(key)) map.set(key, new Y.Text(value === undefined ? '' : String(value)));
		else if (value !== undefined) map.set(key, value);
	}
	map.set(GAP.city, gap.city);
	map.set(GAP.createdBy, gap.createdBy);
	map.set(GAP.createdAt, gap.createdAt);
	map.set(GAP.updatedAt, gap.createdAt);
	map.set(GAP.order, gap.order);
	map.set(GAP.comments, new Y.Array<unknown>());
	return map;
}

/**
 * Writes plain field values into an existing gap (an import updating a row): text fields are
 * replaced as a whole, a field missing from `values` is deleted when `clearMissing` is set.
 * Values must have passed `parseGapField`.
 */
export function writeGapFields(
	map: Y.Map<unknown>,
	values: GapFieldValues,
	now: number,
	clearMissing = false,
): void {
	for (const key of GAP_FIELD_KEYS) {
		const value = values[key];
		if (value === undefined) {
			if (!clearMissing) continue;
			if (isTextField(key)) {
				const text = map.get(key);
				if (text instanceof Y.Text && key !== 'title') text.delete(0, text.length);
			} else map.delete(key);
			continue;
		}
		if (isTextField(key)) {
			const text = map.get(key);
			if (text instanceof Y.Text) {
				if (text.toString() !== value) {
					text.delete(0, text.length);
					text.insert(0, String(value));
				}
			} else map.set(key, new Y.Text(String(value)));
		} else if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) {
			map.set(key, value);
		}
	}
	map.set(GAP.updatedAt, now);
}

/**
 * A gap's fields as plain values (texts as strings). A stored value that fails its field's
 * schema (a hostile or older writer) is left out, so readers only ever see valid values.
 */
export function readGapFields(map: Y.Map<unknown>): GapFieldValues {
	const values: Record<string, unknown> = {};
	for (const key of GAP_FIELD_KEYS) {
		const stored = map.get(key);
		if (stored === undefined) continue;
		const plain = stored instanceof Y.Text ? stored.toString() : stored;
		if (key === 'description' && plain === '') continue;
		const parsed = parseGapField(key, plain);
		if (parsed.ok) values[key] = parsed.value;
	}
	return values as GapFieldValues;
}

/** The gap's stored comments that are well formed, oldest first. */
export function readGapComments(map: Y.Map<unknown>): GapComment[] {
	const comments = map.get(GAP.comments);
	if (!(comments instanceof Y.Array)) return [];
	const list: GapComment[] = [];
	for (const entry of comments.toArray()) {
		const parsed = gapCommentSchema.safeParse(entry);
		if (parsed.success) list.push(parsed.data);
	}
	return list;
}

/**
 * Deletes gaps and every link to them, inside the caller's transaction (call it within
 * `doc.transact`). Returns how many gaps existed. [D11]
 */
export function removeGaps(doc: Y.Doc, ids: readonly string[]): number {
	const gaps = gapsMap(doc);
	const gone = new Set(ids.filter((id) => gaps.has(id)));
	for (const id of gone) gaps.delete(id);
	if (gone.size === 0) return 0;
	const links = linksMap(doc);
	for (const [linkId, link] of links) {
		if (!(link instanceof Y.Map)) continue;
		const to = link.get(LINK.to);
		const from = link.get(LINK.from);
		if ((typeof to === 'string' && gone.has(to)) || (typeof from === 'string' && gone.has(from))) {
			links.delete(linkId);
		}
	}
	return gone.size;
}

/** The gap field keys that hold plain values (not texts), for forms and importers. */
export const GAP_VALUE_FIELDS = GAP_FIELD_KEYS.filter((key) => !isTextField(key)) as Exclude<
	GapFieldKey,
	(typeof GAP_TEXT_FIELDS)[number]
>[];
