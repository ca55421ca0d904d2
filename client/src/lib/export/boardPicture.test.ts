import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SCHEMA_VERSION, cardsMap, initBoardMeta } from '@groundwork/protocol';
import { addCard, allCards, boardLayout, boardTemplate } from '../sync/cards.js';
import { addFrame, allFrames } from '../sync/frames.js';
import { addLink, allLinks } from '../sync/links.js';
import { cityColour } from '../state/cityColour.js';
import { exportSvg, frameName, type BoardSource } from './boardPicture.js';

function source(doc: Y.Doc): BoardSource {
	return {
		title: 'Spring seminar',
		template: boardTemplate(doc),
		layout: boardLayout(doc),
		cards: allCards(doc),
		frames: allFrames(doc),
		links: allLinks(doc),
	};
}

describe('exportSvg', () => {
	it('pictures the board model with labels in the current locale', () => {
		const doc = new Y.Doc();
		initBoardMeta(doc, {
			title: 'Spring seminar',
			template: 'netzero-roadmap',
			schemaVersion: SCHEMA_VERSION,
			createdAt: 1,
		});
		const solar = addCard(doc, {
			kind: 'action',
			column: 'planning',
			row: 'energy',
			city: 'Lisbon',
			createdBy: 'Ana',
			text: 'Solar & storage',
		});
		const grid = addCard(doc, {
			kind: 'barrier',
			column: 'planning',
			row: 'energy',
			city: 'Tartu',
			createdBy: 'Jaan',
			text: 'Grid delays',
		});
		cardsMap(doc).get(solar)!.set('votes', 4);
		addLink(doc, { from: solar, to: grid, relation: 'blocks', createdBy: 'Ana' });
		const frame = addFrame(doc, { title: '', x: 0, y: 0, w: 700, h: 400, createdBy: 'Ana' });
		const whole = exportSvg(source(doc))!;
		expect(whole.cards).toBe(2);
		expect(whole.svg).toContain('<title id="gw-title">Spring seminar</title>');
		expect(whole.svg).toContain('Board “Spring seminar” with 2 cards');
		expect(whole.svg).toContain('>Planning</text>');
		expect(whole.svg).toContain('>Governance &amp;');
		expect(whole.svg).toContain('>Action</text>');
		expect(whole.svg).toContain('>Solar &amp; storage</tspan>');
		expect(whole.svg).toContain('>4 votes</text>');
		expect(whole.svg).toContain(`fill="${cityColour('Lisbon')}"`);
		expect(whole.svg).toContain('data-relation="blocks"');
		expect(whole.svg).toContain('>Untitled frame</text>');

		expect(frameName({ title: '  ' })).toBe('Untitled frame');
		const part = exportSvg(source(doc), frame)!;
		expect(part.svg).toContain('<title id="gw-title">Spring seminar: Untitled frame</title>');
		expect(part.cards).toBe(2);
		expect(exportSvg(source(doc), 'gone')).toBeUndefined();
	});
});
