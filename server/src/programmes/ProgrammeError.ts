/**
 * A refusal of a programme request, with the HTTP status and code the API answers with (SPEC
 * [G1]-[G9]); `issues` per field for an invalid body. Turned into the API's error shape by the
 * router.
 */
export class ProgrammeError extends Error {
	constructor(
		readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422,
		readonly code: string,
		message: string,
		readonly issues?: { path: string; message: string }[],
	) {
		super(message);
		this.name = 'ProgrammeError';
	}
}
