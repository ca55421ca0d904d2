import fs from 'node:fs';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { io } from 'socket.io-client';
import {
	CARD,
	CONTENT_ROOTS,
	CloseCode,
	SECTORS,
	STAGES,
	cardText,
	cardsMap,
	encodeAwarenessMessage,
	encodeAwarenessUpdate,
	encodeSyncStep1,
	encodeSyncStep2,
	encodeUpdateMessage,
	rootMap,
	type BoardCreated,
	type Role,
} from '@groundwork/protocol';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { addCard, connectClient, type SyncClient } from '../support/syncClient.js';
import { waitFor } from '../support/waitFor.js';

// Hostile input against a real server while two honest clients keep editing one board. Bounded
// (MAX_CASES or BUDGET_MS, whichever comes first) and seeded: FUZZ_SEED=n replays a run's cases
// (the interleaving with the honest clients depends on timing); FUZZ_VERBOSE=1 lists every case.
const SEED = Number(process.env['FUZZ_SEED'] ?? Date.now() % 1e9);
const MAX_CASES = 400;
const BUDGET_MS = 20_000;
const WORKERS = 6;
const CASE_TIMEOUT_MS = 5_000;
const MAX_MESSAGE_BYTES = 256 * 1024;
const MAX_DOC_BYTES = 1024 * 1024;

/** mulberry32: a small seeded PRNG, so a run's cases can be replayed. */
function createRandom(seed: number) {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
	return {
		int,
		bool: (p = 0.5): boolean => next() < p,
		pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!,
		bytes: (length: number): Uint8Array => Uint8Array.from({ length }, () => int(0, 255)),
	};
}
type Random = ReturnType<typeof createRandom>;

function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
	return Uint8Array.from(parts.flatMap((part) => [...part]));
}

function varUint(value: number): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, value);
	return encoding.toUint8Array(encoder);
}

/** An awareness message whose entries carry raw (possibly invalid) JSON text. */
function rawAwareness(entries: { clientId: number; clock: number; json: string }[]): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, entries.length);
	for (const entry of entries) {
		encoding.writeVarUint(encoder, entry.clientId);
		encoding.writeVarUint(encoder, entry.clock);
		encoding.writeVarString(encoder, entry.json);
	}
	return encodeAwarenessMessage(encoding.toUint8Array(encoder));
}

/** Card fields that would differ from one run to the next: fixed, so a seed replays its bytes. */
const NO_CLOCK = { createdAt: 0, updatedAt: 0, order: 0 };

/** Well-formed frames of every kind, made from a scratch document. */
function validFrames(random: Random): { kind: string; frame: Uint8Array }[] {
	const doc = new Y.Doc();
	doc.clientID = random.int(1, 2 ** 31);
	addCard(doc, `fuzz ${random.int(0, 1e6)}`, { id: `f${doc.clientID}`, ...NO_CLOCK });
	let update: Uint8Array = new Uint8Array();
	doc.once('update', (bytes: Uint8Array) => (update = bytes));
	addCard(doc, 'fuzz again', { id: `g${doc.clientID}`, ...NO_CLOCK });
	const frames = [
		{ kind: 'step1', frame: encodeSyncStep1(Y.encodeStateVector(doc)) },
		{ kind: 'step2', frame: encodeSyncStep2(Y.encodeStateAsUpdate(doc)) },
		{ kind: 'update', frame: encodeUpdateMessage(update) },
		{
			kind: 'awareness',
			frame: encodeAwarenessMessage(
				encodeAwarenessUpdate([
					{
						clientId: doc.clientID,
						clock: random.int(0, 10),
						state: { user: { name: 'Fuzz', city: 'Nowhere', color: '#123456' }, cursor: null },
					},
				]),
			),
		},
		{ kind: 'queryAwareness', frame: Uint8Array.of(3) },
	];
	doc.destroy();
	return frames;
}

