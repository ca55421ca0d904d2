import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { en, type Catalog, type MessageKey } from './messages/en.js';

export type { MessageKey } from './messages/en.js';

/** Locales with a catalog. Add a language by adding its catalog here. */
export const LOCALES = ['en'] as const;

/** A supported locale. */
export type Locale = (typeof LOCALES)[number];

/** Values interpolated into a message. */
export type MessageValues = Record<string, PrimitiveType>;

const CATALOGS: Record<Locale, Catalog> = { en };

let currentLocale: Locale = 'en';
const cache = new Map<string, IntlMessageFormat>();

/** The locale messages are formatted in. */
export function getLocale(): Locale {
	return currentLocale;
}

/** Switches the locale used by `t`, `formatTime` and `formatDate`. */
export function setLocale(locale: Locale): void {
	currentLocale = locale;
	if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

function formatter(key: MessageKey): IntlMessageFormat {
	const cacheKey = `${currentLocale}\u0000${key}`;
	let format = cache.get(cacheKey);
	if (!format) {
		format = new IntlMessageFormat(CATALOGS[currentLocale][key], currentLocale);
		cache.set(cacheKey, format);
	}
	return format;
}

/** True when `key` is a key of the catalog. */
export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(en, key);
}

/**
 * Formats the message `key` of the current locale with `values` (ICU MessageFormat).
 * Every user-visible string and accessible name goes through this function.
 */
export function t(key: MessageKey, values?: MessageValues): string {
	const result = formatter(key).format(values);
	return typeof result === 'string' ? result : String(result);
}

/** A time of day in the current locale, e.g. "14:05". */
export function formatTime(value: Date | number): string {
	return new Intl.DateTimeFormat(currentLocale, { timeStyle: 'short' }).format(value);
}

/** A calendar date in the current locale, e.g. "3 March 2025". */
export function formatDate(value: Date | number): string {
	return new Intl.DateTimeFormat(currentLocale, { dateStyle: 'long' }).format(value);
}
