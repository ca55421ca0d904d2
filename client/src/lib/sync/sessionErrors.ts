import { CloseCode } from '@groundwork/protocol';

/** Why a session request got no answer from the server. */
export type SessionFailure = 'offline' | 'timeout';

/** A session request that was not answered: not connected, or no ack in time. */
export class SessionRequestError extends Error {
	readonly reason: SessionFailure;

	constructor(reason: SessionFailure) {
		super(
			reason === 'timeout'
				? 'The server did not answer in time.'
				: 'Not connected to the session server.',
		);
		this.name = 'SessionRequestError';
		this.reason = reason;
	}
}

/**
 * True when the server refused the handshake for good (bad token, unknown board): trying again
 * would be refused again. [C1]
 */
export function isRefusedHandshake(error: unknown): boolean {
	if (!(error instanceof Error)) return false;
	if (error.message === 'unauthorized' || error.message === 'not_found') return true;
	const data: unknown = (error as { data?: unknown }).data;
	if (typeof data !== 'object' || data === null) return false;
	const code = (data as { code?: unknown }).code;
	return code === CloseCode.unauthorized || code === CloseCode.boardNotFound;
}
