/**
 * Fitting text into boxes without a browser: an estimate of how wide a line of a sans-serif
 * font is, word wrapping to a width, and cutting with an ellipsis. The estimate errs on the wide
 * side, so text drawn by any common sans-serif font stays inside its card.
 */

const NARROW = new Set([..."iljtfrI.,;:!|'’‘`()[]{} "]);
const WIDE = new Set([...'mwMW@%&—']);

/** The width of one character, in ems of the font size. */
function charWidth(char: string): number {
	const code = char.codePointAt(0) ?? 0;
	// CJK, Hangul, full-width forms and emoji take a whole em.
	if (code >= 0x2e80) return 1;
	if (NARROW.has(char)) return 0.34;
	if (WIDE.has(char)) return 0.95;
	if (char >= 'A' && char <= 'Z') return 0.74;
	if (char >= '0' && char <= '9') return 0.64;
	return 0.6;
}

/** The estimated width of `text` at `fontSize` (bold text is wider). */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let ems = 0;
	for (const char of text) ems += charWidth(char);
	return ems * fontSize * (bold ? 1.12 : 1);
}

/** A font: its size and whether it is bold. */
export interface FontSpec {
	size: number;
	bold?: boolean;
}

const ELLIPSIS = '…';

/** `text` on one line, cut to fit `width` with an ellipsis when it is too long. */
export function truncateText(text: string, width: number, font: FontSpec): string {
	const line = text.replace(/\s+/g, ' ').trim();
	if (textWidth(line, font.size, font.bold) <= width) return line;
	const chars = [...line];
	let end = chars.length;
	while (
		end > 0 &&
		textWidth(chars.slice(0, end).join('') + ELLIPSIS, font.size, font.bold) > width
	) {
		end--;
	}
	return end === 0 ? '' : chars.slice(0, end).join('').trimEnd() + ELLIPSIS;
}

/** Splits a word too wide for a line into pieces that fit. */
function breakWord(word: string, width: number, font: FontSpec): string[] {
	const pieces: string[] = [];
	let piece = '';
	for (const char of word) {
		if (piece && textWidth(piece + char, font.size, font.bold) > width) {
			pieces.push(piece);
			piece = '';
		}
		piece += char;
	}
	if (piece) pieces.push(piece);
	return pieces;
}

/** The lines of one paragraph (no line breaks in it), wrapped at spaces to `width`. */
function wrapParagraph(paragraph: string, width: number, font: FontSpec): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of paragraph.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (textWidth(candidate, font.size, font.bold) <= width) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		const pieces = breakWord(word, width, font);
		line = pieces.pop() ?? '';
		lines.push(...pieces);
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * `text` wrapped to lines at most `width` wide, keeping its line breaks (blank lines are
 * dropped). With more than `maxLines` lines, the last one kept ends with an ellipsis.
 */
export function wrapText(text: string, width: number, font: FontSpec, maxLines: number): string[] {
	const lines = text
		.split(/\r\n|\r|\n/)
		.flatMap((paragraph) => wrapParagraph(paragraph, width, font));
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, Math.max(0, maxLines));
	const last = kept.pop();
	if (last === undefined) return [];
	return [...kept, truncateText(last + ELLIPSIS, width, font)];
}
