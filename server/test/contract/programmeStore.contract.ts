import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
	Attendance,
	MaterialFile,
	ProgrammeRecord,
	Registration,
	Seminar,
} from '@groundwork/protocol';
import type { ProgrammeStore } from '../../src/storage/ProgrammeStore.js';

/** What a contract run needs: a fresh, empty programme store and a way to throw it away. */
export interface ProgrammeStoreFixture {
	programmes: ProgrammeStore;
	/** Closes the store and opens a new one on the same data (a restart), when the fixture can. */
	reopen?(): Promise<ProgrammeStore>;
	cleanup(): Promise<void>;
}

/** Epoch ms of a March day: 13 digits, as real timestamps have. */
const T0 = 1_774_688_400_123;
const HOUR = 3_600_000;

/** A programme's record for tests: `overrides` over defaults. */
export function programme(overrides: Partial<ProgrammeRecord> = {}): ProgrammeRecord {
	return {
		id: 'prog-a',
		title: 'Net zero in Dalmatia',
		description: 'Three stages, nine seminars.',
		organiser: 'Regional energy agency',
		languages: ['hr', 'en'],
		registrationOpen: true,
		cohortId: 'cohort-a',
		createdAt: T0,
		coordinatorGeneration: 0,
		...overrides,
	};
}

/** A seminar of `prog-a` for tests: `overrides` over defaults. */
export function seminar(overrides: Partial<Seminar> = {}): Seminar {
	return {
		id: 'sem-1',
		programmeId: 'prog-a',
		title: 'Kick-off',
		stage: 'planning',
		date: '2026-03-28',
		time: '09:30',
		durationMinutes: 90,
		timeZone: 'Europe/Zagreb',
		format: 'online',
		place: '',
		agenda: '',
		links: [],
		template: 'netzero-roadmap',
		boardId: 'board-0001',
		start: T0,
		end: T0 + 90 * 60_000,
		sequence: 0,
		createdAt: T0 - HOUR,
		...overrides,
	};
}

/** A pending registration to `prog-a`, every optional field absent: `overrides` over defaults. */
export function registration(overrides: Partial<Registration> = {}): Registration {
	return {
		id: 'reg-1',
		programmeId: 'prog-a',
		city: 'Split',
		country: 'HR',
		population: '100k_250k',
		contactName: 'Ana Horvat',
		email: 'ana.horvat@example.org',
		role: 'Energy officer',
		hopes: '',
		createdAt: T0,
		status: 'pending',
		passGeneration: 0,
		...overrides,
	};
}

/** A material file's facts, of seminar `sem-1`: `overrides` over defaults. */
export function materialFile(overrides: Partial<MaterialFile> = {}): MaterialFile {
	return {
		id: 'file-1',
		seminarId: 'sem-1',
		name: 'slides.pdf',
		type: 'application/pdf',
		size: 3,
		uploadedAt: T0,
		...overrides,
	};
}

/** An attendance of a seminar by a registered city. */
export function attended(seminarId: string, registrationId: string, at = T0): Attendance {
	return { seminarId, registrationId, at };
}

/** Whether two byte arrays hold the same bytes (a Buffer and a Uint8Array alike). */
function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
	return a !== undefined && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
}

/**
 * The behaviour every `ProgrammeStore` keeps (issue 11): programmes, their seminars, material
 * files (facts and bytes), registrations, attendance and archives, each in its order; deletes
 * that take what belongs to the deleted thing with it; one archive claim among concurrent ones;
 * and values that never share objects with the caller.
 */
