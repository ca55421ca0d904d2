import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { createSubscriber } from 'svelte/reactivity';
import { en, type Catalog, type MessageKey } from './messages/en.js';
import { isLocale, type Locale } from './locales.js';

export type { MessageKey } from './messages/en.js';

export { LOCALES, LOCALE_NAMES, isLocale, type Locale } from './locales.js';

/** Values interpolated into a message. */
export type MessageValues = Record<string, PrimitiveType>;

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Catalog>> = {
	de: () => import('./messages/de/index.js').then((module) => module.de),
	fr: () => import('./messages/fr/index.js').then((module) => module.fr),
	es: () => import('./messages/es/index.js').then((module) => module.es),
	it: () => import('./messages/it/index.js').then((module) => module.it),
	pl: () => import('./messages/pl/index.js').then((module) => module.pl),
	hr: () => import('./messages/hr/index.js').then((module) => module.hr),
	da: () => import('./messages/da/index.js').then((module) => module.da),
};

const catalogs: Partial<Record<Locale, Catalog>> = { en };
let currentLocale: Locale = 'en';
const cache = new Map<string, IntlMessageFormat>();

// Components that format messages re-render when the locale changes: `t` and the formatters
// subscribe whoever calls them inside an effect or a template (a no-op elsewhere).
const listeners = new Set<() => void>();
const subscribe = createSubscriber((update) => {
	listeners.add(update);
	return () => listeners.delete(update);
});

/** The locale messages are formatted in. */
export function getLocale(): Locale {
	subscribe();
	return currentLocale;
}

/** Loads a locale's catalog (once). */
export async function loadLocale(locale: Locale): Promise<void> {
	if (catalogs[locale]) return;
	catalogs[locale] = await LOADERS[locale as Exclude<Locale, 'en'>]();
}

/**
 * Switches the locale used by `t` and the formatters, loading its catalog first; components
 * showing messages update in place (nothing else changes).
 */
export async function setLocale(locale: Locale): Promise<void> {
	await loadLocale(locale);
	currentLocale = locale;
	if (typeof document !== 'undefined') document.documentElement.lang = locale;
	for (const update of listeners) update();
}

/**
 * The supported locale that best matches the browser's preferred languages (`fr-BE` gives
 * `fr`), or English.
 */
export function preferredLocale(languages: readonly string[]): Locale {
	for (const language of languages) {
		const base = language.toLowerCase().split('-')[0];
		if (isLocale(base)) return base;
	}
	return 'en';
}

function formatter(key: MessageKey): IntlMessageFormat {
	const cacheKey = `${currentLocale}\u0000${key}`;
	let format = cache.get(cacheKey);
	if (!format) {
		const message = catalogs[currentLocale]?.[key] ?? en[key];
		format = new IntlMessageFormat(message, currentLocale);
		cache.set(cacheKey, format);
	}
	return format;
}

/** True when `key` is a key of the catalog. */
export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(en, key);
}

/**
 * Formats the message `key` of the current locale with `values` (ICU MessageFormat: plural
 * forms follow the locale's rules). Every user-visible string and accessible name goes through
 * this function.
 */
export function t(key: MessageKey, values?: MessageValues): string {
	subscribe();
	const result = formatter(key).format(values);
	return typeof result === 'string' ? result : String(result);
}

/** A time of day in the current locale, e.g. "14:05". */
export function formatTime(value: Date | number): string {
	return new Intl.DateTimeFormat(getLocale(), { timeStyle: 'short' }).format(value);
}

/** A calendar date in the current locale, e.g. "3 March 2025". */
export function formatDate(value: Date | number): string {
	return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'long' }).format(value);
}

/** A number in the current locale, e.g. "12 500" or "12,500". */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
	return new Intl.NumberFormat(getLocale(), options).format(value);
}
