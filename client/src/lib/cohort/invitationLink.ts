/**
 * Reading a cohort invitation someone pasted (issue 8): coordinators hand out a link to the home
 * page, `<site>/?invite=<token>`, but people also paste the bare token, or the link without its
 * scheme. Only the token is sent to the server, which verifies it.
 */

/** Longest invitation the server accepts, in characters. */
export const MAX_INVITATION_LENGTH = 1024;

/** The characters of an invitation token (base64url parts joined by dots). */
const TOKEN = /^[A-Za-z0-9._~-]+$/;

/** The `invite` parameter of a link, wherever it stands in its query (or fragment). */
const INVITE_PARAMETER = /[?&#]invite=([^&#\s]*)/;

/**
 * The invitation token in `input`: the `invite` parameter of a pasted link, or the pasted text
 * itself when it is a bare token. Undefined when it holds neither.
 */
export function parseInvitation(input: string): string | undefined {
	const text = input.trim();
	if (text === '') return undefined;
	const match = INVITE_PARAMETER.exec(text);
	let token = text;
	if (match) {
		try {
			token = decodeURIComponent(match[1] ?? '').trim();
		} catch {
			return undefined;
		}
	}
	if (token === '' || token.length > MAX_INVITATION_LENGTH || !TOKEN.test(token)) return undefined;
	return token;
}
