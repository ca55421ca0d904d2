import type * as Y from 'yjs';
import {
	CARD_KINDS,
	META,
	TEMPLATES,
	bandSizeKey,
	cardsMap,
	cellOfCard,
	clampBandSize,
	computeLayout,
	isTemplateId,
	framesMap,
	layoutMap,
	linksMap,
	metaMap,
	type Axis,
	type BoardLayout,
	type CardKind,
	type CardRelation,
	type Point,
	type Rect,
	type Template,
} from '@groundwork/protocol';
import {
	addCard,
	alignToSlots,
	deleteCards,
	moveCard,
	moveCardsTo,
	neighbourCell,
	placeUnplaced,
	type CardPosition,
	setKind,
	uniqueCities,
	type CardView,
	type CellRef,
	type MoveDirection,
} from '../sync/cards.js';
import { CardViews } from '../sync/cardViews.js';
import { LinkViews } from '../sync/linkViews.js';
import { FrameViews } from '../sync/frameViews.js';
import {
	addFrame,
	deleteFrame,
	moveFrame,
	renameFrame,
	resizeFrame,
	type FrameView,
} from '../sync/frames.js';
import { frameMovedMessage, frameRenamedMessage } from '../i18n/frameLabels.js';
import { addLink, deleteLink, setRelation, type LinkView } from '../sync/links.js';
import type { UndoHistory } from '../sync/UndoHistory.svelte.js';
import { cellLabel } from '../i18n/labels.js';
import { LOCAL_ORIGIN } from '../sync/origin.js';
import { t } from '../i18n/i18n.js';
import type { Announcer } from './Announcer.svelte.js';
import type { Identity } from './identity.js';
import { GapModel } from './GapModel.svelte.js';
import { heldCardIds, insideAny, lockedFrames } from './itemLocks.js';
import { setOf } from '../canvas/selection.js';

/** The part of a card that should take focus when it (re)appears. */
export type FocusPart = 'text' | 'move' | 'details';

function cellKey(column: string, row: string): string {
	return `${column}/${row}`;
}

/**
 * The board as the UI sees it: its cards grouped by cell (reactive, refreshed on every
 * structural change of the document), and the editing actions the UI offers.
 */
export class BoardModel {
	readonly doc: Y.Doc;
	/** The board's template, as its metadata says (the roadmap until the document arrives). */
	template = $state.raw<Template>(TEMPLATES['netzero-roadmap']);
	/** Every card, sorted by cell order. */
	cards = $state.raw<CardView[]>([]);
	/** The title written in the document, if any. */
	title = $state('');
	/** The kind that "Add card" buttons create. */
	newCardKind = $state<CardKind>(CARD_KINDS[0]);
	/** A card that should take focus once rendered (after it was added or moved). */
	focusRequest = $state<{ id: string; part: FocusPart } | null>(null);
	/**
	 * During a private round (participants): where "add card" goes instead of the board, so the
	 * idea stays with its author until revealed. [F10]
	 */
	privateAdd = $state.raw<((cell: CellRef) => void) | null>(null);
	/** The card whose details panel is open, if any. */
	detailsCardId = $state<string | null>(null);
	/** Every frame, oldest (drawn lowest) first. */
	frames = $state.raw<FrameView[]>([]);
	/** Every link between cards (connectors). */
	links = $state.raw<LinkView[]>([]);
	/** The cards and frames the facilitator locked (the session's `lockedItems`). [F5] */
	lockedItems = $state.raw<ReadonlySet<string>>(setOf());
	/** Whether locks stop this user (participants); facilitators change locked items. [F5] */
	locksApply = $state(true);
	/** The columns and rows laid out on the canvas, with the sizes the facilitator gave them. */
	layout = $state.raw<BoardLayout>(computeLayout(this.template.columns, this.template.rows));

	readonly byCell = $derived.by(() => {
		const cells: Partial<Record<string, CardView[]>> = {};
		for (const card of this.cards) {
			const key = cellKey(card.column, card.row);
			(cells[key] ??= []).push(card);
		}
		return cells;
	});

	readonly cities = $derived(uniqueCities(this.cards.map((card) => card.city)));

