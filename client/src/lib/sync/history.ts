import * as Y from 'yjs';
import { CARD, cardsMap, framesMap, gapsMap, layoutMap, linksMap } from '@groundwork/protocol';
import { LOCAL_ORIGIN } from './origin.js';

/** How long typing may pause and still be one undo step (ms): a word, not each letter. */
export const CAPTURE_TIMEOUT_MS = 500;

/** What one undo step changed, for announcing it. */
export type ChangeKind = 'add' | 'delete' | 'move' | 'kind' | 'text' | 'other';

/** One undo step: what it changed, and the card it changed (if one). */
export interface HistoryStep {
	change: ChangeKind;
	card: string | null;
}

/** A shared type, as far as finding its card goes. */
interface Nested {
	readonly parent: Nested | null;
	readonly _item: { readonly parentSub: string | null } | null;
}

/** The id of the card `type` is (a card map) or belongs to (its text), if any. */
function cardIdOf(type: Nested, cards: unknown): string | null {
	let current: Nested | null = type;
	while (current && current.parent !== cards) current = current.parent;
	return current?._item?.parentSub ?? null;
}

/**
 * What a transaction did to the board's cards. Adding, deleting, moving a card and changing its
 * kind win over typing (a transaction does one of them; typing rides along only when merged).
 */
export function describeTransaction(doc: Y.Doc, transaction: Y.Transaction): HistoryStep {
	const cards = cardsMap(doc);
	const cardsType: unknown = cards;
	let text: HistoryStep | null = null;
	let other: HistoryStep | null = null;
	for (const [type, keys] of transaction.changed) {
		if (type === cardsType) {
			for (const key of keys) {
				if (key !== null) return { change: cards.has(key) ? 'add' : 'delete', card: key };
			}
		} else if (type instanceof Y.Text) {
			text ??= { change: 'text', card: cardIdOf(type, cards) };
		} else if (type instanceof Y.Map && type.parent === cards) {
			const card = cardIdOf(type, cards);
			if ([CARD.stage, CARD.sector, CARD.x, CARD.y].some((key) => keys.has(key))) {
				return { change: 'move', card };
			}
			if (keys.has(CARD.kind)) return { change: 'kind', card };
			other ??= { change: 'other', card };
		} else {
			other ??= { change: 'other', card: cardIdOf(type, cards) };
		}
	}
	return other ?? text ?? { change: 'other', card: null };
}

/** Options of `LocalHistory`. */
export interface LocalHistoryOptions {
	/** Typing with pauses shorter than this (ms) is one step. */
	captureTimeout?: number;
	/** Called whenever `canUndo` or `canRedo` may have changed. */
	onchange?: () => void;
}

const STEP = 'groundwork.step';

/**
 * The user's own undo history of a board: a `Y.UndoManager` over the `cards`, `gaps`, `links`,
 * `frames` and `layout` root maps that tracks only transactions with `LOCAL_ORIGIN`. Updates from the server (origin: the
 * provider) are never recorded, so undoing never removes what someone else did; where someone
 * else has since changed the same field, Yjs leaves their value in place.
 *
 * Typing within `captureTimeout` merges into one step; adding, deleting, moving a card and
 * changing its kind are always steps of their own.
 */
export class LocalHistory {
	readonly #doc: Y.Doc;
	readonly #manager: Y.UndoManager;
	readonly #onchange: () => void;
	/** What the last local transaction did, for the step the manager adds next. */
	#pending: HistoryStep = { change: 'other', card: null };

	constructor(doc: Y.Doc, options: LocalHistoryOptions = {}) {
		this.#doc = doc;
		this.#onchange = options.onchange ?? (() => {});
		// Registered before the manager's own handler, so it runs first and can end the current
		// step before a structural change would be merged into the typing before it.
		doc.on('afterTransaction', this.#beforeCapture);
		const scope = [cardsMap(doc), gapsMap(doc), linksMap(doc), framesMap(doc), layoutMap(doc)];
		this.#manager = new Y.UndoManager(scope, {
			trackedOrigins: new Set([LOCAL_ORIGIN]),
			captureTimeout: options.captureTimeout ?? CAPTURE_TIMEOUT_MS,
		});
		this.#manager.on('stack-item-added', this.#onAdded);
		this.#manager.on('stack-item-popped', this.#onchange);
		this.#manager.on('stack-cleared', this.#onchange);
	}

	#beforeCapture = (transaction: Y.Transaction) => {
		if (transaction.origin !== LOCAL_ORIGIN) return;
		this.#pending = describeTransaction(this.#doc, transaction);
		if (this.#pending.change !== 'text') this.#manager.stopCapturing();
	};

	#onAdded = ({ stackItem }: { stackItem: Y.UndoManager['undoStack'][number] }) => {
		// While undoing (redoing), the new redo (undo) step is the popped one reversed.
		const popped = this.#manager.currStackItem;
		const step = popped ? (popped.meta.get(STEP) as HistoryStep | undefined) : this.#pending;
		stackItem.meta.set(STEP, step ?? { change: 'other', card: null });
		if (!popped && this.#pending.change !== 'text') this.#manager.stopCapturing();
		this.#onchange();
	};

	/** Whether there is a change of the user's to undo. */
	get canUndo(): boolean {
		return this.#manager.canUndo();
	}

	/** Whether there is an undone change to redo. */
	get canRedo(): boolean {
		return this.#manager.canRedo();
	}

	/** Undoes the user's last step; returns what it was, or null when there was nothing. */
	undo(): HistoryStep | null {
		return this.#stepOf(this.#manager.undo());
	}

	/** Redoes the last undone step; returns what it was, or null when there was nothing. */
	redo(): HistoryStep | null {
		return this.#stepOf(this.#manager.redo());
	}

	#stepOf(item: Y.UndoManager['undoStack'][number] | null): HistoryStep | null {
		if (!item) return null;
		return (item.meta.get(STEP) as HistoryStep | undefined) ?? { change: 'other', card: null };
	}

	/** Makes the next change a step of its own, however soon it comes. */
	stopCapturing(): void {
		this.#manager.stopCapturing();
	}

	/** Forgets the history and stops recording. */
	destroy(): void {
		this.#doc.off('afterTransaction', this.#beforeCapture);
		this.#manager.destroy();
	}
}

/** Which history action a key press asks for: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y. */
export function historyActionForKey(event: {
	key: string;
	code: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
}): 'undo' | 'redo' | null {
	if (event.altKey || !(event.ctrlKey || event.metaKey)) return null;
	// The letter as typed (AZERTY's Z is where QWERTY has W); the physical key for layouts
	// without Latin letters.
	const letter = /^[a-z]$/i.test(event.key)
		? event.key.toLowerCase()
		: event.code.replace(/^Key/, '').toLowerCase();
	if (letter === 'z') return event.shiftKey ? 'redo' : 'undo';
	if (letter === 'y' && event.ctrlKey && !event.metaKey && !event.shiftKey) return 'redo';
	return null;
}
