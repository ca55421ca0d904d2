import { z } from 'zod';
import { ROLES } from '@groundwork/protocol';

/**
 * The boards this browser has opened, kept in local storage for the home page: each board's
 * title, the role and link it was opened with, the cities seen on it and when it was last
 * opened; breakout boards remember their main board so the home page shows them under it.
 * Nothing of it leaves the browser.
 */

/** Most boards remembered; the least recently opened go first. */
export const MAX_VISITS = 60;

const STORAGE_KEY = 'groundwork.visitedBoards';

const visitSchema = z.object({
	id: z.string().min(1).max(64),
	title: z.string().max(200),
	role: z.enum(ROLES),
	/** The page's path with its token: how the board was opened. */
	path: z
		.string()
		.regex(/^\/b\//)
		.max(2000),
	cities: z.array(z.string().max(80)).max(20),
	/** Epoch ms. */
	lastVisit: z.number().finite(),
	/** For a breakout board: its main board and room. */
	parentId: z.string().min(1).max(64).optional(),
	room: z.string().max(120).optional(),
});

export type Visit = z.infer<typeof visitSchema>;

/** A main board with the breakout boards opened from it. */
export interface VisitGroup {
	board: Visit;
	rooms: Visit[];
}

/** The remembered boards, most recent first; nothing when storage is unreadable. */
export function loadVisits(storage: Pick<Storage, 'getItem'>): Visit[] {
	try {
		const raw: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]');
		if (!Array.isArray(raw)) return [];
		const visits = raw.flatMap((entry) => {
			const parsed = visitSchema.safeParse(entry);
			return parsed.success ? [parsed.data] : [];
		});
		return visits.sort((a, b) => b.lastVisit - a.lastVisit);
	} catch {
		return [];
	}
}

function save(storage: Pick<Storage, 'setItem'>, visits: Visit[]): void {
	try {
		storage.setItem(STORAGE_KEY, JSON.stringify(visits.slice(0, MAX_VISITS)));
	} catch {
		// Storage full or disabled: the list is a convenience, the board works without it.
	}
}

/** Remembers (or refreshes) a visit; keeps the link a board was last opened with. */
export function recordVisit(storage: Pick<Storage, 'getItem' | 'setItem'>, visit: Visit): void {
	const others = loadVisits(storage).filter((entry) => entry.id !== visit.id);
	save(storage, [visit, ...others]);
}

/** Forgets board `id` (and nothing else: its breakout boards stay, shown on their own). */
export function forgetVisit(storage: Pick<Storage, 'getItem' | 'setItem'>, id: string): void {
	save(
		storage,
		loadVisits(storage).filter((entry) => entry.id !== id),
	);
}

/**
 * Main boards with their breakout boards under them, most recently opened first; a breakout
 * board whose main board is not remembered stands on its own.
 */
export function groupVisits(visits: readonly Visit[]): VisitGroup[] {
	const ids = new Set(visits.map((visit) => visit.id));
	const groups: VisitGroup[] = [];
	const byId = new Map<string, VisitGroup>();
	for (const visit of visits) {
		if (visit.parentId && ids.has(visit.parentId)) continue;
		const group = { board: visit, rooms: [] };
		groups.push(group);
		byId.set(visit.id, group);
	}
	for (const visit of visits) {
		if (visit.parentId && ids.has(visit.parentId)) byId.get(visit.parentId)?.rooms.push(visit);
	}
	return groups;
}
