import { describe, expect, it } from 'vitest';
import indexHtml from '../../index.html?raw';

/**
 * The client keeps to the server's Content-Security-Policy (server/src/http/security.ts) and
 * renders user content as text only. Svelte escapes `{expression}`; `{@html}` would not.
 */
const sources = import.meta.glob<string>('../**/*.svelte', {
	query: '?raw',
	import: 'default',
	eager: true,
});
const components = Object.entries(sources).map(([file, source]) => ({ file, source }));

describe('content policy of the client', () => {
	it('finds the components', () => {
		expect(components.length).toBeGreaterThan(20);
	});

	it('renders no raw HTML: no {@html} in any component (card texts, links, names are escaped)', () => {
		const raw = components.filter(({ source }) => source.includes('{@html'));
		expect(raw.map(({ file }) => file)).toEqual([]);
	});

	it('has no static style attribute, which style-src without unsafe-inline refuses (use a class or style:)', () => {
		const inline = components.filter(({ source }) => /\sstyle\s*=\s*["'][^"'{]*["']/.test(source));
		expect(inline.map(({ file }) => file)).toEqual([]);
	});

	it('loads its script from a file: index.html has no inline script or style', () => {
		const scripts = [...indexHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
		expect(scripts.length).toBeGreaterThan(0);
		for (const [, attributes = '', body = ''] of scripts) {
			expect(attributes).toMatch(/\ssrc=/);
			expect(body.trim()).toBe('');
		}
		expect(indexHtml).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
	});
});
