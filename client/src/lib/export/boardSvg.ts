import {
	CARD_SIZE,
	HEADER_SIZE,
	cardRect,
	frameHoldsCard,
	type CardRelation,
	type Rect,
} from '@groundwork/protocol';
import { visibleConnectors } from '../canvas/visibleConnectors.js';
import { textWidth, truncateText, wrapText } from './textFit.js';
import { escapeXml, svgNumber as n } from './xml.js';

/**
 * The board as a self-contained SVG file, built from plain values (no DOM, no i18n: the caller
 * resolves every label): the template's grid with its column and row labels, frames with their
 * titles, connectors as arrows, and cards with their kind, city colour and wrapped text. Every
 * text is escaped (`escapeXml`), so user input can never become markup. In board units: one
 * unit is one pixel of the picture.
 */

/** One card to draw: where it is and what its face says. */
export interface PictureCard {
	id: string;
	x: number;
	y: number;
	/** The kind's id (kept as `data-kind`) and its display name. */
	kind: string;
	kindLabel: string;
	city: string;
	/** `#rrggbb`. */
	colour: string;
	text: string;
	/** One or two short facts for the card's foot (votes, status). */
	facts: readonly string[];
}

/** One frame to draw; `title` is what to show (the caller names untitled frames). */
export interface PictureFrame {
	id: string;
	title: string;
	x: number;
	y: number;
	w: number;
	h: number;
}

/** One connector between two cards. */
export interface PictureLink {
	id: string;
	from: string;
	to: string;
	relation: CardRelation;
}

/** A column or row of the template, laid out, with its display name. */
export interface PictureBand {
	id: string;
	label: string;
	start: number;
	size: number;
}

/** Everything the picture shows. */
export interface BoardPicture {
	columns: readonly PictureBand[];
	rows: readonly PictureBand[];
	cards: readonly PictureCard[];
	frames: readonly PictureFrame[];
	links: readonly PictureLink[];
}

/** What to draw and the texts naming it. */
export interface SvgOptions {
	/** Draw only this frame and the cards whose centre lies inside it; the whole board without. */
	frameId?: string;
	/** The line written above the picture, also its `<title>`. */
	heading: string;
	/** The picture's `<desc>` for assistive technology, given how many cards it shows. */
	describe: (cards: number) => string;
}

/** A built picture: the SVG text, its size in pixels, and how many cards it shows. */
export interface BoardSvg {
	svg: string;
	width: number;
	height: number;
	cards: number;
}

/** Space around the content, in board units. */
export const SVG_MARGIN_PX = 32;
/** Height of the heading line above the content, and its font. */
const HEADING_HEIGHT_PX = 48;
const HEADING_FONT = { size: 22, bold: true } as const;
const FONT_FAMILY =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const COLOURS = {
	background: '#f6f7f5',
	surface: '#ffffff',
	text: '#1c2321',
	muted: '#4a5552',
	border: '#c5ccc9',
	header: '#e4e9e7',
	frame: '#5b6b66',
} as const;

/** Card face layout: padding, fonts and where the lines go (board units). */
const CARD = {
	padLeft: 14,
	padRight: 8,
	headerBaseline: 20,
	textBaseline: 40,
	lineHeight: 16,
	footBaseline: CARD_SIZE.height - 10,
	kindFont: { size: 11, bold: true },
	cityFont: { size: 11 },
	textFont: { size: 13 },
	factFont: { size: 11 },
} as const;

function union(rects: readonly Rect[]): Rect {
	const x = Math.min(...rects.map((rect) => rect.x));
	const y = Math.min(...rects.map((rect) => rect.y));
	const right = Math.max(...rects.map((rect) => rect.x + rect.width));
	const bottom = Math.max(...rects.map((rect) => rect.y + rect.height));
	return { x, y, width: right - x, height: bottom - y };
}

function end(bands: readonly PictureBand[]): number {
	const last = bands[bands.length - 1];
	return last ? last.start + last.size : 0;
}

function hexColour(value: string): string {
	return /^#[0-9a-f]{6}$/i.test(value) ? value : COLOURS.muted;
}

function text(
	x: number,
	y: number,
	content: string,
	attributes: Record<string, string | number> = {},
): string {
	const extra = Object.entries(attributes)
		.map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
		.join('');
	return `<text x="${n(x)}" y="${n(y)}"${extra}>${escapeXml(content)}</text>`;
}

function rect(box: Rect, attributes: string): string {
	return `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" ${attributes}/>`;
}

