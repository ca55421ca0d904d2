import type { ApiError } from '@groundwork/protocol';
import type { Response } from 'express';

/** Sends the API's one error shape. */
export function sendError(
	res: Response,
	status: number,
	code: string,
	message: string,
	issues?: ApiError['error']['issues'],
): void {
	const body: ApiError = { error: { code, message, ...(issues ? { issues } : {}) } };
	res.status(status).json(body);
}
