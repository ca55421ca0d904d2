import type * as Y from 'yjs';
import { LocalHistory, type HistoryStep } from './history.js';

/**
 * The user's own undo history of a board (see `LocalHistory`), with reactive `canUndo` and
 * `canRedo` for the toolbar. Only people who may edit get one.
 */
export class UndoHistory {
	canUndo = $state(false);
	canRedo = $state(false);
	readonly #history: LocalHistory;

	constructor(doc: Y.Doc) {
		this.#history = new LocalHistory(doc, { onchange: this.#update });
	}

	#update = () => {
		this.canUndo = this.#history.canUndo;
		this.canRedo = this.#history.canRedo;
	};

	/** Undoes the user's last step; returns what it was, or null when there was nothing. */
	undo(): HistoryStep | null {
		return this.#history.undo();
	}

	/** Redoes the last undone step; returns what it was, or null when there was nothing. */
	redo(): HistoryStep | null {
		return this.#history.redo();
	}

	/** Forgets the history and stops recording. */
	destroy(): void {
		this.#history.destroy();
	}
}
