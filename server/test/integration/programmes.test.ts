import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	cardsMap,
	type BoardInfo,
	type StageId,
	type CityInvitation,
	type CohortView,
	type JourneyView,
	type ManagedProgramme,
	type MaterialFile,
	type PassResult,
	type PublicProgramme,
	type Registration,
	type SeminarArchive,
	type VersionList,
} from '@groundwork/protocol';
import { signCoordinatorToken } from '../../src/auth/programmeTokens.js';
import { call } from '../support/cohortWorld.js';
import {
	makeProgramme,
	passOf,
	programmeRequest,
	registrationForm,
	seminarRequest,
	type TestProgramme,
} from '../support/programmeWorld.js';
import { addCard, connectClient } from '../support/syncClient.js';
import { connectBackend, startTestRedis, type TestRedis } from '../support/redisServer.js';
import { closeAfterEach } from '../support/testResources.js';
import { startTestServer, TEST_SECRET, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

const { syncClients, servers } = closeAfterEach();

async function server(config: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
	const started = await startTestServer(config);
	servers.push(started);
	return started;
}

/** Today's date in Zagreb and a seminar running now there (started an hour ago). */
function runningNow(): { date: string; time: string } {
	const started = new Date(Date.now() - 60 * 60_000);
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Zagreb',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).formatToParts(started);
	const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? '';
	return {
		date: `${part('year')}-${part('month')}-${part('day')}`,
		time: `${part('hour')}:${part('minute')}`,
	};
}

/** Registers and accepts Split and Tartu; resolves to their registrations, Split first. */
async function twoCities(srv: TestServer, programme: TestProgramme): Promise<Registration[]> {
	expect(await programme.register(registrationForm('Split'))).toBe(201);
	expect(await programme.register(registrationForm('Tartu', { country: 'Estonia' }))).toBe(201);
	const { registrations } = await programme.get();
	expect(registrations.map((entry) => [entry.city, entry.status])).toEqual([
		['Split', 'pending'],
		['Tartu', 'pending'],
	]);
	for (const registration of registrations) await programme.accept(registration.id);
	return (await programme.get()).registrations;
}

async function trade(srv: TestServer, url: string) {
	return call<PassResult>(srv, undefined, 'POST', '/api/passes', { pass: passOf(url) });
}

describe('programmes: register, accept, invite, join [G1]-[G8]', () => {
	it('takes two cities from the public form to their own boards in the cohort, with their journeys', async () => {
		const srv = await server();
		const now = runningNow();
		const programme = await makeProgramme(
			srv,
			programmeRequest({
				seminars: [
					seminarRequest({ ...now, durationMinutes: 240 }),
					seminarRequest({ title: 'Enabling: finance', stage: 'enabling', date: '2099-05-12' }),
					seminarRequest({
						title: 'Localisation clinic',
						stage: 'localisation',
						date: '2099-10-27',
					}),
				],
			}),
		);
		const [split, tartu] = await twoCities(srv, programme);
		expect(split?.status).toBe('accepted');
		expect(split?.boardId).toBeTruthy();

		// Each accepted city has its own link and one per seminar, also as a CSV for a mail merge.
		const invitations = await programme.invitations();
		expect(invitations.map((entry) => entry.city)).toEqual(['Split', 'Tartu']);
		const splitLinks = invitations[0]?.links ?? [];
		expect(splitLinks.map((link) => link.target)).toEqual([
			'city',
			...(await programme.get()).seminars.map((seminar) => seminar.id),
		]);
		const csvText = (
			await fetchText(srv, `/api/programmes/${programme.id}/invitations.csv`, programme.coordinator)
		).text;
		expect(csvText).toContain('climate-officer.split@example.org');
		expect(csvText).toContain(splitLinks[0]?.url ?? 'missing');

		// Split opens its own link: a facilitator link to its roadmap board.
		const own = await trade(srv, splitLinks[0]?.url ?? '');
		expect(own.status).toBe(200);
		expect(own.body).toMatchObject({
			boardId: split?.boardId,
			role: 'facilitator',
			target: 'city',
			city: 'Split',
			programmeTitle: 'NetZero Cities 2026',
		});
		expect(invitations[0]?.programmeUrl).toBe(`${srv.httpUrl}/programmes/${programme.id}`);
		const info = await call<BoardInfo>(
			srv,
			own.body.token,
			'GET',
			`/api/boards/${own.body.boardId}`,
		);
		expect(info.status).toBe(200);
		expect(info.body.title).toBe('Split · NetZero Cities 2026');

		// The board is the city's member of the programme's cohort.
		const mine = await call<{ cohorts: CohortView[] }>(
			srv,
			own.body.token,
			'GET',
			'/api/cohorts/mine',
		);
		expect(mine.body.cohorts).toHaveLength(1);
		expect(
			mine.body.cohorts[0]?.members.filter((m) => m.kind === 'city').map((m) => m.city),
		).toEqual(['Split', 'Tartu']);
		expect(mine.body.cohorts[0]?.members.filter((m) => m.kind === 'seminar')).toHaveLength(3);

		// Split edits its board: two actions, one completed in Planning.
		const client = connectClient(srv.syncUrl, own.body.boardId, own.body.token);
		syncClients.push(client);
		await client.synced();
		const action = (text: string, stage: StageId, status: string) => {
			const id = addCard(client.doc, text, { kind: 'action', stage });
			cardsMap(client.doc).get(id)?.set('status', status);
		};
		action('Retrofit schools', 'planning', 'completed');
		action('Bike lanes', 'enabling', 'planned');

		// Split opens the running seminar's link: a participant link, and it counts as attending.
		const seminarLink = splitLinks[1];
		const seminar = await trade(srv, seminarLink?.url ?? '');
		expect(seminar.body).toMatchObject({ role: 'participant', target: seminarLink?.target });
		const joined = await call<BoardInfo>(
			srv,
			seminar.body.token,
			'GET',
			`/api/boards/${seminar.body.boardId}`,
		);
		expect(joined.status).toBe(200);

		// The coordinator's journey shows both cities; Split attended and completed an action.
		const journeyPath = `/api/programmes/${programme.id}/journey`;
		const full = await waitFor(async () => {
			const answer = await call<JourneyView>(srv, programme.coordinator, 'GET', journeyPath);
			const row = answer.body.cities.find((city) => city.city === 'Split');
			return row?.journey.actions.completed === 1 ? answer.body : undefined;
		});
		expect(full.cities.map((city) => city.city)).toEqual(['Split', 'Tartu']);
		const splitRow = full.cities[0];
		expect(splitRow?.journey.stages.planning).toEqual({ held: 1, attended: 1 });
		expect(splitRow?.journey.actions).toEqual({ planned: 1, inProgress: 0, completed: 1 });
		expect(splitRow?.journey.reached).toBe('planning');
		expect(splitRow?.activity.cards).toBe(2);
		expect(splitRow?.boardUrl).toContain(`/b/${split?.boardId}?token=`);
		expect(full.cities[1]?.journey.stages.planning).toEqual({ held: 1, attended: 0 });
		expect(full.totals.actions.completed).toBe(1);
		expect(full.cityCount).toBe(2);
		// The same as CSV for the programme's report, coordinators only.
		const report = await fetchText(srv, `${journeyPath}.csv`, programme.coordinator);
		expect(report.headers.get('content-disposition')).toContain('journey-netzero-cities-2026.csv');
		expect(report.text).toContain('Split,Croatia,yes,no,no,planning,1,0,1,0,0,2,');
		expect((await fetchText(srv, `${journeyPath}.csv`)).status).toBe(401);
		// The coordinator's link to a city board is read-only.
		const viewer = new URL(splitRow?.boardUrl ?? '').searchParams.get('token') ?? '';
		expect(
			(await call<BoardInfo>(srv, viewer, 'GET', `/api/boards/${split?.boardId}`)).body.role,
		).toBe('viewer');

		// A city sees its own row and the cohort's totals, not the other city's.
		const own2 = await call<JourneyView>(srv, own.body.token, 'GET', journeyPath);
		expect(own2.status).toBe(200);
		expect(own2.body.cities.map((city) => city.city)).toEqual(['Split']);
		expect(own2.body.totals.actions.completed).toBe(1);
		expect(own2.body.cityCount).toBe(2);
		// A seminar board's token is not a city of the programme.
		expect((await call(srv, seminar.body.token, 'GET', journeyPath)).status).toBe(403);
		expect(tartu?.boardId).not.toBe(split?.boardId);
	});

	it('keeps registrations and personal data out of every public answer', async () => {
		const srv = await server();
		const programme = await makeProgramme(srv);
		const [split] = await twoCities(srv, programme);
		const links = (await programme.invitations())[0]?.links ?? [];
		const own = await trade(srv, links[0]?.url ?? '');
		const seminarId = (await programme.get()).seminars[0]?.id ?? '';
		const publicAnswers = [
			await call<PublicProgramme>(srv, undefined, 'GET', `/api/programmes/${programme.id}/public`),
			await fetchText(srv, `/api/programmes/${programme.id}/calendar.ics`),
			await fetchText(srv, `/api/programmes/${programme.id}/seminars/${seminarId}/calendar.ics`),
			own,
			await call(srv, own.body.token, 'GET', `/api/programmes/${programme.id}/journey`),
			await call(srv, own.body.token, 'GET', '/api/cohorts/mine'),
			await call(srv, undefined, 'GET', '/api/library'),
		];
		for (const answer of publicAnswers) {
			expect(answer.status).toBe(200);
			for (const secret of ['climate-officer', 'Officer of', 'Climate officer', 'retrofits']) {
				expect(answer.text).not.toContain(secret);
			}
		}
		const page = publicAnswers[0]?.body as PublicProgramme;
		expect(Object.keys(page).sort()).toEqual(
			[
				'description',
				'id',
				'languages',
				'organiser',
				'registrationOpen',
				'seminars',
				'title',
			].sort(),
		);
		expect(page.seminars[0]).not.toHaveProperty('boardId');

		// Coordinator routes: no token, a forged one, another programme's, a board's: refused.
		const managed = `/api/programmes/${programme.id}`;
		const forged = signCoordinatorToken(
			{ programmeId: programme.id, expiresAt: Date.now() + 60_000, generation: 0 },
			'another-secret-0123456789',
		);
		const other = await makeProgramme(srv);
		for (const token of [undefined, forged, other.coordinator, own.body.token]) {
			for (const route of [
				'',
				'/invitations',
				'/registrations.csv',
				`/registrations/${split?.id}`,
			]) {
				const answer = await call(srv, token, 'GET', `${managed}${route}`);
				expect(answer.status, `${route} with ${token?.slice(0, 3)}`).toBe(401);
				expect(answer.text).not.toContain('climate-officer');
			}
		}
	});

	it('erases a registration on request: its data, its attendance and its links', async () => {
		const srv = await server();
		const programme = await makeProgramme(srv);
		const [split, tartu] = await twoCities(srv, programme);
		const base = `/api/programmes/${programme.id}`;
		const seminarId = (await programme.get()).seminars[0]?.id ?? '';
		expect(
			(
				await call(srv, programme.coordinator, 'PUT', `${base}/attendance`, {
					seminarId,
					registrationId: split?.id,
					attended: true,
				})
			).status,
		).toBe(204);
		const links = (await programme.invitations())[0]?.links ?? [];

		// The export first: everything held about the city.
		const exported = await call<{ registration: Registration; attendance: unknown[] }>(
			srv,
			programme.coordinator,
			'GET',
			`${base}/registrations/${split?.id}`,
		);
		expect(exported.body.registration.email).toBe('climate-officer.split@example.org');
		expect(exported.body.attendance).toHaveLength(1);

		expect(
			(await call(srv, programme.coordinator, 'DELETE', `${base}/registrations/${split?.id}`))
				.status,
		).toBe(204);
		expect(
			(await call(srv, programme.coordinator, 'GET', `${base}/registrations/${split?.id}`)).status,
		).toBe(404);
		const after = await call<ManagedProgramme>(srv, programme.coordinator, 'GET', base);
		expect(after.body.registrations.map((entry) => entry.id)).toEqual([tartu?.id]);
		expect(after.body.attendance).toEqual([]);
		expect(after.text).not.toContain('split@example.org');
		expect(
			(await fetchText(srv, `${base}/registrations.csv`, programme.coordinator)).text,
		).not.toContain('split@');
		expect(
			(await fetchText(srv, `${base}/invitations.csv`, programme.coordinator)).text,
		).not.toContain('split@');
		const traded = await trade(srv, links[0]?.url ?? '');
		expect(traded.status).toBe(410);
		expect(traded.body).toMatchObject({ error: { code: 'pass_revoked' } });

		// Nothing of it is left in the database file either.
		await srv.close();
		servers.splice(servers.indexOf(srv), 1);
		const files = fs.readdirSync(srv.dataDir).map((name) => path.join(srv.dataDir, name));
		const bytes = Buffer.concat(
			files.filter((file) => fs.statSync(file).isFile()).map((file) => fs.readFileSync(file)),
		);
		expect(bytes.includes('climate-officer.tartu@example.org')).toBe(true);
		expect(bytes.includes('climate-officer.split@example.org')).toBe(false);
		fs.rmSync(srv.dataDir, { recursive: true, force: true });
	});

	it('answers the form: issues per field, a quiet honeypot, closed registration, and a rate limit', async () => {
		const srv = await server({ config: { rateLimitRegistrationsPer10Min: 3 } });
		const programme = await makeProgramme(srv);
		const path = `/api/programmes/${programme.id}/registrations`;
		const bad = await call<{ error: { code: string; issues: { path: string }[] } }>(
			srv,
			undefined,
			'POST',
			path,
			{
				...registrationForm('Split'),
				email: 'not-an-address',
				consent: false,
			},
		);
		expect(bad.status).toBe(400);
		expect(bad.body.error.issues.map((issue) => issue.path).sort()).toEqual(['consent', 'email']);

		// A bot fills the hidden field: the same answer, and nothing is stored.
		const spam = await call(srv, undefined, 'POST', path, {
			...registrationForm('Spamville'),
			website: 'http://spam.example',
		});
		expect(spam.status).toBe(201);
		expect(spam.body).toEqual({ received: true });
		expect((await programme.get()).registrations).toEqual([]);

		expect(await programme.register(registrationForm('Split'))).toBe(201);
		const limited = await call<{ error: { code: string } }>(
			srv,
			undefined,
			'POST',
			path,
			registrationForm('Tartu'),
		);
		expect(limited.status).toBe(429);
		expect(limited.body.error.code).toBe('rate_limited');
		expect((await programme.get()).registrations.map((entry) => entry.city)).toEqual(['Split']);
		// Other routes are not limited by the form's limit.
		expect(
			(await call(srv, undefined, 'GET', `/api/programmes/${programme.id}/public`)).status,
		).toBe(200);
	});

	it('refuses registrations once closed, and unknown programmes', async () => {
		const srv = await server();
		const programme = await makeProgramme(srv, programmeRequest({ registrationOpen: false }));
		const closed = await call<{ error: { code: string } }>(
			srv,
			undefined,
			'POST',
			`/api/programmes/${programme.id}/registrations`,
			registrationForm('Split'),
		);
		expect(closed.status).toBe(409);
		expect(closed.body.error.code).toBe('registration_closed');
		expect(
			(await call(srv, undefined, 'GET', '/api/programmes/nope-nope-nope/public')).status,
		).toBe(404);
		expect(
			(
				await call(
					srv,
					undefined,
					'POST',
					'/api/programmes/nope-nope-nope/registrations',
					registrationForm('Split'),
				)
			).status,
		).toBe(404);
	});
});

describe('programmes: links that expire and are replaced [G1], [G5], [G6]', () => {
	it('re-issues a city’s links: the old ones are refused, its old board link too', async () => {
		const srv = await server();
		const programme = await makeProgramme(srv);
		const [split] = await twoCities(srv, programme);
		const old = (await programme.invitations())[0];
		const oldBoardLink = await trade(srv, old?.links[0]?.url ?? '');
		expect(oldBoardLink.status).toBe(200);

		const reissued = await call<CityInvitation>(
			srv,
			programme.coordinator,
			'POST',
			`/api/programmes/${programme.id}/registrations/${split?.id}/reissue`,
		);
		expect(reissued.status).toBe(200);
		for (const link of old?.links ?? []) {
			const answer = await trade(srv, link.url);
			expect(answer.status).toBe(410);
			expect(answer.body).toMatchObject({ error: { code: 'pass_revoked' } });
		}
		const boardPath = `/api/boards/${split?.boardId}`;
		expect((await call(srv, oldBoardLink.body.token, 'GET', boardPath)).status).toBe(401);
		const fresh = await trade(srv, reissued.body.links[0]?.url ?? '');
		expect(fresh.status).toBe(200);
		expect((await call(srv, fresh.body.token, 'GET', boardPath)).status).toBe(200);

		// Declining stops the links and takes the city out of the cohort.
		await call(
			srv,
			programme.coordinator,
			'POST',
			`/api/programmes/${programme.id}/registrations/${split?.id}/decision`,
			{
				status: 'declined',
			},
		);
		expect((await trade(srv, reissued.body.links[0]?.url ?? '')).status).toBe(410);
		expect(
			(await call<{ cohorts: CohortView[] }>(srv, fresh.body.token, 'GET', '/api/cohorts/mine'))
				.body.cohorts,
		).toEqual([]);
	});

	it('refuses expired and forged passes, and a replaced coordinator link', async () => {
		let now = Date.now();
		const srv = await server({ config: { invitationTtlMs: 60_000 } });
		const programme = await makeProgramme(srv);
		await twoCities(srv, programme);
		const url = (await programme.invitations())[0]?.links[0]?.url ?? '';
		const pass = passOf(url);
		const forged = `${pass.slice(0, -4)}AAAA`;
		expect((await call(srv, undefined, 'POST', '/api/passes', { pass: forged })).status).toBe(401);
		expect((await call(srv, undefined, 'POST', '/api/passes', { pass: 'q1.e30.x' })).status).toBe(
			401,
		);
		expect((await call(srv, undefined, 'POST', '/api/passes', { nope: 1 })).status).toBe(400);
		// An expired pass: signed with the deployment's secret but past its time.
		const { signPass } = await import('../../src/auth/programmeTokens.js');
		now -= 120_000;
		const claims = JSON.parse(Buffer.from(pass.split('.')[1] ?? '', 'base64url').toString()) as {
			p: string;
			r: string;
			t: string;
			g: number;
		};
		const expired = signPass(
			{
				programmeId: claims.p,
				registrationId: claims.r,
				target: claims.t,
				generation: claims.g,
				expiresAt: now,
			},
			TEST_SECRET,
		);
		const answer = await call(srv, undefined, 'POST', '/api/passes', { pass: expired });
		expect(answer.status).toBe(410);
		expect(answer.body).toMatchObject({ error: { code: 'pass_expired' } });

		const rotated = await call<{ coordinatorToken: string }>(
			srv,
			programme.coordinator,
			'POST',
			`/api/programmes/${programme.id}/coordinator-link`,
		);
		const before = await call(srv, programme.coordinator, 'GET', `/api/programmes/${programme.id}`);
		expect(before.status).toBe(401);
		expect(before.body).toMatchObject({ error: { code: 'revoked' } });
		expect(
			(await call(srv, rotated.body.coordinatorToken, 'GET', `/api/programmes/${programme.id}`))
				.status,
		).toBe(200);
	});
});

describe('programmes: seminars, materials, calendars and history [G2], [G4], [G9]', () => {
	it('serves each seminar as a calendar event at its zone’s instant, its SEQUENCE growing with edits', async () => {
		const srv = await server();
		const programme = await makeProgramme(srv);
		const whole = await fetchText(srv, `/api/programmes/${programme.id}/calendar.ics`);
		expect(whole.headers.get('content-type')).toContain('text/calendar');
		expect(whole.text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
		// 10:00 in Zagreb: 08:00 UTC in summer time (30 March, after the change), 09:00 in winter.
		expect(whole.text).toContain('DTSTART:20260330T080000Z');
		expect(whole.text).toContain('DTSTART:20261027T090000Z');
		const [first] = (await programme.get()).seminars;
		const updated = await call(
			srv,
			programme.coordinator,
			'PUT',
			`/api/programmes/${programme.id}/seminars/${first?.id}`,
			{
				...seminarRequest({ time: '11:30' }),
				template: 'problem-tree',
			},
		);
		expect(updated.status).toBe(400); // a seminar's template is chosen once
		const { template: _template, ...update } = seminarRequest({ time: '11:30' });
		expect(
			(
				await call(
					srv,
					programme.coordinator,
					'PUT',
					`/api/programmes/${programme.id}/seminars/${first?.id}`,
					update,
				)
			).status,
		).toBe(200);
		const one = await fetchText(
			srv,
			`/api/programmes/${programme.id}/seminars/${first?.id}/calendar.ics`,
		);
		expect(one.text).toContain('DTSTART:20260330T093000Z');
		expect(one.text).toContain('SEQUENCE:1');
		expect(one.text).toContain(`UID:${first?.id}@`);
	});

	it('takes material files within the limit, served as downloads, and refuses strangers unread', async () => {
		const srv = await server({ config: { maxMaterialBytes: 64 * 1024 } });
		const programme = await makeProgramme(srv);
		const [seminar] = (await programme.get()).seminars;
		const upload = (body: Uint8Array, name: string, type: string, token = programme.coordinator) =>
			fetch(`${srv.httpUrl}/api/programmes/${programme.id}/seminars/${seminar?.id}/files`, {
				method: 'POST',
				headers: {
					authorization: `Bearer ${token}`,
					'content-type': type,
					'x-file-name': encodeURIComponent(name),
				},
				body,
			});
		const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0a]);
		const stored = await upload(pdf, 'Programme ščž.pdf', 'application/pdf');
		expect(stored.status).toBe(201);
		const file = (await stored.json()) as MaterialFile;
		expect(file).toMatchObject({ name: 'Programme ščž.pdf', type: 'application/pdf', size: 7 });
		const html = (await (
			await upload(new TextEncoder().encode('<script>x</script>'), '../evil.html', 'text/html')
		).json()) as MaterialFile;
		expect(html).toMatchObject({ name: 'evil.html', type: 'application/octet-stream' });
		expect((await upload(new Uint8Array(65 * 1024), 'big.pdf', 'application/pdf')).status).toBe(
			413,
		);
		expect((await upload(pdf, 'x.pdf', 'application/pdf', 'p1.forged.token')).status).toBe(401);

		const page = (
			await call<PublicProgramme>(srv, undefined, 'GET', `/api/programmes/${programme.id}/public`)
		).body;
		expect(page.seminars[0]?.files.map((entry) => entry.name)).toEqual([
			'Programme ščž.pdf',
			'evil.html',
		]);
		const download = await fetch(`${srv.httpUrl}/api/programmes/${programme.id}/files/${file.id}`);
		expect(download.headers.get('content-disposition')).toContain(
			"filename*=UTF-8''Programme%20%C5%A1%C4%8D%C5%BE.pdf",
		);
		expect(download.headers.get('x-content-type-options')).toBe('nosniff');
		expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
		expect(
			(
				await call(
					srv,
					programme.coordinator,
					'DELETE',
					`/api/programmes/${programme.id}/files/${file.id}`,
				)
			).status,
		).toBe(204);
		expect(
			(await fetch(`${srv.httpUrl}/api/programmes/${programme.id}/files/${file.id}`)).status,
		).toBe(404);
	});

	it('saves an ended seminar’s board into the history once, with what was on it', async () => {
		const srv = await server({ config: { seminarArchiveCheckMs: 100 } });
		const programme = await makeProgramme(
			srv,
			programmeRequest({
				seminars: [
					seminarRequest({ date: '2026-01-15' }),
					seminarRequest({ title: 'Later', date: '2099-01-15' }),
				],
			}),
		);
		const managed = await waitFor(async () => {
			const view = await programme.get();
			return view.seminars[0]?.archive?.versionId ? view : undefined;
		});
		const [ended, later] = managed.seminars;
		expect(later?.archive).toBeUndefined();
		const token = new URL(ended?.facilitatorUrl ?? '').searchParams.get('token') ?? '';
		const versions = await call<VersionList>(
			srv,
			token,
			'GET',
			`/api/boards/${ended?.boardId}/versions`,
		);
		const saved = versions.body.versions.filter(
			(version) => version.label === 'After seminar: Planning kick-off',
		);
		expect(saved).toHaveLength(1);
		expect(saved[0]?.id).toBe(ended?.archive?.versionId);

		// "Save now" takes another named version and records it.
		const now = await call<SeminarArchive>(
			srv,
			programme.coordinator,
			'POST',
			`/api/programmes/${programme.id}/seminars/${later?.id}/archive`,
		);
		expect(now.status).toBe(200);
		expect((await programme.get()).seminars[1]?.archive?.versionId).toBe(now.body.versionId);
	});

	it('refuses hostile bodies on the public form and programme creation, storing nothing', async () => {
		const srv = await server();
		const programme = await makeProgramme(srv);
		const post = async (route: string, body: string, type = 'application/json') => {
			const res = await fetch(`${srv.httpUrl}${route}`, {
				method: 'POST',
				headers: { 'content-type': type },
				body,
			});
			await res.text();
			return res.status;
		};
		const form = JSON.stringify(registrationForm('Split')).slice(1, -1);
		const registrations = `/api/programmes/${programme.id}/registrations`;
		const hostile = [
			`{"__proto__":{"polluted":true},${form}}`,
			`{"constructor":{"prototype":{"polluted":true}},${form}}`,
			'{"a":'.repeat(5000) + '1' + '}'.repeat(5000),
			'[' + JSON.stringify(registrationForm('Split')) + ']',
			'"Split"',
			`{${form},"consent":"yes"}`,
			`{${form},"hopes":"${'x'.repeat(300_000)}"}`,
		];
		for (const body of hostile) {
			expect(await post(registrations, body)).toBeGreaterThanOrEqual(400);
			expect(await post('/api/programmes', body)).toBeGreaterThanOrEqual(400);
		}
		expect(
			await post(registrations, `city=Split&consent=true`, 'application/x-www-form-urlencoded'),
		).toBe(400);
		expect((await programme.get()).registrations).toEqual([]);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		expect(await srv.storage.programmes.programmeIds()).toEqual([programme.id]);
	});

	it('refuses invalid programmes with issues at their fields', async () => {
		const srv = await server();
		const answer = await call<{ error: { issues: { path: string }[] } }>(
			srv,
			undefined,
			'POST',
			'/api/programmes',
			{
				...programmeRequest(),
				seminars: [
					seminarRequest({ format: 'on_site', place: '' }),
					seminarRequest({ timeZone: 'Mars/Olympus', date: '2026-02-30' }),
				],
			},
		);
		expect(answer.status).toBe(400);
		expect(answer.body.error.issues.map((issue) => issue.path).sort()).toEqual(
			['seminars.0.place', 'seminars.1.date', 'seminars.1.timeZone'].sort(),
		);
	});
});

