import { isLocale, preferredLocale, type Locale } from './i18n.js';

/** Where the chosen language is remembered, on this device only. */
export const LOCALE_STORAGE_KEY = 'groundwork.locale';

/** The locale to start in: the one chosen before on this device, else the browser's. */
export function initialLocale(stored: string | null, browserLanguages: readonly string[]): Locale {
	return isLocale(stored) ? stored : preferredLocale(browserLanguages);
}

/** The stored choice, or null when there is none or storage is unavailable. */
export function storedLocale(): string | null {
	try {
		return localStorage.getItem(LOCALE_STORAGE_KEY);
	} catch {
		return null;
	}
}

/** Remembers the chosen locale (silently skipped when storage is unavailable). */
export function rememberLocale(locale: Locale): void {
	try {
		localStorage.setItem(LOCALE_STORAGE_KEY, locale);
	} catch {
		// Private modes may refuse storage: the choice then lasts for this page only.
	}
}