/** Hostile JSON texts for a presence state. */
const HOSTILE_STATES: readonly string[] = [
	'{"__proto__":{"polluted":"yes"}}',
	'{"__proto__":{"user":{"name":"<img src=x onerror=alert(1)>","city":1,"color":"red"}}}',
	'{"constructor":{"prototype":{"polluted":"yes"}}}',
	'{"user":{"name":123,"city":"x","color":"#000000"}}',
	'{"user":{"name":"x","city":"y","color":"red;background:url(javascript:1)"}}',
	'{"user":{"name":"x","city":"y","color":"#000000","__proto__":{"role":"facilitator"}}}',
	`{"user":{"name":"${'A'.repeat(5000)}","city":"y","color":"#000000"}}`,
	'"just a string"',
	'42',
	'[1,2,3]',
	'not json at all',
	'{"user":null}',
	'{"cursor":{"x":1e999,"y":0}}',
	'{"cursor":{"x":"1","y":"2"}}',
	'{"selection":' + JSON.stringify(Array.from({ length: 60 }, (_, i) => `c${i}`)) + '}',
	'{"viewport":{"x":0,"y":0,"width":-5,"height":0}}',
	'['.repeat(1500) + ']'.repeat(1500),
	'{"a":'.repeat(500) + '1' + '}'.repeat(500),
	'{"user":{"name":"\\ud800","city":"","color":"#000000"}}',
];

type SyncCase = {
	channel: 'sync';
	name: string;
	role: Role;
	/** Replaces the board path and token, for admission fuzzing. */
	path?: (board: BoardCreated) => string;
	/** Sent to the side board rather than the honest clients' one. */
	side?: boolean;
	frame: Uint8Array | string;
	/** Close codes this case may end with. */
	codes: readonly number[];
	/** Whether the server may also just ignore the frame (and answer the probe after it). */
	mayIgnore: boolean;
};
type TcpCase = { channel: 'tcp'; name: string; bytes: Uint8Array };
type SessionEventCase = { event: string; args: unknown[]; ack: boolean };
type SessionCase = {
	channel: 'session';
	name: string;
	/** `side` connects as facilitator to another board; `honest` as participant; else raw auth. */
	auth: 'honest' | 'side' | Record<string, unknown>;
	events: SessionEventCase[];
};
type Case = SyncCase | TcpCase | SessionCase;

const MALFORMED = [CloseCode.malformed];

