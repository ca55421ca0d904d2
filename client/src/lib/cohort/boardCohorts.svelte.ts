import { can, type CohortView, type Role } from '@groundwork/protocol';
import { CohortApi } from './cohortApi.js';
import { cohortPagePath } from './cohortLink.js';
import { cohortErrorMessage } from './cohortErrors.js';

/** Where the board's cohorts stand: not asked yet, asking, known, or the asking failed. */
export type CohortsStatus = 'idle' | 'loading' | 'loaded' | 'failed';

/**
 * The cohorts an open board belongs to (issue 8), asked of the server once, when something on the
 * board first needs them (the cohort dialog, a success card's or a gap's details), and again after
 * the board makes or joins a cohort. The first cohort is "the" cohort that suggestions and
 * sharing in the library use. Also says what the user's role lets them do with cohorts; the
 * server enforces it.
 */
export class BoardCohorts {
	readonly api: CohortApi;
	/** The board's cohorts, as the server last said. */
	cohorts = $state.raw<CohortView[]>([]);
	status = $state<CohortsStatus>('idle');
	/** Why the last load failed, in words. */
	error = $state('');
	#loading: Promise<void> | null = null;

	constructor(
		readonly boardId: string,
		readonly token: string,
		/** The user's current role on the board. */
		private readonly role: () => Role,
		api: CohortApi = new CohortApi(token),
	) {
		this.api = api;
	}

	/** The cohort suggestions and sharing use: the board's first one. */
	get cohort(): CohortView | undefined {
		return this.cohorts[0];
	}

	/** Participants and facilitators share in the library and copy from it. */
	get canShare(): boolean {
		return can(this.role(), 'editContent');
	}

	/** The board's facilitators make cohorts and join them. */
	get canManage(): boolean {
		return can(this.role(), 'facilitate');
	}

	/** Loads the cohorts unless they are loaded or loading; resolves when they are known. */
	load(): Promise<void> {
		if (this.status === 'loaded' || this.status === 'failed') return Promise.resolve();
		return this.#loading ?? this.reload();
	}

	/** Asks the server again (after making or joining a cohort, or to retry). */
	reload(): Promise<void> {
		this.status = 'loading';
		const loading = this.api.mine().then(
			(cohorts) => {
				if (this.#loading !== loading) return;
				this.cohorts = cohorts;
				this.error = '';
				this.status = 'loaded';
			},
			(error: unknown) => {
				if (this.#loading !== loading) return;
				this.error = cohortErrorMessage(error);
				this.status = 'failed';
			},
		);
		this.#loading = loading;
		return loading.finally(() => {
			if (this.#loading === loading) this.#loading = null;
		});
	}

	/** Takes a cohort the board just made or joined into the list at once, then reloads. */
	adopt(view: CohortView): Promise<void> {
		this.cohorts = [...this.cohorts.filter((cohort) => cohort.id !== view.id), view];
		return this.reload();
	}

	/**
	 * The cohort view of this board; it names the cohort when the board is in several (or when
	 * `always` asks for it).
	 */
	viewHref(cohortId: string, always = false): string {
		const named = always || this.cohorts.length > 1;
		return cohortPagePath(this.boardId, named ? cohortId : undefined, this.token);
	}
}
