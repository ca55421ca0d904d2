import * as Y from 'yjs';
import {
	CARD_SIZE,
	cardsMap,
	gapsMap,
	linksMap,
	type CardKind,
	type CellId,
	type TemplateId,
} from '@groundwork/protocol';
import {
	allCards,
	boardLayout,
	boardTemplate,
	compareCards,
	placeUnplaced,
	uniqueCities,
	type CardView,
} from '../sync/cards.js';
import { compareGaps, readGap, type GapView } from '../sync/gaps.js';
import { readGapLink } from '../sync/gapLinks.js';
import { t } from '../i18n/i18n.js';
import { bandLabel, cellLabel, kindLabel } from '../i18n/labels.js';
import {
	actionStatusLabel,
	gapCategoryLabel,
	gapStatusLabel,
	milestoneDateLabel,
	severityLabel,
} from '../i18n/fieldLabels.js';

/**
 * The seminar report's content, read from a board document (the JSON backup's): the roadmap's
 * cards by column and row, the gap list with the actions addressing each gap, the revealed vote
 * totals, and the cards harvested from breakout rooms. Labels are resolved in the current
 * locale; what is not set stays undefined for the page to say so.
 */

/** One card as the report lists it. */
export interface ReportCard {
	id: string;
	kind: CardKind;
	kindLabel: string;
	text: string;
	city: string;
	/** The total of the last revealed vote, when there was one. [F4] */
	votes?: number;
	/** An action's status, a barrier's severity or a milestone's date, when set. */
	detail?: string;
	/** The breakout room it came home from, and its cell there. [F9] */
	fromRoom?: string;
	fromCell?: string;
}

/** The cards of one cell (a row of a column), in the board's order. */
export interface ReportCell {
	row: string;
	label: string;
	cards: ReportCard[];
}

/** One column (a roadmap stage) with its cells that hold cards. */
export interface ReportColumn {
	column: string;
	label: string;
	cells: ReportCell[];
	count: number;
}

/** An action addressing a gap. */
export interface ReportAction {
	id: string;
	text: string;
	city: string;
	status?: string;
}

/** One gap of the gap list. */
export interface ReportGap {
	id: string;
	title: string;
	description: string;
	category?: string;
	severity?: string;
	status?: string;
	ownerCity?: string;
	votes?: number;
	actions: ReportAction[];
}

/** One item of a revealed vote with its total. */
export interface ReportVote {
	id: string;
	target: 'card' | 'gap';
	/** "Action", "Barrier"… for cards; "Gap" for gaps. */
	type: string;
	text: string;
	city: string;
	votes: number;
}

/** The cards harvested from one breakout room. */
export interface ReportRoom {
	name: string;
	cards: ReportCard[];
}

/** Everything the report shows. */
export interface BoardReport {
	title: string;
	template: TemplateId;
	/** Epoch ms: when the content was read. */
	preparedAt: number;
	cities: string[];
	cardCount: number;
	columns: ReportColumn[];
	gaps: ReportGap[];
	votes: ReportVote[];
	rooms: ReportRoom[];
}

function cardDetail(card: CardView): string | undefined {
	const { fields } = card;
	if (card.kind === 'action' && fields.status) {
		return t('card.factStatus', { value: actionStatusLabel(fields.status) });
	}
	if (card.kind === 'barrier' && fields.severity) {
		return t('card.factSeverity', { value: severityLabel(fields.severity) });
	}
	if (card.kind === 'milestone' && fields.date) {
		return t('card.factDate', { value: milestoneDateLabel(fields.date) });
	}
	return undefined;
}

/** The cell a harvested card had in its room, when it is one of the template's. */
function roomCell(doc: Y.Doc, id: string): CellId | undefined {
	const map = cardsMap(doc).get(id);
	const cell: unknown = map instanceof Y.Map ? map.get('fromCell') : undefined;
	if (typeof cell !== 'object' || cell === null) return undefined;
	const { column, row } = cell as Record<string, unknown>;
	const template = boardTemplate(doc);
	if (typeof column !== 'string' || typeof row !== 'string') return undefined;
	return template.columns.includes(column) && template.rows.includes(row)
		? { column, row }
		: undefined;
}

function reportCard(doc: Y.Doc, card: CardView): ReportCard {
	const fromCell = card.fromRoom ? roomCell(doc, card.id) : undefined;
	const detail = cardDetail(card);
	return {
		id: card.id,
		kind: card.kind,
		kindLabel: kindLabel(card.kind),
		text: card.text.toString().trim(),
		city: card.city.trim(),
		...(card.votes !== undefined ? { votes: card.votes } : {}),
		...(detail ? { detail } : {}),
		...(card.fromRoom ? { fromRoom: card.fromRoom } : {}),
		...(fromCell ? { fromCell: cellLabel(boardTemplate(doc), fromCell) } : {}),
	};
}

/** Whether a card's centre lies on the template's grid (harvested cards wait below it). */
function onGrid(card: CardView, width: number, height: number): boolean {
	const cx = card.x + CARD_SIZE.width / 2;
	const cy = card.y + CARD_SIZE.height / 2;
	return cx >= 0 && cx <= width && cy >= 0 && cy <= height;
}

