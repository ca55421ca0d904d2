import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	cardsMap,
	type CohortView,
	type ComparisonAnswer,
	type CopyAnswer,
	type InvitationPreview,
	type LibraryAnswer,
	type PracticeView,
	type SuggestionsAnswer,
} from '@groundwork/protocol';
import { signInvite } from '../../src/auth/invites.js';
import { addCard } from '../support/syncClient.js';
import { startTestServer, TEST_SECRET, type TestServer } from '../support/testServer.js';
import { closeAfterEach } from '../support/testResources.js';
import { waitFor } from '../support/waitFor.js';
import { connectBackend, startTestRedis, type TestRedis } from '../support/redisServer.js';
import {
	addGap,
	addressGap,
	call,
	makeCohort,
	type TestCity,
	type TestCohort,
} from '../support/cohortWorld.js';

const { syncClients, servers } = closeAfterEach();

async function server(): Promise<TestServer> {
	const started = await startTestServer();
	servers.push(started);
	return started;
}

async function library(srv: TestServer, city: TestCity | string, cohort: TestCohort) {
	const token = typeof city === 'string' ? city : city.token('participant');
	return call<LibraryAnswer>(srv, token, 'GET', `/api/cohorts/${cohort.id}/library`);
}

/** Adds a success card to a city's board; returns its id. */
async function success(city: TestCity, text: string): Promise<string> {
	const doc = await city.edit();
	const id = addCard(doc, text, { kind: 'success', city: city.name, sector: 'mobility' });
	cardsMap(doc).get(id)?.set('levers', ['participation']);
	return id;
}

async function promote(
	srv: TestServer,
	cohort: TestCohort,
	city: TestCity,
	cardId: string,
	extra: object = {},
) {
	return call<PracticeView>(
		srv,
		city.token('participant'),
		'POST',
		`/api/cohorts/${cohort.id}/library`,
		{ source: { kind: 'card', itemId: cardId }, ...extra },
	);
}

