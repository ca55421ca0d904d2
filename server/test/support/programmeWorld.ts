import type {
	CityInvitation,
	CreateProgrammeRequest,
	CreatedProgramme,
	ManagedProgramme,
	RegistrationRequest,
	SeminarRequest,
} from '@groundwork/protocol';
import { call } from './cohortWorld.js';
import type { TestServer } from './testServer.js';

/** A seminar request with sensible defaults. */
export function seminarRequest(overrides: Partial<SeminarRequest> = {}): SeminarRequest {
	return {
		title: 'Planning kick-off',
		stage: 'planning',
		date: '2026-03-30',
		time: '10:00',
		durationMinutes: 180,
		timeZone: 'Europe/Zagreb',
		format: 'online',
		place: '',
		agenda: 'Welcome\nRoadmap walk-through',
		links: [{ title: 'Guide', url: 'https://example.org/guide.pdf' }],
		template: 'netzero-roadmap',
		...overrides,
	};
}

/** A programme of three seminars, one per stage. */
export function programmeRequest(
	overrides: Partial<CreateProgrammeRequest> = {},
): CreateProgrammeRequest {
	return {
		title: 'NetZero Cities 2026',
		description: 'A year of seminars for smaller cities.',
		organiser: 'Adriatic Climate Network',
		languages: ['en', 'hr'],
		registrationOpen: true,
		seminars: [
			seminarRequest(),
			seminarRequest({
				title: 'Enabling: finance',
				stage: 'enabling',
				date: '2026-05-12',
				format: 'on_site',
				place: 'Split city hall',
			}),
			seminarRequest({ title: 'Localisation clinic', stage: 'localisation', date: '2026-10-27' }),
		],
		...overrides,
	};
}

/** A city's registration form. */
export function registrationForm(
	city: string,
	overrides: Partial<RegistrationRequest> = {},
): RegistrationRequest {
	const slug = city.toLowerCase();
	return {
		city,
		country: 'Croatia',
		population: '50k_100k',
		contactName: `Officer of ${city}`,
		email: `climate-officer.${slug}@example.org`,
		role: 'Climate officer',
		hopes: 'Learn how others fund building retrofits.',
		consent: true,
		...overrides,
	};
}

/** A programme as its coordinator drives it through the API. */
export interface TestProgramme {
	id: string;
	created: CreatedProgramme;
	coordinator: string;
	get(): Promise<ManagedProgramme>;
	register(form: RegistrationRequest): Promise<number>;
	/** Registers a city and accepts it; resolves to its registration id. */
	accept(registrationId: string): Promise<void>;
	invitations(): Promise<CityInvitation[]>;
}

/** Creates a programme through the API and returns a handle on it. */
export async function makeProgramme(
	srv: TestServer,
	request: CreateProgrammeRequest = programmeRequest(),
): Promise<TestProgramme> {
	const created = await call<CreatedProgramme>(srv, undefined, 'POST', '/api/programmes', request);
	if (created.status !== 201)
		throw new Error(`create programme: ${created.status} ${created.text}`);
	const id = created.body.programme.id;
	const coordinator = created.body.coordinatorToken;
	const path = `/api/programmes/${id}`;
	return {
		id,
		created: created.body,
		coordinator,
		get: async () => (await call<ManagedProgramme>(srv, coordinator, 'GET', path)).body,
		register: async (form) =>
			(await call(srv, undefined, 'POST', `${path}/registrations`, form)).status,
		accept: async (registrationId) => {
			const answer = await call(
				srv,
				coordinator,
				'POST',
				`${path}/registrations/${registrationId}/decision`,
				{
					status: 'accepted',
				},
			);
			if (answer.status !== 200) throw new Error(`accept: ${answer.status} ${answer.text}`);
		},
		invitations: async () =>
			(await call<CityInvitation[]>(srv, coordinator, 'GET', `${path}/invitations`)).body,
	};
}

/** The pass in an invitation link. */
export function passOf(url: string): string {
	return new URL(url).searchParams.get('pass') ?? '';
}
