/**
 * Writing user text into XML (the SVG export). Card texts, frame titles and city names are user
 * input: every one goes through `escapeXml`, so no text can open a tag, an entity or an
 * attribute, and characters XML 1.0 forbids (controls, lone surrogates) are dropped so the file
 * always parses.
 */

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
};

/**
 * Characters XML 1.0 does not allow anywhere: C0 controls but tab, line feed and carriage
 * return; lone surrogate halves; U+FFFE and U+FFFF.
 */
const FORBIDDEN =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` without the characters XML 1.0 forbids. */
export function xmlSafe(text: string): string {
	return text.replace(FORBIDDEN, '');
}

/** `text` escaped for XML character data and attribute values (quoted with `"` or `'`). */
export function escapeXml(text: string): string {
	return xmlSafe(text).replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** A number as an SVG attribute value: at most two decimals, no `-0`. */
export function svgNumber(value: number): string {
	const rounded = Math.round(value * 100) / 100;
	return String(rounded === 0 ? 0 : rounded);
}
