import { describe, expect, it } from 'vitest';
import { boardPathOf, linkHref, programmePagePath, registeredPagePath } from './programmeLinks.js';

const ORIGIN = 'https://groundwork.example';

describe('programme links', () => {
	it('names the public pages, encoding the id', () => {
		expect(programmePagePath('abc')).toBe('/programmes/abc');
		expect(registeredPagePath('a/b')).toBe('/programmes/a%2Fb/registered');
	});

	it('keeps the board path and query of the traded link, whatever host it names', () => {
		expect(boardPathOf(`${ORIGIN}/b/board123?token=t.x`)).toBe('/b/board123?token=t.x');
		expect(boardPathOf('http://10.0.0.5:8080/b/board123?token=t#x')).toBe('/b/board123?token=t');
	});

	it('refuses anything but a board link', () => {
		expect(boardPathOf('javascript:alert(1)')).toBeUndefined();
		expect(boardPathOf('/b/board123?token=t')).toBeUndefined();
		expect(boardPathOf(`${ORIGIN}/programmes/abcdefgh`)).toBeUndefined();
		expect(boardPathOf(`${ORIGIN}/b/short`)).toBeUndefined();
		expect(boardPathOf(`${ORIGIN}/b/board123/../../evil`)).toBeUndefined();
		expect(boardPathOf('data:text/html,<script>x</script>')).toBeUndefined();
		expect(boardPathOf('')).toBeUndefined();
	});

	it('links to a board the server named, on this site or on the web only', () => {
		expect(linkHref('/b/board123?token=r')).toBe('/b/board123?token=r');
		expect(linkHref('https://groundwork.example/b/x?token=r')).toBe(
			'https://groundwork.example/b/x?token=r',
		);
		expect(linkHref('javascript:alert(1)')).toBeUndefined();
		expect(linkHref('//evil.example/b/x')).toBeUndefined();
		expect(linkHref('b/x')).toBeUndefined();
	});
});
