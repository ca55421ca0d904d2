import * as Y from 'yjs';
import { CAPTURE_TIMEOUT_MS } from './history.js';

/**
 * Typing into one text with pauses shorter than this (ms) is one change, as it is one step of
 * the undo history: a sentence typed offline is one change waiting, not one per letter.
 */
export const TEXT_CHANGE_MERGE_MS = CAPTURE_TIMEOUT_MS;

/** Where the number of changes waiting to be sent is kept between page loads. */
export interface PendingChangeStore {
	load(): number;
	save(count: number): void;
}

/** The localStorage key of board `boardId`'s count of changes waiting to be sent. */
export function pendingChangesKey(boardId: string): string {
	return `groundwork.pendingChanges.${boardId}`;
}

function defaultStorage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/**
 * Keeps a board's count in `storage` (localStorage by default); without storage (or when it
 * fails) the count lives as long as the page.
 */
export function pendingChangeStore(
	boardId: string,
	storage: Storage | undefined = defaultStorage(),
): PendingChangeStore {
	const key = pendingChangesKey(boardId);
	return {
		load: () => {
			try {
				const count = Number(storage?.getItem(key) ?? 0);
				return Number.isSafeInteger(count) && count > 0 ? count : 0;
			} catch {
				return 0;
			}
		},
		save: (count) => {
			try {
				if (count > 0) storage?.setItem(key, String(count));
				else storage?.removeItem(key);
			} catch {
				// Private mode or quota: the count is not kept across a reload.
			}
		},
	};
}

/** The one `Y.Text` a transaction changed when all it did was type into it, else null. */
export function typedText(transaction: Y.Transaction): Y.Text | null {
	if (transaction.changed.size !== 1) return null;
	const [type] = transaction.changed.keys();
	return type instanceof Y.Text ? type : null;
}

/**
 * The user's changes to a board that the server has not confirmed yet: each local transaction
 * made while the board is not in sync is one change, except that typing on in the same text
 * within `TEXT_CHANGE_MERGE_MS` extends the change before. The count is saved on every change,
 * so a reload while offline shows it again (with the changes, which the local copy kept).
 */
export class PendingChanges {
	readonly #store: PendingChangeStore;
	readonly #now: () => number;
	#count: number;
	/** The text the last change typed into (merging typing needs the same one), if any. */
	#lastText: Y.Text | null = null;
	#lastAt = Number.NEGATIVE_INFINITY;

	constructor(store: PendingChangeStore, now: () => number = Date.now) {
		this.#store = store;
		this.#now = now;
		this.#count = store.load();
	}

	/** How many changes wait to be sent. */
	get count(): number {
		return this.#count;
	}

	/**
	 * Counts a local transaction made while not in sync; `text` is what it typed into when it
	 * only typed (see `typedText`). Returns the new count.
	 */
	record(text: Y.Text | null): number {
		const at = this.#now();
		const typingOn =
			text !== null && text === this.#lastText && at - this.#lastAt < TEXT_CHANGE_MERGE_MS;
		this.#lastText = text;
		this.#lastAt = at;
		if (!typingOn) {
			this.#count += 1;
			this.#store.save(this.#count);
		}
		return this.#count;
	}

	/** The server has everything (it confirmed a sync): nothing waits any more. */
	confirm(): void {
		this.#reset();
	}

	/** The counted changes are gone (this device kept no copy of them): nothing waits. */
	discard(): void {
		this.#reset();
	}

	#reset(): void {
		this.#lastText = null;
		this.#count = 0;
		this.#store.save(0);
	}
}
