import type { Request } from 'express';

/** The base of the links the API hands out: `PUBLIC_URL`, else the request's own origin. */
export function baseUrl(req: Request, publicUrl: string | undefined): string {
	return publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** A board link: `BASE/b/:id?token=TOKEN`. */
export function boardLink(base: string, boardId: string, token: string): string {
	return `${base}/b/${boardId}?token=${encodeURIComponent(token)}`;
}
