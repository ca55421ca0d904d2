import * as Y from 'yjs';
import { z } from 'zod';
import { META } from '../doc/schema.js';
import { TEMPLATE_IDS } from '../domain/templates.js';
import { MAX_TITLE_LENGTH, zodIssues } from '../api.js';
import { CONTENT_ROOTS, rootMap, type ContentRoot } from './roots.js';

/**
 * A whole board as JSON (SPEC.md [V5]): a complete backup of its content that imports as a new
 * board with the same content. Shared types keep their kind, so a round trip gives back the
 * same document structure: a `Y.Text` is `{ "$text": "..." }`, a `Y.Map` is `{ "$map": {...} }`,
 * a `Y.Array` is `{ "$array": [...] }`, and any other value that is not a string, number,
 * boolean or null is `{ "$json": value }`. Nothing secret is in a board's document (tokens,
 * ballots and private ideas live in the session), so nothing secret is in a backup.
 */

export const BACKUP_FORMAT = 'groundwork-board';
export const BACKUP_VERSION = 1;
/** The largest backup accepted for import, in bytes of JSON. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/** How deep values may nest in a backup (a card's map, its text, a comment's fields...). */
export const MAX_BACKUP_DEPTH = 12;
/** How deep a backup's JSON may nest, every level counted (the envelope's, `$map`'s, `$json`'s). */
export const MAX_BACKUP_JSON_DEPTH = 64;

/** One encoded value. */
export type BackupValue =
	| string
	| number
	| boolean
	| null
	| { $text: string }
	| { $map: Record<string, BackupValue> }
	| { $array: BackupValue[] }
	| { $json: unknown };

/** A board backup as exported and imported. */
export interface BoardBackup {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	/** ISO 8601. */
	exportedAt: string;
	board: { title: string; template: (typeof TEMPLATE_IDS)[number] };
	/** Each content root's entries, encoded. */
	content: Record<ContentRoot, Record<string, BackupValue>>;
}

function encodeValue(value: unknown): BackupValue {
	if (value instanceof Y.Text) return { $text: value.toString() };
	if (value instanceof Y.Map) {
		const out: Record<string, BackupValue> = {};
		for (const [key, entry] of value.entries()) out[key] = encodeValue(entry);
		return { $map: out };
	}
	if (value instanceof Y.Array) return { $array: value.toArray().map(encodeValue) };
	if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
		return value as string | number | boolean | null;
	}
	return { $json: value === undefined ? null : value };
}

/** The board's content as a backup. */
export function boardToBackup(
	doc: Y.Doc,
	board: BoardBackup['board'],
	now = Date.now(),
): BoardBackup {
	const content = {} as BoardBackup['content'];
	for (const name of CONTENT_ROOTS) {
		const entries: Record<string, BackupValue> = {};
		for (const [key, value] of rootMap(doc, name).entries()) entries[key] = encodeValue(value);
		content[name] = entries;
	}
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: new Date(now).toISOString(),
		board,
		content,
	};
}

const primitive = z.union([z.string(), z.number().finite(), z.boolean(), z.null()]);

/** A value, checked to `depth` levels. */
function valueSchema(depth: number): z.ZodType<BackupValue> {
	if (depth <= 0) {
		return z.union([primitive, z.strictObject({ $text: z.string() })]) as z.ZodType<BackupValue>;
	}
	const inner = z.lazy(() => valueSchema(depth - 1));
	return z.union([
		primitive,
		z.strictObject({ $text: z.string() }),
		z.strictObject({ $map: z.record(z.string().max(200), inner) }),
		z.strictObject({ $array: z.array(inner) }),
		z.strictObject({ $json: z.json() }),
	]) as z.ZodType<BackupValue>;
}

const rootSchema = z.record(z.string().min(1).max(200), valueSchema(MAX_BACKUP_DEPTH));

