/**
 * The programmes this browser coordinates (issue 11): each programme's coordinator token and
 * title, kept in local storage so the manage page opens without the token in the address and
 * the start page can list them. Nothing of it leaves the browser. Unreadable or malformed
 * entries are ignored, and a storage that refuses to be read or written is treated as empty.
 */

/** One remembered programme. */
export interface CoordinatorLink {
	token: string;
	title: string;
}

/** A remembered programme with its id, for lists. */
export interface CoordinatorEntry extends CoordinatorLink {
	id: string;
}

export const COORDINATOR_LINKS_KEY = 'groundwork.programmes';

/** Most programmes remembered. */
export const MAX_COORDINATOR_LINKS = 50;

type Reading = Pick<Storage, 'getItem'>;
type Writing = Pick<Storage, 'getItem' | 'setItem'>;

function isLink(value: unknown): value is CoordinatorLink {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const { token, title } = value as Record<string, unknown>;
	return (
		typeof token === 'string' &&
		token.length > 0 &&
		token.length <= 4096 &&
		typeof title === 'string' &&
		title.length <= 500
	);
}

function validId(id: string): boolean {
	return id.length > 0 && id.length <= 64 && id !== '__proto__';
}

/** The remembered programmes by id; empty when storage holds nothing usable. */
export function loadCoordinatorLinks(
	storage: Reading | undefined,
): Record<string, CoordinatorLink> {
	const links: Record<string, CoordinatorLink> = {};
	try {
		const raw: unknown = JSON.parse(storage?.getItem(COORDINATOR_LINKS_KEY) ?? '{}');
		if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return links;
		for (const [id, value] of Object.entries(raw)) {
			if (validId(id) && isLink(value)) links[id] = { token: value.token, title: value.title };
		}
	} catch {
		// Unreadable or not JSON: nothing remembered.
	}
	return links;
}

/** The remembered programmes as a list, by title (then id). */
export function coordinatorEntries(storage: Reading | undefined): CoordinatorEntry[] {
	return Object.entries(loadCoordinatorLinks(storage))
		.map(([id, link]) => ({ id, ...link }))
		.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/** The token remembered for programme `id`, or undefined. */
export function coordinatorToken(storage: Reading | undefined, id: string): string | undefined {
	const links = loadCoordinatorLinks(storage);
	return Object.hasOwn(links, id) ? links[id]?.token : undefined;
}

function save(storage: Writing, links: Record<string, CoordinatorLink>): void {
	try {
		storage.setItem(COORDINATOR_LINKS_KEY, JSON.stringify(links));
	} catch {
		// Storage full or disabled: the link still works for this page view.
	}
}

/**
 * Remembers programme `id`'s token and title (replacing what was remembered); an empty title
 * keeps the one remembered before. Beyond `MAX_COORDINATOR_LINKS`, the oldest entries go.
 */
export function rememberCoordinatorLink(
	storage: Writing | undefined,
	id: string,
	link: CoordinatorLink,
): void {
	if (!storage || !validId(id) || !isLink(link)) return;
	const links = loadCoordinatorLinks(storage);
	const title = link.title || links[id]?.title || '';
	delete links[id];
	const entries = [...Object.entries(links), [id, { token: link.token, title }] as const];
	save(storage, Object.fromEntries(entries.slice(-MAX_COORDINATOR_LINKS)));
}

/** Forgets programme `id`. */
export function forgetCoordinatorLink(storage: Writing | undefined, id: string): void {
	if (!storage) return;
	const links = loadCoordinatorLinks(storage);
	if (!Object.hasOwn(links, id)) return;
	delete links[id];
	save(storage, links);
}

/** The coordinators' page of a programme, without its token: `/programmes/:id/manage`. */
export function managePagePath(id: string): string {
	return `/programmes/${encodeURIComponent(id)}/manage`;
}

/** The browser's local storage, or undefined when it is disabled (private modes, policies). */
export function browserStorage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}
