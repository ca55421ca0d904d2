import {
	MAX_CLIPBOARD_CHARS,
	cardsFromPlainText,
	clipboardText,
	decodeClipboardPayload,
	encodeClipboardPayload,
	type ClipboardError,
	type ClipboardPayload,
} from './clipboardPayload.js';

/**
 * The clipboard type of a Groundwork payload. Inside `copy` and `paste` events Chromium (and
 * Firefox) carry any type given to `setData` through the system clipboard, so it reaches another
 * tab of the same browser. (The `web ` prefix belongs to the async Clipboard API, not to events.)
 */
export const CLIPBOARD_MIME = 'application/x-groundwork+json';

/** The HTML attribute that carries the payload (base64 of its UTF-8 JSON) in `text/html`. */
export const CLIPBOARD_HTML_ATTRIBUTE = 'data-groundwork';

/** The part of `DataTransfer` the clipboard functions use. */
export interface ClipboardDataLike {
	setData(format: string, data: string): void;
	getData(format: string): string;
}

/** The part of `ClipboardEvent` the clipboard functions use. */
export interface ClipboardEventLike {
	readonly clipboardData: ClipboardDataLike | null;
	preventDefault(): void;
}

/** Where pasted content came from: a Groundwork copy, or plain text turned into note cards. */
export type ClipboardSource = 'groundwork' | 'text';

/** The outcome of reading a paste event. */
export type ClipboardReadResult =
	| { ok: true; payload: ClipboardPayload; source: ClipboardSource }
	| { ok: false; error: ClipboardError };

/** Base64 of a string's UTF-8 bytes (chunked: payloads can be megabytes). */
export function encodeBase64(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (let start = 0; start < bytes.length; start += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
	}
	return btoa(binary);
}

/** The string whose UTF-8 bytes `base64` encodes; undefined when it is not valid base64 or UTF-8. */
export function decodeBase64(base64: string): string | undefined {
	try {
		const binary = atob(base64);
		const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/**
 * The `text/html` flavour of a payload: the cards' texts as paragraphs (what rich-text editors
 * paste), in an element whose `data-groundwork` attribute holds the payload, for browsers that
 * drop custom clipboard types.
 */
export function clipboardHtml(payload: ClipboardPayload): string {
	const paragraphs = clipboardText(payload)
		.split('\n\n')
		.filter((text) => text !== '')
		.map((text) => `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`)
		.join('');
	const data = encodeBase64(encodeClipboardPayload(payload));
	return `<div ${CLIPBOARD_HTML_ATTRIBUTE}="${data}">${paragraphs}</div>`;
}

const HTML_PAYLOAD = new RegExp(
	`\\b${CLIPBOARD_HTML_ATTRIBUTE}\\s*=\\s*(["'])([A-Za-z0-9+/=]*)\\1`,
);

/**
 * The payload JSON carried by pasted HTML, found by pattern only: the HTML is never parsed into
 * or inserted in the document. Undefined when it carries none.
 */
export function payloadJsonFromHtml(html: string): string | undefined {
	if (html.length > 2 * MAX_CLIPBOARD_CHARS) return undefined;
	const base64 = HTML_PAYLOAD.exec(html)?.[2];
	return base64 ? decodeBase64(base64) : undefined;
}

/**
 * Fills a `copy` (or `cut`) event's clipboard: plain text for other apps, the payload under
 * `CLIPBOARD_MIME`, and HTML carrying it as a fallback; and prevents the browser's own copy.
 * Returns false when the event has no clipboard data (nothing was written).
 */
export function writeClipboardEvent(event: ClipboardEventLike, payload: ClipboardPayload): boolean {
	const data = event.clipboardData;
	if (!data) return false;
	data.setData('text/plain', clipboardText(payload));
	data.setData(CLIPBOARD_MIME, encodeClipboardPayload(payload));
	data.setData('text/html', clipboardHtml(payload));
	event.preventDefault();
	return true;
}

/**
 * Reads a `paste` event's clipboard, treating it as hostile: a Groundwork payload under
 * `CLIPBOARD_MIME`, else one carried by its HTML, else note cards from its plain text. A payload
 * that is too large or from a newer version is reported rather than pasted as text; a broken one
 * falls back to the text. Does not prevent the event's default (the caller decides).
 */
export function readClipboardEvent(event: ClipboardEventLike): ClipboardReadResult {
	const data = event.clipboardData;
	if (!data) return { ok: false, error: 'empty' };
	let failure: ClipboardError | undefined;
	const candidates = [
		() => data.getData(CLIPBOARD_MIME),
		() => payloadJsonFromHtml(data.getData('text/html')),
	];
	for (const candidate of candidates) {
		const json = candidate();
		if (!json) continue;
		const result = decodeClipboardPayload(json);
		if (result.ok) return { ok: true, payload: result.payload, source: 'groundwork' };
		if (result.error === 'too_large' || result.error === 'unsupported_version') return result;
		failure ??= result.error;
	}
	const payload = cardsFromPlainText(data.getData('text/plain'));
	if (payload.cards.length > 0) return { ok: true, payload, source: 'text' };
	return { ok: false, error: failure ?? 'empty' };
}