function gridSvg(columns: readonly PictureBand[], rows: readonly PictureBand[]): string {
	const parts: string[] = ['<g class="grid">'];
	const cellStyle = `fill="${COLOURS.surface}" stroke="${COLOURS.border}" stroke-width="1"`;
	const headerStyle = `fill="${COLOURS.header}" stroke="${COLOURS.border}" stroke-width="1"`;
	for (const row of rows) {
		for (const column of columns) {
			parts.push(
				rect({ x: column.start, y: row.start, width: column.size, height: row.size }, cellStyle),
			);
		}
	}
	const font = { size: 18, bold: true };
	for (const column of columns) {
		const box = { x: column.start, y: -HEADER_SIZE.height, width: column.size };
		parts.push(rect({ ...box, height: HEADER_SIZE.height }, headerStyle));
		const label = truncateText(column.label, column.size - 24, font);
		parts.push(
			text(column.start + column.size / 2, -HEADER_SIZE.height / 2 + 6, label, {
				'text-anchor': 'middle',
				'font-size': font.size,
				'font-weight': 700,
				fill: COLOURS.text,
			}),
		);
	}
	const rowFont = { size: 15, bold: true };
	const lineHeight = 19;
	for (const row of rows) {
		const box = { x: -HEADER_SIZE.width, y: row.start, width: HEADER_SIZE.width };
		parts.push(rect({ ...box, height: row.size }, headerStyle));
		const maxLines = Math.max(1, Math.floor((row.size - 16) / lineHeight));
		const lines = wrapText(row.label, HEADER_SIZE.width - 24, rowFont, maxLines);
		const top = row.start + row.size / 2 - ((lines.length - 1) * lineHeight) / 2 + 5;
		lines.forEach((line, index) => {
			parts.push(
				text(-HEADER_SIZE.width + 12, top + index * lineHeight, line, {
					'font-size': rowFont.size,
					'font-weight': 700,
					fill: COLOURS.text,
				}),
			);
		});
	}
	parts.push('</g>');
	return parts.join('');
}

/** The strip above a frame that holds its title, as on the canvas. */
const FRAME_TITLE_PX = 28;

function frameSvg(frame: PictureFrame): string {
	const box = { x: frame.x, y: frame.y, width: frame.w, height: frame.h };
	const font = { size: 16, bold: true };
	return [
		'<g class="frame">',
		rect(
			box,
			`rx="6" fill="${COLOURS.frame}" fill-opacity="0.06" stroke="${COLOURS.frame}" stroke-width="2"`,
		),
		text(frame.x + 4, frame.y - 9, truncateText(frame.title, frame.w - 8, font), {
			'font-size': font.size,
			'font-weight': 700,
			fill: COLOURS.text,
		}),
		'</g>',
	].join('');
}

/** A frame's area with its title strip. */
function frameArea(frame: PictureFrame): Rect {
	return {
		x: frame.x,
		y: frame.y - FRAME_TITLE_PX,
		width: frame.w,
		height: frame.h + FRAME_TITLE_PX,
	};
}

function cardSvg(card: PictureCard): string {
	const { x, y } = card;
	const colour = hexColour(card.colour);
	const inner = CARD_SIZE.width - CARD.padLeft - CARD.padRight;
	const kind = truncateText(card.kindLabel, inner, CARD.kindFont);
	const parts = [
		`<g class="card" data-kind="${escapeXml(card.kind)}">`,
		rect(
			cardRect(card),
			`rx="6" fill="${COLOURS.surface}" stroke="${COLOURS.border}" stroke-width="1"`,
		),
		rect({ x, y, width: 6, height: CARD_SIZE.height }, `fill="${colour}"`),
		text(x + CARD.padLeft, y + CARD.headerBaseline, kind, {
			'font-size': CARD.kindFont.size,
			'font-weight': 700,
			fill: COLOURS.text,
		}),
	];
	const kindWidth = textWidth(kind, CARD.kindFont.size, CARD.kindFont.bold);
	const city = truncateText(card.city, inner - kindWidth - 18, CARD.cityFont);
	if (city) {
		const right = x + CARD_SIZE.width - CARD.padRight;
		const cityWidth = textWidth(city, CARD.cityFont.size);
		parts.push(
			`<circle cx="${n(right - cityWidth - 7)}" cy="${n(y + CARD.headerBaseline - 4)}" r="4" fill="${colour}" stroke="${COLOURS.text}" stroke-opacity="0.5"/>`,
			text(right, y + CARD.headerBaseline, city, {
				'text-anchor': 'end',
				'font-size': CARD.cityFont.size,
				fill: COLOURS.muted,
			}),
		);
	}
	const facts = truncateText(card.facts.join(' · '), inner, CARD.factFont);
	const bottom = y + (facts ? CARD.footBaseline - CARD.lineHeight : CARD.footBaseline);
	const maxLines = Math.floor((bottom - (y + CARD.textBaseline)) / CARD.lineHeight) + 1;
	const lines = wrapText(card.text, inner, CARD.textFont, maxLines);
	if (lines.length > 0) {
		const spans = lines
			.map(
				(line, index) =>
					`<tspan x="${n(x + CARD.padLeft)}" y="${n(y + CARD.textBaseline + index * CARD.lineHeight)}">${escapeXml(line)}</tspan>`,
			)
			.join('');
		parts.push(`<text font-size="${CARD.textFont.size}" fill="${COLOURS.text}">${spans}</text>`);
	}
	if (facts) {
		parts.push(
			text(x + CARD.padLeft, y + CARD.footBaseline, facts, {
				'font-size': CARD.factFont.size,
				fill: COLOURS.muted,
			}),
		);
	}
	parts.push('</g>');
	return parts.join('');
}

