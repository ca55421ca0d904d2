import type {
	ApiError,
	CohortChange,
	CohortInvitation,
	CohortView,
	ComparisonAnswer,
	CopyAnswer,
	CreateCohortRequest,
	InvitationPreview,
	JoinCohortRequest,
	LibraryAnswer,
	LibraryQuery,
	PracticeView,
	PromoteRequest,
	SuggestionsAnswer,
	UpdatePracticeRequest,
} from '@groundwork/protocol';
import { ApiRequestError } from '../api.js';

/**
 * The cohort and its library over HTTP (protocol/README.md, "Across cities"), acting for the
 * board whose token it holds: that board's city is the caller's city, that board's role its role.
 */
export class CohortApi {
	constructor(private readonly token: string) {}

	/** The cohorts the caller's board belongs to. */
	async mine(): Promise<CohortView[]> {
		return (await this.#json<{ cohorts: CohortView[] }>('GET', '/api/cohorts/mine')).cohorts;
	}

	/** Makes a cohort with the caller's board in it (facilitators). */
	create(request: CreateCohortRequest): Promise<CohortView> {
		return this.#json('POST', '/api/cohorts', request);
	}

	/** Joins a cohort with an invitation (the board's facilitators). */
	join(request: JoinCohortRequest): Promise<CohortView> {
		return this.#json('POST', '/api/cohorts/join', request);
	}

	get(cohortId: string): Promise<CohortView> {
		return this.#json('GET', cohortPath(cohortId));
	}

	/** The current invitation link (coordinators); `rotate` revokes every earlier one first. */
	invitation(cohortId: string, rotate = false): Promise<CohortInvitation> {
		return rotate
			? this.#json('POST', `${cohortPath(cohortId)}/invitation/rotate`, {})
			: this.#json('GET', `${cohortPath(cohortId)}/invitation`);
	}

	/** Takes a board out of the cohort (coordinators, or the board's own facilitators). */
	async removeMember(cohortId: string, boardId: string): Promise<void> {
		await this.#json('DELETE', `${cohortPath(cohortId)}/members/${encodeURIComponent(boardId)}`);
	}

	async library(cohortId: string, query: LibraryQuery = {}): Promise<PracticeView[]> {
		const path = `${cohortPath(cohortId)}/library${queryString(query)}`;
		return (await this.#json<LibraryAnswer>('GET', path)).items;
	}

	promote(cohortId: string, request: PromoteRequest): Promise<PracticeView> {
		return this.#json('POST', `${cohortPath(cohortId)}/library`, request);
	}

	updatePractice(
		cohortId: string,
		practiceId: string,
		request: UpdatePracticeRequest,
	): Promise<PracticeView> {
		return this.#json('PATCH', practicePath(cohortId, practiceId), request);
	}

	async deletePractice(cohortId: string, practiceId: string): Promise<void> {
		await this.#json('DELETE', practicePath(cohortId, practiceId));
	}

	/** Copies an approved item into the caller's board as an action card. */
	copy(cohortId: string, practiceId: string): Promise<CopyAnswer> {
		return this.#json('POST', `${practicePath(cohortId, practiceId)}/copies`, {});
	}

	suggestions(cohortId: string, gapId: string): Promise<SuggestionsAnswer> {
		return this.#json(
			'GET',
			`${cohortPath(cohortId)}/suggestions?gap=${encodeURIComponent(gapId)}`,
		);
	}

	comparison(cohortId: string): Promise<ComparisonAnswer> {
		return this.#json('GET', `${cohortPath(cohortId)}/comparison`);
	}

	/**
	 * Follows the cohort's changes (a member board edited, the library or the members changed)
	 * over server-sent events; the browser reconnects by itself. Returns a function that stops.
	 */
	follow(cohortId: string, onChange: (change: CohortChange) => void): () => void {
		const url = `${cohortPath(cohortId)}/events?token=${encodeURIComponent(this.token)}`;
		const source = new EventSource(url);
		source.addEventListener('change', (event) => {
			try {
				onChange(JSON.parse((event as MessageEvent<string>).data) as CohortChange);
			} catch {
				// A malformed event is skipped; the next one refreshes the view.
			}
		});
		return () => source.close();
	}

	async #json<T>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await fetch(path, {
			method,
			headers: {
				Accept: 'application/json',
				Authorization: `Bearer ${this.token}`,
				...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
			},
			...(body === undefined ? {} : { body: JSON.stringify(body) }),
		});
		if (!response.ok) throw await failure(response);
		if (response.status === 204) return undefined as T;
		return (await response.json()) as T;
	}
}

/** What an invitation link shows before joining (no board token needed). */
export async function previewInvitation(invite: string): Promise<InvitationPreview> {
	const response = await fetch(`/api/invitations/${encodeURIComponent(invite)}`, {
		headers: { Accept: 'application/json' },
	});
	if (!response.ok) throw await failure(response);
	return (await response.json()) as InvitationPreview;
}

/** The deployment's public library: approved items their cohorts published. */
export async function publicLibrary(query: LibraryQuery = {}): Promise<PracticeView[]> {
	const response = await fetch(`/api/library${queryString(query)}`, {
		headers: { Accept: 'application/json' },
	});
	if (!response.ok) throw await failure(response);
	return ((await response.json()) as LibraryAnswer).items;
}

function cohortPath(cohortId: string): string {
	return `/api/cohorts/${encodeURIComponent(cohortId)}`;
}

function practicePath(cohortId: string, practiceId: string): string {
	return `${cohortPath(cohortId)}/library/${encodeURIComponent(practiceId)}`;
}

function queryString(query: LibraryQuery): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) {
		if (typeof value === 'string' && value !== '') params.set(key, value);
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}

async function failure(response: Response): Promise<ApiRequestError> {
	const body = (await response.json().catch(() => undefined)) as ApiError | undefined;
	return new ApiRequestError(response.status, body?.error ? body : undefined);
}
