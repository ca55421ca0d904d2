import type { Announcement } from '@groundwork/protocol';

/** How many announcements a session keeps (the newest ones). */
export const KEPT_ANNOUNCEMENTS = 20;

/**
 * A new list with `announcement` added: newest first (by server time, then arrival), at most
 * `limit` entries, and no id twice (a repeated delivery is ignored).
 */
export function addAnnouncement(
	list: readonly Announcement[],
	announcement: Announcement,
	limit = KEPT_ANNOUNCEMENTS,
): Announcement[] {
	if (list.some((item) => item.id === announcement.id)) return [...list].slice(0, limit);
	const index = list.findIndex((item) => item.at <= announcement.at);
	const next = [...list];
	next.splice(index === -1 ? next.length : index, 0, announcement);
	return next.slice(0, Math.max(0, limit));
}

/** The announcement to show in the banner: the newest one, unless the user dismissed it. */
export function visibleAnnouncement(
	list: readonly Announcement[],
	dismissedId: string | null,
): Announcement | null {
	const latest = list[0];
	return latest && latest.id !== dismissedId ? latest : null;
}
