import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as prng from 'lib0/prng';
import { pino } from 'pino';
import {
	CARD,
	CARD_KINDS,
	SECTORS,
	STAGES,
	cardText,
	cardsMap,
	createCardMap,
} from '@groundwork/protocol';
import { Room } from '../../src/rooms/Room.js';
import { MemoryDocStorage } from '../../src/storage/MemoryDocStorage.js';
import { MemoryClient } from '../support/memoryTransport.js';

const CLIENTS = 5;
const STEPS = 400;
const SEEDS = [
	1,
	2,
	3,
	42,
	1234,
	2026,
	31337,
	Number(process.env['FUZZ_SEED'] ?? Date.now() % 1e9),
];

function randomEdit(gen: prng.PRNG, doc: Y.Doc, serial: number): void {
	const cards = cardsMap(doc);
	const ids = [...cards.keys()];
	const id = ids.length > 0 ? prng.oneOf(gen, ids) : undefined;
	const card = id === undefined ? undefined : cards.get(id);
	const choice = prng.int32(gen, 0, 9);
	if (!card || choice < 3) {
		const newId = `c${doc.clientID}-${serial}`;
		cards.set(
			newId,
			createCardMap({
				id: newId,
				kind: prng.oneOf(gen, [...CARD_KINDS]),
				text: prng.word(gen, 0, 8),
				stage: prng.oneOf(gen, [...STAGES]),
				sector: prng.oneOf(gen, [...SECTORS]),
				city: prng.oneOf(gen, ['Lisbon', 'Gdynia', 'Split', 'Aarhus']),
				createdBy: 'fuzz',
				createdAt: serial,
				updatedAt: serial,
				order: serial,
			}),
		);
	} else if (choice < 7) {
		const text = cardText(card);
		if (!text) return;
		if (prng.bool(gen) && text.length > 0) {
			const at = prng.int32(gen, 0, text.length - 1);
			text.delete(at, Math.min(prng.int32(gen, 1, 3), text.length - at));
		} else {
			text.insert(prng.int32(gen, 0, text.length), prng.word(gen, 1, 4));
		}
	} else if (choice < 9) {
		card.set(CARD.stage, prng.oneOf(gen, [...STAGES]));
		card.set(CARD.sector, prng.oneOf(gen, [...SECTORS]));
	} else if (id !== undefined) {
		cards.delete(id);
	}
}

function content(doc: Y.Doc): unknown {
	return cardsMap(doc).toJSON();
}

async function runSeed(seed: number): Promise<void> {
	const gen = prng.create(seed);
	const docs = new MemoryDocStorage();
	const log = pino({ level: 'silent' });
	const room = new Room('fuzz-board-1', new Y.Doc(), {
		docs,
		log,
		relayUpdate: () => {},
		relayPresence: () => {},
		compactEveryUpdates: 50,
	});
	const clients = Array.from({ length: CLIENTS }, () => new MemoryClient(room));
	for (const client of clients) client.connect();

	for (let step = 0; step < STEPS; step++) {
		const client = prng.oneOf(gen, clients);
		const action = prng.int32(gen, 0, 99);
		if (action < 35) randomEdit(gen, client.doc, step);
		else if (action < 85) client.deliverOne(prng.bool(gen));
		else if (action < 93) client.disconnect();
		else client.connect();
	}
	for (const client of clients) client.connect();
	for (let round = 0; round < 3; round++) for (const client of clients) client.flush();

	const expected = content(room.doc);
	const stored = new Y.Doc();
	await room.compact();
	for (const update of await docs.loadUpdates('fuzz-board-1')) Y.applyUpdate(stored, update);
	clients.forEach((client, i) => {
		expect(content(client.doc), `seed ${seed}: client ${i} differs from the server`).toEqual(
			expected,
		);
	});
	expect(content(stored), `seed ${seed}: storage differs from the server`).toEqual(expected);
	room.destroy();
}

describe('convergence fuzz', () => {
	it.each(SEEDS)(
		'[I1] random edits, disconnects and reconnects converge (seed %i)',
		async (seed) => {
			try {
				await runSeed(seed);
			} catch (error) {
				console.error(`convergence fuzz failed; reproduce with FUZZ_SEED=${seed}`);
				throw error;
			}
		},
	);
});
