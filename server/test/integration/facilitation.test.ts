import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
	cardText,
	cardsMap,
	framesMap,
	timerRemainingMs,
	type Ack,
	type BoardCreated,
	type Role,
	type SessionCommand,
	type SessionState,
	type SessionStateMessage,
} from '@groundwork/protocol';
import {
	COMMAND_BURST,
	COMMANDS_PER_SECOND,
	VOTES_KEY,
} from '../../src/realtime/sessionHandlers.js';
import { joinSession, type FacilitationClient as Client } from '../support/facilitationClient.js';
import { connectBackend, startTestRedis, type TestRedis } from '../support/redisServer.js';
import { addCard, cardTexts, connectClient, type SyncClient } from '../support/syncClient.js';
import { makeDataDir, startTestServer, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

/** Participant keys: who votes and whose hand is up, stable across reconnects. */
const KEY = {
	facilitator: 'facilitator-key-01',
	alice: 'alice-key-0000001',
	bruno: 'bruno-key-0000002',
	carla: 'carla-key-0000003',
} as const;

const clients: Client[] = [];
const syncClients: SyncClient[] = [];
const servers: TestServer[] = [];
const dataDirs: string[] = [];

afterEach(async () => {
	for (const client of clients.splice(0)) client.close();
	for (const client of syncClients.splice(0)) client.destroy();
	for (const server of servers.splice(0)) await server.close();
	for (const dir of dataDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function server(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
	const started = await startTestServer(options);
	servers.push(started);
	if (!dataDirs.includes(started.dataDir)) dataDirs.push(started.dataDir);
	return started;
}

/** Stops a server and forgets it (its data dir stays for the next one). */
async function stop(target: TestServer): Promise<void> {
	servers.splice(servers.indexOf(target), 1);
	await target.close();
}

/** Connects to the board's session as `role`, with a participant key when given. */
async function join(
	target: TestServer,
	board: BoardCreated,
	role: Role,
	key?: string,
): Promise<Client> {
	const auth = { boardId: board.id, token: board.tokens[role], ...(key ? { key } : {}) };
	return joinSession(target.httpUrl, auth, role, (client) => clients.push(client));
}

/** Sends a command that must be accepted. */
async function accepted(client: Client, command: SessionCommand): Promise<void> {
	expect(await client.command(command), command.type).toEqual({ ok: true });
}

/** Waits until every client's newest state satisfies `predicate`. */
async function allSee(
	who: Client[],
	predicate: (state: SessionState) => boolean,
	message: string,
): Promise<void> {
	await waitFor(() => who.every((client) => predicate(client.state())), { message });
}

function sync(target: TestServer, board: BoardCreated, role: Role): SyncClient {
	const client = connectClient(target.syncUrl, board.id, board.tokens[role]);
	syncClients.push(client);
	return client;
}

let barriers = 0;

/**
 * Returns once `witness` sees a fresh presence of `writer`. Frames of one connection are handled
 * in order, so every update `writer` sent before has been handled (applied or dropped) by then.
 */
async function handled(writer: SyncClient, witness: SyncClient): Promise<void> {
	const name = `barrier ${++barriers}`;
	writer.provider.awareness.setLocalState({
		user: { name, city: '', color: '#000000' },
		cursor: null,
	});
	await waitFor(
		() => {
			const state = witness.provider.awareness.getStates().get(writer.doc.clientID);
			return (state?.['user'] as { name?: string } | undefined)?.name === name;
		},
		{ message: `the witness seeing ${name}` },
	);
}

/** The cards of the board's document as stored (not as any room holds it). */
async function storedCards(target: TestServer, boardId: string): Promise<Record<string, string>> {
	const doc = new Y.Doc();
	for (const update of await target.storage.docs.loadUpdates(boardId)) Y.applyUpdate(doc, update);
	const cards = cardTexts(doc);
	doc.destroy();
	return cards;
}

/**
 * An estimate of the server's clock from one `session:clock` round trip, for a client whose
 * own clock is `localNow` (it may be off by minutes: only the round trip counts).
 */
async function serverClock(client: Client, localNow: () => number): Promise<() => number> {
	let best: { rtt: number; offset: number } | undefined;
	for (let i = 0; i < 3; i++) {
		const sent = localNow();
		const server = await client.clock();
		const received = localNow();
		const rtt = received - sent;
		const offset = server + rtt / 2 - received;
		if (!best || rtt < best.rtt) best = { rtt, offset };
	}
	const { offset } = best!;
	return () => localNow() + offset;
}

const PUBLIC_VOTE_KEYS = [
	'id',
	'itemIds',
	'label',
	'maxPerItem',
	'startedAt',
	'status',
	'target',
	'totals',
	'voters',
	'votesPerPerson',
].sort();

describe('facilitation over socket.io, on one server', () => {
	describe('[F1] roles, validation and rate limits', () => {
		it('[F1] a participant’s facilitation commands and a viewer’s votes and hands are forbidden, and nothing is broadcast', async () => {
			const srv = await server();
			const board = await srv.createBoard();
			const facilitator = await join(srv, board, 'facilitator', KEY.facilitator);
			const alice = await join(srv, board, 'participant', KEY.alice);
			const viewer = await join(srv, board, 'viewer', 'viewer-key-000004');
			const everyone = [facilitator, alice, viewer];
			await accepted(facilitator, {
				type: 'vote.start',
				target: 'cards',
				label: 'Priorities',
				itemIds: ['card-a', 'card-b'],
				votesPerPerson: 3,
				maxPerItem: 2,
			});
			await allSee(everyone, (state) => state.vote?.status === 'open', 'the open vote');
			const seen = everyone.map((client) => client.states().length);
			const before = facilitator.state();

			const forbidden = { ok: false, code: 'forbidden' };
			const facilitation: SessionCommand[] = [
				{ type: 'timer.start', seconds: 300 },
				{
					type: 'vote.start',
					target: 'gaps',
					label: 'Mine',
					itemIds: ['gap-a'],
					votesPerPerson: 1,
					maxPerItem: 1,
				},
				{ type: 'board.lock', locked: true },
				{ type: 'agenda.go', index: 1 },
				{ type: 'vote.reveal' },
				{ type: 'attention.follow', leader: 1 },
			];
			for (const command of facilitation) {
				expect(await alice.command(command), command.type).toMatchObject(forbidden);
			}
			expect(await viewer.command({ type: 'vote.cast', itemId: 'card-a', delta: 1 })).toMatchObject(
				forbidden,
			);
			expect(
				await viewer.command({ type: 'hand.raise', name: 'Vera', city: 'Oslo' }),
			).toMatchObject(forbidden);

			// One accepted change after the refusals: each client gets that state and no other.
			await accepted(facilitator, { type: 'attention.follow', leader: 9 });
			await allSee(everyone, (state) => state.followLeader === 9, 'the follow');
			everyone.forEach((client, i) => {
				expect(client.states().length).toBe(seen[i]! + 1);
				expect(client.state()).toEqual({ ...before, followLeader: 9, version: before.version + 1 });
			});
			expect(alice.ballots().every((message) => Object.keys(message.ballot).length === 0)).toBe(
				true,
			);
		});

		it('[F1] malformed commands and impossible ones are refused as invalid', async () => {
			const srv = await server();
			const board = await srv.createBoard();
			const facilitator = await join(srv, board, 'facilitator', KEY.facilitator);
			const malformed: unknown[] = [
				null,
				'timer.start',
				42,
				[],
				{},
				{ type: 'no.such.command' },
				{ type: 'timer.start' },
				{ type: 'timer.start', seconds: 0 },
				{ type: 'timer.start', seconds: 1.5 },
				{ type: 'timer.start', seconds: 9 * 60 * 60 },
				{ type: 'timer.start', seconds: 60, extra: true },
				JSON.parse('{"type":"board.lock","locked":true,"__proto__":{"polluted":true}}'),
				{ type: 'agenda.go', index: -1 },
				{ type: 'agenda.set', phases: [] },
				{ type: 'hand.raise', name: '   ', city: '' },
				{ type: 'vote.cast', itemId: 'a', delta: 2 },
				{ type: 'attention.summon', viewport: { x: 0, y: 0, width: 0, height: 10 } },
				{
					type: 'vote.start',
					target: 'cards',
					label: '',
					itemIds: [],
					votesPerPerson: 1,
					maxPerItem: 1,
				},
			];
			for (const input of malformed) {
				expect(await facilitator.command(input), JSON.stringify(input)).toMatchObject({
					ok: false,
					code: 'invalid',
				});
			}
			// Well formed, but not possible now.
			const impossible: SessionCommand[] = [
				{ type: 'agenda.go', index: 3 },
				{ type: 'timer.pause' },
				{ type: 'vote.reveal' },
				{
					type: 'vote.start',
					target: 'cards',
					label: '',
					itemIds: ['a'],
					votesPerPerson: 1,
					maxPerItem: 2,
				},
			];
			for (const command of impossible) {
				expect(await facilitator.command(command), command.type).toMatchObject({
					ok: false,
					code: 'invalid',
				});
			}
			expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
			expect(facilitator.states()).toHaveLength(1);
			expect(facilitator.state().version).toBe(0);
		});

		it('[F1] a burst over the rate limit is refused; the connection works again after a while', async () => {
			const srv = await server();
			const board = await srv.createBoard();
			const alice = await join(srv, board, 'participant', KEY.alice);
			const bruno = await join(srv, board, 'participant', KEY.bruno);
			const burst = COMMAND_BURST + 20;
			const started = Date.now();
			const acks = await Promise.all(
				Array.from({ length: burst }, () => alice.command({ type: 'hand.lower' })),
			);
			const refilled = Math.ceil(((Date.now() - started) / 1000) * COMMANDS_PER_SECOND);
			const ok = acks.filter((ack) => ack.ok).length;
			const limited = acks.filter((ack) => !ack.ok && ack.code === 'rate_limited').length;
			expect(ok + limited).toBe(burst);
			expect(ok).toBeGreaterThanOrEqual(COMMAND_BURST);
			// The bucket refills only at its rate while the burst is on its way.
			expect(ok).toBeLessThanOrEqual(COMMAND_BURST + refilled);
			expect(limited).toBeGreaterThan(0);

			// Each connection has its own budget.
			await accepted(bruno, { type: 'hand.raise', name: 'Bruno', city: 'Aarhus' });

			const raise = { type: 'hand.raise', name: 'Alice', city: 'Lisbon' };
			await waitFor(async () => (await alice.command(raise)).ok, {
				message: 'a command accepted again',
			});
			expect(alice.socket.connected).toBe(true);
			await allSee(
				[alice, bruno],
				(state) => state.hands.map((hand) => hand.name).join() === 'Bruno,Alice',
				'both hands',
			);
		});
	});

	it('a single instance runs commands without warnings from its socket.io adapter', async () => {
		const srv = await server();
		const board = await srv.createBoard();
		const facilitator = await join(srv, board, 'facilitator', KEY.facilitator);
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		try {
			await accepted(facilitator, { type: 'board.lock', locked: true });
			expect(warn.mock.calls).toEqual([]);
		} finally {
			warn.mockRestore();
		}
	});

	it('[F3] the facilitator’s timer: everyone, a late joiner with a wrong clock too, agrees on the time left', async () => {
		const srv = await server();
		const board = await srv.createBoard();
		const facilitator = await join(srv, board, 'facilitator', KEY.facilitator);
		const alice = await join(srv, board, 'participant', KEY.alice);
		await accepted(facilitator, { type: 'timer.start', seconds: 300 });
		await allSee([alice], (state) => state.timer.status === 'running', 'the running timer');

		// Bruno joins after the start; his computer's clock is 90 s fast.
		const bruno = await join(srv, board, 'participant', KEY.bruno);
		expect(bruno.state().timer.status).toBe('running');
		const aliceNow = await serverClock(alice, () => Date.now());
		const brunoNow = await serverClock(bruno, () => Date.now() + 90_000);
		const left = (client: Client, now: () => number) =>
			timerRemainingMs(client.state().timer, now())!;
		const agree = () => {
			const [a, b] = [left(alice, aliceNow), left(bruno, brunoNow)];
			expect(Math.abs(a - b), `alice ${a} ms, bruno ${b} ms`).toBeLessThan(500);
			return a;
		};

		const atStart = agree();
		expect(atStart).toBeGreaterThan(290_000);
		expect(atStart).toBeLessThanOrEqual(300_000);
		// Without the server's clock Bruno would be 90 s off.
		expect(atStart - timerRemainingMs(bruno.state().timer, Date.now() + 90_000)!).toBeGreaterThan(
			85_000,
		);

		const everyone = [facilitator, alice, bruno];
		await accepted(facilitator, { type: 'timer.pause' });
		await allSee(everyone, (state) => state.timer.status === 'paused', 'the pause');
		const paused = facilitator.state().timer;
		for (const client of everyone) expect(client.state().timer).toEqual(paused);
		const pausedLeft = agree();
		expect(pausedLeft).toBeLessThanOrEqual(atStart);
		expect(pausedLeft).toBeGreaterThan(atStart - 10_000);

		await accepted(facilitator, { type: 'timer.resume' });
		await allSee(everyone, (state) => state.timer.status === 'running', 'the resume');
		expect(Math.abs(agree() - pausedLeft)).toBeLessThan(5_000);
		const resumed = facilitator.state().timer;

		await accepted(facilitator, { type: 'timer.add', seconds: 60 });
		await allSee(everyone, (state) => state.version === facilitator.state().version, 'the minute');
		for (const client of everyone) {
			const timer = client.state().timer;
			if (timer.status !== 'running' || resumed.status !== 'running')
				throw new Error('not running');
			expect(timer.endsAt).toBe(resumed.endsAt + 60_000);
			expect(timer.durationMs).toBe(resumed.durationMs + 60_000);
		}
		expect(agree()).toBeGreaterThan(pausedLeft + 50_000);
	});

	it('[F4] a dot vote is secret until revealed; the totals reach everyone and the cards', async () => {
		const srv = await server();
		const board = await srv.createBoard();
		const writer = sync(srv, board, 'facilitator');
		const reader = sync(srv, board, 'viewer');
		await Promise.all([writer.synced(), reader.synced()]);
		const items = ['Solar on schools', 'Bus lanes', 'Heat pumps'].map((text) =>
			addCard(writer.doc, text),
		);
		await waitFor(() => items.every((id) => cardTexts(reader.doc)[id]), { message: 'the cards' });
		const [c1, c2, c3] = items as [string, string, string];

		const facilitator = await join(srv, board, 'facilitator', KEY.facilitator);
		const alice = await join(srv, board, 'participant', KEY.alice);
		const bruno = await join(srv, board, 'participant', KEY.bruno);
		const viewer = await join(srv, board, 'viewer');
		await accepted(facilitator, {
			type: 'vote.start',
			target: 'cards',
			label: 'What first?',
			itemIds: items,
			votesPerPerson: 3,
			maxPerItem: 2,
		});
		const everyone = [facilitator, alice, bruno, viewer];
		await allSee(everyone, (state) => state.vote?.status === 'open', 'the open vote');
		const voteId = facilitator.state().vote!.id;
		const cast = (itemId: string, delta: 1 | -1 = 1): SessionCommand => ({
			type: 'vote.cast',
			itemId,
			delta,
		});

		for (const [client, itemId, delta] of [
			[alice, c1, 1],
			[bruno, c2, 1],
			[alice, c1, 1],
			[bruno, c3, 1],
			[alice, c2, 1],
			[bruno, c3, -1],
			[bruno, c2, 1],
		] as const) {
			expect(await client.command(cast(itemId, delta))).toEqual({ ok: true });
		}
		// Over a limit: a third vote on one item, a fourth vote in all.
		expect(await alice.command(cast(c1))).toMatchObject({ ok: false, code: 'invalid' });
		expect(await alice.command(cast(c3))).toMatchObject({ ok: false, code: 'invalid' });
		await allSee(everyone, (state) => state.vote?.voters === 2, 'two voters');

		// A reconnecting voter gets their ballot back, and their spent votes stay spent.
		const aliceAgain = await join(srv, board, 'participant', KEY.alice);
		await waitFor(() => aliceAgain.ballots().length > 0, { message: 'alice’s ballot back' });
		expect(aliceAgain.ballots()).toEqual([{ voteId, ballot: { [c1]: 2, [c2]: 1 } }]);
		expect(await aliceAgain.command(cast(c3))).toMatchObject({ ok: false, code: 'invalid' });

		// A latecomer votes too.
		const carla = await join(srv, board, 'participant', KEY.carla);
		expect(carla.state().vote).toMatchObject({ id: voteId, status: 'open', voters: 2 });
		await accepted(carla, cast(c3));
		const all = [...everyone, aliceAgain, carla];
		await allSee(all, (state) => state.vote?.voters === 3, 'three voters');

		// Before the reveal: nothing anyone received tells who voted for what, or how many.
		for (const client of all) {
			for (const { event, payload } of client.events) {
				expect(['session:welcome', 'session:state', 'session:ballot']).toContain(event);
				if (event !== 'session:state') continue;
				const { state } = payload as SessionStateMessage;
				const text = JSON.stringify(state);
				for (const key of Object.values(KEY)) expect(text).not.toContain(key);
				if (!state.vote) continue;
				expect(Object.keys(state.vote).sort()).toEqual(PUBLIC_VOTE_KEYS);
				expect(state.vote.totals).toBeNull();
			}
		}
		const ballotsOf = (client: Client) => client.ballots().map((message) => message.ballot);
		const none = { voteId: null, ballot: {} };
		expect(alice.ballots()[0]).toEqual(none);
		expect(ballotsOf(alice)).toEqual([{}, { [c1]: 1 }, { [c1]: 2 }, { [c1]: 2, [c2]: 1 }]);
		expect(bruno.ballots()[0]).toEqual(none);
		expect(ballotsOf(bruno)).toEqual([
			{},
			{ [c2]: 1 },
			{ [c2]: 1, [c3]: 1 },
			{ [c2]: 1 },
			{ [c2]: 2 },
		]);
		expect(ballotsOf(carla)).toEqual([{}, { [c3]: 1 }]);
		expect(facilitator.ballots()).toEqual([none]);
		expect(viewer.ballots()).toEqual([]);
		for (const client of [alice, bruno, carla]) {
			expect(
				client
					.ballots()
					.slice(1)
					.every((message) => message.voteId === voteId),
			).toBe(true);
		}

		await accepted(facilitator, { type: 'vote.reveal' });
		const totals = { [c1]: 2, [c2]: 3, [c3]: 1 };
		await allSee(all, (state) => state.vote?.status === 'revealed', 'the reveal');
		for (const client of all) expect(client.state().vote?.totals).toEqual(totals);

		const votesOn = (doc: Y.Doc) =>
			Object.fromEntries(items.map((id) => [id, cardsMap(doc).get(id)?.get(VOTES_KEY)]));
		await waitFor(() => isDeepStrictEqual(votesOn(reader.doc), totals), {
			message: 'the totals on the cards',
		});
		expect(votesOn(writer.doc)).toEqual(totals);
		const late = sync(srv, board, 'viewer');
		await late.synced();
		expect(votesOn(late.doc)).toEqual(totals);
	});

	it('[F4] [F7] a raised hand gives nobody the key to vote as, or read the ballot of, its owner', async () => {
		const srv = await server();
		const board = await srv.createBoard();
		const facilitator = await join(srv, board, 'facilitator', KEY.facilitator);
		const alice = await join(srv, board, 'participant', KEY.alice);
		const bruno = await join(srv, board, 'participant', KEY.bruno);
		await accepted(facilitator, {
			type: 'vote.start',
			target: 'cards',
			label: 'What first?',
			itemIds: ['card-a', 'card-b'],
			votesPerPerson: 2,
			maxPerItem: 2,
		});
		await accepted(alice, { type: 'vote.cast', itemId: 'card-a', delta: 1 });
		await accepted(alice, { type: 'hand.raise', name: 'Alice', city: 'Lisbon' });
		await allSee([bruno], (state) => state.hands.length === 1, 'Alice’s hand');

		// Bruno tries everything the hand queue shows him as a participant key.
		const shown = JSON.stringify(bruno.state().hands);
		const candidates = [...shown.matchAll(/"([A-Za-z0-9_-]{8,64})"/g)].map((match) => match[1]!);
		for (const candidate of new Set(candidates)) {
			const impostor = await join(srv, board, 'participant', candidate);
			await waitFor(() => impostor.ballots().length > 0, { message: 'the impostor’s ballot' });
			expect(impostor.ballots()[0]?.ballot, `ballot under key ${candidate}`).toEqual({});
			impostor.close();
		}
		expect(shown).not.toContain(KEY.alice);
	});

	it('[F4] a reveal whose board cannot be loaded is still answered, and the server keeps serving', async () => {
		const srv = await server();
		const board = await srv.createBoard();
		const facilitator = await join(srv, board, 'facilitator', KEY.facilitator);
		await accepted(facilitator, {
			type: 'vote.start',
			target: 'cards',
			label: 'What first?',
			itemIds: ['card-a'],
			votesPerPerson: 1,
			maxPerItem: 1,
		});
		// Nobody has the board open, so the reveal has to load it to write the totals: that fails.
		expect(srv.app.rooms.has(board.id)).toBe(false);
		const docs = srv.storage.docs;
		const loadUpdates = docs.loadUpdates.bind(docs);
		docs.loadUpdates = () => Promise.reject(new Error('the disk is gone'));
		let answer: Ack | undefined;
		facilitator.socket.emit('session:command', { type: 'vote.reveal' }, (ack: Ack) => {
			answer = ack;
		});
		try {
			await waitFor(() => answer, { timeoutMs: 5_000, message: 'an answer to the reveal' });
		} finally {
			docs.loadUpdates = loadUpdates;
		}
		await accepted(facilitator, { type: 'attention.follow', leader: 1 });
	});

	it('[F6] a summons reaches everyone but its sender; follow-me is set for everyone', async () => {
		const srv = await server();
		const board = await srv.createBoard();
		const facilitator = await join(srv, board, 'facilitator', KEY.facilitator);
		const others = [
			await join(srv, board, 'participant', KEY.alice),
			await join(srv, board, 'participant', KEY.bruno),
			await join(srv, board, 'viewer'),
		];
		const everyone = [facilitator, ...others];
		const viewport = { x: 120, y: -40, width: 1600, height: 900 };
		await accepted(facilitator, { type: 'attention.summon', viewport });
		// The sender would have had it before the ack, on the same connection.
		expect(facilitator.summons()).toEqual([]);
		for (const client of others) {
			await waitFor(() => client.summons().length > 0, { message: 'the summons' });
			expect(client.summons()).toEqual([{ viewport, at: expect.any(Number) }]);
		}
		expect(everyone.map((client) => client.states().length)).toEqual([1, 1, 1, 1]);

		await accepted(facilitator, { type: 'attention.follow', leader: 4242 });
		await allSee(everyone, (state) => state.followLeader === 4242, 'following the leader');
		await accepted(facilitator, { type: 'attention.follow', leader: null });
		await allSee(everyone, (state) => state.followLeader === null, 'following nobody');
		expect(everyone.map((client) => client.states().length)).toEqual([3, 3, 3, 3]);
	});
});

describe('[F5] the board lock, enforced on the sync connection', () => {
	it('[F5] while locked a participant’s update is dropped and a facilitator’s goes through; after unlock the held one is delivered and new ones go through', async () => {
		const srv = await server();
		const board = await srv.createBoard();
		const facilitator = await join(srv, board, 'facilitator', KEY.facilitator);
		const facilitatorSync = sync(srv, board, 'facilitator');
		const aliceSync = sync(srv, board, 'participant');
		const witness = sync(srv, board, 'viewer');
		await Promise.all([facilitatorSync, aliceSync, witness].map((client) => client.synced()));
		const before = addCard(aliceSync.doc, 'before the lock');
		await waitFor(() => cardTexts(witness.doc)[before], { message: 'the card before the lock' });

		await accepted(facilitator, { type: 'board.lock', locked: true });
		expect(facilitator.state().locked).toBe(true);
		const blocked = addCard(aliceSync.doc, 'written while locked');
		await handled(aliceSync, witness);
		const allowed = addCard(facilitatorSync.doc, 'the facilitator’s, while locked');
		await waitFor(() => cardTexts(witness.doc)[allowed], { message: 'the facilitator’s card' });
		expect(cardTexts(witness.doc)[blocked]).toBeUndefined();

		const fresh = sync(srv, board, 'participant');
		await fresh.synced();
		expect(cardTexts(fresh.doc)).toMatchObject({
			[before]: 'before the lock',
			[allowed]: expect.any(String),
		});
		expect(cardTexts(fresh.doc)[blocked]).toBeUndefined();
		await waitFor(async () => (await storedCards(srv, board.id))[allowed], {
			message: 'the facilitator’s card stored',
		});
		expect((await storedCards(srv, board.id))[blocked]).toBeUndefined();

		await accepted(facilitator, { type: 'board.lock', locked: false });
		const after = addCard(aliceSync.doc, 'after the unlock');
		const freshAfter = addCard(fresh.doc, 'a fresh client’s, after the unlock');
		await waitFor(() => cardTexts(witness.doc)[freshAfter], { message: 'the fresh client’s card' });
		await waitFor(() => cardTexts(witness.doc)[after], {
			message: 'the participant’s card after the unlock',
		});
		// What was in flight when the lock came is not lost: the unlock makes the participant's
		// client resync (4409), which delivers it now.
		await waitFor(() => cardTexts(witness.doc)[blocked], { message: 'the held card' });
	});

	it('[F5] the lock applies to rooms loaded after it, and survives a restart', async () => {
		const dataDir = makeDataDir();
		const first = await server({ dataDir });
		const board = await first.createBoard();
		const facilitator = await join(first, board, 'facilitator', KEY.facilitator);
		await accepted(facilitator, { type: 'board.lock', locked: true });
		expect(first.app.rooms.has(board.id)).toBe(false);

		const check = async (target: TestServer, label: string) => {
			const aliceSync = sync(target, board, 'participant');
			const facilitatorSync = sync(target, board, 'facilitator');
			const witness = sync(target, board, 'viewer');
			await Promise.all([aliceSync, facilitatorSync, witness].map((client) => client.synced()));
			const blocked = addCard(aliceSync.doc, `${label}: participant`);
			await handled(aliceSync, witness);
			const allowed = addCard(facilitatorSync.doc, `${label}: facilitator`);
			await waitFor(() => cardTexts(witness.doc)[allowed], { message: `${label}: allowed card` });
			expect(cardTexts(witness.doc)[blocked]).toBeUndefined();
			await waitFor(async () => (await storedCards(target, board.id))[allowed]);
			expect((await storedCards(target, board.id))[blocked]).toBeUndefined();
			for (const client of [aliceSync, facilitatorSync, witness]) {
				syncClients.splice(syncClients.indexOf(client), 1);
				client.destroy();
			}
		};
		await check(first, 'first run');
		facilitator.close();
		await stop(first);

		const second = await server({ dataDir });
		expect((await join(second, board, 'participant', KEY.alice)).state().locked).toBe(true);
		await check(second, 'after the restart');
	});
});

describe('[F5] locked cards and frames, enforced on the sync connection', () => {
	/** The text of card `id` in `doc`, or undefined when it is not there. */
	const textOf = (doc: Y.Doc, id: string) => cardTexts(doc)[id];

	it('[F5] a participant’s change to a locked card or to a card in a locked frame is reverted for everyone; other cards and the facilitator go on; unlocking frees them', async () => {
		const srv = await server();
		const board = await srv.createBoard();
		const facilitator = await join(srv, board, 'facilitator', KEY.facilitator);
		const facilitatorSync = sync(srv, board, 'facilitator');
		const aliceSync = sync(srv, board, 'participant');
		const witness = sync(srv, board, 'viewer');
		await Promise.all([facilitatorSync, aliceSync, witness].map((client) => client.synced()));
		const locked = addCard(facilitatorSync.doc, 'Structure', { x: 0, y: 0 });
		const framed = addCard(facilitatorSync.doc, 'In the frame', { x: 2000, y: 0 });
		const free = addCard(facilitatorSync.doc, 'Free', { x: 4000, y: 0 });
		const frame = new Y.Map<unknown>();
		for (const [key, value] of Object.entries({ id: 'frame-1', x: 1900, y: -50, w: 500, h: 300 })) {
			frame.set(key, value);
		}
		framesMap(facilitatorSync.doc).set('frame-1', frame);
		await waitFor(() => textOf(aliceSync.doc, free) && framesMap(aliceSync.doc).has('frame-1'), {
			message: 'the cards and the frame at Alice’s',
		});

		await accepted(facilitator, { type: 'items.lock', ids: [locked, 'frame-1'], locked: true });
		expect(facilitator.state().lockedItems).toEqual([locked, 'frame-1']);

		const aliceCards = cardsMap(aliceSync.doc);
		cardText(aliceCards.get(locked)!)?.insert(0, 'Changed: ');
		aliceCards.get(framed)!.set('x', 9000);
		cardText(aliceCards.get(free)!)?.insert(4, ' and changed');
		await waitFor(() => textOf(witness.doc, free) === 'Free and changed', {
			message: 'the change to the free card',
		});
		await waitFor(
			() =>
				textOf(aliceSync.doc, locked) === 'Structure' &&
				cardsMap(aliceSync.doc).get(framed)?.get('x') === 2000,
			{ message: 'the changes to held cards reverted at Alice’s' },
		);
		expect(textOf(witness.doc, locked)).toBe('Structure');
		expect(cardsMap(witness.doc).get(framed)?.get('x')).toBe(2000);

		cardText(cardsMap(facilitatorSync.doc).get(locked)!)?.insert(9, ' (agreed)');
		await waitFor(() => textOf(aliceSync.doc, locked) === 'Structure (agreed)', {
			message: 'the facilitator’s change to the locked card',
		});

		await accepted(facilitator, { type: 'items.lock', ids: [locked, 'frame-1'], locked: false });
		await waitFor(() => facilitator.state().lockedItems.length === 0);
		aliceCards.delete(locked);
		await waitFor(() => textOf(witness.doc, locked) === undefined, {
			message: 'the unlocked card deleted',
		});
		await waitFor(async () => (await storedCards(srv, board.id))[free] === 'Free and changed', {
			message: 'the stored board',
		});
		expect((await storedCards(srv, board.id))[locked]).toBeUndefined();
	});

	it('[F5] item locks apply to rooms loaded after them, and survive a restart', async () => {
		const dataDir = makeDataDir();
		const first = await server({ dataDir });
		const board = await first.createBoard();
		const facilitatorSync = sync(first, board, 'facilitator');
		await facilitatorSync.synced();
		const card = addCard(facilitatorSync.doc, 'Keep me');
		await waitFor(async () => (await storedCards(first, board.id))[card] === 'Keep me');
		const facilitator = await join(first, board, 'facilitator', KEY.facilitator);
		await accepted(facilitator, { type: 'items.lock', ids: [card], locked: true });
		facilitator.close();
		syncClients.splice(syncClients.indexOf(facilitatorSync), 1);
		facilitatorSync.destroy();
		await stop(first);

		const second = await server({ dataDir });
		const aliceSync = sync(second, board, 'participant');
		const witness = sync(second, board, 'viewer');
		await Promise.all([aliceSync, witness].map((client) => client.synced()));
		cardsMap(aliceSync.doc).delete(card);
		const other = addCard(aliceSync.doc, 'After the restart');
		await waitFor(() => textOf(witness.doc, other), { message: 'Alice’s new card' });
		await waitFor(() => textOf(aliceSync.doc, card) === 'Keep me', {
			message: 'the locked card restored at Alice’s',
		});
		expect(textOf(witness.doc, card)).toBe('Keep me');
	});
});

describe('[F8] the session survives a restart', () => {
	it('[F8] phase, timer, lock, hands, open vote and ballots are the same after a restart', async () => {
		const dataDir = makeDataDir();
		const first = await server({ dataDir });
		const board = await first.createBoard();
		const facilitator = await join(first, board, 'facilitator', KEY.facilitator);
		const alice = await join(first, board, 'participant', KEY.alice);
		await accepted(facilitator, { type: 'agenda.go', index: 1 });
		await accepted(facilitator, { type: 'timer.start', seconds: 600 });
		await accepted(facilitator, { type: 'board.lock', locked: true });
		await accepted(alice, { type: 'hand.raise', name: 'Alice', city: 'Lisbon' });
		await accepted(facilitator, {
			type: 'vote.start',
			target: 'gaps',
			label: 'Gaps',
			itemIds: ['gap-x', 'gap-y', 'gap-z'],
			votesPerPerson: 3,
			maxPerItem: 2,
		});
		await accepted(alice, { type: 'vote.cast', itemId: 'gap-x', delta: 1 });
		await accepted(alice, { type: 'vote.cast', itemId: 'gap-x', delta: 1 });
		const before = facilitator.state();
		expect(before).toMatchObject({
			currentPhase: 1,
			locked: true,
			timer: { status: 'running' },
			vote: { status: 'open', voters: 1 },
		});
		facilitator.close();
		alice.close();
		await stop(first);

		const second = await server({ dataDir });
		const facilitatorAgain = await join(second, board, 'facilitator', KEY.facilitator);
		const aliceAgain = await join(second, board, 'participant', KEY.alice);
		expect(facilitatorAgain.state()).toEqual(before);
		expect(aliceAgain.state()).toEqual(before);
		await waitFor(() => aliceAgain.ballots().length > 0, { message: 'alice’s ballot' });
		expect(aliceAgain.ballots()[0]).toEqual({ voteId: before.vote!.id, ballot: { 'gap-x': 2 } });

		await accepted(aliceAgain, { type: 'vote.cast', itemId: 'gap-y', delta: 1 });
		expect(
			await aliceAgain.command({ type: 'vote.cast', itemId: 'gap-z', delta: 1 }),
		).toMatchObject({ ok: false, code: 'invalid' });
		await accepted(facilitatorAgain, { type: 'vote.reveal' });
		await allSee([aliceAgain], (state) => state.vote?.status === 'revealed', 'the reveal');
		expect(aliceAgain.state().vote?.totals).toEqual({ 'gap-x': 2, 'gap-y': 1, 'gap-z': 0 });
		expect(aliceAgain.state().version).toBe(before.version + 2);
	});
});

describe('[F8] two instances on one Redis share the session', () => {
	let redis: TestRedis;
	beforeAll(async () => {
		redis = await startTestRedis();
	});
	afterAll(async () => {
		await redis.close();
	});

	async function instance(): Promise<TestServer> {
		const backend = await connectBackend(redis);
		return server({ backend });
	}

	it('[F8] a command on one instance is seen on the other; a lock set on one is enforced on the other', async () => {
		const [a, b] = [await instance(), await instance()];
		const board = await a.createBoard();
		const facilitator = await join(a, board, 'facilitator', KEY.facilitator);
		const alice = await join(b, board, 'participant', KEY.alice);

		await accepted(facilitator, { type: 'timer.start', seconds: 120 });
		await allSee([alice], (state) => state.timer.status === 'running', 'the timer on B');
		expect(alice.state()).toEqual(facilitator.state());
		await accepted(alice, { type: 'hand.raise', name: 'Alice', city: 'Lisbon' });
		await allSee([facilitator], (state) => state.hands.length === 1, 'the hand on A');

		const aliceSync = sync(b, board, 'participant');
		const witnessB = sync(b, board, 'viewer');
		const facilitatorSync = sync(a, board, 'facilitator');
		const witnessA = sync(a, board, 'viewer');
		const syncs = [aliceSync, witnessB, facilitatorSync, witnessA];
		await Promise.all(syncs.map((client) => client.synced()));
		const before = addCard(aliceSync.doc, 'before the lock');
		await waitFor(() => cardTexts(witnessA.doc)[before], { message: 'B’s card on A' });

		await accepted(facilitator, { type: 'board.lock', locked: true });
		await allSee([alice], (state) => state.locked, 'the lock on B');
		// B hears of the lock from A (through Redis); its room holds it before it takes updates.
		await waitFor(async () => (await b.app.rooms.loaded(board.id))?.locked, {
			message: 'B’s room locked',
		});
		const blocked = addCard(aliceSync.doc, 'written on B while locked');
		await handled(aliceSync, witnessB);
		const allowed = addCard(facilitatorSync.doc, 'written on A while locked');
		for (const witness of [witnessA, witnessB]) {
			await waitFor(() => cardTexts(witness.doc)[allowed], { message: 'the facilitator’s card' });
		}
		await handled(aliceSync, witnessA);
		for (const witness of [witnessA, witnessB]) {
			expect(cardTexts(witness.doc)[blocked]).toBeUndefined();
		}
		expect((await storedCards(a, board.id))[blocked]).toBeUndefined();
	});
});
