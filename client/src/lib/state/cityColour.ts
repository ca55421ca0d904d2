/**
 * The Okabe-Ito palette, distinguishable with the common colour-vision deficiencies.
 * Black is left out: it reads as a border, not as a city. A colour is always shown next to
 * the city's name in text, never alone.
 */
export const CITY_PALETTE = [
	'#e69f00',
	'#56b4e9',
	'#009e73',
	'#f0e442',
	'#0072b2',
	'#d55e00',
	'#cc79a7',
] as const;

/** The colour of cards and people without a city. */
export const NO_CITY_COLOUR = '#767676';

/** FNV-1a 32-bit hash of a string. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/**
 * The colour of a city, the same on every client: a hash of the trimmed, lower-cased name
 * picks a palette entry. Returns `#rrggbb`.
 */
export function cityColour(city: string): string {
	const key = city.trim().toLocaleLowerCase();
	if (!key) return NO_CITY_COLOUR;
	return CITY_PALETTE[hash(key) % CITY_PALETTE.length] ?? NO_CITY_COLOUR;
}

function channel(hex: string, offset: number): number {
	const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
	return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
	return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** Black or white, whichever has the higher contrast on `background` (`#rrggbb`). */
export function textColourOn(background: string): '#000000' | '#ffffff' {
	const l = luminance(background);
	const onBlack = (l + 0.05) / 0.05;
	const onWhite = 1.05 / (l + 0.05);
	return onBlack >= onWhite ? '#000000' : '#ffffff';
}
