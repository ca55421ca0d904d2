import { t } from '../i18n/i18n.js';
import type { LinkState } from './offlineStatus.js';

/**
 * How long the server may stay out of reach before "you are offline" is said (ms): a blip of a
 * reconnect is not worth interrupting anyone. When the browser itself says it is offline, it is
 * said at once.
 */
export const OFFLINE_NOTICE_DELAY_MS = 5000;

/** Where the notices go: the board's live regions (see `Announcer`). */
export interface NoticeTarget {
	announce(text: string): void;
	alert(text: string): void;
}

/**
 * Tells screen reader users, politely and once per outage, that they went offline (and that
 * they can keep working), and that they are back once everything is sent; says assertively
 * when access was refused. Fed every change of the link's state (`update`).
 */
export class OfflineNotices {
	readonly #target: NoticeTarget;
	readonly #delayMs: number;
	#link: LinkState | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** "You are offline" was said and "back online" was not yet. */
	#saidOffline = false;
	/** The most changes that waited during this outage (what "back online" reports as sent). */
	#waited = 0;
	#saidDenied = false;

	constructor(target: NoticeTarget, delayMs = OFFLINE_NOTICE_DELAY_MS) {
		this.#target = target;
		this.#delayMs = delayMs;
	}

	/** Takes the link's current state; says what changed, if it is worth saying. */
	update(link: LinkState): void {
		this.#link = link;
		if (link.status === 'denied' || link.status === 'tooLarge') {
			this.#cancel();
			if (!this.#saidDenied) this.#target.alert(t(`status.${link.status}`));
			this.#saidDenied = true;
			return;
		}
		this.#waited = Math.max(this.#waited, link.pending);
		if (link.status === 'connected') {
			this.#cancel();
			if (this.#saidOffline && link.synced && link.pending === 0) {
				this.#saidOffline = false;
				this.#target.announce(t('offline.notice.online', { count: this.#waited }));
			}
			if (!this.#saidOffline) this.#waited = 0;
			return;
		}
		if (this.#saidOffline) return;
		if (link.status === 'offline') this.#sayOffline();
		else this.#timer ??= setTimeout(() => this.#sayOffline(), this.#delayMs);
	}

	#sayOffline(): void {
		this.#cancel();
		const link = this.#link;
		if (!link || link.status === 'connected' || link.status === 'denied') return;
		this.#saidOffline = true;
		const key = !link.canEdit
			? 'offline.notice.offlineViewer'
			: link.keptLocally
				? 'offline.notice.offlineKept'
				: 'offline.notice.offline';
		this.#target.announce(t(key));
	}

	#cancel(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}

	/** Stops the pending notice. */
	destroy(): void {
		this.#cancel();
	}
}
