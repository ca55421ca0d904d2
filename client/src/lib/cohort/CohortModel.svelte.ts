import type {
	CohortView,
	ComparisonAnswer,
	CopyAnswer,
	LibraryQuery,
	PracticeView,
	UpdatePracticeRequest,
} from '@groundwork/protocol';
import { ApiRequestError } from '../api.js';
import { t } from '../i18n/i18n.js';
import { Announcer } from '../state/Announcer.svelte.js';
import { boardPath } from '../state/breakoutReturn.js';
import type { CohortApi } from './cohortApi.js';
import { cohortErrorMessage } from './cohortErrors.js';
import { ChangeBatcher, NO_REFRESH, updateNotice, type RefreshNeeds } from './cohortRefresh.js';

/** What the cohort page asks of the server. */
export type CohortCalls = Pick<
	CohortApi,
	| 'get'
	| 'library'
	| 'comparison'
	| 'follow'
	| 'removeMember'
	| 'invitation'
	| 'updatePractice'
	| 'deletePractice'
	| 'copy'
>;

/** True when a failure says the caller's board is not (or no longer) in the cohort. */
function isGoneFromCohort(error: unknown): boolean {
	return error instanceof ApiRequestError && (error.status === 403 || error.status === 404);
}

/**
 * After the person's own change, the echo of it from the cohort's events is read silently for
 * this long (milliseconds): their action already said what it did.
 */
export const OWN_CHANGE_QUIET_MS = 2000;

