import type { ApiError, GapCsvIssue } from '@groundwork/protocol';
import type { Response } from 'express';

/** Sends the API's one error shape; its issues name a field (`path`) or a CSV cell (`line`). [H3] */
export function sendError(
	res: Response,
	status: number,
	code: string,
	message: string,
	issues?: ApiError['error']['issues'] | GapCsvIssue[],
): void {
	res.status(status).json({ error: { code, message, ...(issues ? { issues } : {}) } });
}
