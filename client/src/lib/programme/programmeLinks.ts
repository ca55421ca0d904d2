/**
 * The addresses of a programme's public pages (issue 11), and a guard for the board link an
 * invitation is traded for: only a board path of this site is followed.
 */

/** The public page of a programme: `/programmes/:id`. */
export function programmePagePath(programmeId: string): string {
	return `/programmes/${encodeURIComponent(programmeId)}`;
}

/** The confirmation after registering: `/programmes/:id/registered`. */
export function registeredPagePath(programmeId: string): string {
	return `${programmePagePath(programmeId)}/registered`;
}

/**
 * The board an invitation was traded for, as a path of this site (`/b/abc?token=…`): the
 * server's link names the deployment's `PUBLIC_URL`, which may be another host than the one this
 * page came from, so only its board path and query are kept, and anything that is not a board
 * link of the expected shape is refused (undefined).
 */
export function boardPathOf(url: string): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}
	if (!/^https?:$/.test(parsed.protocol)) return undefined;
	if (!/^\/b\/[A-Za-z0-9_-]{8,64}$/.test(parsed.pathname)) return undefined;
	return `${parsed.pathname}${parsed.search}`;
}

/** A link the server gave (a board's) when it is a path of this site or a web address. */
export function linkHref(url: string): string | undefined {
	if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\')) return url;
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
	} catch {
		return undefined;
	}
}
