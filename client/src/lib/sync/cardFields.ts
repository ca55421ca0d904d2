import * as Y from 'yjs';
import {
	ALL_CARD_FIELD_KEYS,
	CARD,
	CARD_FIELD_KEYS,
	LEVERS,
	cardsMap,
	isCardKind,
	isCardTextField,
	parseCardField,
	type AnyCardFieldKey,
	type AnyCardFieldValues,
	type CardFieldIssue,
	type CardKind,
	type CardMap,
	type CardTextField,
	type FundingEntry,
	type Lever,
} from '@groundwork/protocol';
import { LOCAL_ORIGIN } from './origin.js';
import { applyTextChange } from './textBinding.js';

/** A per-kind field stored as a plain value (not a `Y.Text`). */
export type PlainFieldKey = Exclude<AnyCardFieldKey, CardTextField>;

/** The plain per-kind fields of a card, each present only when it holds a valid value. */
export type PlainCardFields = Partial<Pick<AnyCardFieldValues, PlainFieldKey>>;

/** The outcome of a write: ok, or why nothing was written. */
export type FieldWriteResult =
	| { ok: true }
	| { ok: false; issue: CardFieldIssue | { code: 'no_card'; key: string; message: string } };

/** A kind that has each field key (to validate a value whatever the card's current kind). */
const KIND_OF_FIELD = new Map<string, CardKind>(
	(Object.entries(CARD_FIELD_KEYS) as [CardKind, readonly string[]][]).flatMap(([kind, keys]) =>
		keys.map((key) => [key, kind] as const),
	),
);

/**
 * Reads every plain per-kind field of a card, whatever its kind (a card keeps other kinds'
 * fields when its kind changes). Values that break the shared schema read as absent; keys this
 * code does not know are ignored, never deleted. [D5]
 */
export function readCardFieldValues(card: CardMap): PlainCardFields {
	const values: Record<string, unknown> = {};
	for (const key of ALL_CARD_FIELD_KEYS) {
		if (isCardTextField(key) || !card.has(key)) continue;
		const kind = KIND_OF_FIELD.get(key) ?? 'note';
		const result = parseCardField(kind, key, card.get(key));
		if (result.ok) values[key] = result.value;
	}
	return values as PlainCardFields;
}

/** The `Y.Text` of a long-text field, or undefined when the card has none (yet). */
export function cardTextField(card: CardMap, key: CardTextField): Y.Text | undefined {
	const value = card.get(key);
	return value instanceof Y.Text ? value : undefined;
}

/** The kind of a stored card ('note' when unknown). */
export function storedKind(card: CardMap): CardKind {
	const kind = card.get(CARD.kind);
	return isCardKind(kind) ? kind : 'note';
}

/**
 * Gives a card of `kind` an empty `Y.Text` for each long-text field it lacks, in one
 * transaction (so the first person to type has a shared text to type into). Returns whether
 * anything was created. Does not touch `updatedAt`, and is not an edit of the user's (no
 * `LOCAL_ORIGIN`): undo never removes a text a binding is attached to.
 */
export function ensureTextFields(doc: Y.Doc, id: string, kind: CardKind): boolean {
	const card = cardsMap(doc).get(id);
	if (!card) return false;
	const missing = CARD_FIELD_KEYS[kind].filter(
		(key): key is CardTextField => isCardTextField(key) && !(card.get(key) instanceof Y.Text),
	);
	if (missing.length === 0) return false;
	doc.transact(() => {
		for (const key of missing) card.set(key, new Y.Text());
	});
	return true;
}

/**
 * Writes one per-kind field of card `id`, validated against the card's kind with the shared
 * schema first; `undefined` clears the field. The value and `updatedAt` are written in one
 * transaction with `LOCAL_ORIGIN` (one undo step); nothing is written when the value is refused.
 * A long-text field given a string is edited in place (minimal change to its `Y.Text`). [D5]
 */
export function setCardField(
	doc: Y.Doc,
	id: string,
	key: string,
	value: unknown,
	now = Date.now(),
): FieldWriteResult {
	const card = cardsMap(doc).get(id);
	if (!card) return { ok: false, issue: { code: 'no_card', key, message: `No card ${id}` } };
	if (value === undefined) {
		if (card.has(key)) {
			doc.transact(() => {
				card.delete(key);
				card.set(CARD.updatedAt, now);
			}, LOCAL_ORIGIN);
		}
		return { ok: true };
	}
	const result = parseCardField(storedKind(card), key, value);
	if (!result.ok) return result;
	doc.transact(() => {
		const existing = isCardTextField(key) ? cardTextField(card, key) : undefined;
		if (existing) applyTextChange(existing, String(result.value));
		else if (isCardTextField(key)) card.set(key, new Y.Text(String(result.value)));
		else card.set(key, result.value);
		card.set(CARD.updatedAt, now);
	}, LOCAL_ORIGIN);
	return { ok: true };
}

/**
 * What a number field's raw input means: `undefined` for an empty field (clear it), else the
 * number (NaN when it is not one, which the schema then refuses).
 */
export function parseNumberInput(raw: string): number | undefined {
	const trimmed = raw.trim();
	if (trimmed === '') return undefined;
	return Number(trimmed.replace(',', '.'));
}

/** The levers with `lever` switched on or off, in the canonical order of `LEVERS`. */
export function toggleLever(
	levers: readonly Lever[] | undefined,
	lever: Lever,
	on: boolean,
): Lever[] {
	const set = new Set(levers ?? []);
	if (on) set.add(lever);
	else set.delete(lever);
	return LEVERS.filter((id) => set.has(id));
}

/** The funding entry a new row starts with. */
export const NEW_FUNDING_ENTRY: FundingEntry = { source: 'municipal', status: 'identified' };

/** The funding list with entry `index` changed by `patch` (a new array). */
export function updateFunding(
	funding: readonly FundingEntry[] | undefined,
	index: number,
	patch: Partial<FundingEntry>,
): FundingEntry[] {
	return (funding ?? []).map((entry, i) => (i === index ? { ...entry, ...patch } : { ...entry }));
}

/** The funding list without entry `index` (a new array). */
export function removeFunding(
	funding: readonly FundingEntry[] | undefined,
	index: number,
): FundingEntry[] {
	return (funding ?? []).filter((_, i) => i !== index).map((entry) => ({ ...entry }));
}

/** The funding list with a new entry at the end (a new array). */
export function addFunding(funding: readonly FundingEntry[] | undefined): FundingEntry[] {
	return [...(funding ?? []).map((entry) => ({ ...entry })), { ...NEW_FUNDING_ENTRY }];
}

/** True when a list of Yjs events only changed texts (typing), not any other field. */
export function onlyTextChanged(events: readonly Y.YEvent<Y.AbstractType<unknown>>[]): boolean {
	return events.every((event) => event.target instanceof Y.Text);
}
