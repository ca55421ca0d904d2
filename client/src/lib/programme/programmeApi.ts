import type {
	ApiError,
	CityInvitation,
	CreateProgrammeRequest,
	CreatedProgramme,
	JourneyView,
	ManagedProgramme,
	ManagedSeminar,
	MaterialFile,
	PassResult,
	ProgrammeDetails,
	ProgrammeRecord,
	PublicProgramme,
	Registration,
	RegistrationRequest,
	SeminarArchive,
	SeminarRequest,
	SeminarUpdate,
} from '@groundwork/protocol';
import { ApiRequestError } from '../api.js';

/**
 * The programme API over HTTP (protocol/SPEC.md, "Programmes (G)"). The public part needs no
 * token; `ProgrammeApi` acts with a coordinator token (or, for `journey`, a city board's token).
 */

/** The programme as everyone sees it. */
export function publicProgramme(programmeId: string): Promise<PublicProgramme> {
	return request('GET', `${programmePath(programmeId)}/public`);
}

/** Sends the public registration form. */
export async function register(programmeId: string, form: RegistrationRequest): Promise<void> {
	await request('POST', `${programmePath(programmeId)}/registrations`, form);
}

/** Trades an invitation link's pass for a board link. */
export function tradePass(pass: string): Promise<PassResult> {
	return request('POST', '/api/passes', { pass });
}

/** Creates a programme (with the deployment's creation code when it asks for one). */
export function createProgramme(
	body: CreateProgrammeRequest,
	createToken?: string,
): Promise<CreatedProgramme> {
	return request('POST', '/api/programmes', body, createToken);
}

/**
 * What the deployment tells clients (`GET /api/config`): whether creating needs the creation
 * code, and the largest material file when the server says (else undefined).
 */
export async function deploymentConfig(): Promise<{
	createRequiresToken: boolean;
	maxMaterialBytes?: number;
}> {
	const config = await request<{ createRequiresToken?: unknown; maxMaterialBytes?: unknown }>(
		'GET',
		'/api/config',
	);
	const max = config.maxMaterialBytes;
	return {
		createRequiresToken: config.createRequiresToken === true,
		...(typeof max === 'number' && max > 0 ? { maxMaterialBytes: max } : {}),
	};
}

/** The `.ics` of the whole programme, or of one seminar. */
export function calendarUrl(programmeId: string, seminarId?: string): string {
	const base = programmePath(programmeId);
	return seminarId
		? `${base}/seminars/${encodeURIComponent(seminarId)}/calendar.ics`
		: `${base}/calendar.ics`;
}

/** A material file's download address. */
export function fileUrl(programmeId: string, fileId: string): string {
	return `${programmePath(programmeId)}/files/${encodeURIComponent(fileId)}`;
}

/** A programme's coordinator routes, with the coordinator token. */
export class ProgrammeApi {
	constructor(
		private readonly programmeId: string,
		private readonly token: string,
	) {}

	get(): Promise<ManagedProgramme> {
		return this.#call('GET', '');
	}

	update(details: ProgrammeDetails): Promise<ProgrammeRecord> {
		return this.#call('PATCH', '', details);
	}

	async remove(): Promise<void> {
		await this.#call('DELETE', '');
	}

	/** Re-issues the coordinator link: every earlier one stops working. */
	rotateCoordinatorLink(): Promise<{ coordinatorToken: string; coordinatorUrl: string }> {
		return this.#call('POST', '/coordinator-link', {});
	}

	addSeminar(seminar: SeminarRequest): Promise<ManagedSeminar> {
		return this.#call('POST', '/seminars', seminar);
	}

	updateSeminar(seminarId: string, seminar: SeminarUpdate): Promise<ManagedSeminar> {
		return this.#call('PUT', `/seminars/${encodeURIComponent(seminarId)}`, seminar);
	}

	async removeSeminar(seminarId: string): Promise<void> {
		await this.#call('DELETE', `/seminars/${encodeURIComponent(seminarId)}`);
	}