describe('cohorts: create, invite, join [K1]-[K5]', () => {
	it('joins three cities by invitation; each board keeps its own roles', async () => {
		const srv = await server();
		const cohort = await makeCohort(srv, syncClients);
		const mine = await call<{ cohorts: CohortView[] }>(
			srv,
			cohort.tartu.token('viewer'),
			'GET',
			'/api/cohorts/mine',
		);
		expect(mine.status).toBe(200);
		const [view] = mine.body.cohorts;
		expect(view?.members.map((m) => m.city)).toEqual(['', 'Split', 'Tartu', 'Lisbon']);
		expect(view?.you).toMatchObject({ city: 'Tartu', role: 'viewer', coordinator: false });
		const seminar = await call<CohortView>(
			srv,
			cohort.seminar.tokens.facilitator,
			'GET',
			`/api/cohorts/${cohort.id}`,
		);
		expect(seminar.body.you.coordinator).toBe(true);
		// A city's facilitator does not coordinate the cohort.
		const invitation = await call(
			srv,
			cohort.split.token('facilitator'),
			'GET',
			`/api/cohorts/${cohort.id}/invitation`,
		);
		expect(invitation.status).toBe(403);
	});

	it('refuses joining without a facilitator token, with a forged, expired or replaced invitation', async () => {
		const srv = await server();
		const cohort = await makeCohort(srv, syncClients);
		const board = await srv.createBoard('Rijeka roadmap');
		const { body: first } = await call<{ invite: string }>(
			srv,
			cohort.seminar.tokens.facilitator,
			'GET',
			`/api/cohorts/${cohort.id}/invitation`,
		);
		const member = { city: 'Rijeka', country: 'HR' };
		const join = (token: string | undefined, invite: string) =>
			call(srv, token, 'POST', '/api/cohorts/join', { invite, kind: 'city', member });
		expect((await join(board.tokens.participant, first.invite)).status).toBe(403);
		expect((await join(undefined, first.invite)).status).toBe(401);
		expect((await join(board.tokens.facilitator, `${first.invite}x`)).status).toBe(401);
		const expired = signInvite(
			{ cohortId: cohort.id, expiresAt: Date.now() - 1, generation: 0 },
			TEST_SECRET,
		);
		expect((await join(board.tokens.facilitator, expired)).body).toMatchObject({
			error: { code: 'invite_expired' },
		});
		const preview = await call<InvitationPreview>(
			srv,
			undefined,
			'GET',
			`/api/invitations/${first.invite}`,
		);
		expect(preview.body).toMatchObject({ title: 'Adriatic–Baltic cohort' });
		expect(preview.body.cities).toEqual(['Lisbon', 'Split', 'Tartu']);
		const rotated = await call<{ invite: string }>(
			srv,
			cohort.seminar.tokens.facilitator,
			'POST',
			`/api/cohorts/${cohort.id}/invitation/rotate`,
		);
		const old = await join(board.tokens.facilitator, first.invite);
		expect(old.status).toBe(410);
		expect(old.body).toMatchObject({ error: { code: 'invite_revoked' } });
		expect((await join(board.tokens.facilitator, rotated.body.invite)).status).toBe(200);
		// A malformed body names the bad field.
		const bad = await call<{ error: { issues: { path: string }[] } }>(
			srv,
			board.tokens.facilitator,
			'POST',
			'/api/cohorts/join',
			{ invite: rotated.body.invite, kind: 'city', member: { city: '', country: 'HR' } },
		);
		expect(bad.status).toBe(400);
		expect(bad.body.error.issues.map((issue) => issue.path)).toContain('member.city');
	});

	it('lets a coordinator remove a board and a board’s facilitator leave, nobody else', async () => {
		const srv = await server();
		const cohort = await makeCohort(srv, syncClients);
		const remove = (token: string, boardId: string) =>
			call(srv, token, 'DELETE', `/api/cohorts/${cohort.id}/members/${boardId}`);
		expect((await remove(cohort.split.token('facilitator'), cohort.tartu.board.id)).status).toBe(
			403,
		);
		expect((await remove(cohort.tartu.token('participant'), cohort.tartu.board.id)).status).toBe(
			403,
		);
		expect((await remove(cohort.tartu.token('facilitator'), cohort.tartu.board.id)).status).toBe(
			204,
		);
		expect((await remove(cohort.seminar.tokens.facilitator, cohort.lisbon.board.id)).status).toBe(
			204,
		);
		const gone = await call(srv, cohort.lisbon.token('viewer'), 'GET', `/api/cohorts/${cohort.id}`);
		expect(gone.status).toBe(403);
	});
});

