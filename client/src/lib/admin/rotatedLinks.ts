import { ROLES, type LinksRotated, type Role } from '@groundwork/protocol';

/** Which links a facilitator replaces: one role's, or every role's (their own included). */
export type RotateScope = 'viewer' | 'participant' | 'all';

/** The roles each scope rotates. [H6] */
export const ROTATE_ROLES: Record<RotateScope, Role[]> = {
	viewer: ['viewer'],
	participant: ['participant'],
	all: ['viewer', 'participant', 'facilitator'],
};

/** The session storage key of a board's links just rotated, kept across one page load. */
export function rotatedLinksKey(boardId: string): string {
	return `groundwork.rotated.${boardId}`;
}

/**
 * Keeps the links of a rotation for the next page load: rotating the facilitator's own links
 * revokes the page's token, so it reopens with the new one and shows the links there. [H6]
 */
export function keepRotatedLinks(storage: Pick<Storage, 'setItem'>, rotated: LinksRotated): void {
	try {
		storage.setItem(rotatedLinksKey(rotated.id), JSON.stringify(rotated));
	} catch {
		// Storage full or disabled: the new links are still in the page's address.
	}
}

function stringsByRole(value: unknown): Partial<Record<Role, string>> | null {
	if (typeof value !== 'object' || value === null) return null;
	const out: Partial<Record<Role, string>> = {};
	for (const role of ROLES) {
		const entry = (value as Record<string, unknown>)[role];
		if (typeof entry === 'string') out[role] = entry;
		else if (entry !== undefined) return null;
	}
	return out;
}

/**
 * Takes (reads and removes) the links kept for the page of `boardId` opened with `token`: only
 * the page opened with the new facilitator link takes them (the old page, still running while
 * the new one loads, does not). Null when there are none for it, or they cannot be read.
 */
export function takeRotatedLinks(
	storage: Pick<Storage, 'getItem' | 'removeItem'>,
	boardId: string,
	token: string,
): LinksRotated | null {
	const key = rotatedLinksKey(boardId);
	let raw: string | null;
	try {
		raw = storage.getItem(key);
	} catch {
		return null;
	}
	if (!raw) return null;
	const kept = parseKept(raw, boardId);
	if (kept && kept.tokens.facilitator !== token) return null;
	try {
		storage.removeItem(key);
	} catch {
		// Nothing more to do: it is shown once more at worst.
	}
	return kept;
}

function parseKept(raw: string, boardId: string): LinksRotated | null {
	try {
		const parsed = JSON.parse(raw) as { id?: unknown; links?: unknown; tokens?: unknown };
		const links = stringsByRole(parsed.links);
		const tokens = stringsByRole(parsed.tokens);
		if (parsed.id !== boardId || !links || !tokens) return null;
		return { id: boardId, links, tokens };
	} catch {
		return null;
	}
}

/** The path of a board opened with `token`: `/b/:id?token=…`. */
export function boardPath(boardId: string, token: string): string {
	return `/b/${encodeURIComponent(boardId)}?token=${encodeURIComponent(token)}`;
}