function syncCase(random: Random, honest: { clientIds: number[] }): SyncCase {
	const role = random.pick<Role>(['participant', 'participant', 'participant', 'viewer']);
	const frames = validFrames(random);
	const valid = random.pick(frames);
	const choice = random.int(0, 11);
	const base = { channel: 'sync' as const, role };
	switch (choice) {
		case 0:
			return {
				...base,
				name: 'random bytes',
				frame: random.bytes(random.int(0, 64)),
				codes: MALFORMED,
				mayIgnore: true,
			};
		case 1: {
			const cut = random.int(0, valid.frame.length - 1);
			return {
				...base,
				name: `${valid.kind} truncated to ${cut}`,
				frame: valid.frame.slice(0, cut),
				codes: MALFORMED,
				mayIgnore: false,
			};
		}
		case 2:
			return {
				...base,
				name: `${valid.kind} with trailing bytes`,
				frame: concat(valid.frame, random.bytes(random.int(1, 8))),
				codes: MALFORMED,
				mayIgnore: false,
			};
		case 3: {
			const frame = valid.frame.slice();
			const flips = random.int(1, 4);
			for (let i = 0; i < flips; i++) frame[random.int(0, frame.length - 1)] = random.int(0, 255);
			return {
				...base,
				name: `${valid.kind} with ${flips} bytes changed`,
				frame,
				codes: MALFORMED,
				mayIgnore: true,
			};
		}
		case 4: {
			// A sync or awareness message with its payload length replaced.
			const payload = random.bytes(random.int(0, 40));
			const header = random.pick([[0, 0], [0, 1], [0, 2], [1]]);
			const declared = random.pick([payload.length + random.int(1, 100), 2 ** 31, 2 ** 50]);
			return {
				...base,
				name: `length ${declared} for ${payload.length} bytes`,
				frame: concat(header, varUint(declared), payload),
				codes: MALFORMED,
				mayIgnore: false,
			};
		}
		case 5: {
			const header = random.pick([[], [0], [0, 2], [1], [0, 0]]);
			const run = Array.from({ length: random.int(9, 40) }, () => 0xff);
			return {
				...base,
				name: `huge varint after [${header.join(',')}]`,
				frame: concat(header, run, random.bytes(random.int(0, 4))),
				codes: MALFORMED,
				mayIgnore: false,
			};
		}
		case 6: {
			const json = random.pick(HOSTILE_STATES);
			const impersonate = random.bool(0.3);
			const clientId = impersonate ? random.pick(honest.clientIds) : random.int(1, 2 ** 31);
			return {
				...base,
				name: `awareness ${json.slice(0, 40)}${impersonate ? ' for an honest client id' : ''}`,
				frame: rawAwareness([{ clientId, clock: random.int(0, 2 ** 31), json }]),
				codes: MALFORMED,
				mayIgnore: true,
			};
		}
		case 7:
			return {
				...base,
				name: `awareness claiming ${random.pick([2 ** 20, 2 ** 31])} entries`,
				frame: concat([1], varUint(8), varUint(2 ** 31), random.bytes(5)),
				codes: MALFORMED,
				mayIgnore: false,
			};
		case 8:
			return {
				...base,
				name: 'text frame',
				frame: random.pick(['hello', '{"type":"sync"}', '\u0000\u0001', '💥'.repeat(100)]),
				codes: MALFORMED,
				mayIgnore: false,
			};
		case 9:
			return {
				...base,
				name: 'frame over MAX_MESSAGE_BYTES',
				frame: random.bytes(MAX_MESSAGE_BYTES + random.int(1, 1000)),
				codes: [CloseCode.messageTooBig],
				mayIgnore: false,
			};
		case 10: {
			// Large valid updates to the side board: accepted until its document is full, then
			// refused with 4413. A viewer's updates are dropped before any size check.
			const doc = new Y.Doc();
			doc.clientID = random.int(1, 2 ** 31);
			addCard(doc, 'x'.repeat(MAX_MESSAGE_BYTES - 20_000), { id: `l${doc.clientID}`, ...NO_CLOCK });
			const frame = encodeUpdateMessage(Y.encodeStateAsUpdate(doc));
			doc.destroy();
			return {
				...base,
				role: random.pick<Role>(['participant', 'viewer']),
				name: 'large updates, up to MAX_DOC_BYTES and past it',
				side: true,
				frame,
				codes: [CloseCode.documentTooLarge],
				mayIgnore: true,
			};
		}
		default: {
			const paths: [string, (board: BoardCreated) => string, number[]][] = [
				['no token', (b) => `/sync/${b.id}`, [CloseCode.unauthorized]],
				['garbage token', (b) => `/sync/${b.id}?token=v1.${'A'.repeat(300)}.x`, [4401]],
				['unknown board', () => '/sync/NoSuchBoard000?token=x', [4401, 4404]],
				['long board id', () => `/sync/${'a'.repeat(3000)}?token=x`, [4404]],
				['bad escape', () => '/sync/%E0%A4%A?token=x', [4404]],
				['dot segments', () => '/sync/..%2F..%2Fetc%2Fpasswd?token=x', [4404]],
				['tampered token', (b) => `/sync/${b.id}?token=${b.tokens.participant}x`, [4401]],
			];
			const [name, path, codes] = random.pick(paths);
			return {
				...base,
				name: `admission: ${name}`,
				path,
				frame: valid.frame,
				codes,
				mayIgnore: false,
			};
		}
	}
}

function tcpCase(random: Random): TcpCase {
	const texts = [
		'GET /sync/abc HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n',
		'POST /api/boards HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 99999999\r\n\r\n{"title":',
		'GET /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\nzz\r\n',
		`GET /${'a'.repeat(20_000)} HTTP/1.1\r\n\r\n`,
		'\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003',
	];
	return random.bool(0.5)
		? { channel: 'tcp', name: 'random bytes', bytes: random.bytes(random.int(1, 512)) }
		: {
				channel: 'tcp',
				name: 'malformed HTTP',
				bytes: new TextEncoder().encode(random.pick(texts)),
			};
}

