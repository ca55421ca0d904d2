import type {
	ApiError,
	RestoreRequest,
	RestoreResult,
	VersionInfo,
	VersionList,
} from '@groundwork/protocol';
import { ApiRequestError } from '../api.js';

/** The board's history over HTTP (SPEC.md [V1]-[V4]), with the board's token. */
export class HistoryApi {
	constructor(
		private readonly boardId: string,
		private readonly token: string,
	) {}

	/** The board's versions, newest first. */
	async list(): Promise<VersionInfo[]> {
		return (await this.#json<VersionList>('/versions')).versions;
	}

	/** Saves a named version (facilitators). */
	save(label: string, author: string): Promise<VersionInfo> {
		return this.#json<VersionInfo>('/versions', { label, ...(author ? { author } : {}) });
	}

	/** One version's document, as a Yjs update. */
	async snapshot(versionId: string): Promise<Uint8Array> {
		const response = await fetch(this.#url(`/versions/${encodeURIComponent(versionId)}`), {
			headers: { Authorization: `Bearer ${this.token}` },
		});
		if (!response.ok) throw await failure(response);
		return new Uint8Array(await response.arrayBuffer());
	}

	/** Restores a whole version (`{}`) or single deleted cards and gaps. */
	restore(versionId: string, request: RestoreRequest): Promise<RestoreResult> {
		return this.#json<RestoreResult>(`/versions/${encodeURIComponent(versionId)}/restore`, request);
	}

	#url(path: string): string {
		return `/api/boards/${encodeURIComponent(this.boardId)}${path}`;
	}

	async #json<T>(path: string, body?: unknown): Promise<T> {
		const response = await fetch(this.#url(path), {
			method: body === undefined ? 'GET' : 'POST',
			headers: {
				Accept: 'application/json',
				Authorization: `Bearer ${this.token}`,
				...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
			},
			...(body === undefined ? {} : { body: JSON.stringify(body) }),
		});
		if (!response.ok) throw await failure(response);
		return (await response.json()) as T;
	}
}

async function failure(response: Response): Promise<ApiRequestError> {
	const body = (await response.json().catch(() => undefined)) as ApiError | undefined;
	return new ApiRequestError(response.status, body?.error ? body : undefined);
}