export function programmeStoreContract(
	name: string,
	make: () => Promise<ProgrammeStoreFixture>,
): void {
	describe(`ProgrammeStore contract: ${name}`, () => {
		let fixture: ProgrammeStoreFixture;
		let store: ProgrammeStore;

		beforeEach(async () => {
			fixture = await make();
			store = fixture.programmes;
		});
		afterEach(async () => {
			await fixture.cleanup();
		});

		it('knows nothing of a programme never created', async () => {
			expect(await store.getProgramme('prog-x')).toBeUndefined();
			expect(await store.updateProgramme(programme({ id: 'prog-x' }))).toBe(false);
			expect(await store.getProgramme('prog-x')).toBeUndefined();
			expect(await store.programmeIds()).toEqual([]);
			expect(await store.deleteProgramme('prog-x')).toBe(false);
			expect(await store.getSeminar('prog-x', 'sem-1')).toBeUndefined();
			expect(await store.seminars('prog-x')).toEqual([]);
			expect(await store.deleteSeminar('prog-x', 'sem-1')).toBe(false);
			expect(await store.files('prog-x')).toEqual([]);
			expect(await store.getFile('prog-x', 'file-1')).toBeUndefined();
			expect(await store.deleteFile('prog-x', 'file-1')).toBe(false);
			expect(await store.getRegistration('prog-x', 'reg-1')).toBeUndefined();
			expect(await store.registrations('prog-x')).toEqual([]);
			expect(await store.deleteRegistration('prog-x', 'reg-1')).toBe(false);
			expect(await store.attendance('prog-x')).toEqual([]);
			expect(await store.archives('prog-x')).toEqual([]);
		});

		it('creates a programme, refuses its id a second time, updates it and lists ids sorted', async () => {
			await store.createProgramme(programme({ id: 'prog-b' }));
			await store.createProgramme(programme({ id: 'prog-c' }));
			await store.createProgramme(programme());
			expect(await store.getProgramme('prog-a')).toStrictEqual(programme());
			await expect(store.createProgramme(programme({ title: 'Other' }))).rejects.toThrow();
			expect((await store.getProgramme('prog-a'))?.title).toBe('Net zero in Dalmatia');
			expect(await store.programmeIds()).toEqual(['prog-a', 'prog-b', 'prog-c']);

			const updated = programme({
				title: 'Net zero on the islands',
				registrationOpen: false,
				languages: ['hr'],
				coordinatorGeneration: 2,
			});
			expect(await store.updateProgramme(updated)).toBe(true);
			expect(await store.getProgramme('prog-a')).toStrictEqual(updated);
			expect(await store.getProgramme('prog-b')).toStrictEqual(programme({ id: 'prog-b' }));
		});

		it('adds and replaces seminars, listed by start then id', async () => {
			await store.createProgramme(programme());
			await store.putSeminar(seminar({ id: 'sem-3', start: T0 + HOUR }));
			await store.putSeminar(seminar({ id: 'sem-2', start: T0 + 2 * HOUR }));
			await store.putSeminar(seminar({ id: 'sem-1', start: T0 + HOUR }));
			const ids = async () => (await store.seminars('prog-a')).map((s) => s.id);
			expect(await ids()).toEqual(['sem-1', 'sem-3', 'sem-2']);

			const moved = seminar({
				id: 'sem-1',
				title: 'Kick-off, moved',
				format: 'on_site',
				place: 'City hall, Split',
				links: [{ title: 'Agenda', url: 'https://example.org/agenda' }],
				start: T0 + 3 * HOUR,
				end: T0 + 4 * HOUR,
				sequence: 1,
			});
			await store.putSeminar(moved);
			expect(await ids()).toEqual(['sem-3', 'sem-2', 'sem-1']);
			expect(await store.getSeminar('prog-a', 'sem-1')).toStrictEqual(moved);
			expect(await store.getSeminar('prog-a', 'sem-9')).toBeUndefined();
			expect(await store.getSeminar('prog-b', 'sem-1')).toBeUndefined();
			expect(await store.seminars('prog-b')).toEqual([]);
		});

		it('deletes a seminar with its files, attendance and archive, and only its', async () => {
			await store.createProgramme(programme());
			await store.putSeminar(seminar({ id: 'sem-1' }));
			await store.putSeminar(seminar({ id: 'sem-2', start: T0 + HOUR }));
			await store.putRegistration(registration({ id: 'reg-1' }));
			for (const seminarId of ['sem-1', 'sem-2']) {
				const file = materialFile({ id: `file-${seminarId}`, seminarId });
				await store.putFile('prog-a', file, new Uint8Array([1, 2, 3]));
				await store.setAttendance('prog-a', attended(seminarId, 'reg-1'), true);
				expect(await store.claimArchive('prog-a', seminarId, T0)).toBe(true);
			}

			expect(await store.deleteSeminar('prog-a', 'sem-1')).toBe(true);
			expect(await store.deleteSeminar('prog-a', 'sem-1')).toBe(false);
			expect(await store.getSeminar('prog-a', 'sem-1')).toBeUndefined();
			expect((await store.seminars('prog-a')).map((s) => s.id)).toEqual(['sem-2']);
			expect((await store.files('prog-a')).map((f) => f.id)).toEqual(['file-sem-2']);
			expect(await store.getFile('prog-a', 'file-sem-1')).toBeUndefined();
			expect(await store.attendance('prog-a')).toStrictEqual([attended('sem-2', 'reg-1')]);
			expect(await store.archives('prog-a')).toStrictEqual([{ seminarId: 'sem-2', at: T0 }]);
			expect(await store.getRegistration('prog-a', 'reg-1')).toStrictEqual(registration());

			// A seminar of the same id later starts without the old one's archive.
			await store.putSeminar(seminar({ id: 'sem-1' }));
			expect(await store.claimArchive('prog-a', 'sem-1', T0 + 1)).toBe(true);
		});

		it("keeps a file's facts and bytes exactly, about a megabyte of any byte value", async () => {
			await store.createProgramme(programme());
			const bytes = new Uint8Array(1024 * 1024 + 7);
			for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 11)) & 0xff;
			bytes.set([0x00, 0xff, 0x00, 0x00, 0xff, 0xfe, 0x0a, 0x0d], 0);
			bytes.set([0xff, 0x00], bytes.length - 2);
			const file = materialFile({
				name: 'Prezentacija — Čakovec 🌱.pptx',
				type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
				size: bytes.length,
			});
			await store.putFile('prog-a', file, bytes);

			const got = await store.getFile('prog-a', 'file-1');
			expect(got?.file).toStrictEqual(file);
			expect(got?.bytes).toBeInstanceOf(Uint8Array);
			expect(got?.bytes.byteLength).toBe(bytes.length);
			expect(sameBytes(got?.bytes, bytes)).toBe(true);
			expect(await store.files('prog-a')).toStrictEqual([file]);

			const empty = materialFile({ id: 'file-2', name: 'empty.txt', type: 'text/plain', size: 0 });
			await store.putFile('prog-a', empty, new Uint8Array(0));
			const gotEmpty = await store.getFile('prog-a', 'file-2');
			expect(gotEmpty?.file).toStrictEqual(empty);
			expect(gotEmpty?.bytes.byteLength).toBe(0);
		});

		it('lists files oldest first then by id, replaces and deletes them', async () => {
			await store.createProgramme(programme());
			const put = (id: string, uploadedAt: number, bytes: number[]) =>
				store.putFile('prog-a', materialFile({ id, uploadedAt }), new Uint8Array(bytes));
			await put('file-3', T0 + 1000, [3]);
			await put('file-1', T0 + 2000, [1]);
			await put('file-2', T0 + 1000, [2]);
			const ids = async () => (await store.files('prog-a')).map((f) => f.id);
			expect(await ids()).toEqual(['file-2', 'file-3', 'file-1']);

			const replacement = materialFile({ id: 'file-3', name: 'v2.pdf', uploadedAt: T0 + 5000 });
			await store.putFile('prog-a', replacement, new Uint8Array([9, 9]));
			expect(await ids()).toEqual(['file-2', 'file-1', 'file-3']);
			const got = await store.getFile('prog-a', 'file-3');
			expect(got?.file).toStrictEqual(replacement);
			expect(sameBytes(got?.bytes, new Uint8Array([9, 9]))).toBe(true);

			expect(await store.deleteFile('prog-a', 'file-3')).toBe(true);
			expect(await store.deleteFile('prog-a', 'file-3')).toBe(false);
			expect(await store.getFile('prog-a', 'file-3')).toBeUndefined();
			expect(await ids()).toEqual(['file-2', 'file-1']);
			expect(await store.getFile('prog-b', 'file-1')).toBeUndefined();
			expect(await store.files('prog-b')).toEqual([]);
		});

		it('adds and replaces registrations, listed oldest first then by id', async () => {
			await store.createProgramme(programme());
			await store.putRegistration(registration({ id: 'reg-2', createdAt: T0 + 2000 }));
			await store.putRegistration(registration({ id: 'reg-3', createdAt: T0 + 1000 }));
			await store.putRegistration(registration({ id: 'reg-1', createdAt: T0 + 1000 }));
			const ids = async () => (await store.registrations('prog-a')).map((r) => r.id);
			expect(await ids()).toEqual(['reg-1', 'reg-3', 'reg-2']);
			const pending = await store.getRegistration('prog-a', 'reg-3');
			expect(pending).toStrictEqual(registration({ id: 'reg-3', createdAt: T0 + 1000 }));
			for (const field of ['decidedAt', 'boardId', 'passExpiresAt']) {
				expect(field in (pending ?? {})).toBe(false);
			}

			const accepted = registration({
				id: 'reg-3',
				createdAt: T0 + 1000,
				city: 'Nova Gorica — Gorizia',
				hopes: 'Line one\nline two\t"quoted" \\ back\u2028slash 🌱',
				status: 'accepted',
				decidedAt: T0 + 9000,
				boardId: 'board-0042',
				passGeneration: 1,
				passExpiresAt: T0 + 90 * 24 * HOUR,
			});
			await store.putRegistration(accepted);
			expect(await store.getRegistration('prog-a', 'reg-3')).toStrictEqual(accepted);
			expect(await ids()).toEqual(['reg-1', 'reg-3', 'reg-2']);
			expect(await store.getRegistration('prog-a', 'reg-9')).toBeUndefined();
			expect(await store.getRegistration('prog-b', 'reg-3')).toBeUndefined();
			expect(await store.registrations('prog-b')).toEqual([]);
		});

		it('deletes a registration with its attendance, and only its', async () => {
			await store.createProgramme(programme());
			await store.putRegistration(registration({ id: 'reg-1' }));
			await store.putRegistration(registration({ id: 'reg-2', email: 'zadar@example.org' }));
			for (const registrationId of ['reg-1', 'reg-2']) {
				await store.setAttendance('prog-a', attended('sem-1', registrationId), true);
				await store.setAttendance('prog-a', attended('sem-2', registrationId), true);
			}

			expect(await store.deleteRegistration('prog-a', 'reg-1')).toBe(true);
			expect(await store.deleteRegistration('prog-a', 'reg-1')).toBe(false);
			expect(await store.getRegistration('prog-a', 'reg-1')).toBeUndefined();
			expect((await store.registrations('prog-a')).map((r) => r.id)).toEqual(['reg-2']);
			expect(await store.attendance('prog-a')).toStrictEqual([
				attended('sem-1', 'reg-2'),
				attended('sem-2', 'reg-2'),
			]);
		});

		it('records and removes attendance once each, listed by seminar then registration', async () => {
			await store.createProgramme(programme());
			await store.setAttendance('prog-a', attended('sem-2', 'reg-1', T0 + 5), true);
			await store.setAttendance('prog-a', attended('sem-1', 'reg-2', T0 + 4), true);
			await store.setAttendance('prog-a', attended('sem-1', 'reg-1', T0 + 3), true);
			// Recording it again changes nothing: the first time stays.
			await store.setAttendance('prog-a', attended('sem-1', 'reg-1', T0 + 9), true);
			expect(await store.attendance('prog-a')).toStrictEqual([
				attended('sem-1', 'reg-1', T0 + 3),
				attended('sem-1', 'reg-2', T0 + 4),
				attended('sem-2', 'reg-1', T0 + 5),
			]);

			await store.setAttendance('prog-a', attended('sem-1', 'reg-2'), false);
			await store.setAttendance('prog-a', attended('sem-1', 'reg-2'), false);
			await store.setAttendance('prog-a', attended('sem-9', 'reg-9'), false);
			await store.setAttendance('prog-b', attended('sem-1', 'reg-1'), false);
			expect(await store.attendance('prog-a')).toStrictEqual([
				attended('sem-1', 'reg-1', T0 + 3),
				attended('sem-2', 'reg-1', T0 + 5),
			]);
			// Removed, then recorded again: the new time.
			await store.setAttendance('prog-a', attended('sem-1', 'reg-2', T0 + 7), true);
			expect((await store.attendance('prog-a'))[1]).toStrictEqual(
				attended('sem-1', 'reg-2', T0 + 7),
			);
			expect(await store.attendance('prog-b')).toEqual([]);
		});

		it('grants one archive claim among five at once, and notes its version', async () => {
			await store.createProgramme(programme());
			const claims = await Promise.all(
				Array.from({ length: 5 }, (_, i) => store.claimArchive('prog-a', 'sem-2', T0 + i)),
			);
			expect(claims.filter(Boolean)).toHaveLength(1);
			const at = T0 + claims.indexOf(true);
			expect(await store.claimArchive('prog-a', 'sem-2', T0 + 99)).toBe(false);
			expect(await store.archives('prog-a')).toStrictEqual([{ seminarId: 'sem-2', at }]);

			await store.recordArchive('prog-a', 'sem-2', 'version-1');
			expect(await store.claimArchive('prog-a', 'sem-1', T0 + 50)).toBe(true);
			// Noting a version of an archive never claimed does nothing.
			await store.recordArchive('prog-a', 'sem-3', 'version-3');
			expect(await store.archives('prog-a')).toStrictEqual([
				{ seminarId: 'sem-1', at: T0 + 50 },
				{ seminarId: 'sem-2', at, versionId: 'version-1' },
			]);
			expect(await store.claimArchive('prog-a', 'sem-2', T0 + 99)).toBe(false);
			expect(await store.archives('prog-b')).toEqual([]);
			expect(await store.claimArchive('prog-b', 'sem-2', T0)).toBe(true);
		});

		it('deletes a programme with all of its data, and leaves another whole', async () => {
			for (const id of ['prog-a', 'prog-b']) {
				await store.createProgramme(programme({ id }));
				await store.putSeminar(seminar({ programmeId: id }));
				await store.putFile(id, materialFile(), new Uint8Array([1, 2, 3]));
				await store.putRegistration(registration({ programmeId: id }));
				await store.setAttendance(id, attended('sem-1', 'reg-1'), true);
				await store.claimArchive(id, 'sem-1', T0);
				await store.recordArchive(id, 'sem-1', 'version-1');
			}

			expect(await store.deleteProgramme('prog-a')).toBe(true);
			expect(await store.deleteProgramme('prog-a')).toBe(false);
			expect(await store.getProgramme('prog-a')).toBeUndefined();
			expect(await store.programmeIds()).toEqual(['prog-b']);
			expect(await store.seminars('prog-a')).toEqual([]);
			expect(await store.getSeminar('prog-a', 'sem-1')).toBeUndefined();
			expect(await store.files('prog-a')).toEqual([]);
			expect(await store.getFile('prog-a', 'file-1')).toBeUndefined();
			expect(await store.registrations('prog-a')).toEqual([]);
			expect(await store.getRegistration('prog-a', 'reg-1')).toBeUndefined();
			expect(await store.attendance('prog-a')).toEqual([]);
			expect(await store.archives('prog-a')).toEqual([]);

			expect(await store.getProgramme('prog-b')).toStrictEqual(programme({ id: 'prog-b' }));
			expect(await store.seminars('prog-b')).toHaveLength(1);
			const kept = await store.getFile('prog-b', 'file-1');
			expect(sameBytes(kept?.bytes, Uint8Array.of(1, 2, 3))).toBe(true);
			expect(await store.registrations('prog-b')).toHaveLength(1);
			expect(await store.attendance('prog-b')).toHaveLength(1);
			expect(await store.archives('prog-b')).toHaveLength(1);

			// The id can be used again, from nothing.
			await store.createProgramme(programme({ title: 'Again' }));
			expect(await store.getProgramme('prog-a')).toStrictEqual(programme({ title: 'Again' }));
			expect(await store.seminars('prog-a')).toEqual([]);
			expect(await store.claimArchive('prog-a', 'sem-1', T0)).toBe(true);
		});

		it('never shares objects with the caller, in or out', async () => {
			const record = programme();
			const first = seminar({ links: [{ title: 'Slides', url: 'https://example.org/s' }] });
			const city = registration();
			const bytes = new Uint8Array([1, 2, 3]);
			await store.createProgramme(record);
			await store.putSeminar(first);
			await store.putRegistration(city);
			await store.putFile('prog-a', materialFile(), bytes);
			await store.setAttendance('prog-a', attended('sem-1', 'reg-1'), true);
			await store.claimArchive('prog-a', 'sem-1', T0);

			// Changing what was put changes nothing stored.
			record.languages.push('it');
			first.links.push({ title: 'Late', url: 'https://example.org/late' });
			city.email = 'changed@example.org';
			bytes[0] = 99;
			expect(await store.getProgramme('prog-a')).toStrictEqual(programme());
			expect((await store.getSeminar('prog-a', 'sem-1'))?.links).toHaveLength(1);
			expect((await store.getRegistration('prog-a', 'reg-1'))?.email).toBe(
				'ana.horvat@example.org',
			);

			// Nor does changing what came out.
			const gotRecord = await store.getProgramme('prog-a');
			gotRecord?.languages.push('de');
			const [gotSeminar] = await store.seminars('prog-a');
			if (gotSeminar) gotSeminar.title = 'Changed';
			const gotOne = await store.getSeminar('prog-a', 'sem-1');
			gotOne?.links.splice(0);
			const [gotCity] = await store.registrations('prog-a');
			if (gotCity) gotCity.status = 'declined';
			const gotFile = await store.getFile('prog-a', 'file-1');
			if (gotFile) {
				gotFile.bytes[1] = 99;
				gotFile.file.name = 'changed.pdf';
			}
			const [gotFacts] = await store.files('prog-a');
			if (gotFacts) gotFacts.size = 0;
			const [gotEntry] = await store.attendance('prog-a');
			if (gotEntry) gotEntry.at = 0;
			const [gotArchive] = await store.archives('prog-a');
			if (gotArchive) gotArchive.versionId = 'forged';

			expect(await store.getProgramme('prog-a')).toStrictEqual(programme());
			expect(await store.getSeminar('prog-a', 'sem-1')).toStrictEqual(
				seminar({ links: [{ title: 'Slides', url: 'https://example.org/s' }] }),
			);
			expect(await store.registrations('prog-a')).toStrictEqual([registration()]);
			const again = await store.getFile('prog-a', 'file-1');
			expect(again?.file).toStrictEqual(materialFile());
			expect(sameBytes(again?.bytes, Uint8Array.of(1, 2, 3))).toBe(true);
			expect(await store.files('prog-a')).toStrictEqual([materialFile()]);
			expect(await store.attendance('prog-a')).toStrictEqual([attended('sem-1', 'reg-1')]);
			expect(await store.archives('prog-a')).toStrictEqual([{ seminarId: 'sem-1', at: T0 }]);
		});

		it('loses no write of 20 registrations, uploads and attendances at once', async () => {
			await store.createProgramme(programme());
			const ids = Array.from({ length: 20 }, (_, i) => String(i).padStart(2, '0'));
			await Promise.all(
				ids.flatMap((id, i) => [
					store.putRegistration(registration({ id: `reg-${id}`, createdAt: T0 + i })),
					store.putFile(
						'prog-a',
						materialFile({ id: `file-${id}`, uploadedAt: T0 + i }),
						Uint8Array.of(i),
					),
					store.setAttendance('prog-a', attended('sem-1', `reg-${id}`), true),
					store.putSeminar(seminar({ id: `sem-${id}`, start: T0 + i })),
				]),
			);
			expect((await store.registrations('prog-a')).map((r) => r.id)).toEqual(
				ids.map((id) => `reg-${id}`),
			);
			expect((await store.files('prog-a')).map((f) => f.id)).toEqual(ids.map((id) => `file-${id}`));
			expect(await store.attendance('prog-a')).toHaveLength(20);
			expect(await store.seminars('prog-a')).toHaveLength(20);
		});

		it('keeps everything across a restart', async (context) => {
			if (!fixture.reopen) {
				context.skip('this store keeps nothing beyond its process');
				return;
			}
			const bytes = Uint8Array.of(0, 255, 1, 254);
			const accepted = registration({ status: 'accepted', decidedAt: T0 + 1, boardId: 'b-9' });
			await store.createProgramme(programme());
			await store.putSeminar(seminar());
			await store.putFile('prog-a', materialFile({ size: 4 }), bytes);
			await store.putRegistration(accepted);
			await store.setAttendance('prog-a', attended('sem-1', 'reg-1'), true);
			await store.claimArchive('prog-a', 'sem-1', T0);
			await store.recordArchive('prog-a', 'sem-1', 'version-1');

			store = await fixture.reopen();
			expect(await store.programmeIds()).toEqual(['prog-a']);
			expect(await store.getProgramme('prog-a')).toStrictEqual(programme());
			expect(await store.seminars('prog-a')).toStrictEqual([seminar()]);
			const file = await store.getFile('prog-a', 'file-1');
			expect(file?.file).toStrictEqual(materialFile({ size: 4 }));
			expect(sameBytes(file?.bytes, bytes)).toBe(true);
			expect(await store.registrations('prog-a')).toStrictEqual([accepted]);
			expect(await store.attendance('prog-a')).toStrictEqual([attended('sem-1', 'reg-1')]);
			expect(await store.archives('prog-a')).toStrictEqual([
				{ seminarId: 'sem-1', at: T0, versionId: 'version-1' },
			]);
			expect(await store.claimArchive('prog-a', 'sem-1', T0 + 1)).toBe(false);
			await expect(store.createProgramme(programme())).rejects.toThrow();
		});
	});
}