describe('programmes: two instances on one Redis', () => {
	let redis: TestRedis;
	beforeAll(async () => {
		redis = await startTestRedis();
	});
	afterAll(async () => {
		await redis.close();
	});

	it('shares programmes and registrations, and saves an ended seminar once between them', async () => {
		// Sweeps are run by hand below, at once on both instances.
		const config = { seminarArchiveCheckMs: 3_600_000 };
		const a = await startTestServer({ backend: await connectBackend(redis), config });
		const b = await startTestServer({ backend: await connectBackend(redis), config });
		servers.push(a, b);
		const programme = await makeProgramme(
			a,
			programmeRequest({ seminars: [seminarRequest({ date: '2026-01-15' })] }),
		);
		// Registered on B, accepted on A, the city's link traded on B.
		const form = await call(
			b,
			undefined,
			'POST',
			`/api/programmes/${programme.id}/registrations`,
			registrationForm('Split'),
		);
		expect(form.status).toBe(201);
		const [split] = (await programme.get()).registrations;
		await programme.accept(split?.id ?? '');
		const links = (
			await call<CityInvitation[]>(
				b,
				programme.coordinator,
				'GET',
				`/api/programmes/${programme.id}/invitations`,
			)
		).body;
		const own = await trade(b, links[0]?.links[0]?.url ?? '');
		expect(own.body.boardId).toBe((await programme.get()).registrations[0]?.boardId);

		// Both instances find the ended seminar at the same moment: its board is saved once.
		await Promise.all([a.app.archiver.sweep(), b.app.archiver.sweep(), a.app.archiver.sweep()]);
		const seminar = (await programme.get()).seminars[0];
		expect(seminar?.archive?.versionId).toBeTruthy();
		const token = new URL(seminar?.facilitatorUrl ?? '').searchParams.get('token') ?? '';
		const versions = await call<VersionList>(
			b,
			token,
			'GET',
			`/api/boards/${seminar?.boardId}/versions`,
		);
		expect(versions.body.versions.filter((v) => v.label.startsWith('After seminar:'))).toHaveLength(
			1,
		);
	});
});

async function fetchText(srv: TestServer, route: string, token?: string) {
	const res = await fetch(`${srv.httpUrl}${route}`, {
		headers: token ? { authorization: `Bearer ${token}` } : {},
	});
	return { status: res.status, text: await res.text(), headers: res.headers, body: undefined };
}
