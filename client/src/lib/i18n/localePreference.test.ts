import { describe, expect, it } from 'vitest';
import { preferredLocale } from './i18n.js';
import { initialLocale } from './localePreference.js';

describe('the starting language', () => {
	it('follows the browser: the first preferred language with a catalog, by its base', () => {
		expect(preferredLocale(['fr-BE', 'en'])).toBe('fr');
		expect(preferredLocale(['pt-PT', 'hr-HR', 'de'])).toBe('hr');
		expect(preferredLocale(['pt-PT', 'ja'])).toBe('en');
		expect(preferredLocale([])).toBe('en');
	});

	it('prefers the language chosen before on this device, if it is still supported', () => {
		expect(initialLocale('da', ['de-DE'])).toBe('da');
		expect(initialLocale('xx', ['de-DE'])).toBe('de');
		expect(initialLocale(null, ['pl'])).toBe('pl');
	});
});
