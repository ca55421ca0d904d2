import { describe, expect, it } from 'vitest';
import { CITY_PALETTE, NO_CITY_COLOUR, cityColour, luminance, textColourOn } from './cityColour.js';

describe('cityColour', () => {
	it('is deterministic and ignores case and surrounding spaces', () => {
		expect(cityColour('Lisbon')).toBe(cityColour(' lisbon '));
		expect(cityColour('Tartu')).toBe(cityColour('Tartu'));
	});

	it('always picks from the Okabe-Ito palette as #rrggbb', () => {
		for (const city of ['Lisbon', 'Tartu', 'Gdynia', 'Mataró', 'Kraków', 'Cork', 'Växjö']) {
			const colour = cityColour(city);
			expect(colour).toMatch(/^#[0-9a-f]{6}$/);
			expect(CITY_PALETTE).toContain(colour);
		}
	});

	it('spreads cities over the palette', () => {
		const cities = Array.from({ length: 50 }, (_, i) => `City ${i}`);
		expect(new Set(cities.map(cityColour)).size).toBeGreaterThanOrEqual(5);
	});

	it('gives people without a city a neutral grey', () => {
		expect(cityColour('  ')).toBe(NO_CITY_COLOUR);
	});
});

describe('textColourOn', () => {
	it('chooses the label text with at least 4.5:1 contrast on every palette colour', () => {
		for (const colour of [...CITY_PALETTE, NO_CITY_COLOUR]) {
			const text = textColourOn(colour);
			const [light, dark] = [luminance(colour), luminance(text)].sort((a, b) => b - a) as [
				number,
				number,
			];
			expect((light + 0.05) / (dark + 0.05)).toBeGreaterThanOrEqual(4.5);
		}
	});
});