const LINE_STYLE: Record<CardRelation, string> = {
	enables: 'stroke-width="2"',
	blocks: 'stroke-width="2" stroke-dasharray="10 6"',
	depends_on: 'stroke-width="3.5" stroke-dasharray="0 7" stroke-linecap="round"',
};

function linksSvg(
	links: readonly PictureLink[],
	cards: readonly PictureCard[],
	bounds: Rect,
): string {
	const byId = new Map(cards.map((card) => [card.id, card]));
	const rectOf = (id: string) => {
		const card = byId.get(id);
		return card ? cardRect(card) : undefined;
	};
	return visibleConnectors(links, rectOf, bounds)
		.map(({ link, line, head, bar }) =>
			[
				`<g class="link" data-relation="${escapeXml(link.relation)}">`,
				`<path d="${line}" fill="none" stroke="${COLOURS.text}" ${LINE_STYLE[link.relation]}/>`,
				bar
					? `<line x1="${n(bar.a.x)}" y1="${n(bar.a.y)}" x2="${n(bar.b.x)}" y2="${n(bar.b.y)}" stroke="${COLOURS.text}" stroke-width="3"/>`
					: '',
				`<polygon points="${head}" fill="${COLOURS.text}"/>`,
				'</g>',
			].join(''),
		)
		.join('');
}

/** The part of the board to draw: its cards, frames, grid, and the area they cover. */
function scopeOf(picture: BoardPicture, frameId: string | undefined) {
	if (frameId !== undefined) {
		const frame = picture.frames.find((f) => f.id === frameId);
		if (!frame) return undefined;
		const cards = picture.cards.filter((card) => frameHoldsCard(frame, card));
		const area = union([frameArea(frame), ...cards.map(cardRect)]);
		return { cards, frames: [frame], grid: false, area };
	}
	const rects: Rect[] = [...picture.cards.map(cardRect)];
	rects.push(...picture.frames.map(frameArea));
	const grid = picture.columns.length > 0 && picture.rows.length > 0;
	if (grid) {
		rects.push({
			x: -HEADER_SIZE.width,
			y: -HEADER_SIZE.height,
			width: end(picture.columns) + HEADER_SIZE.width,
			height: end(picture.rows) + HEADER_SIZE.height,
		});
	}
	const area = rects.length > 0 ? union(rects) : { x: 0, y: 0, width: 400, height: 200 };
	return { cards: picture.cards, frames: picture.frames, grid, area };
}

/**
 * The board (or one frame of it) as an SVG document. Undefined when `options.frameId` names no
 * frame of the picture.
 */
export function boardSvg(picture: BoardPicture, options: SvgOptions): BoardSvg | undefined {
	const scope = scopeOf(picture, options.frameId);
	if (!scope) return undefined;
	const { area } = scope;
	// A small frame's picture grows to show its heading (up to a bound), else the heading is cut.
	const headingWidth = Math.min(textWidth(options.heading, HEADING_FONT.size, true), 1200);
	const x = Math.floor(area.x - SVG_MARGIN_PX);
	const y = Math.floor(area.y - SVG_MARGIN_PX - HEADING_HEIGHT_PX);
	const right = Math.max(area.x + area.width, area.x + headingWidth);
	const width = Math.ceil(right + SVG_MARGIN_PX) - x;
	const height = Math.ceil(area.y + area.height + SVG_MARGIN_PX) - y;
	const box = { x, y, width, height };
	const heading = truncateText(options.heading, width - 2 * SVG_MARGIN_PX, HEADING_FONT);
	const body = [
		rect(box, `fill="${COLOURS.background}"`),
		text(x + SVG_MARGIN_PX, y + SVG_MARGIN_PX + 12, heading, {
			'font-size': HEADING_FONT.size,
			'font-weight': 700,
			fill: COLOURS.text,
		}),
		scope.grid ? gridSvg(picture.columns, picture.rows) : '',
		`<g class="frames">${scope.frames.map(frameSvg).join('')}</g>`,
		`<g class="links">${linksSvg(picture.links, scope.cards, box)}</g>`,
		`<g class="cards">${scope.cards.map(cardSvg).join('')}</g>`,
	].join('');
	const svg =
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" ` +
		`viewBox="${x} ${y} ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}" ` +
		'role="img" aria-labelledby="gw-title gw-desc">' +
		`<title id="gw-title">${escapeXml(options.heading)}</title>` +
		`<desc id="gw-desc">${escapeXml(options.describe(scope.cards.length))}</desc>` +
		`${body}</svg>\n`;
	return { svg, width, height, cards: scope.cards.length };
}
