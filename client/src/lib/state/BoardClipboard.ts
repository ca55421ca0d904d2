import type * as Y from 'yjs';
import type { Point } from '@groundwork/protocol';
import { copySelection, duplicate, pastePayload, type PasteResult } from '../sync/clipboard.js';
import {
	readClipboardEvent,
	writeClipboardEvent,
	type ClipboardEventLike,
} from '../sync/clipboardEvents.js';
import { clipboardDoneMessage, clipboardErrorMessage } from '../i18n/clipboardMessages.js';
import { t } from '../i18n/i18n.js';
import type { Announcer } from './Announcer.svelte.js';
import type { Identity } from './identity.js';

/**
 * Copy, cut, paste and duplicate on a board, through the browser's clipboard events (so a copy
 * on one board pastes on another, in another tab). Every outcome is announced.
 */
export class BoardClipboard {
	readonly #doc: Y.Doc;
	readonly #announcer: Announcer;
	readonly #identity: () => Identity | null;
	readonly #canEdit: () => boolean;
	readonly #remove: (ids: readonly string[]) => void;

	constructor(options: {
		doc: Y.Doc;
		announcer: Announcer;
		identity: () => Identity | null;
		canEdit: () => boolean;
		remove: (ids: readonly string[]) => void;
	}) {
		this.#doc = options.doc;
		this.#announcer = options.announcer;
		this.#identity = options.identity;
		this.#canEdit = options.canEdit;
		this.#remove = options.remove;
	}

	/** Puts the selected cards on the clipboard; false when nothing is selected. */
	copy(event: ClipboardEventLike, cardIds: readonly string[]): boolean {
		if (cardIds.length === 0) {
			this.#announcer.announce(t('clipboard.nothingSelected'));
			return false;
		}
		const payload = copySelection(this.#doc, cardIds);
		writeClipboardEvent(event, payload);
		this.#announcer.announce(
			clipboardDoneMessage('copied', { cards: payload.cards.length, frames: 0 }),
		);
		return true;
	}

	/** Copies, then deletes the selected cards (one undo step for the deletion). */
	cut(event: ClipboardEventLike, cardIds: readonly string[]): boolean {
		if (!this.#canEdit() || !this.copy(event, cardIds)) return false;
		this.#remove(cardIds);
		return true;
	}

	/** Pastes what the clipboard holds with its top-left at `at`; returns the new cards. */
	paste(event: ClipboardEventLike, at: Point): PasteResult | null {
		if (!this.#canEdit()) {
			this.#announcer.announce(t('clipboard.readOnly'));
			return null;
		}
		const read = readClipboardEvent(event);
		if (!read.ok) {
			this.#announcer.announce(clipboardErrorMessage(read.error));
			return null;
		}
		event.preventDefault();
		const identity = this.#identity();
		const result = pastePayload(this.#doc, read.payload, at, {
			name: identity?.name ?? '',
			city: identity?.city ?? '',
		});
		this.#announcer.announce(
			clipboardDoneMessage('pasted', { cards: result.cards.length, frames: result.frames.length }),
		);
		return result;
	}

	/** Duplicates the selected cards next to the originals; returns the copies. */
	duplicate(cardIds: readonly string[]): PasteResult | null {
		if (!this.#canEdit()) return null;
		if (cardIds.length === 0) {
			this.#announcer.announce(t('clipboard.nothingSelected'));
			return null;
		}
		const result = duplicate(this.#doc, cardIds);
		this.#announcer.announce(
			clipboardDoneMessage('duplicated', {
				cards: result.cards.length,
				frames: result.frames.length,
			}),
		);
		return result;
	}
}