/** A payload of any shape, many of them hostile. */
function hostileValue(random: Random, depth = 0): unknown {
	const choice = random.int(0, depth > 2 ? 6 : 12);
	switch (choice) {
		case 0:
			return null;
		case 1:
			return random.int(-1e9, 1e9) / random.pick([1, 7, 0.001]);
		case 2:
			return random.pick(['', 'x', 'hand.raise', 'vote.cast', '__proto__', '💥']);
		case 3:
			return random.bool();
		case 4:
			return 'x'.repeat(random.pick([300, 5000, 40_000]));
		case 5:
			return Buffer.from(random.bytes(random.int(0, 64)));
		case 6:
			return JSON.parse('{"__proto__":{"polluted":"yes"},"type":"hand.raise"}') as unknown;
		case 7:
			return { type: random.pick(['hand.raise', 'vote.cast', 'board.lock', 'nope']), x: 1 };
		case 8:
			return { type: 'vote.cast', itemId: hostileValue(random, depth + 1), votes: 1e308 };
		case 9:
			return Array.from({ length: random.int(0, 5) }, () => hostileValue(random, depth + 1));
		case 10: {
			let nested: unknown = { type: 'hand.raise' };
			for (let i = 0; i < 2000; i++) nested = { a: nested };
			return nested;
		}
		case 11:
			return { text: random.pick(['', 'hi', 'x'.repeat(281), '<script>alert(1)</script>']) };
		default:
			return JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}') as unknown;
	}
}

function sessionCase(random: Random): SessionCase {
	const known = [
		'session:command',
		'session:announce',
		'session:clock',
		'breakout:roster',
		'breakout:activity',
	];
	const unknown = [
		'nope',
		'__proto__',
		'constructor',
		'toString',
		'session:welcome',
		'x'.repeat(500),
	];
	const events: SessionEventCase[] = Array.from({ length: random.int(1, 6) }, () => {
		const event = random.bool(0.75) ? random.pick(known) : random.pick(unknown);
		const args = Array.from({ length: random.int(0, 2) }, () => hostileValue(random));
		return { event, args, ack: random.bool(0.7) };
	});
	if (random.bool(0.1)) {
		events.push({ event: 'session:command', args: ['y'.repeat(70 * 1024)], ack: true });
	}
	const auth = random.int(0, 9);
	if (auth < 6)
		return { channel: 'session', name: 'events as a participant', auth: 'honest', events };
	if (auth < 8)
		return { channel: 'session', name: 'events as a facilitator', auth: 'side', events };
	const hostileAuth: Record<string, unknown>[] = [
		{},
		{ boardId: 42, token: null },
		JSON.parse('{"__proto__":{"boardId":"x"},"token":"y"}') as Record<string, unknown>,
		{ boardId: 'a'.repeat(10_000), token: 'b' },
		{ boardId: ['x'], token: { toString: 1 } },
	];
	return { channel: 'session', name: 'hostile handshake', auth: random.pick(hostileAuth), events };
}

interface Outcome {
	name: string;
	result: string;
	ok: boolean;
}