describe('library: promote, approve, copy with provenance [K6], [K7]', () => {
	it('moves an item from draft to approved and into another city’s board as a linked card', async () => {
		const srv = await server();
		const cohort = await makeCohort(srv, syncClients);
		const cardId = await success(
			cohort.split,
			'School streets in every district\nClosed to cars at 8',
		);
		const promoted = await promote(srv, cohort, cohort.split, cardId, {
			content: { gapCategories: ['engagement_participation'], contact: 'mobility@split.example' },
		});
		expect(promoted.status).toBe(201);
		expect(promoted.body).toMatchObject({
			title: 'School streets in every district',
			moderation: 'draft',
			origin: { city: 'Split', country: 'HR', population: '50k_100k' },
			sectors: ['mobility'],
			levers: ['participation'],
			source: { boardId: cohort.split.board.id, itemId: cardId, kind: 'card' },
			mine: true,
		});
		const id = promoted.body.id;
		const path = `/api/cohorts/${cohort.id}/library/${id}`;
		// A draft is seen by its city only, not by other cities nor yet the coordinator.
		expect((await library(srv, cohort.tartu, cohort)).body.items).toEqual([]);
		expect((await library(srv, cohort.seminar.tokens.facilitator, cohort)).body.items).toEqual([]);
		// Its city submits it; a participant cannot approve it.
		const submit = await call(srv, cohort.split.token('participant'), 'PATCH', path, {
			moderation: 'submitted',
		});
		expect(submit.status).toBe(200);
		const approveAsCity = await call(srv, cohort.split.token('facilitator'), 'PATCH', path, {
			moderation: 'approved',
		});
		expect(approveAsCity.status).toBe(403);
		const waiting = await library(srv, cohort.seminar.tokens.facilitator, cohort);
		expect(waiting.body.items.map((item) => item.moderation)).toEqual(['submitted']);
		expect((await library(srv, cohort.tartu, cohort)).body.items).toEqual([]);
		// The coordinator approves; now every city sees it.
		const approved = await call<PracticeView>(
			srv,
			cohort.seminar.tokens.facilitator,
			'PATCH',
			path,
			{
				moderation: 'approved',
			},
		);
		expect(approved.body.moderation).toBe('approved');
		expect((await library(srv, cohort.tartu, cohort)).body.items.map((item) => item.id)).toEqual([
			id,
		]);
		// Tartu's viewer cannot copy, Tartu's participant can, once.
		const copyPath = `${path}/copies`;
		expect((await call(srv, cohort.tartu.token('viewer'), 'POST', copyPath)).status).toBe(403);
		const copy = await call<CopyAnswer>(srv, cohort.tartu.token('participant'), 'POST', copyPath);
		expect(copy.status).toBe(201);
		expect(copy.body.boardId).toBe(cohort.tartu.board.id);
		const again = await call(srv, cohort.tartu.token('participant'), 'POST', copyPath);
		expect(again.body).toMatchObject({ error: { code: 'already_copied' } });
		// The copy is an action card on Tartu's board that names its source.
		const tartu = await cohort.tartu.edit();
		const card = await waitFor(() => cardsMap(tartu).get(copy.body.cardId), {
			message: 'the copied card on Tartu’s board',
		});
		expect(card.get('kind')).toBe('action');
		expect(card.get('inspiredBy')).toBe(`${cohort.id}/${id}`);
		expect(card.get('replication')).toBe('considering');
		expect(card.get('sector')).toBe('mobility');
		// Split's board is untouched by Tartu's copy.
		const split = await cohort.split.edit();
		expect(cardsMap(split).has(copy.body.cardId)).toBe(false);
	});

	it('reads how far each copy got from the copying city’s board, live', async () => {
		const srv = await server();
		const cohort = await makeCohort(srv, syncClients);
		const cardId = await success(cohort.split, 'Energy advisers in libraries');
		const { body: item } = await promote(srv, cohort, cohort.split, cardId, { submit: true });
		await call(
			srv,
			cohort.seminar.tokens.facilitator,
			'PATCH',
			`/api/cohorts/${cohort.id}/library/${item.id}`,
			{
				moderation: 'approved',
			},
		);
		const { body: copy } = await call<CopyAnswer>(
			srv,
			cohort.lisbon.token('participant'),
			'POST',
			`/api/cohorts/${cohort.id}/library/${item.id}/copies`,
		);
		const statusSeenBySplit = async () =>
			(await library(srv, cohort.split, cohort)).body.items[0]?.replications.map(
				(r) => `${r.city}:${r.status}`,
			);
		expect(await statusSeenBySplit()).toEqual(['Lisbon:considering']);
		const lisbon = await cohort.lisbon.edit();
		await waitFor(() => cardsMap(lisbon).get(copy.cardId), { message: 'the copy' });
		cardsMap(lisbon).get(copy.cardId)?.set('replication', 'implemented');
		await waitFor(async () => (await statusSeenBySplit())?.[0] === 'Lisbon:implemented', {
			message: 'implemented seen by Split',
		});
		cardsMap(lisbon).delete(copy.cardId);
		await waitFor(async () => (await statusSeenBySplit())?.[0] === 'Lisbon:dropped', {
			message: 'a deleted copy reads as dropped',
		});
	});

	it('promotes only success cards and resolved gaps, and refuses unsafe content', async () => {
		const srv = await server();
		const cohort = await makeCohort(srv, syncClients);
		const doc = await cohort.split.edit();
		const action = addCard(doc, 'An action, not a success', { city: 'Split' });
		const open = addGap(doc, 'Split', { title: 'No heat map', category: 'data_monitoring' });
		const notPromotable = await promote(srv, cohort, cohort.split, action);
		expect(notPromotable.body).toMatchObject({ error: { code: 'not_promotable' } });
		const gap = await call(
			srv,
			cohort.split.token('participant'),
			'POST',
			`/api/cohorts/${cohort.id}/library`,
			{
				source: { kind: 'gap', itemId: open },
			},
		);
		expect(gap.body).toMatchObject({ error: { code: 'not_promotable' } });
		// A success with no text makes an item with no title: refused with the field named.
		const blank = await success(cohort.split, '');
		const incomplete = await promote(srv, cohort, cohort.split, blank);
		expect(incomplete.status).toBe(422);
		expect(incomplete.body).toMatchObject({
			error: { code: 'invalid_practice', issues: [{ path: 'title' }] },
		});
		const cardId = await success(cohort.split, 'Green roofs');
		const unsafe = await promote(srv, cohort, cohort.split, cardId, {
			content: { links: ['javascript:alert(1)'] },
		});
		expect(unsafe.status).toBe(400);
		const huge = await promote(srv, cohort, cohort.split, cardId, {
			content: { summary: 'x'.repeat(300_000) },
		});
		expect(huge.status).toBe(413);
		expect(huge.body).toMatchObject({
			error: { code: 'too_large', message: 'The body is larger than 256kb.' },
		});
		const otherBoard = await promote(srv, cohort, cohort.tartu, cardId);
		expect(otherBoard.status).toBe(404);
		expect(
			(
				await call(
					srv,
					cohort.split.token('participant'),
					'POST',
					`/api/cohorts/${cohort.id}/library`,
					'{"source":',
				)
			).status,
		).toBe(400);
		expect((await library(srv, cohort.split, cohort)).body.items).toEqual([]);
	});

	it('a participant of one city cannot change another city’s item or board through the library', async () => {
		const srv = await server();
		const cohort = await makeCohort(srv, syncClients);
		const cardId = await success(cohort.split, 'Solar on schools');
		const { body: item } = await promote(srv, cohort, cohort.split, cardId, { submit: true });
		const path = `/api/cohorts/${cohort.id}/library/${item.id}`;
		await call(srv, cohort.seminar.tokens.facilitator, 'PATCH', path, { moderation: 'approved' });
		const tartu = cohort.tartu.token('facilitator');
		expect((await call(srv, tartu, 'PATCH', path, { content: { title: 'Mine now' } })).status).toBe(
			403,
		);
		expect((await call(srv, tartu, 'DELETE', path)).status).toBe(403);
		// An approved item its own city edits goes back for approval.
		const edited = await call<PracticeView>(srv, cohort.split.token('participant'), 'PATCH', path, {
			content: { summary: 'Now with batteries' },
		});
		expect(edited.body.moderation).toBe('submitted');
		// Its stage, population and difficulty can be set and taken away again.
		const split = cohort.split.token('participant');
		const set = await call<PracticeView>(srv, split, 'PATCH', path, {
			content: {
				stage: 'enabling',
				origin: { city: 'Split', country: 'Croatia', population: '50k_100k' },
				transferability: { preconditions: 'Roofs', adaptations: '', difficulty: 'low' },
			},
		});
		expect(set.body).toMatchObject({
			stage: 'enabling',
			origin: { population: '50k_100k' },
			transferability: { difficulty: 'low' },
		});
		const cleared = await call<PracticeView>(srv, split, 'PATCH', path, {
			content: {
				stage: null,
				origin: { city: 'Split', country: 'Croatia' },
				transferability: { preconditions: 'Roofs', adaptations: '' },
			},
		});
		expect(cleared.status).toBe(200);
		expect(cleared.body.stage).toBeUndefined();
		expect(cleared.body.origin).toEqual({ city: 'Split', country: 'Croatia' });
		expect(cleared.body.transferability).toEqual({ preconditions: 'Roofs', adaptations: '' });
		expect(cleared.body.summary).toBe('Now with batteries');
		// A required field cannot be cleared with null.
		expect((await call(srv, split, 'PATCH', path, { content: { title: null } })).status).toBe(400);
		// A board outside the cohort sees nothing.
		const outsider = await srv.createBoard('Outside');
		expect((await library(srv, outsider.tokens.facilitator, cohort)).status).toBe(403);
	});
});

