import * as Y from 'yjs';
import { LOCAL_ORIGIN } from './origin.js';

/** The smallest single edit turning one string into another. */
export interface TextChange {
	/** Where the edit starts, in UTF-16 code units of the old string. */
	index: number;
	/** How many code units of the old string are removed. */
	deleteCount: number;
	/** What is inserted at `index`. */
	insert: string;
}

function isHighSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The minimal change from `before` to `after`: their common prefix and suffix are kept, the
 * middle is replaced. `cursor` (the caret in `after`, when known) resolves ambiguous cases such
 * as typing "a" inside "aa", so the change lands where the user typed. Never splits a
 * surrogate pair. Returns null when the strings are equal.
 */
export function diffText(before: string, after: string, cursor?: number): TextChange | null {
	if (before === after) return null;
	const shortest = Math.min(before.length, after.length);
	const sameAt = (i: number, j: number) => before.charCodeAt(i) === after.charCodeAt(j);
	let prefix = 0;
	let suffix = 0;
	if (cursor === undefined) {
		while (prefix < shortest && sameAt(prefix, prefix)) prefix++;
		const maxSuffix = shortest - prefix;
		while (suffix < maxSuffix && sameAt(before.length - 1 - suffix, after.length - 1 - suffix)) {
			suffix++;
		}
	} else {
		// The text after the caret is what the user did not touch: match the suffix first.
		const maxSuffix = Math.max(0, Math.min(shortest, after.length - cursor));
		while (suffix < maxSuffix && sameAt(before.length - 1 - suffix, after.length - 1 - suffix)) {
			suffix++;
		}
		const maxPrefix = shortest - suffix;
		while (prefix < maxPrefix && sameAt(prefix, prefix)) prefix++;
	}
	// Keep surrogate pairs whole on both edges.
	if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
	if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
	return {
		index: prefix,
		deleteCount: before.length - prefix - suffix,
		insert: after.slice(prefix, after.length - suffix),
	};
}

/**
 * Makes `ytext` read `value` with the smallest edit, in one transaction with `origin`.
 * Returns the change applied, or null when there was nothing to do.
 */
export function applyTextChange(
	ytext: Y.Text,
	value: string,
	cursor?: number,
	origin: unknown = null,
): TextChange | null {
	const change = diffText(ytext.toString(), value, cursor);
	if (!change) return null;
	const apply = () => {
		if (change.deleteCount > 0) ytext.delete(change.index, change.deleteCount);
		if (change.insert.length > 0) ytext.insert(change.index, change.insert);
	};
	if (ytext.doc) ytext.doc.transact(apply, origin);
	else apply();
	return change;
}

/** The part of `HTMLTextAreaElement` the binding uses (so it can be tested without a DOM). */
export type TextareaLike = Pick<
	HTMLTextAreaElement,
	'value' | 'setSelectionRange' | 'addEventListener' | 'removeEventListener'
> & {
	selectionDirection: HTMLTextAreaElement['selectionDirection'] | null;
	/** Null on inputs whose type has no selection; a textarea or text input always has one. */
	selectionStart: number | null;
	selectionEnd: number | null;
	ownerDocument: { activeElement: unknown };
};

/** Options of `bindTextarea`. */
export interface TextBindingOptions {
	/** When true, local input is reverted instead of written to the document. */
	readonly?: boolean;
	/** The origin of the transactions typing makes; `LOCAL_ORIGIN` (tracked by undo) by default. */
	origin?: unknown;
}

/**
 * Binds a `<textarea>` to a `Y.Text`: local input becomes minimal Yjs edits; remote edits
 * update the textarea and keep the local selection where it was, through
 * `Y.RelativePosition`s taken just before each transaction. Typing is written with
 * `options.origin` (`LOCAL_ORIGIN`), so the undo history tracks it; undoing it is a change like a
 * remote one for the textarea. Returns the unbind function.
 */
export function bindTextarea(
	textarea: TextareaLike,
	ytext: Y.Text,
	options: TextBindingOptions = {},
): () => void {
	const doc = ytext.doc;
	const origin = options.origin ?? LOCAL_ORIGIN;
	// Set while this textarea writes its own input, which the observer then need not show. The
	// origin cannot tell: every local binding of the same text writes with the same one.
	let writing = false;
	let saved: { start: Y.RelativePosition; end: Y.RelativePosition; dir: string } | null = null;

	textarea.value = ytext.toString();

	const onInput = () => {
		if (options.readonly) {
			textarea.value = ytext.toString();
			return;
		}
		writing = true;
		try {
			applyTextChange(ytext, textarea.value, textarea.selectionEnd ?? undefined, origin);
		} finally {
			writing = false;
		}
	};

	const beforeTransaction = () => {
		saved = null;
		if (textarea.ownerDocument.activeElement !== textarea) return;
		// Associate with the character on the left: text others insert right at the caret goes
		// after it, so the caret stays where the user was typing.
		saved = {
			start: Y.createRelativePositionFromTypeIndex(ytext, textarea.selectionStart ?? 0, -1),
			end: Y.createRelativePositionFromTypeIndex(ytext, textarea.selectionEnd ?? 0, -1),
			dir: textarea.selectionDirection ?? 'none',
		};
	};

	const observer = () => {
		if (writing) return;
		const value = ytext.toString();
		if (textarea.value === value) return;
		textarea.value = value;
		if (saved && doc) {
			const start = Y.createAbsolutePositionFromRelativePosition(saved.start, doc);
			const end = Y.createAbsolutePositionFromRelativePosition(saved.end, doc);
			if (start && end) {
				const direction = saved.dir === 'backward' ? 'backward' : 'forward';
				textarea.setSelectionRange(start.index, end.index, direction);
			}
		}
	};

	textarea.addEventListener('input', onInput);
	doc?.on('beforeTransaction', beforeTransaction);
	ytext.observe(observer);
	return () => {
		textarea.removeEventListener('input', onInput);
		doc?.off('beforeTransaction', beforeTransaction);
		ytext.unobserve(observer);
	};
}
