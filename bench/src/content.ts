import type * as Y from 'yjs';
import {
	CARD,
	CARD_KINDS,
	SECTORS,
	STAGES,
	cardText,
	cardsMap,
	createCardMap,
} from '@groundwork/protocol';
import { drained } from './scenarios/common.js';
import type { DocClient } from './clients.js';

const WORDS =
	'retrofit heat pumps district heating solar rooftops bus lanes cycle paths tram extension ' +
	'compost collection circular procurement tree canopy wetlands restoration citizen assembly ' +
	'budget tagging green bonds building codes grid upgrade storage batteries car sharing';

/** Deterministic card text of about `length` characters, different per card. */
export function cardTextFor(index: number, length: number): string {
	let text = `Card ${index}: `;
	let word = index;
	const words = WORDS.split(' ');
	while (text.length < length) text += `${words[word++ % words.length]!} `;
	return text.slice(0, length);
}

export const cardId = (index: number): string => `card-${index.toString(36).padStart(6, '0')}`;

/** Adds cards `from` … `from + count - 1` in one transaction of the given doc. */
export function addCards(doc: Y.Doc, from: number, count: number, textLength: number): void {
	const cards = cardsMap(doc);
	const now = Date.now();
	for (let i = from; i < from + count; i++) {
		const id = cardId(i);
		cards.set(
			id,
			createCardMap({
				id,
				kind: CARD_KINDS[i % CARD_KINDS.length]!,
				text: cardTextFor(i, textLength),
				stage: STAGES[i % STAGES.length]!,
				sector: SECTORS[i % SECTORS.length]!,
				city: `City ${i % 12}`,
				createdBy: 'bench',
				createdAt: now,
				updatedAt: now,
				order: i,
			}),
		);
	}
}

/** Edits cards `from` … `from + count - 1`: appends to the text and moves `updatedAt`. */
export function editCards(doc: Y.Doc, from: number, count: number, round: number): void {
	const cards = cardsMap(doc);
	for (let i = from; i < from + count; i++) {
		const card = cards.get(cardId(i));
		if (!card) continue;
		const text = cardText(card);
		text?.insert(text.length, ` (edit ${round})`);
		card.set(CARD.updatedAt, Date.now() + round);
	}
}

/**
 * Writes through `writer` in transactions (one update each), waiting for the socket's buffer to
 * drain between them so a big board does not sit in memory on our side.
 */
export async function writeInBatches(
	writer: DocClient,
	total: number,
	batch: number,
	change: (doc: Y.Doc, from: number, count: number) => void,
): Promise<number> {
	let updates = 0;
	for (let from = 0; from < total; from += batch) {
		writer.write((doc) => change(doc, from, Math.min(batch, total - from)));
		updates++;
		await drained(writer.ws);
	}
	return updates;
}
