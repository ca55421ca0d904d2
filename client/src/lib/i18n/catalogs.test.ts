import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMPLATES } from '@groundwork/protocol';
import { LOCALES, isMessageKey, setLocale, t, type MessageKey } from './i18n.js';
import { da } from './messages/da/index.js';
import { de } from './messages/de/index.js';
import { en } from './messages/en.js';
import { es } from './messages/es/index.js';
import { fr } from './messages/fr/index.js';
import { hr } from './messages/hr/index.js';
import { it as itCatalog } from './messages/it/index.js';
import { pl } from './messages/pl/index.js';

/**
 * Every language has every key, no other, and each message says the same things as the
 * English one: the same placeholders, plural and select arguments, valid in its own syntax.
 * And every key is used by the code. (issue 10)
 */

const KEYS = Object.keys(en) as MessageKey[];

/** Arguments that English uses as numbers (plural or number): formatted with a number. */
const PLURALS = new Set(
	KEYS.flatMap((key) => {
		const names: string[] = [];
		const walk = (elements: MessageFormatElement[]) => {
			for (const element of elements) {
				if (element.type === TYPE.plural || element.type === TYPE.number) names.push(element.value);
				if (element.type === TYPE.plural || element.type === TYPE.select) {
					for (const option of Object.values(element.options)) walk(option.value);
				}
			}
		};
		walk(parse(en[key]));
		return names;
	}),
);

/** The argument names a message uses (placeholders, plurals, selects, nested ones too). */
function argumentsOf(message: string): string[] {
	const names = new Set<string>();
	const walk = (elements: MessageFormatElement[]) => {
		for (const element of elements) {
			if (
				element.type === TYPE.argument ||
				element.type === TYPE.number ||
				element.type === TYPE.date ||
				element.type === TYPE.time
			) {
				names.add(element.value);
			} else if (element.type === TYPE.plural || element.type === TYPE.select) {
				names.add(element.value);
				for (const option of Object.values(element.options)) walk(option.value);
			} else if (element.type === TYPE.tag) {
				walk(element.children);
			}
		}
	};
	walk(parse(message));
	return [...names].sort();
}

/** Each language's whole catalog, as its module exports it. */
const CATALOGS: Record<Exclude<(typeof LOCALES)[number], 'en'>, Record<string, string>> = {
	de,
	fr,
	es,
	it: itCatalog,
	pl,
	hr,
	da,
};

async function catalogOf(locale: (typeof LOCALES)[number]): Promise<Record<string, string>> {
	return locale === 'en' ? en : CATALOGS[locale];
}

afterAll(async () => {
	await setLocale('en');
});

describe.each(LOCALES.filter((locale) => locale !== 'en'))('the %s catalog', (locale) => {
	it('has exactly the English keys', async () => {
		const catalog = await catalogOf(locale);
		expect(Object.keys(catalog).filter((key) => !isMessageKey(key))).toEqual([]);
		expect(KEYS.filter((key) => typeof catalog[key] !== 'string')).toEqual([]);
	});

	it('uses the same arguments as English in every message, in valid ICU syntax', async () => {
		const catalog = await catalogOf(locale);
		const differing = KEYS.filter((key) => {
			try {
				return argumentsOf(catalog[key] ?? '').join() !== argumentsOf(en[key]).join();
			} catch {
				return true;
			}
		});
		expect(differing).toEqual([]);
	});

	it('formats every message, never showing a key or an ICU brace', async () => {
		await setLocale(locale);
		for (const key of KEYS) {
			// Every argument a number (plurals) or text that says so; both format.
			const values = Object.fromEntries(
				argumentsOf(en[key]).map((name) => [name, PLURALS.has(name) ? 2 : `‹${name}›`]),
			);
			const text = t(key, values);
			expect(text, key).not.toBe(key);
			expect(text, key).not.toMatch(/[{}]/);
		}
	});
});

/** Every source file of the client but the catalogs and the tests, as text. */
const SOURCES = import.meta.glob<string>(
	['../../**/*.ts', '../../**/*.svelte', '!../../**/*.test.ts', '!./messages/**'],
	{ query: '?raw', import: 'default', eager: true },
);

describe('the English catalog', () => {
	it('has no key the code never uses', () => {
		const code = Object.values(SOURCES).join('\n');
		expect(code).toContain('export function t(');
		// Keys built at run time: `t(\`status.${status}\`)` uses every key starting `status.`,
		// and a template's band labels are `<its labels prefix>.<band id>`.
		const templatePrefixes = Object.values(TEMPLATES).flatMap((template) =>
			Object.values(template.labels).map((prefix) => `${prefix}.`),
		);
		const prefixes = [
			...templatePrefixes,
			...[...code.matchAll(/[`'"]([a-zA-Z]+(?:\.[a-zA-Z0-9_-]+)*\.)\$\{/g)].map(
				(match) => match[1] ?? '',
			),
		];
		const unused = KEYS.filter(
			(key) =>
				!code.includes(`'${key}'`) &&
				!code.includes(`"${key}"`) &&
				!code.includes(`\`${key}\``) &&
				!prefixes.some((prefix) => prefix !== '' && key.startsWith(prefix)),
		);
		expect(unused).toEqual([]);
	});
});