/** Runs one raw-socket case: the hostile frame, then a probe (sync step 1) the server answers. */
async function runSync(
	server: TestServer,
	boards: { honest: BoardCreated; side: BoardCreated },
	test: SyncCase,
): Promise<Outcome> {
	const board = test.side ? boards.side : boards.honest;
	const url = test.path
		? `ws://127.0.0.1:${new URL(server.httpUrl).port}${test.path(board)}`
		: `${server.syncUrl}/${board.id}?token=${encodeURIComponent(board.tokens[test.role])}`;
	const socket = new WebSocket(url, { perMessageDeflate: false });
	socket.on('error', () => {});
	let answers = 0;
	socket.on('message', (data: Buffer) => {
		if (data[0] === 0 && data[1] === 1) answers++;
	});
	const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
	const opened = new Promise<boolean>((resolve) => {
		socket.once('open', () => resolve(true));
		socket.once('close', () => resolve(false));
	});
	const timeout = new Promise<'timeout'>((resolve) =>
		setTimeout(() => resolve('timeout'), CASE_TIMEOUT_MS).unref(),
	);
	if (await opened) {
		socket.send(test.frame);
		socket.send(encodeSyncStep1(new Uint8Array([0])));
	}
	const answered = waitFor(() => answers > 0, { timeoutMs: CASE_TIMEOUT_MS, intervalMs: 5 }).then(
		() => 'answered' as const,
		() => 'timeout' as const,
	);
	const result = await Promise.race([closed, answered, timeout]);
	socket.terminate();
	if (result === 'timeout') return { name: test.name, result: 'no answer, not closed', ok: false };
	if (result === 'answered') {
		return { name: test.name, result: 'ignored', ok: test.mayIgnore };
	}
	const ok = test.codes.includes(result);
	return { name: test.name, result: `closed ${result}`, ok };
}

async function runTcp(server: TestServer, test: TcpCase): Promise<Outcome> {
	const port = Number(new URL(server.httpUrl).port);
	const socket = net.connect(port, '127.0.0.1');
	socket.on('error', () => {});
	await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
	socket.write(test.bytes);
	const ended = await Promise.race([
		new Promise<string>((resolve) => socket.once('close', () => resolve('closed by server'))),
		new Promise<string>((resolve) => setTimeout(() => resolve('left open'), 300).unref()),
	]);
	socket.destroy();
	return { name: `tcp: ${test.name}`, result: ended, ok: true };
}

function ackShapeOk(event: string, reply: unknown): boolean {
	if (event === 'session:clock') return typeof reply === 'number';
	if (event === 'breakout:roster' || event === 'breakout:activity') return Array.isArray(reply);
	return (
		typeof reply === 'object' &&
		reply !== null &&
		typeof (reply as { ok?: unknown }).ok === 'boolean'
	);
}

/** Whether the server's handler would call the ack: the arguments have the expected count. */
function expectsAck(test: SessionEventCase): boolean {
	if (!test.ack) return false;
	if (['session:command', 'session:announce'].includes(test.event)) return test.args.length === 1;
	if (['session:clock', 'breakout:roster', 'breakout:activity'].includes(test.event)) {
		return test.args.length === 0;
	}
	return false;
}

async function runSession(
	server: TestServer,
	boards: { honest: BoardCreated; side: BoardCreated },
	test: SessionCase,
): Promise<Outcome> {
	const auth =
		test.auth === 'honest'
			? { boardId: boards.honest.id, token: boards.honest.tokens.participant }
			: test.auth === 'side'
				? { boardId: boards.side.id, token: boards.side.tokens.facilitator }
				: test.auth;
	const socket = io(server.httpUrl, {
		auth,
		transports: ['websocket'],
		reconnection: false,
		forceNew: true,
		timeout: CASE_TIMEOUT_MS,
	});
	try {
		const connected = await new Promise<boolean>((resolve) => {
			socket.once('connect', () => resolve(true));
			socket.once('connect_error', () => resolve(false));
		});
		if (test.auth !== 'honest' && test.auth !== 'side') {
			return {
				name: `session: ${test.name}`,
				result: connected ? 'admitted' : 'refused',
				ok: !connected,
			};
		}
		if (!connected) return { name: `session: ${test.name}`, result: 'not admitted', ok: false };
		let disconnected: string | undefined;
		socket.on('disconnect', (reason) => (disconnected = reason));
		const problems: string[] = [];
		let oversize = false;
		for (const event of test.events) {
			if (disconnected) break;
			const size = JSON.stringify(event.args, (_k, v: unknown) =>
				Buffer.isBuffer(v) ? '' : v,
			).length;
			if (size > 60 * 1024) oversize = true;
			if (!event.ack) {
				socket.emit(event.event, ...event.args);
				continue;
			}
			const reply = new Promise<unknown>((resolve) => {
				socket.emit(event.event, ...event.args, (answer: unknown) => resolve(answer));
			});
			if (!expectsAck(event)) continue;
			const answer = await Promise.race([
				reply,
				new Promise((resolve) => setTimeout(() => resolve('no ack'), 2_000).unref()),
			]);
			if (disconnected) break;
			if (answer === 'no ack' || !ackShapeOk(event.event, answer)) {
				problems.push(`${event.event}: ${JSON.stringify(answer)?.slice(0, 80)}`);
			}
		}
		// Whatever came before, a connection that was not sent anything too large still works.
		if (!disconnected) {
			const now = await Promise.race([
				new Promise<unknown>((resolve) => socket.emit('session:clock', resolve)),
				new Promise((resolve) => setTimeout(() => resolve('no ack'), 2_000).unref()),
			]);
			if (typeof now !== 'number' && !disconnected) problems.push('clock probe unanswered');
		}
		if (disconnected && !oversize) problems.push(`disconnected: ${disconnected}`);
		return {
			name: `session: ${test.name} (${test.events.map((e) => e.event.slice(0, 20)).join(', ')})`,
			result: problems.length > 0 ? problems.join('; ') : (disconnected ?? 'ok'),
			ok: problems.length === 0,
		};
	} finally {
		socket.close();
	}
}