function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * One cohort as the cohort page shows it, for the board whose token the API holds: the cohort
 * and its members, the library (with the person's filters) and the comparison. It follows the
 * cohort's changes and reads again only what a burst of changes touched, saying politely what
 * changed; a failed read keeps what was shown and says why.
 */
export class CohortModel {
	cohort = $state.raw<CohortView>() as CohortView;
	items = $state.raw<PracticeView[]>([]);
	query = $state.raw<LibraryQuery>({});
	libraryLoaded = $state(false);
	libraryLoading = $state(false);
	libraryError = $state<string | null>(null);
	comparison = $state.raw<ComparisonAnswer | null>(null);
	comparisonError = $state<string | null>(null);
	membersError = $state<string | null>(null);
	/** The caller's board is no longer in the cohort (it left, or was removed). */
	left = $state(false);
	readonly announcer = new Announcer();

	readonly #api: CohortCalls;
	readonly #token: string;
	readonly #batcher = new ChangeBatcher((needs) => void this.#refresh(needs));
	#stopFollowing: (() => void) | undefined;
	#librarySeq = 0;
	#comparisonSeq = 0;
	#destroyed = false;
	#quietUntil = 0;

	constructor(api: CohortCalls, cohort: CohortView, token: string) {
		this.#api = api;
		this.#token = token;
		this.cohort = cohort;
	}

	get id(): string {
		return this.cohort.id;
	}

	/** The caller's board, city, role and whether it coordinates the cohort. */
	get you(): CohortView['you'] {
		return this.cohort.you;
	}

	/** The page of board `boardId` opened with the caller's token (its own board by default). */
	boardHref(boardId: string = this.cohort.you.boardId): string {
		return boardPath(boardId, this.#token);
	}

	/** Reads the library and the comparison, and follows the cohort's changes. */
	start(): void {
		void this.loadLibrary();
		void this.loadComparison();
		this.#stopFollowing = this.#api.follow(this.id, (change) => this.#batcher.add(change));
	}

	/** Reads the library with the current filters; resolves to whether the items changed. */
	async loadLibrary(): Promise<boolean> {
		const seq = ++this.#librarySeq;
		this.libraryLoading = true;
		try {
			const items = await this.#api.library(this.id, this.query);
			if (seq !== this.#librarySeq || this.#destroyed) return false;
			const changed = !same(items, this.items);
			this.items = items;
			this.libraryError = null;
			this.libraryLoaded = true;
			return changed;
		} catch (error) {
			if (seq === this.#librarySeq) this.libraryError = cohortErrorMessage(error);
			return false;
		} finally {
			if (seq === this.#librarySeq) this.libraryLoading = false;
		}
	}

	/** Reads the comparison; resolves to whether it changed. */
	async loadComparison(): Promise<boolean> {
		const seq = ++this.#comparisonSeq;
		try {
			const comparison = await this.#api.comparison(this.id);
			if (seq !== this.#comparisonSeq || this.#destroyed) return false;
			const changed = this.comparison !== null && !same(comparison, this.comparison);
			this.comparison = comparison;
			this.comparisonError = null;
			return changed;
		} catch (error) {
			if (seq === this.#comparisonSeq) this.comparisonError = cohortErrorMessage(error);
			return false;
		}
	}

	/** Reads the cohort and its members; resolves to whether they changed. */
	async loadCohort(): Promise<boolean> {
		try {
			const cohort = await this.#api.get(this.id);
			if (this.#destroyed) return false;
			const changed = !same(cohort, this.cohort);
			this.cohort = cohort;
			this.membersError = null;
			return changed;
		} catch (error) {
			if (isGoneFromCohort(error)) this.#leave();
			else this.membersError = cohortErrorMessage(error);
			return false;
		}
	}

	/** Filters the library (on the server) and says how many items were found. */
	async setQuery(query: LibraryQuery): Promise<void> {
		this.query = query;
		const seq = this.#librarySeq + 1;
		await this.loadLibrary();
		if (seq === this.#librarySeq && !this.libraryError) {
			this.announcer.announce(t('cohort.library.found', { count: this.items.length }));
		}
	}

	/** Changes an item's content, moderation or publication; rejects with the server's error. */
	async updatePractice(practiceId: string, request: UpdatePracticeRequest): Promise<PracticeView> {
		const next = await this.#api.updatePractice(this.id, practiceId, request);
		this.#quiet();
		this.items = this.items.map((item) => (item.id === next.id ? next : item));
		return next;
	}

	/** Deletes an item; rejects with the server's error. */
	async deletePractice(practiceId: string): Promise<void> {
		await this.#api.deletePractice(this.id, practiceId);
		this.#quiet();
		this.items = this.items.filter((item) => item.id !== practiceId);
	}

	/** Copies an approved item into the caller's board; rejects with the server's error. */
	async copy(practiceId: string): Promise<CopyAnswer> {
		const answer = await this.#api.copy(this.id, practiceId);
		this.#quiet();
		this.items = this.items.map((item) =>
			item.id === practiceId ? { ...item, copiedAs: answer.cardId } : item,
		);
		return answer;
	}

	/** The cohort's invitation link (coordinators); `rotate` makes every earlier one stop working. */
	invitation(rotate = false): ReturnType<CohortApi['invitation']> {
		return this.#api.invitation(this.id, rotate);
	}

	/**
	 * Takes board `boardId` out of the cohort (a coordinator), or the caller's own board (its
	 * facilitator leaving). Rejects with the server's error.
	 */
	async removeMember(boardId: string): Promise<void> {
		await this.#api.removeMember(this.id, boardId);
		this.#quiet();
		if (boardId === this.you.boardId) {
			this.#leave();
			return;
		}
		this.cohort = {
			...this.cohort,
			members: this.cohort.members.filter((member) => member.boardId !== boardId),
		};
		void this.#refresh({ cohort: true, library: true, comparison: true }, false);
	}

	/** Stops following and drops what waits. */
	destroy(): void {
		this.#destroyed = true;
		this.#stopFollowing?.();
		this.#stopFollowing = undefined;
		this.#batcher.cancel();
		this.announcer.destroy();
	}

	#quiet(): void {
		this.#quietUntil = Date.now() + OWN_CHANGE_QUIET_MS;
	}

	#leave(): void {
		this.left = true;
		this.#stopFollowing?.();
		this.#stopFollowing = undefined;
		this.#batcher.cancel();
	}

	/** Reads again what `needs` asks for; says what changed, once, when `announce`. */
	async #refresh(needs: RefreshNeeds, announce = true): Promise<void> {
		if (this.#destroyed || this.left) return;
		const [cohort, library, comparison] = await Promise.all([
			needs.cohort ? this.loadCohort() : false,
			needs.library ? this.loadLibrary() : false,
			needs.comparison ? this.loadComparison() : false,
		]);
		if (!announce || this.#destroyed || this.left || Date.now() < this.#quietUntil) return;
		const notice = updateNotice({ ...NO_REFRESH, cohort, library, comparison });
		if (notice) this.announcer.announce(notice);
	}
}
