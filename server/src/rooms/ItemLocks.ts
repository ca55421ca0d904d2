import * as Y from 'yjs';
import { cardsMap, framesMap, heldCards, isCardHeld, lockedFrameBoxes } from '@groundwork/protocol';

/** The cards and frames one transaction changed, added or deleted, by id. */
interface Touched {
	cards: Set<string>;
	frames: Set<string>;
}

/**
 * Locks on single cards and frames of one board [F5]. While any are set, an update from a peer
 * who may not facilitate is applied and then checked: when it changed, moved or deleted a held
 * card (locked, or inside a locked frame), moved a card into a locked frame, or changed a locked
 * frame, the server reverts its changes to cards and frames at once, as its own change. Every
 * client, its author too, converges on the board as it was; nothing is left half-applied and no
 * peer diverges (a dropped update would hold back every later one of its author).
 *
 * Costs nothing while no item is locked: updates are then applied as they come.
 */
export class ItemLocks {
	#locked: ReadonlySet<string> = new Set();
	/** The cards held as of the last transaction (before the one being checked). */
	#held = new Set<string>();
	#undo: Y.UndoManager | undefined;
	/** The origin whose transaction is being checked, and whether it touched a held item. */
	#checking: unknown = undefined;
	#violated = false;

	constructor(private readonly doc: Y.Doc) {}

	/** The locked card and frame ids. */
	get ids(): ReadonlySet<string> {
		return this.#locked;
	}

	/** Sets the locked ids (the session's `lockedItems`). */
	set(ids: readonly string[]): void {
		this.#locked = new Set(ids);
		if (this.#locked.size === 0) {
			this.#stop();
			return;
		}
		if (!this.#undo) {
			// Each transaction its own step (captureTimeout 0); only the checked origin is tracked.
			this.#undo = new Y.UndoManager([cardsMap(this.doc), framesMap(this.doc)], {
				captureTimeout: 0,
				trackedOrigins: new Set(),
			});
			this.doc.on('afterTransaction', this.#afterTransaction);
		}
		this.#held = heldCards(this.doc, this.#locked);
	}

	/** Whether the card `id` is held now (locked, or inside a locked frame). */
	holds(id: string): boolean {
		return this.#held.has(id);
	}

	/**
	 * Applies `update` from a peer who may not facilitate (its transaction's origin is `origin`).
	 * Resolves to false when it touched a held item and its changes to cards and frames were
	 * reverted.
	 */
	apply(update: Uint8Array, origin: object): boolean {
		const undo = this.#undo;
		if (!undo) {
			Y.applyUpdate(this.doc, update, origin);
			return true;
		}
		undo.trackedOrigins.add(origin);
		this.#checking = origin;
		this.#violated = false;
		try {
			Y.applyUpdate(this.doc, update, origin);
			this.#checking = undefined;
			if (this.#violated) undo.undo();
			return !this.#violated;
		} finally {
			undo.trackedOrigins.delete(origin);
			this.#checking = undefined;
			this.#violated = false;
			// Nothing is kept for later: deleted content can be collected again.
			undo.clear();
		}
	}

	/** Stops checking: no item is locked. */
	#stop(): void {
		if (!this.#undo) return;
		this.doc.off('afterTransaction', this.#afterTransaction);
		this.#undo.destroy();
		this.#undo = undefined;
		this.#held.clear();
	}

	readonly #afterTransaction = (transaction: Y.Transaction): void => {
		const touched = this.#touched(transaction);
		if (touched.cards.size === 0 && touched.frames.size === 0) return;
		if (transaction.origin === this.#checking && this.#breaks(touched)) this.#violated = true;
		this.#refresh(touched);
	};

	/** True when a change to `touched` breaks a lock (`#held` is still as before it). */
	#breaks(touched: Touched): boolean {
		for (const id of touched.frames) if (this.#locked.has(id)) return true;
		for (const id of touched.cards) if (this.#held.has(id)) return true;
		// A card moved or added into a locked frame.
		const frames = lockedFrameBoxes(this.doc, this.#locked);
		for (const id of touched.cards) {
			if (isCardHeld(this.doc, id, this.#locked, frames)) return true;
		}
		return false;
	}

	/** Brings `#held` up to date after a transaction changed `touched`. */
	#refresh(touched: Touched): void {
		if ([...touched.frames].some((id) => this.#locked.has(id))) {
			this.#held = heldCards(this.doc, this.#locked);
			return;
		}
		const frames = lockedFrameBoxes(this.doc, this.#locked);
		for (const id of touched.cards) {
			if (isCardHeld(this.doc, id, this.#locked, frames)) this.#held.add(id);
			else this.#held.delete(id);
		}
	}

	/** The cards and frames a transaction changed: each changed type traced up to its root entry. */
	#touched(transaction: Y.Transaction): Touched {
		const cards: unknown = cardsMap(this.doc);
		const frames: unknown = framesMap(this.doc);
		const touched: Touched = { cards: new Set(), frames: new Set() };
		for (const [type, keys] of transaction.changed) {
			if (type === cards || type === frames) {
				const into = type === cards ? touched.cards : touched.frames;
				for (const key of keys) if (key !== null) into.add(key);
				continue;
			}
			// A card's own map, or a type nested in it (its text): climb to the root's entry.
			let item = type._item;
			while (item && item.parent !== cards && item.parent !== frames) {
				item = item.parent instanceof Y.AbstractType ? item.parent._item : null;
			}
			if (!item?.parentSub) continue;
			(item.parent === cards ? touched.cards : touched.frames).add(item.parentSub);
		}
		return touched;
	}
}
