import * as Y from 'yjs';
import type { CardKind } from '../domain/cardKinds.js';
import type { SectorId } from '../domain/sectors.js';
import type { StageId } from '../domain/stages.js';
import { TEMPLATES, type TemplateId } from '../domain/templates.js';

/** Names of the root types of a board document. See SPEC.md [D1]. */
export const ROOT = {
	meta: 'meta',
	cards: 'cards',
	gaps: 'gaps',
	links: 'links',
	frames: 'frames',
	layout: 'layout',
} as const;

/** Keys of the `meta` map. [D2] */
export const META = {
	title: 'title',
	template: 'template',
	schemaVersion: 'schemaVersion',
	createdAt: 'createdAt',
} as const;

/** Keys of one card's `Y.Map`. [D3] */
export const CARD = {
	id: 'id',
	kind: 'kind',
	text: 'text',
	stage: 'stage',
	sector: 'sector',
	city: 'city',
	createdBy: 'createdBy',
	createdAt: 'createdAt',
	updatedAt: 'updatedAt',
	order: 'order',
	x: 'x',
	y: 'y',
	/** The cell of a card on a board whose template is not the roadmap. [D9] */
	column: 'column',
	row: 'row',
} as const;

/** Keys of one link's `Y.Map` (a connector between two cards). [D6] */
export const LINK = {
	id: 'id',
	from: 'from',
	to: 'to',
	relation: 'relation',
	createdBy: 'createdBy',
	createdAt: 'createdAt',
} as const;

/** Relations a link between two cards can carry, drawn as arrows from `from` to `to`. [D6] */
export const CARD_RELATIONS = ['enables', 'blocks', 'depends_on'] as const;

/** A relation between two cards. */
export type CardRelation = (typeof CARD_RELATIONS)[number];

/** True when `value` is a known card-to-card relation. */
export function isCardRelation(value: unknown): value is CardRelation {
	return typeof value === 'string' && (CARD_RELATIONS as readonly string[]).includes(value);
}

/** Keys of one frame's `Y.Map` (a named area that groups the cards inside it). [D7] */
export const FRAME = {
	id: 'id',
	title: 'title',
	x: 'x',
	y: 'y',
	w: 'w',
	h: 'h',
	createdBy: 'createdBy',
	createdAt: 'createdAt',
} as const;

/** A card's fields as plain values (the text as a string). */
export interface CardFields {
	id: string;
	kind: CardKind;
	text: string;
	/** The roadmap's cell; absent on other templates' boards. */
	stage?: StageId;
	sector?: SectorId;
	/** The cell on other templates' boards. [D9] */
	column?: string;
	row?: string;
	city: string;
	createdBy: string;
	/** Epoch milliseconds. */
	createdAt: number;
	/** Epoch milliseconds. */
	updatedAt: number;
	/** Sort key within its cell, ascending. */
	order: number;
	/** Left edge on the canvas, in board units; cards without one sit in a free slot. [D3] */
	x?: number;
	/** Top edge on the canvas, in board units. [D3] */
	y?: number;
}

/** The board's metadata as plain values. */
export interface BoardMeta {
	title: string;
	template: TemplateId;
	schemaVersion: number;
	createdAt: number;
}

/** One card as it lives in the document. */
export type CardMap = Y.Map<unknown>;

/** The root map of board metadata. */
export function metaMap(doc: Y.Doc): Y.Map<unknown> {
	return doc.getMap(ROOT.meta);
}

/** The root map of cards, keyed by card id. */
export function cardsMap(doc: Y.Doc): Y.Map<CardMap> {
	return doc.getMap<CardMap>(ROOT.cards);
}

/** The root map of gaps, keyed by gap id. [D10] */
export function gapsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap<Y.Map<unknown>>(ROOT.gaps);
}

/** The root map of links between cards, keyed by link id. [D6] */
export function linksMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap<Y.Map<unknown>>(ROOT.links);
}

/** The root map of frames, keyed by frame id. [D7] */
export function framesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap<Y.Map<unknown>>(ROOT.frames);
}

/** The root map of band sizes (`column:<id>` -> width, `row:<id>` -> height). [D8] */
export function layoutMap(doc: Y.Doc): Y.Map<unknown> {
	return doc.getMap(ROOT.layout);
}

/** Builds a card's `Y.Map` from plain fields; insert it with `cardsMap(doc).set(id, map)`. */
export function createCardMap(fields: CardFields): CardMap {
	const card = new Y.Map<unknown>();
	for (const [key, value] of Object.entries(fields)) {
		if (value === undefined) continue;
		card.set(key, key === CARD.text ? new Y.Text(String(value)) : value);
	}
	return card;
}

/** The card's text as a `Y.Text`, or undefined when the card is malformed. */
export function cardText(card: CardMap): Y.Text | undefined {
	const text = card.get(CARD.text);
	return text instanceof Y.Text ? text : undefined;
}

/** Writes the metadata a new board starts with, and its template's band sizes. [D2] [D9] */
export function initBoardMeta(doc: Y.Doc, meta: BoardMeta): void {
	doc.transact(() => {
		const map = metaMap(doc);
		map.set(META.title, meta.title);
		map.set(META.template, meta.template);
		map.set(META.schemaVersion, meta.schemaVersion);
		map.set(META.createdAt, meta.createdAt);
		const layout = layoutMap(doc);
		for (const [key, size] of Object.entries(TEMPLATES[meta.template].bandSizes)) {
			layout.set(key, size);
		}
	});
}