function roadmap(doc: Y.Doc, cards: readonly CardView[]): ReportColumn[] {
	const template = boardTemplate(doc);
	return template.columns.map((column) => {
		const cells = template.rows
			.map((row) => ({
				row,
				label: bandLabel(template, 'row', row),
				cards: cards
					.filter((card) => card.column === column && card.row === row)
					.map((card) => reportCard(doc, card)),
			}))
			.filter((cell) => cell.cards.length > 0);
		return {
			column,
			label: bandLabel(template, 'column', column),
			cells,
			count: cells.reduce((sum, cell) => sum + cell.cards.length, 0),
		};
	});
}

function readGaps(doc: Y.Doc): GapView[] {
	const gaps: GapView[] = [];
	for (const [id, map] of gapsMap(doc)) {
		const gap = map instanceof Y.Map ? readGap(id, map) : undefined;
		if (gap) gaps.push(gap);
	}
	return gaps.sort(compareGaps);
}

function gapList(doc: Y.Doc, gaps: readonly GapView[], cards: readonly CardView[]): ReportGap[] {
	const byId = new Map(cards.map((card) => [card.id, card]));
	const actions = new Map<string, ReportAction[]>();
	for (const [id, map] of linksMap(doc)) {
		const link = map instanceof Y.Map ? readGapLink(id, map) : undefined;
		const card = link?.relation === 'addresses' ? byId.get(link.card) : undefined;
		if (!link || card?.kind !== 'action') continue;
		const list = actions.get(link.gap) ?? [];
		list.push({
			id: card.id,
			text: card.text.toString().trim(),
			city: card.city.trim(),
			...(card.fields.status ? { status: actionStatusLabel(card.fields.status) } : {}),
		});
		actions.set(link.gap, list);
	}
	return gaps.map((gap) => {
		const { values } = gap;
		return {
			id: gap.id,
			title: gap.title.toString().trim(),
			description: gap.description.toString().trim(),
			...(values.category ? { category: gapCategoryLabel(values.category) } : {}),
			...(values.severity ? { severity: severityLabel(values.severity) } : {}),
			...(values.status ? { status: gapStatusLabel(values.status) } : {}),
			...(values.ownerCity?.trim() ? { ownerCity: values.ownerCity.trim() } : {}),
			...(gap.votes !== undefined ? { votes: gap.votes } : {}),
			actions: (actions.get(gap.id) ?? []).sort((a, b) => a.text.localeCompare(b.text)),
		};
	});
}

function voteTotals(cards: readonly CardView[], gaps: readonly ReportGap[]): ReportVote[] {
	const votes: ReportVote[] = [];
	for (const card of cards) {
		if (card.votes === undefined) continue;
		votes.push({
			id: card.id,
			target: 'card',
			type: kindLabel(card.kind),
			text: card.text.toString().trim(),
			city: card.city.trim(),
			votes: card.votes,
		});
	}
	for (const gap of gaps) {
		if (gap.votes === undefined) continue;
		const city = gap.ownerCity ?? '';
		const type = t('report.gap');
		votes.push({ id: gap.id, target: 'gap', type, text: gap.title, city, votes: gap.votes });
	}
	return votes.sort((a, b) => b.votes - a.votes || a.text.localeCompare(b.text));
}

const ROOM_ORDER = new Intl.Collator(undefined, { numeric: true });

function breakoutRooms(doc: Y.Doc, cards: readonly CardView[]): ReportRoom[] {
	const rooms = new Map<string, ReportCard[]>();
	for (const card of cards) {
		if (!card.fromRoom) continue;
		const list = rooms.get(card.fromRoom) ?? [];
		list.push(reportCard(doc, card));
		rooms.set(card.fromRoom, list);
	}
	return [...rooms.entries()]
		.map(([name, list]) => ({ name, cards: list }))
		.sort((a, b) => ROOM_ORDER.compare(a.name, b.name));
}

/**
 * The report of the board in `doc`. Cards harvested from breakout rooms count in the roadmap
 * once someone has moved them onto the grid; until then they show under their room only.
 */
export function boardReport(doc: Y.Doc, board: { title: string; preparedAt: number }): BoardReport {
	const layout = boardLayout(doc);
	const cards = placeUnplaced(allCards(doc), layout).sort(compareCards);
	const onBoard = cards.filter(
		(card) => !card.fromRoom || onGrid(card, layout.width, layout.height),
	);
	const gaps = gapList(doc, readGaps(doc), cards);
	return {
		title: board.title,
		template: boardTemplate(doc).id,
		preparedAt: board.preparedAt,
		cities: uniqueCities([
			...cards.map((card) => card.city),
			...gaps.map((gap) => gap.ownerCity ?? ''),
		]),
		cardCount: cards.length,
		columns: roadmap(doc, onBoard),
		gaps,
		votes: voteTotals(cards, gaps),
		rooms: breakoutRooms(doc, cards),
	};
}