/** The board's content, root by root, as plain JSON. */
function content(doc: Y.Doc): Record<string, unknown> {
	return Object.fromEntries(CONTENT_ROOTS.map((name) => [name, rootMap(doc, name).toJSON()]));
}

/** JSON with every object's keys sorted: a map's key order differs between replicas. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, entry: unknown) =>
		entry && typeof entry === 'object' && !Array.isArray(entry)
			? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : 1)))
			: entry,
	);
}

/** One honest edit: add, move, type in or delete a card. */
function honestEdit(random: Random, doc: Y.Doc, serial: number): void {
	const cards = cardsMap(doc);
	const ids = [...cards.keys()];
	const choice = random.int(0, 9);
	if (ids.length === 0 || choice < 3) {
		addCard(doc, `honest ${serial}`, { id: `h${doc.clientID}-${serial}` });
		return;
	}
	const card = cards.get(random.pick(ids));
	if (!card) return;
	if (choice < 7) {
		const text = cardText(card);
		if (text) text.insert(random.int(0, text.length), `${serial} `);
	} else if (choice < 9) {
		doc.transact(() => {
			card.set(CARD.stage, random.pick(STAGES));
			card.set(CARD.sector, random.pick(SECTORS));
			card.set(CARD.x, random.int(0, 2000));
			card.set(CARD.y, random.int(0, 2000));
		});
	} else {
		cards.delete(String(card.get(CARD.id)));
	}
}

