import { describe, expect, it } from 'vitest';
import { escapeXml, svgNumber, xmlSafe } from './xml.js';

describe('escapeXml', () => {
	it('escapes every character that could start markup, an entity or end an attribute', () => {
		expect(escapeXml(`<script>alert("x")</script> & 'y'`)).toBe(
			'&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;',
		);
		expect(escapeXml('&amp;')).toBe('&amp;amp;');
		expect(escapeXml(']]><!--')).toBe(']]&gt;&lt;!--');
	});

	it('keeps letters of every script and emoji, drops what XML 1.0 forbids', () => {
		expect(escapeXml('Łódź · Нет данных · 東京 · 🌍')).toBe('Łódź · Нет данных · 東京 · 🌍');
		expect(xmlSafe('a\u0000b\u0008c\u001fd\tе\nf\rg')).toBe('abcd\tе\nf\rg');
		expect(xmlSafe('x\ud800y\udc00z\uffff')).toBe('xyz');
		expect(xmlSafe('🌍')).toBe('🌍');
	});
});

describe('svgNumber', () => {
	it('writes at most two decimals and no negative zero', () => {
		expect(svgNumber(1.23456)).toBe('1.23');
		expect(svgNumber(-0.001)).toBe('0');
		expect(svgNumber(200)).toBe('200');
	});
});