describe('comparison and suggestions respect gap visibility [K8], [K9]', () => {
	it('never shows a city-only gap outside its city, in any answer', async () => {
		const srv = await server();
		const cohort = await makeCohort(srv, syncClients);
		const split = await cohort.split.edit();
		const lisbon = await cohort.lisbon.edit();
		const tartu = await cohort.tartu.edit();
		addGap(split, 'Split', {
			title: 'SECRET-split-budget',
			category: 'finance_funding',
			sector: 'energy',
			severity: 'critical',
		});
		addGap(split, 'Split', {
			title: 'Too few energy engineers',
			category: 'skills_capacity',
			sector: 'energy',
			severity: 'high',
			visibility: 'cohort',
		});
		addGap(lisbon, 'Lisbon', {
			title: 'No energy managers',
			category: 'skills_capacity',
			sector: 'energy',
			severity: 'medium',
			visibility: 'public',
		});
		const resolvedSecret = addGap(split, 'Split', {
			title: 'SECRET-resolved',
			category: 'finance_funding',
			sector: 'energy',
			status: 'resolved',
		});
		const resolvedShared = addGap(lisbon, 'Lisbon', {
			title: 'Bundled small projects',
			category: 'finance_funding',
			sector: 'energy',
			status: 'resolved',
			visibility: 'cohort',
		});
		const action = addCard(lisbon, 'Joint ELENA application', {
			city: 'Lisbon',
			stage: 'enabling',
		});
		cardsMap(lisbon).get(action)?.set('status', 'completed');
		addressGap(lisbon, action, resolvedShared);
		addressGap(split, addCard(split, 'Secret action', { city: 'Split' }), resolvedSecret);
		const tartuGap = addGap(tartu, 'Tartu', {
			title: 'No money for retrofits',
			category: 'finance_funding',
			sector: 'energy',
		});

		const comparison = (city: TestCity) =>
			call<ComparisonAnswer>(
				srv,
				city.token('viewer'),
				'GET',
				`/api/cohorts/${cohort.id}/comparison`,
			);
		const seenByTartu = await waitFor(
			async () => {
				const answer = await comparison(cohort.tartu);
				return answer.body.gaps.length >= 4 ? answer : undefined;
			},
			{ message: 'the gaps on the server' },
		);
		expect(seenByTartu.body.gaps.map((gap) => gap.title).sort()).toEqual([
			'Bundled small projects',
			'No energy managers',
			'No money for retrofits',
			'Too few energy engineers',
		]);
		expect(seenByTartu.body.shared).toEqual([
			expect.objectContaining({
				category: 'skills_capacity',
				sector: 'energy',
				cities: ['Lisbon', 'Split'],
			}),
		]);
		expect(seenByTartu.body.matrix['Split']).toEqual({
			skills_capacity: { count: 1, worst: 'high' },
		});
		expect(seenByTartu.body.progress['Lisbon']).toEqual({
			'enabling/energy': { planned: 0, inProgress: 0, completed: 1 },
		});
		expect(seenByTartu.body.cities.map((c) => [c.city, c.mine])).toEqual([
			['Split', false],
			['Tartu', true],
			['Lisbon', false],
		]);
		// Split sees its own city-only gaps.
		const seenBySplit = await comparison(cohort.split);
		expect(seenBySplit.text).toContain('SECRET-split-budget');
		expect(seenBySplit.body.matrix['Split']?.finance_funding).toEqual({
			count: 1,
			worst: 'critical',
		});

		const suggestions = await call<SuggestionsAnswer>(
			srv,
			cohort.tartu.token('viewer'),
			'GET',
			`/api/cohorts/${cohort.id}/suggestions?gap=${tartuGap}`,
		);
		expect(suggestions.body.peers).toEqual([
			expect.objectContaining({
				city: 'Lisbon',
				title: 'Bundled small projects',
				actions: ['Joint ELENA application'],
			}),
		]);
		// No answer to another city, nor to the coordinator, holds Split's city-only gaps.
		const answers = [
			seenByTartu.text,
			(await comparison(cohort.lisbon)).text,
			suggestions.text,
			(
				await call(
					srv,
					cohort.seminar.tokens.facilitator,
					'GET',
					`/api/cohorts/${cohort.id}/comparison`,
				)
			).text,
			(await library(srv, cohort.lisbon, cohort)).text,
			(await call(srv, cohort.tartu.token('viewer'), 'GET', '/api/cohorts/mine')).text,
		];
		for (const text of answers) expect(text).not.toContain('SECRET');
	});
});

