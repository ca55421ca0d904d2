import type { ApiError } from '@groundwork/protocol';
import { ApiRequestError } from '../api.js';

/**
 * The board's JSON backup (`GET /api/boards/:id/export.json`, SPEC [V5]): the server checks the
 * token (any role reads) and answers the whole document, which holds no secret. The token goes
 * in the `Authorization` header, never into the file.
 */

function apiError(body: unknown): ApiError | undefined {
	if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
	const error = (body as { error: unknown }).error;
	if (typeof error !== 'object' || error === null) return undefined;
	return typeof (error as { message?: unknown }).message === 'string'
		? (body as ApiError)
		: undefined;
}

/**
 * Fetches the board's backup. Rejects with an `ApiRequestError` (401 bad token, 404 unknown
 * board) when the server refuses.
 */
export async function fetchBackup(
	boardId: string,
	token: string,
	fetcher: typeof fetch = fetch,
): Promise<Response> {
	const response = await fetcher(`/api/boards/${encodeURIComponent(boardId)}/export.json`, {
		headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
		cache: 'no-store',
	});
	if (!response.ok) {
		const body: unknown = await response.json().catch(() => undefined);
		throw new ApiRequestError(response.status, apiError(body));
	}
	return response;
}
