import { z } from 'zod';
import {
	ALL_CARD_FIELD_KEYS,
	CARD_GAP,
	CARD_KINDS,
	CARD_SIZE,
	MAX_LONG_FIELD_LENGTH,
	MAX_SHORT_FIELD_LENGTH,
	isCardFieldKey,
	isCardKind,
	isCardRelation,
	parseCardField,
	type AnyCardFieldValues,
	type CardKind,
	type CardRelation,
	type Point,
} from '@groundwork/protocol';

/** The `format` of a Groundwork clipboard payload. */
export const CLIPBOARD_FORMAT = 'groundwork/clipboard';

/** The payload version this code writes and reads; a newer one is refused, not guessed at. */
export const CLIPBOARD_VERSION = 1;

/** Most cards one paste may hold. */
export const MAX_CLIPBOARD_CARDS = 500;

/** Most links one paste may hold. */
export const MAX_CLIPBOARD_LINKS = 1000;

/** Most frames one paste may hold. */
export const MAX_CLIPBOARD_FRAMES = 50;

/** Longest clipboard text this code reads, in characters (a full payload fits easily). */
export const MAX_CLIPBOARD_CHARS = 16_000_000;

/** Most note cards made from pasted plain text (one per line). */
export const MAX_TEXT_CARDS = 100;

/** Farthest a pasted position may lie from the group's corner, in board units. */
export const MAX_CLIPBOARD_EXTENT = 1_000_000;

/** A card's per-kind fields as plain JSON values (long texts as strings). [D5] */
export type ClipboardCardFields = Partial<AnyCardFieldValues>;

/** One copied card: plain fields, its position relative to the copied group's top-left. */
export interface ClipboardCard {
	/** Unique within the payload (not the card's id); links name their ends by it. */
	key: string;
	kind: CardKind;
	text: string;
	city: string;
	createdBy: string;
	x: number;
	y: number;
	fields: ClipboardCardFields;
}

/** One copied link between two copied cards, by their keys. [D6] */
export interface ClipboardLink {
	from: string;
	to: string;
	relation: CardRelation;
	createdBy: string;
}

/** One copied frame, its position relative to the copied group's top-left. [D7] */
export interface ClipboardFrame {
	title: string;
	x: number;
	y: number;
	w: number;
	h: number;
	createdBy: string;
}

/** What copying puts on the clipboard: versioned, plain JSON. */
export interface ClipboardPayload {
	format: typeof CLIPBOARD_FORMAT;
	version: typeof CLIPBOARD_VERSION;
	cards: ClipboardCard[];
	links: ClipboardLink[];
	frames: ClipboardFrame[];
}

/**
 * Why clipboard content cannot be pasted: nothing in it, not a payload (or a broken one), over
 * the limits, or written by a newer version of the app.
 */
export type ClipboardError = 'empty' | 'invalid' | 'too_large' | 'unsupported_version';

/** The outcome of reading clipboard content. */
export type ClipboardParseResult =
	{ ok: true; payload: ClipboardPayload } | { ok: false; error: ClipboardError };

const coordinate = z.number().min(-MAX_CLIPBOARD_EXTENT).max(MAX_CLIPBOARD_EXTENT);
const size = z.number().min(0).max(MAX_CLIPBOARD_EXTENT);
const shortText = z.string().max(MAX_SHORT_FIELD_LENGTH);

const cardSchema = z.object({
	key: z.string().min(1).max(64),
	kind: z.unknown().transform((kind): CardKind => (isCardKind(kind) ? kind : 'note')),
	text: z.string().max(MAX_LONG_FIELD_LENGTH),
	city: shortText,
	createdBy: shortText,
	x: coordinate,
	y: coordinate,
	fields: z.unknown().optional(),
});

const linkSchema = z.object({
	from: z.string().min(1).max(64),
	to: z.string().min(1).max(64),
	relation: z.string().refine(isCardRelation),
	createdBy: shortText.catch(''),
});

const frameSchema = z.object({
	title: shortText,
	x: coordinate,
	y: coordinate,
	w: size,
	h: size,
	createdBy: shortText,
});

const payloadSchema = z.object({
	format: z.literal(CLIPBOARD_FORMAT),
	version: z.literal(CLIPBOARD_VERSION),
	cards: z.array(cardSchema).max(MAX_CLIPBOARD_CARDS),
	links: z.array(z.unknown()).max(MAX_CLIPBOARD_LINKS).default([]),
	frames: z.array(frameSchema).max(MAX_CLIPBOARD_FRAMES).default([]),
});

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function longerThan(list: unknown, max: number): boolean {
	return Array.isArray(list) && list.length > max;
}

/**
 * The per-kind fields of a pasted card that pass the shared schema: each known key is validated
 * as a field of the card's kind, or of the kind that has it (a card keeps other kinds' fields);
 * unknown keys and invalid values are dropped. [D5]
 */
