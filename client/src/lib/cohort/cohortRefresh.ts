import type { CohortChange } from '@groundwork/protocol';
import { t } from '../i18n/i18n.js';

/**
 * What a burst of cohort changes (`CohortApi.follow`) asks the view to read again: a library
 * change the library; a board change the comparison and the library (its replications); a
 * change of members everything. Changes are gathered for a short while and read once.
 */

/** How long changes are gathered before the view reads them, in milliseconds. */
export const FOLLOW_DEBOUNCE_MS = 300;

/** The parts of the view to read again. */
export interface RefreshNeeds {
	cohort: boolean;
	library: boolean;
	comparison: boolean;
}

/** Nothing to read again. */
export const NO_REFRESH: Readonly<RefreshNeeds> = Object.freeze({
	cohort: false,
	library: false,
	comparison: false,
});

/** What one change asks to read again. */
export function refreshFor(change: CohortChange): RefreshNeeds {
	switch (change.what) {
		case 'library':
			return { cohort: false, library: true, comparison: false };
		case 'board':
			return { cohort: false, library: true, comparison: true };
		case 'members':
			return { cohort: true, library: true, comparison: true };
		default:
			return { ...NO_REFRESH };
	}
}

/** Both needs at once. */
export function mergeRefresh(a: RefreshNeeds, b: RefreshNeeds): RefreshNeeds {
	return {
		cohort: a.cohort || b.cohort,
		library: a.library || b.library,
		comparison: a.comparison || b.comparison,
	};
}

/** True when `needs` asks for anything. */
export function needsAny(needs: RefreshNeeds): boolean {
	return needs.cohort || needs.library || needs.comparison;
}

/**
 * Gathers changes and hands their merged needs to `flush` once no change has come for
 * `delayMs` (a steady stream is still read at least every `4 × delayMs`).
 */
export class ChangeBatcher {
	#pending: RefreshNeeds = { ...NO_REFRESH };
	#timer: ReturnType<typeof setTimeout> | undefined;
	#firstAt: number | undefined;

	constructor(
		private readonly flush: (needs: RefreshNeeds) => void,
		private readonly delayMs = FOLLOW_DEBOUNCE_MS,
		private readonly now: () => number = Date.now,
	) {}

	/** Adds one change; the read waits until the burst is over. */
	add(change: CohortChange): void {
		const needs = refreshFor(change);
		if (!needsAny(needs)) return;
		this.#pending = mergeRefresh(this.#pending, needs);
		this.#firstAt ??= this.now();
		clearTimeout(this.#timer);
		const waited = this.now() - this.#firstAt;
		const delay = Math.max(0, Math.min(this.delayMs, this.delayMs * 4 - waited));
		this.#timer = setTimeout(() => this.#fire(), delay);
	}

	/** True while changes wait to be read. */
	get pending(): boolean {
		return this.#timer !== undefined;
	}

	/** Drops what waits (the view is going away). */
	cancel(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#firstAt = undefined;
		this.#pending = { ...NO_REFRESH };
	}

	#fire(): void {
		const needs = this.#pending;
		this.cancel();
		this.flush(needs);
	}
}

/** What the polite live region says after changes by others were read, or null for nothing. */
export function updateNotice(changed: RefreshNeeds): string | null {
	const parts: string[] = [];
	if (changed.cohort) parts.push(t('cohort.updated.members'));
	if (changed.library) parts.push(t('cohort.updated.library'));
	if (changed.comparison) parts.push(t('cohort.updated.comparison'));
	return parts.length > 0 ? parts.join(' ') : null;
}
