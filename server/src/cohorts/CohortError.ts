/**
 * A refusal of a cohort or library request, with the HTTP status and code the API answers with
 * (SPEC [K1]-[K9]). Thrown by the services, turned into the API's error shape by the router.
 */
export class CohortError extends Error {
	constructor(
		readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422,
		readonly code: string,
		message: string,
		/** Per field, for a body or an item that is not valid. */
		readonly issues?: { path: string; message: string }[],
	) {
		super(message);
		this.name = 'CohortError';
	}
}
