import type { BoardLayout, Template } from '@groundwork/protocol';
import type { CardView } from '../sync/cards.js';
import type { FrameView } from '../sync/frames.js';
import type { LinkView } from '../sync/links.js';
import { cityColour } from '../state/cityColour.js';
import { cardFacts } from '../components/cardFacts.js';
import { t } from '../i18n/i18n.js';
import { bandLabel, kindLabel } from '../i18n/labels.js';
import { boardSvg, type BoardPicture, type BoardSvg } from './boardSvg.js';

/** What the picture of a board is made from: the board model's state as it is now. */
export interface BoardSource {
	title: string;
	template: Template;
	layout: BoardLayout;
	cards: readonly CardView[];
	frames: readonly FrameView[];
	links: readonly LinkView[];
}

/** A frame's name as the export shows it: its title, or "Untitled frame". */
export function frameName(frame: Pick<FrameView, 'title'>): string {
	return frame.title.trim() || t('frame.untitled');
}

/** The board's state as plain values with every label in the current locale. */
export function boardPicture(source: BoardSource): BoardPicture {
	const { template, layout } = source;
	return {
		columns: layout.columns.map((band) => ({
			...band,
			label: bandLabel(template, 'column', band.id),
		})),
		rows: layout.rows.map((band) => ({ ...band, label: bandLabel(template, 'row', band.id) })),
		cards: source.cards.map((card) => ({
			id: card.id,
			x: card.x,
			y: card.y,
			kind: card.kind,
			kindLabel: kindLabel(card.kind),
			city: card.city,
			colour: cityColour(card.city),
			text: card.text.toString(),
			facts: cardFacts(card),
		})),
		frames: source.frames.map((frame) => ({ ...frame, title: frameName(frame) })),
		links: source.links,
	};
}

/**
 * The board as SVG, or one frame of it (`frameId`) with the cards whose centre lies inside it.
 * Undefined when there is no such frame (any more).
 */
export function exportSvg(source: BoardSource, frameId?: string): BoardSvg | undefined {
	const frame = frameId === undefined ? undefined : source.frames.find((f) => f.id === frameId);
	if (frameId !== undefined && !frame) return undefined;
	const picture = boardPicture(source);
	const heading = frame
		? t('export.svg.frameHeading', { title: source.title, frame: frameName(frame) })
		: source.title;
	return boardSvg(picture, {
		frameId,
		heading,
		describe: (cards) => t('export.svg.description', { cards, title: heading }),
	});
}