function parseFields(kind: CardKind, raw: unknown): ClipboardCardFields {
	const fields: Record<string, unknown> = {};
	if (!isRecord(raw)) return fields;
	for (const key of ALL_CARD_FIELD_KEYS) {
		if (!Object.hasOwn(raw, key)) continue;
		const owner = isCardFieldKey(kind, key)
			? kind
			: (CARD_KINDS.find((other) => isCardFieldKey(other, key)) ?? kind);
		const result = parseCardField(owner, key, raw[key]);
		if (result.ok) fields[key] = result.value;
	}
	return fields as ClipboardCardFields;
}

/**
 * Validates clipboard content (treated as hostile): the format and version, the limits on cards,
 * links, frames and text lengths, the cards' shape. Unknown kinds read as notes, invalid per-kind
 * fields are dropped, and links with an unknown relation or an end not among the cards are
 * dropped; anything else wrong refuses the whole payload.
 */
export function parseClipboardPayload(json: unknown): ClipboardParseResult {
	if (!isRecord(json) || json.format !== CLIPBOARD_FORMAT) return { ok: false, error: 'invalid' };
	if (typeof json.version === 'number' && json.version > CLIPBOARD_VERSION) {
		return { ok: false, error: 'unsupported_version' };
	}
	if (
		longerThan(json.cards, MAX_CLIPBOARD_CARDS) ||
		longerThan(json.links, MAX_CLIPBOARD_LINKS) ||
		longerThan(json.frames, MAX_CLIPBOARD_FRAMES)
	) {
		return { ok: false, error: 'too_large' };
	}
	const parsed = payloadSchema.safeParse(json);
	if (!parsed.success) return { ok: false, error: 'invalid' };
	const keys = new Set(parsed.data.cards.map((card) => card.key));
	if (keys.size !== parsed.data.cards.length) return { ok: false, error: 'invalid' };
	const cards = parsed.data.cards.map(({ fields, ...card }) => ({
		...card,
		fields: parseFields(card.kind, fields),
	}));
	const links: ClipboardLink[] = [];
	for (const raw of parsed.data.links) {
		const link = linkSchema.safeParse(raw);
		if (!link.success) continue;
		const { from, to, relation, createdBy } = link.data;
		if (from !== to && keys.has(from) && keys.has(to) && isCardRelation(relation)) {
			links.push({ from, to, relation, createdBy });
		}
	}
	if (cards.length === 0 && parsed.data.frames.length === 0) return { ok: false, error: 'empty' };
	return {
		ok: true,
		payload: { ...parsed.data, cards, links, frames: parsed.data.frames },
	};
}

/** A payload as the JSON text put on the clipboard. */
export function encodeClipboardPayload(payload: ClipboardPayload): string {
	return JSON.stringify(payload);
}

/** Reads a payload from clipboard JSON text (see `parseClipboardPayload`). */
export function decodeClipboardPayload(text: string): ClipboardParseResult {
	if (text.length > MAX_CLIPBOARD_CHARS) return { ok: false, error: 'too_large' };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, error: 'invalid' };
	}
	return parseClipboardPayload(json);
}

/** The top-left corner of a group of cards and frames; (0, 0) when it is empty. */
export function groupOrigin(items: readonly Point[]): Point {
	if (items.length === 0) return { x: 0, y: 0 };
	let x = Number.POSITIVE_INFINITY;
	let y = Number.POSITIVE_INFINITY;
	for (const item of items) {
		x = Math.min(x, item.x);
		y = Math.min(y, item.y);
	}
	return { x, y };
}

/** Sorts positions in reading order: top to bottom, then left to right. */
export function readingOrder(a: Point, b: Point): number {
	return a.y - b.y || a.x - b.x;
}

/** `text` cut to at most `max` characters. */
export function clipText(text: string, max: number): string {
	return text.length > max ? text.slice(0, max) : text;
}

/** The payload as plain text for other apps: one card text per paragraph, in reading order. */
export function clipboardText(payload: ClipboardPayload): string {
	return [...payload.cards]
		.sort(readingOrder)
		.map((card) => card.text.trim())
		.filter((text) => text !== '')
		.join('\n\n');
}

/**
 * Note cards made from text pasted from outside: one per non-empty line (trimmed), at most
 * `MAX_TEXT_CARDS`, laid out in a grid about as wide as it is tall, without an author (the paste
 * gives them the paster's).
 */
export function cardsFromPlainText(text: string): ClipboardPayload {
	const lines = text
		.slice(0, MAX_TEXT_CARDS * (MAX_LONG_FIELD_LENGTH + 2))
		.split(/\r\n|\r|\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.slice(0, MAX_TEXT_CARDS);
	const perRow = Math.max(1, Math.ceil(Math.sqrt(lines.length)));
	return {
		format: CLIPBOARD_FORMAT,
		version: CLIPBOARD_VERSION,
		cards: lines.map((line, index) => ({
			key: `line-${index}`,
			kind: 'note',
			text: clipText(line, MAX_LONG_FIELD_LENGTH),
			city: '',
			createdBy: '',
			x: (index % perRow) * (CARD_SIZE.width + CARD_GAP),
			y: Math.floor(index / perRow) * (CARD_SIZE.height + CARD_GAP),
			fields: {},
		})),
		links: [],
		frames: [],
	};
}
