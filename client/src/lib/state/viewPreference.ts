/** How the board is shown: the roadmap table, or a document of headings and lists. */
export type BoardViewMode = 'grid' | 'list';

/** The localStorage key the chosen view is remembered under. */
export const VIEW_STORAGE_KEY = 'groundwork.boardView';

function defaultStorage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/** The remembered view; the grid when none (or an unknown one) is stored. */
export function loadViewMode(storage = defaultStorage()): BoardViewMode {
	try {
		return storage?.getItem(VIEW_STORAGE_KEY) === 'list' ? 'list' : 'grid';
	} catch {
		return 'grid';
	}
}

/** Remembers the view for the next visit (silently skipped when storage is unavailable). */
export function saveViewMode(mode: BoardViewMode, storage = defaultStorage()): void {
	try {
		storage?.setItem(VIEW_STORAGE_KEY, mode);
	} catch {
		// Private mode or quota: the view simply is not remembered.
	}
}
