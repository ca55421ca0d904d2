import type {
	ApiError,
	BoardCreated,
	BoardInfo,
	LinksRotated,
	Role,
	TemplateId,
	UpdateBoardRequest,
} from '@groundwork/protocol';

/** A failed API call: the HTTP status and, when the server sent one, its error body. */
export class ApiRequestError extends Error {
	readonly status: number;
	readonly code: string;
	/** The server's issues: `{ path, message }` for bodies, `{ line, column, message }` for CSV. */
	readonly issues: { path?: string; line?: number; column?: string; message: string }[];

	constructor(status: number, body: ApiError | undefined) {
		super(body?.error.message ?? `HTTP ${status}`);
		this.name = 'ApiRequestError';
		this.status = status;
		this.code = body?.error.code ?? 'http_error';
		this.issues = body?.error.issues ?? [];
	}
}

function isApiError(value: unknown): value is ApiError {
	if (typeof value !== 'object' || value === null || !('error' in value)) return false;
	const error = (value as { error: unknown }).error;
	return typeof error === 'object' && error !== null && 'message' in error;
}

async function request<T>(path: string, init: RequestInit): Promise<T> {
	const response = await fetch(path, {
		...init,
		headers: { Accept: 'application/json', ...init.headers },
	});
	const body: unknown = await response.json().catch(() => undefined);
	if (!response.ok) throw new ApiRequestError(response.status, isApiError(body) ? body : undefined);
	return body as T;
}

/** The answer's code when the server asks for a creation code (`CREATE_TOKEN`). [H9] */
export const CREATE_TOKEN_REQUIRED = 'create_token_required';

/** Headers of a board creation: JSON, and the creation code when there is one. [H9] */
function creationHeaders(createToken: string | undefined): Record<string, string> {
	const code = createToken?.trim();
	return {
		'Content-Type': 'application/json',
		...(code ? { Authorization: `Bearer ${code}` } : {}),
	};
}

/**
 * Creates a board (`POST /api/boards`) and returns its id, links and tokens. `createToken` is
 * the deployment's creation code, when it asks for one (a 401 `create_token_required`). [H9]
 */
export function createBoard(
	title: string,
	template: TemplateId,
	createToken?: string,
): Promise<BoardCreated> {
	return request<BoardCreated>('/api/boards', {
		method: 'POST',
		headers: creationHeaders(createToken),
		body: JSON.stringify({ title, template }),
	});
}

/** Imports a board's JSON backup as a new board (`POST /api/boards/import`). [V5], [H9] */
export function importBackup(backup: unknown, createToken?: string): Promise<BoardCreated> {
	return request<BoardCreated>('/api/boards/import', {
		method: 'POST',
		headers: creationHeaders(createToken),
		body: JSON.stringify(backup),
	});
}

/**
 * Reads a board's metadata and the caller's role (`GET /api/boards/:id`).
 * Rejects with an `ApiRequestError` of status 401 for a bad token, 404 for an unknown board.
 */
export function getBoard(boardId: string, token: string): Promise<BoardInfo> {
	return request<BoardInfo>(`/api/boards/${encodeURIComponent(boardId)}`, {
		method: 'GET',
		headers: { Authorization: `Bearer ${token}` },
	});
}

/** What an import of gaps changed (or, in a dry run, would change). */
export interface GapImportResult {
	created: number;
	updated: number;
	ignoredColumns: string[];
}

/**
 * Imports gaps from CSV text into a board (`POST /api/boards/:id/gaps/import`). Rejects with an
 * `ApiRequestError` of status 422 (`invalid_csv`, one issue per bad row) when any row is bad, in
 * which case nothing changed. [H4]
 */
export function importGaps(
	boardId: string,
	token: string,
	csv: string,
	by: { name: string; city: string },
): Promise<GapImportResult> {
	const query = new URLSearchParams({ by: by.name.slice(0, 80), city: by.city.slice(0, 80) });
	const path = `/api/boards/${encodeURIComponent(boardId)}/gaps/import?${query.toString()}`;
	return request<GapImportResult>(path, {
		method: 'POST',
		headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv; charset=utf-8' },
		body: csv,
	});
}

function boardPath(boardId: string): string {
	return `/api/boards/${encodeURIComponent(boardId)}`;
}

/** Renames and/or (un)archives a board (`PATCH /api/boards/:id`, facilitators). [H7] */
export function updateBoard(
	boardId: string,
	token: string,
	changes: UpdateBoardRequest,
): Promise<BoardInfo> {
	return request<BoardInfo>(boardPath(boardId), {
		method: 'PATCH',
		headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
		body: JSON.stringify(changes),
	});
}

/** Deletes a board for everyone (`DELETE /api/boards/:id`, facilitators). [H8] */
export async function deleteBoard(boardId: string, token: string): Promise<void> {
	await request<undefined>(boardPath(boardId), {
		method: 'DELETE',
		headers: { Authorization: `Bearer ${token}` },
	});
}

/**
 * Replaces the links of `roles` (`POST /api/boards/:id/links/rotate`, facilitators): their old
 * links stop working at once. Resolves to the new link and token of each. [H6]
 */
export function rotateLinks(boardId: string, token: string, roles: Role[]): Promise<LinksRotated> {
	return request<LinksRotated>(`${boardPath(boardId)}/links/rotate`, {
		method: 'POST',
		headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
		body: JSON.stringify({ roles }),
	});
}