/** Follows a cohort's event stream; `received` is everything read so far. */
async function follow(srv: TestServer, token: string, cohortId: string) {
	const controller = new AbortController();
	const res = await fetch(`${srv.httpUrl}/api/cohorts/${cohortId}/events?token=${token}`, {
		signal: controller.signal,
	});
	expect(res.headers.get('content-type')).toContain('text/event-stream');
	let text = '';
	let ended = false;
	const reader = res.body!.getReader();
	void (async () => {
		for (;;) {
			const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
			if (done) break;
			text += new TextDecoder().decode(value);
		}
		ended = true;
	})();
	return { received: () => text, ended: () => ended, stop: () => controller.abort() };
}

describe('live cohort views [K10]', () => {
	it('tells a cohort view when a member board or the library changes', async () => {
		const srv = await server();
		const cohort = await makeCohort(srv, syncClients);
		const stream = await follow(srv, cohort.tartu.token('viewer'), cohort.id);
		try {
			await success(cohort.split, 'Car-free Sundays');
			await waitFor(() => stream.received().includes(`"boardId":"${cohort.split.board.id}"`), {
				message: 'a board change event',
			});
			const cardId = await success(cohort.lisbon, 'Repair cafés');
			await promote(srv, cohort, cohort.lisbon, cardId);
			await waitFor(() => stream.received().includes('{"what":"library"}'), {
				message: 'a library change event',
			});
		} finally {
			stream.stop();
		}
		// Replacing Tartu's viewer links ends the stream its old link opened.
		const open = await follow(srv, cohort.tartu.token('viewer'), cohort.id);
		const rotated = await call(
			srv,
			cohort.tartu.token('facilitator'),
			'POST',
			`/api/boards/${cohort.tartu.board.id}/links/rotate`,
			{ roles: ['viewer'] },
		);
		expect(rotated.status).toBe(200);
		await waitFor(() => open.ended(), { message: 'the revoked stream closed' });
		const outsider = await srv.createBoard('Outside');
		const refused = await fetch(
			`${srv.httpUrl}/api/cohorts/${cohort.id}/events?token=${outsider.tokens.viewer}`,
		);
		expect(refused.status).toBe(403);
	});
});

