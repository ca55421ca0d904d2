/** How long the live region stays empty before a new message, so a repeat is read again. */
const CLEAR_BEFORE_ANNOUNCE_MS = 50;

/**
 * The texts of two live regions; `announce` makes screen readers read a message politely,
 * `alert` assertively. Each region has its own text, so a flurry of polite card messages
 * cannot overwrite an assertive one before it is read.
 */
export class Announcer {
	/** The polite region's text. */
	message = $state('');
	/** The assertive region's text. */
	urgentMessage = $state('');
	#timer: ReturnType<typeof setTimeout> | undefined;
	#urgentTimer: ReturnType<typeof setTimeout> | undefined;

	/** Reads `text` out politely (after what the screen reader is saying). */
	announce(text: string): void {
		clearTimeout(this.#timer);
		this.message = '';
		this.#timer = setTimeout(() => (this.message = text), CLEAR_BEFORE_ANNOUNCE_MS);
	}

	/** Reads `text` out assertively (interrupting). Only for messages that cannot wait. */
	alert(text: string): void {
		clearTimeout(this.#urgentTimer);
		this.urgentMessage = '';
		this.#urgentTimer = setTimeout(() => (this.urgentMessage = text), CLEAR_BEFORE_ANNOUNCE_MS);
	}

	/** Cancels pending announcements. */
	destroy(): void {
		clearTimeout(this.#timer);
		clearTimeout(this.#urgentTimer);
	}
}
