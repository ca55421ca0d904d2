/**
 * Locales with a catalog: the languages of the programme's cities. English is bundled; the
 * others are loaded when chosen. Add a language by adding its catalog (`messages/<code>/`) and
 * a loader in `i18n.ts`; `catalogs.test.ts` then checks it has every key.
 */
export const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pl', 'hr', 'da'] as const;

/** A supported locale. */
export type Locale = (typeof LOCALES)[number];

/** Each language's own name, as its speakers write it (never translated). */
export const LOCALE_NAMES: Record<Locale, string> = {
	en: 'English',
	de: 'Deutsch',
	fr: 'Français',
	es: 'Español',
	it: 'Italiano',
	pl: 'Polski',
	hr: 'Hrvatski',
	da: 'Dansk',
};

/** True when `value` is a supported locale. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