	/** Saves the seminar's board into the programme's history now. */
	archiveSeminar(seminarId: string): Promise<SeminarArchive> {
		return this.#call('POST', `/seminars/${encodeURIComponent(seminarId)}/archive`, {});
	}

	async uploadFile(seminarId: string, file: File): Promise<MaterialFile> {
		const response = await fetch(
			`${programmePath(this.programmeId)}/seminars/${encodeURIComponent(seminarId)}/files`,
			{
				method: 'POST',
				headers: {
					Accept: 'application/json',
					Authorization: `Bearer ${this.token}`,
					'Content-Type': file.type || 'application/octet-stream',
					'X-File-Name': encodeURIComponent(file.name),
				},
				body: file,
			},
		);
		if (!response.ok) throw await failure(response);
		return (await response.json()) as MaterialFile;
	}

	async removeFile(fileId: string): Promise<void> {
		await this.#call('DELETE', `/files/${encodeURIComponent(fileId)}`);
	}

	decide(registrationId: string, status: 'accepted' | 'declined'): Promise<Registration> {
		return this.#call('POST', `${registrationPath(registrationId)}/decision`, { status });
	}

	async removeRegistration(registrationId: string): Promise<void> {
		await this.#call('DELETE', registrationPath(registrationId));
	}

	/** One registration's data with its attendance (a city's request for its data). */
	exportRegistration(registrationId: string): Promise<unknown> {
		return this.#call('GET', registrationPath(registrationId));
	}

	invitations(): Promise<CityInvitation[]> {
		return this.#call('GET', '/invitations');
	}

	/** New invitation links for a city: its earlier ones stop working. */
	reissue(registrationId: string): Promise<CityInvitation> {
		return this.#call('POST', `${registrationPath(registrationId)}/reissue`, {});
	}

	async setAttendance(seminarId: string, registrationId: string, attended: boolean): Promise<void> {
		await this.#call('PUT', '/attendance', { seminarId, registrationId, attended });
	}

	journey(): Promise<JourneyView> {
		return this.#call('GET', '/journey');
	}

	/** A CSV export (`invitations.csv`, `registrations.csv`) as text, to save as a file. */
	async csv(name: 'invitations' | 'registrations' | 'journey'): Promise<string> {
		const response = await fetch(`${programmePath(this.programmeId)}/${name}.csv`, {
			headers: { Accept: 'text/csv', Authorization: `Bearer ${this.token}` },
		});
		if (!response.ok) throw await failure(response);
		return response.text();
	}

	#call<T>(method: string, path: string, body?: unknown): Promise<T> {
		return request(method, `${programmePath(this.programmeId)}${path}`, body, this.token);
	}
}

/** A city's own journey, with its board's token. */
export function cityJourney(programmeId: string, boardToken: string): Promise<JourneyView> {
	return request('GET', `${programmePath(programmeId)}/journey`, undefined, boardToken);
}

function programmePath(programmeId: string): string {
	return `/api/programmes/${encodeURIComponent(programmeId)}`;
}

function registrationPath(registrationId: string): string {
	return `/registrations/${encodeURIComponent(registrationId)}`;
}

async function request<T>(
	method: string,
	path: string,
	body?: unknown,
	token?: string,
): Promise<T> {
	const response = await fetch(path, {
		method,
		headers: {
			Accept: 'application/json',
			...(token ? { Authorization: `Bearer ${token}` } : {}),
			...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
		},
		...(body === undefined ? {} : { body: JSON.stringify(body) }),
	});
	if (!response.ok) throw await failure(response);
	if (response.status === 204) return undefined as T;
	return (await response.json()) as T;
}

async function failure(response: Response): Promise<ApiRequestError> {
	const body = (await response.json().catch(() => undefined)) as ApiError | undefined;
	return new ApiRequestError(response.status, body?.error ? body : undefined);
}