	/** The cards the locks hold: locked, or with their centre inside a locked frame. [F5] */
	readonly lockedCards = $derived(heldCardIds(this.cards, this.frames, this.lockedItems));
	readonly #lockedFrames = $derived(lockedFrames(this.frames, this.lockedItems));

	/** Whether a lock stops the user from changing, moving or deleting card `id`. */
	isCardHeld(id: string): boolean {
		return this.locksApply && this.lockedCards.has(id);
	}

	/** Whether a lock stops the user from changing frame `id`. */
	isFrameHeld(id: string): boolean {
		return this.locksApply && this.lockedItems.has(id);
	}

	/** Whether a lock stops the user from putting a card at `position` (inside a locked frame). */
	#landsLocked(position: Point): boolean {
		return this.locksApply && insideAny(this.#lockedFrames, position);
	}

	/** Says that `count` changes were not made because of a lock; true when there were any. */
	#refusedByLock(count: number): boolean {
		if (count > 0) this.#announcer.announce(t('lock.refused', { count }));
		return count > 0;
	}

	/** The user's own undo history; null for those who cannot edit. */
	readonly history: UndoHistory | null;
	/** The gap list of the same document, tied to these cards. */
	readonly gaps: GapModel;
	#announcer: Announcer;
	#views: CardViews;
	#linkViews: LinkViews;
	#frameViews: FrameViews;
	#refreshPending = false;
	#identity: () => Identity | null;

	constructor(
		doc: Y.Doc,
		announcer: Announcer,
		identity: () => Identity | null,
		history: UndoHistory | null = null,
	) {
		this.doc = doc;
		this.#announcer = announcer;
		this.#identity = identity;
		this.history = history;
		this.gaps = new GapModel(doc, () => this.cards, announcer, identity);
		this.#views = new CardViews(doc);
		this.#linkViews = new LinkViews(doc);
		this.links = this.#linkViews.sorted();
		cardsMap(doc).observeDeep(this.#onCards);
		linksMap(doc).observeDeep(this.#onLinks);
		this.#frameViews = new FrameViews(doc);
		this.frames = this.#frameViews.sorted();
		framesMap(doc).observeDeep(this.#onFrames);
		metaMap(doc).observe(this.#onMeta);
		layoutMap(doc).observe(this.#onLayout);
		this.#onLayout();
		this.#refresh();
		this.#onMeta();
	}

	#onCards = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
		if (!this.#views.apply(events)) return;
		// Your own change shows at once (focus follows a moved card); remote ones wait a frame.
		if (transaction.local) this.#refresh();
		else this.#scheduleRefresh();
	};

	/** Many updates in one frame (a burst of remote changes) make one refresh. */
	#scheduleRefresh(): void {
		if (this.#refreshPending) return;
		this.#refreshPending = true;
		requestAnimationFrame(() => {
			this.#refreshPending = false;
			this.#refresh();
		});
	}

	#onMeta = () => {
		const meta = metaMap(this.doc);
		const title = meta.get(META.title);
		this.title = typeof title === 'string' ? title : '';
		const templateId = meta.get(META.template);
		const template = TEMPLATES[isTemplateId(templateId) ? templateId : 'netzero-roadmap'];
		if (template === this.template) return;
		// The document has arrived and says which template it is: its cells, bands and kinds.
		this.template = template;
		if (!template.cardKinds.includes(this.newCardKind)) {
			this.newCardKind = template.cardKinds[0] ?? 'note';
		}
		this.#views = new CardViews(this.doc);
		this.#onLayout();
		this.#refresh();
	};

	#onLinks = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
		if (this.#linkViews.apply(events)) this.links = this.#linkViews.sorted();
	};

	#onFrames = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
		if (this.#frameViews.apply(events)) this.frames = this.#frameViews.sorted();
	};

	#onLayout = () => {
		this.layout = computeLayout(this.template.columns, this.template.rows, layoutMap(this.doc));
		// Cards without a position sit in free slots of their cell, which moved with it.
		if (this.cards.some((card) => !card.placed)) this.#refresh();
	};

	#refresh(): void {
		this.cards = placeUnplaced(this.#views.sorted(), this.layout);
	}

	/** The cards of one cell, in order. */
	cellCards(cell: CellRef): CardView[] {
		return this.byCell[cellKey(cell.column, cell.row)] ?? [];
	}

	/** Adds a card of `newCardKind` to a cell and asks for its text field to take focus. */
	add(cell: CellRef): void {
		if (this.privateAdd) {
			this.privateAdd(cell);
			return;
		}
		const identity = this.#identity();
		const id = addCard(this.doc, {
			kind: this.newCardKind,
			column: cell.column,
			row: cell.row,
			city: identity?.city ?? '',
			createdBy: identity?.name ?? '',
		});
		this.focusRequest = { id, part: 'text' };
		this.#announcer.announce(t('card.added', { cell: cellLabel(this.template, cell) }));
	}

	/** Adds a card of `newCardKind` at a point of the canvas (its cell is the one under it). */
	addAt(at: Point): void {
		const cell = cellOfCard(this.layout, at);
		if (!cell || this.#refusedByLock(this.#landsLocked(at) ? 1 : 0)) return;
		if (this.privateAdd) {
			this.privateAdd(cell);
			return;
		}
		const identity = this.#identity();
		const id = addCard(this.doc, {
			kind: this.newCardKind,
			column: cell.column,
			row: cell.row,
			city: identity?.city ?? '',
			createdBy: identity?.name ?? '',
			at,
		});
		this.focusRequest = { id, part: 'text' };
		this.#announcer.announce(t('card.added', { cell: cellLabel(this.template, cell) }));
	}

	/** Puts cards at new positions (one undo step) and says how many moved. */
	moveMany(moves: readonly CardPosition[]): void {
		const free = moves.filter((move) => !this.isCardHeld(move.id) && !this.#landsLocked(move));
		this.#refusedByLock(moves.length - free.length);
		const moved = moveCardsTo(this.doc, free);
		if (moved > 0) this.#announcer.announce(t('canvas.moved', { count: moved }));
	}

	/** Says `message` politely to screen readers (the canvas's own feedback). */
	announce(message: string): void {
		this.#announcer.announce(message);
	}

	/** Aligns cards to the slots of their cells (one undo step) and says how many moved. */
	align(ids: readonly string[]): void {
		this.#announcer.announce(t('canvas.aligned', { count: alignToSlots(this.doc, ids) }));
	}

	/** Deletes cards and their links (one undo step). */
	removeMany(ids: readonly string[]): void {
		const free = ids.filter((id) => !this.isCardHeld(id));
		this.#refusedByLock(ids.length - free.length);
		const deleted = deleteCards(this.doc, free);
		if (deleted > 0) this.#announcer.announce(t('canvas.deleted', { count: deleted }));
	}

	/** Links card `from` to card `to`; says so, or why it cannot. */
	link(from: string, to: string, relation: CardRelation): boolean {
		const id = addLink(this.doc, {
			from,
			to,
			relation,
			createdBy: this.#identity()?.name ?? '',
		});
		this.#announcer.announce(t(id ? 'link.added' : 'link.refused'));
		return id !== null;
	}

	/** Removes a link. */
	unlink(id: string): void {
		if (deleteLink(this.doc, id)) this.#announcer.announce(t('link.removed'));
	}

	/** Changes a link's relation. */
	relate(id: string, relation: CardRelation): void {
		setRelation(this.doc, id, relation);
	}

	/** Adds a frame around `rect` and returns its id. */
	addFrame(rect: Rect): string {
		const id = addFrame(this.doc, {
			title: '',
			x: Math.round(rect.x),
			y: Math.round(rect.y),
			w: Math.round(rect.width),
			h: Math.round(rect.height),
			createdBy: this.#identity()?.name ?? '',
		});
		this.#announcer.announce(t('frame.added'));
		return id;
	}

	renameFrame(id: string, title: string): void {
		if (this.#refusedByLock(this.isFrameHeld(id) ? 1 : 0)) return;
		if (renameFrame(this.doc, id, title)) this.#announcer.announce(frameRenamedMessage(title));
	}

	/** Moves a frame and the cards inside it (one undo step). */
	moveFrame(id: string, dx: number, dy: number): void {
		const frame = this.frames.find((f) => f.id === id);
		const carriesHeld =
			frame !== undefined &&
			this.locksApply &&
			this.cards.some((card) => this.lockedCards.has(card.id) && insideAny([frame], card));
		if (this.#refusedByLock(this.isFrameHeld(id) || carriesHeld ? 1 : 0)) return;
		const moved = moveFrame(this.doc, id, dx, dy);
		if (moved) this.#announcer.announce(frameMovedMessage(moved.length));
	}

	resizeFrame(id: string, rect: Rect): void {
		if (this.#refusedByLock(this.isFrameHeld(id) ? 1 : 0)) return;
		if (resizeFrame(this.doc, id, rect)) this.#announcer.announce(t('frame.resized'));
	}

	/** Deletes a frame; its cards stay. */
	deleteFrame(id: string): void {
		if (this.#refusedByLock(this.isFrameHeld(id) ? 1 : 0)) return;
		if (deleteFrame(this.doc, id)) this.#announcer.announce(t('frame.deleted'));
	}

	/** Gives a column a width or a row a height (facilitators). [D8] */
	resizeBand(axis: Axis, id: string, size: number): void {
		this.doc.transact(() => {
			layoutMap(this.doc).set(bandSizeKey(axis, id), clampBandSize(size));
		}, LOCAL_ORIGIN);
	}

	/** Moves a card to a cell, keeps focus on it and announces where it went. */
	move(id: string, to: CellRef, part: FocusPart = 'move'): void {
		if (this.#refusedByLock(this.isCardHeld(id) ? 1 : 0)) return;
		if (!moveCard(this.doc, id, to)) return;
		this.focusRequest = { id, part };
		this.#announcer.announce(t('card.moved', { cell: cellLabel(this.template, to) }));
	}

	/** Moves a card one cell in `direction`; announces when it is already at the edge. */
	moveBy(card: CardView, direction: MoveDirection, part: FocusPart): void {
		const target = neighbourCell(card, direction, this.template);
		if (target) this.move(card.id, target, part);
		else this.#announcer.announce(t('card.cannotMove'));
	}

	/** Deletes a card. */
	remove(id: string): void {
		if (this.#refusedByLock(this.isCardHeld(id) ? 1 : 0)) return;
		if (deleteCards(this.doc, [id]) > 0) this.#announcer.announce(t('card.deleted'));
	}

	/** Changes a card's kind. */
	setKind(id: string, kind: CardKind): void {
		if (this.#refusedByLock(this.isCardHeld(id) ? 1 : 0)) return;
		setKind(this.doc, id, kind);
	}

	/**
	 * Undoes the user's own last change (never anyone else's) and says what it was. With
	 * `focusCard`, the changed card takes focus when it is still there (keyboard shortcuts);
	 * the toolbar buttons keep it.
	 */
	undo(focusCard = false): void {
		this.#travel('undo', focusCard);
	}

	/** Redoes the last undone change; see `undo`. */
	redo(focusCard = false): void {
		this.#travel('redo', focusCard);
	}

	#travel(direction: 'undo' | 'redo', focusCard: boolean): void {
		if (!this.history) return;
		const step = direction === 'undo' ? this.history.undo() : this.history.redo();
		if (!step) {
			this.#announcer.announce(t(direction === 'undo' ? 'history.noUndo' : 'history.noRedo'));
			return;
		}
		if (focusCard && step.card && cardsMap(this.doc).has(step.card)) {
			this.focusRequest = { id: step.card, part: step.change === 'move' ? 'move' : 'text' };
		}
		const message = direction === 'undo' ? 'history.undone' : 'history.redone';
		this.#announcer.announce(t(message, { change: step.change }));
	}

	/** Opens the details panel of card `id` (or closes it when it is already open for that card). */
	toggleDetails(id: string): void {
		if (this.detailsCardId === id) this.closeDetails();
		else this.detailsCardId = id;
	}

	/** Closes the details panel and gives focus back to its card's "Details" button. */
	closeDetails(): void {
		const id = this.detailsCardId;
		this.detailsCardId = null;
		if (id) this.focusRequest = { id, part: 'details' };
	}

	/** Stops observing the document. */
	destroy(): void {
		this.gaps.destroy();
		cardsMap(this.doc).unobserveDeep(this.#onCards);
		linksMap(this.doc).unobserveDeep(this.#onLinks);
		framesMap(this.doc).unobserveDeep(this.#onFrames);
		metaMap(this.doc).unobserve(this.#onMeta);
		layoutMap(this.doc).unobserve(this.#onLayout);
	}
}