describe('two instances on one Redis', () => {
	let redis: TestRedis;
	beforeAll(async () => {
		redis = await startTestRedis();
	});
	afterAll(async () => {
		await redis.close();
	});

	it('shares cohorts and the library, and carries live changes between instances', async () => {
		const backendA = await connectBackend(redis);
		const backendB = await connectBackend(redis);
		const a = await startTestServer({ backend: backendA });
		const b = await startTestServer({ backend: backendB });
		servers.push(a, b);
		const cohort = await makeCohort(a, syncClients);
		const cardId = await success(cohort.split, 'Citizen energy co-op');
		const { body: item } = await promote(a, cohort, cohort.split, cardId, { submit: true });
		const onB = await call<LibraryAnswer>(
			b,
			cohort.seminar.tokens.facilitator,
			'GET',
			`/api/cohorts/${cohort.id}/library`,
		);
		expect(onB.body.items.map((entry) => entry.id)).toEqual([item.id]);
		const stream = await follow(b, cohort.tartu.token('viewer'), cohort.id);
		try {
			// Split's board is edited through instance A; the view is held open by instance B.
			addCard(await cohort.split.edit(), 'Another success', { kind: 'success', city: 'Split' });
			await waitFor(() => stream.received().includes(`"boardId":"${cohort.split.board.id}"`), {
				message: 'a board change on A seen by a view on B',
			});
		} finally {
			stream.stop();
		}
	});
});