/** What `parseBoardBackup` checks: the envelope, the board and every content root. */
export const boardBackupSchema = z.strictObject({
	format: z.literal(BACKUP_FORMAT),
	version: z.literal(BACKUP_VERSION),
	exportedAt: z.string().max(40),
	board: z.strictObject({
		title: z.string().trim().min(1).max(MAX_TITLE_LENGTH),
		template: z.enum(TEMPLATE_IDS),
	}),
	content: z.strictObject(
		Object.fromEntries(CONTENT_ROOTS.map((name) => [name, rootSchema])) as Record<
			ContentRoot,
			typeof rootSchema
		>,
	),
});

/**
 * The first reason parsed JSON is hostile, before any schema sees it: a `__proto__` key (copying
 * it with `object[key] = value` would replace the copy's prototype, so it is never data) or a
 * level deeper than `maxDepth`. Walks without recursion, so no input can overflow the stack.
 */
function hostileJson(
	input: unknown,
	maxDepth: number,
): { path: string; message: string } | undefined {
	type Node = { value: unknown; depth: number; key: string; parent: Node | undefined };
	const pathOf = (node: Node | undefined): string => {
		const keys: string[] = [];
		for (let at = node; at?.parent; at = at.parent) keys.unshift(at.key);
		return keys.join('.') || '(body)';
	};
	const stack: Node[] = [{ value: input, depth: 0, key: '', parent: undefined }];
	for (let node = stack.pop(); node; node = stack.pop()) {
		const { value, depth } = node;
		if (value === null || typeof value !== 'object') continue;
		if (depth >= maxDepth) {
			return { path: pathOf(node), message: `Nested more than ${maxDepth} levels deep` };
		}
		for (const key of Object.keys(value)) {
			const child = (value as Record<string, unknown>)[key];
			const next: Node = { value: child, depth: depth + 1, key, parent: node };
			if (key === '__proto__') {
				return { path: pathOf(next), message: 'The key "__proto__" is not allowed' };
			}
			stack.push(next);
		}
	}
	return undefined;
}

/**
 * Validates a parsed JSON backup; every problem with where it is. A `__proto__` key anywhere,
 * or JSON nested deeper than `MAX_BACKUP_JSON_DEPTH`, is refused first, as one issue.
 */
export function parseBoardBackup(
	input: unknown,
): { ok: true; value: BoardBackup } | { ok: false; issues: { path: string; message: string }[] } {
	const hostile = hostileJson(input, MAX_BACKUP_JSON_DEPTH);
	if (hostile) return { ok: false, issues: [hostile] };
	const result = boardBackupSchema.safeParse(input);
	if (result.success) return { ok: true, value: result.data as BoardBackup };
	return {
		ok: false,
		issues: zodIssues(result.error).slice(0, 20),
	};
}

function decodeValue(value: BackupValue): unknown {
	if (value === null || typeof value !== 'object') return value;
	if ('$text' in value) return new Y.Text(value.$text);
	if ('$map' in value) {
		const map = new Y.Map<unknown>();
		for (const [key, entry] of Object.entries(value.$map)) map.set(key, decodeValue(entry));
		return map;
	}
	if ('$array' in value) {
		const array = new Y.Array<unknown>();
		array.push(value.$array.map(decodeValue));
		return array;
	}
	return structuredClone(value.$json);
}

/** Keys of `meta` a new board sets itself (its own creation time and schema version). */
const OWN_META: readonly string[] = [META.createdAt, META.schemaVersion];

/**
 * Writes a backup's content into `doc` (inside the caller's transaction): every root's entries,
 * except the metadata a new board has of its own.
 */
export function writeBackup(doc: Y.Doc, backup: BoardBackup): void {
	for (const name of CONTENT_ROOTS) {
		const root = rootMap(doc, name);
		for (const [key, value] of Object.entries(backup.content[name])) {
			if (name === 'meta' && OWN_META.includes(key)) continue;
			root.set(key, decodeValue(value));
		}
	}
}
