import { describe, expect, it } from 'vitest';
import { cardsFromPlainText, type ClipboardPayload } from './clipboardPayload.js';
import {
	CLIPBOARD_MIME,
	clipboardHtml,
	decodeBase64,
	encodeBase64,
	payloadJsonFromHtml,
	readClipboardEvent,
	writeClipboardEvent,
	type ClipboardEventLike,
} from './clipboardEvents.js';

/** A clipboard event over a plain map of types, as a browser's `DataTransfer` keeps them. */
function clipboardEvent(data: Record<string, string> = {}): ClipboardEventLike & {
	data: Record<string, string>;
	prevented: boolean;
} {
	const event = {
		data,
		prevented: false,
		clipboardData: {
			setData: (format: string, value: string) => {
				data[format] = value;
			},
			getData: (format: string) => data[format] ?? '',
		},
		preventDefault: () => {
			event.prevented = true;
		},
	};
	return event;
}

const payload: ClipboardPayload = {
	format: 'groundwork/clipboard',
	version: 1,
	cards: [
		{
			key: 'c0',
			kind: 'action',
			text: 'Rénovation <b>“école”</b> & 🌍',
			city: 'Lyon',
			createdBy: 'Zoé',
			x: 0,
			y: 0,
			fields: { status: 'idea' },
		},
		{
			key: 'c1',
			kind: 'note',
			text: 'Second\nline',
			city: 'Lyon',
			createdBy: 'Zoé',
			x: 0,
			y: 200,
			fields: {},
		},
	],
	links: [{ from: 'c0', to: 'c1', relation: 'enables', createdBy: 'Zoé' }],
	frames: [{ title: 'Frame', x: 0, y: 0, w: 400, h: 400, createdBy: 'Zoé' }],
};

describe('clipboard events', () => {
	it('writes plain text, the payload type and HTML, and reads the payload back', () => {
		const copy = clipboardEvent();
		expect(writeClipboardEvent(copy, payload)).toBe(true);
		expect(copy.prevented).toBe(true);
		expect(Object.keys(copy.data).sort()).toEqual([CLIPBOARD_MIME, 'text/html', 'text/plain']);
		expect(copy.data['text/plain']).toBe('Rénovation <b>“école”</b> & 🌍\n\nSecond\nline');
		const paste = clipboardEvent({ ...copy.data });
		expect(readClipboardEvent(paste)).toEqual({ ok: true, payload, source: 'groundwork' });
		expect(paste.prevented).toBe(false);
	});

	it('falls back to the payload in the HTML when the custom type is lost', () => {
		const html = clipboardHtml(payload);
		expect(html).toContain('<p>Rénovation &lt;b&gt;“école”&lt;/b&gt; &amp; 🌍</p>');
		expect(html).toContain('<p>Second<br>line</p>');
		const wrapped = `<html><body><!--StartFragment-->${html}<!--EndFragment--></body></html>`;
		const paste = clipboardEvent({ 'text/html': wrapped, 'text/plain': 'ignored' });
		expect(readClipboardEvent(paste)).toEqual({ ok: true, payload, source: 'groundwork' });
	});

	it('extracts the payload from HTML by pattern only, refusing what is not base64 UTF-8', () => {
		const json = JSON.stringify(payload);
		const hostile = `<img src=x onerror="alert(1)"><div data-groundwork='${encodeBase64(json)}'>`;
		expect(payloadJsonFromHtml(hostile)).toBe(json);
		expect(payloadJsonFromHtml('<div data-groundwork="<script>">')).toBeUndefined();
		expect(payloadJsonFromHtml('<div data-groundwork="">')).toBeUndefined();
		expect(payloadJsonFromHtml('<p>nothing</p>')).toBeUndefined();
		expect(decodeBase64(encodeBase64('ä €'))).toBe('ä €');
		expect(decodeBase64('/w==')).toBeUndefined();
		expect(decodeBase64('***')).toBeUndefined();
	});

	it('turns plain text from other apps into note cards', () => {
		const paste = clipboardEvent({
			'text/plain': 'Heat pumps\nDistrict heating',
			'text/html': '<p>x</p>',
		});
		expect(readClipboardEvent(paste)).toEqual({
			ok: true,
			payload: cardsFromPlainText('Heat pumps\nDistrict heating'),
			source: 'text',
		});
	});

	it('reports a newer or oversized payload instead of pasting its text', () => {
		const newer = JSON.stringify({ ...payload, version: 2 });
		const paste = clipboardEvent({ [CLIPBOARD_MIME]: newer, 'text/plain': 'some text' });
		expect(readClipboardEvent(paste)).toEqual({ ok: false, error: 'unsupported_version' });
	});

	it('falls back to the text when the payload is broken, and reports what it could not read', () => {
		const broken = clipboardEvent({ [CLIPBOARD_MIME]: '{"format":', 'text/plain': 'Kept' });
		expect(readClipboardEvent(broken)).toMatchObject({ ok: true, source: 'text' });
		expect(readClipboardEvent(clipboardEvent({ [CLIPBOARD_MIME]: '[]' }))).toEqual({
			ok: false,
			error: 'invalid',
		});
		expect(readClipboardEvent(clipboardEvent({ 'text/plain': '  \n' }))).toEqual({
			ok: false,
			error: 'empty',
		});
		const none = { clipboardData: null, preventDefault: () => {} };
		expect(readClipboardEvent(none)).toEqual({ ok: false, error: 'empty' });
		expect(writeClipboardEvent(none, payload)).toBe(false);
	});
});