describe('protocol fuzz against a running server', () => {
	it('[W2][W6][C3][I1] hostile frames, awareness, socket.io events and bytes: the server stays up, honest clients converge and the board reloads intact', async () => {
		console.info(`protocol fuzz: FUZZ_SEED=${SEED}`);
		const random = createRandom(SEED);
		const honestRandom = createRandom(SEED + 1);
		const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
		const config = { maxMessageBytes: MAX_MESSAGE_BYTES, maxDocBytes: MAX_DOC_BYTES };
		let server = await startTestServer({ config });
		const { dataDir } = server;
		const clients: SyncClient[] = [];
		try {
			const board = await server.createBoard('Fuzzed');
			const side = await server.createBoard('Side');
			const honest = [0, 1].map(() =>
				connectClient(server.syncUrl, board.id, board.tokens.participant),
			);
			clients.push(...honest);
			const honestCloses: number[] = [];
			for (const [i, client] of honest.entries()) {
				client.provider.on('connection-close', (event) => {
					if (event) honestCloses.push(event.code);
				});
				client.provider.awareness.setLocalState({
					user: { name: `Honest ${i}`, city: 'Lisbon', color: '#336699' },
					cursor: { x: i, y: i },
				});
			}
			await Promise.all(honest.map((client) => client.synced()));

			let serial = 0;
			const editing = setInterval(() => {
				const client = honestRandom.pick(honest);
				honestEdit(honestRandom, client.doc, serial++);
				if (honestRandom.bool(0.2)) {
					client.provider.awareness.setLocalStateField('cursor', {
						x: honestRandom.int(0, 1000),
						y: honestRandom.int(0, 1000),
					});
				}
			}, 20);

			// Cases are drawn up front from the seed, so a replay draws the same ones.
			const ids = { clientIds: honest.map((client) => client.doc.clientID) };
			const cases: Case[] = Array.from({ length: MAX_CASES }, () => {
				const channel = random.int(0, 99);
				if (channel < 70) return syncCase(random, ids);
				if (channel < 75) return tcpCase(random);
				return sessionCase(random);
			});
			const outcomes: Outcome[] = [];
			const started = Date.now();
			let next = 0;
			await Promise.all(
				Array.from({ length: WORKERS }, async () => {
					while (next < cases.length && Date.now() - started < BUDGET_MS) {
						const test = cases[next++]!;
						const outcome =
							test.channel === 'sync'
								? await runSync(server, { honest: board, side }, test)
								: test.channel === 'tcp'
									? await runTcp(server, test)
									: await runSession(server, { honest: board, side }, test);
						outcomes.push(outcome);
					}
				}),
			);
			clearInterval(editing);
			const seconds = ((Date.now() - started) / 1000).toFixed(1);
			const tally = new Map<string, number>();
			for (const outcome of outcomes) {
				const key = outcome.result.startsWith('closed')
					? outcome.result
					: outcome.result.split(':')[0]!;
				tally.set(key, (tally.get(key) ?? 0) + 1);
			}
			console.info(
				`protocol fuzz: ${outcomes.length} cases in ${seconds} s, ${serial} honest edits; ` +
					[...tally].map(([key, n]) => `${key} ${n}`).join(', '),
			);

			if (process.env['FUZZ_VERBOSE']) {
				for (const outcome of outcomes) console.info(`${outcome.name}: ${outcome.result}`);
			}
			const failures = outcomes.filter((outcome) => !outcome.ok);
			expect(
				failures.map((f) => `${f.name}: ${f.result}`),
				`FUZZ_SEED=${SEED}`,
			).toEqual([]);
			expect(outcomes.length).toBeGreaterThan(50);

			// The process is up and answers.
			const health = await fetch(`${server.httpUrl}/healthz`);
			expect(health.status).toBe(200);
			// Nothing reached Object.prototype (the server runs in this process).
			expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
			expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();

			// The honest clients were never closed, and converge with the server.
			expect(honestCloses, `FUZZ_SEED=${SEED}`).toEqual([]);
			const room = await server.app.rooms.acquire(board.id);
			await waitFor(
				() => {
					const expected = canonical(content(room.doc));
					return honest.every((client) => canonical(content(client.doc)) === expected);
				},
				{ message: `honest clients converge (FUZZ_SEED=${SEED})` },
			);
			const final = content(honest[0]!.doc);
			expect(Object.keys(final['cards'] as object).length).toBeGreaterThan(0);
			// Each still sees the other as it said it is.
			const other = honest[0]!.provider.awareness.getStates().get(honest[1]!.doc.clientID) as
				{ user?: { name: string } } | undefined;
			expect(other?.user?.name).toBe('Honest 1');
			server.app.rooms.release(room);

			for (const client of clients.splice(0)) client.destroy();
			await server.close();
			server = await startTestServer({ config, dataDir });
			const reader = connectClient(server.syncUrl, board.id, board.tokens.viewer);
			clients.push(reader);
			await reader.synced();
			expect(content(reader.doc), `FUZZ_SEED=${SEED}`).toEqual(final);
		} finally {
			for (const client of clients.splice(0)) client.destroy();
			await server.close();
			fs.rmSync(dataDir, { recursive: true, force: true });
		}
	}, 90_000);
});
