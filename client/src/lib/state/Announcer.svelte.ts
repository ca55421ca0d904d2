/** How long the live region stays empty before a new message, so a repeat is read again. */
const CLEAR_BEFORE_ANNOUNCE_MS = 50;

/** The text of a polite live region; `announce` makes screen readers read a message. */
export class Announcer {
	message = $state('');
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** Reads `text` out politely (after what the screen reader is saying). */
	announce(text: string): void {
		clearTimeout(this.#timer);
		this.message = '';
		this.#timer = setTimeout(() => (this.message = text), CLEAR_BEFORE_ANNOUNCE_MS);
	}

	/** Cancels a pending announcement. */
	destroy(): void {
		clearTimeout(this.#timer);
	}
}
