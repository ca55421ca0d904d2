import type * as Y from 'yjs';
import {
	CARD_KINDS,
	META,
	TEMPLATES,
	cardsMap,
	metaMap,
	type CardKind,
	type SectorId,
	type StageId,
	type Template,
} from '@groundwork/protocol';
import {
	addCard,
	deleteCard,
	moveCard,
	neighbourCell,
	setKind,
	uniqueCities,
	type CardView,
	type CellRef,
	type MoveDirection,
} from '../sync/cards.js';
import { CardViews } from '../sync/cardViews.js';
import type { UndoHistory } from '../sync/UndoHistory.svelte.js';
import { cellLabel } from '../i18n/labels.js';
import { t } from '../i18n/i18n.js';
import type { Announcer } from './Announcer.svelte.js';
import type { Identity } from './identity.js';

/** The part of a card that should take focus when it (re)appears. */
export type FocusPart = 'text' | 'move' | 'details';

function cellKey(stage: StageId, sector: SectorId): string {
	return `${stage}/${sector}`;
}

/**
 * The board as the UI sees it: its cards grouped by cell (reactive, refreshed on every
 * structural change of the document), and the editing actions the UI offers.
 */
export class BoardModel {
	readonly doc: Y.Doc;
	readonly template: Template = TEMPLATES['netzero-roadmap'];
	/** Every card, sorted by cell order. */
	cards = $state.raw<CardView[]>([]);
	/** The title written in the document, if any. */
	title = $state('');
	/** The kind that "Add card" buttons create. */
	newCardKind = $state<CardKind>(CARD_KINDS[0]);
	/** A card that should take focus once rendered (after it was added or moved). */
	focusRequest = $state<{ id: string; part: FocusPart } | null>(null);
	/** The card whose details panel is open, if any. */
	detailsCardId = $state<string | null>(null);

	readonly byCell = $derived.by(() => {
		const cells: Partial<Record<string, CardView[]>> = {};
		for (const card of this.cards) {
			const key = cellKey(card.stage, card.sector);
			(cells[key] ??= []).push(card);
		}
		return cells;
	});

	readonly cities = $derived(uniqueCities(this.cards.map((card) => card.city)));

	/** The user's own undo history; null for those who cannot edit. */
	readonly history: UndoHistory | null;
	#announcer: Announcer;
	#views: CardViews;
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
		this.#views = new CardViews(doc);
		cardsMap(doc).observeDeep(this.#onCards);
		metaMap(doc).observe(this.#onMeta);
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
		const title = metaMap(this.doc).get(META.title);
		this.title = typeof title === 'string' ? title : '';
	};

	#refresh(): void {
		this.cards = this.#views.sorted();
	}

	/** The cards of one cell, in order. */
	cellCards(stage: StageId, sector: SectorId): CardView[] {
		return this.byCell[cellKey(stage, sector)] ?? [];
	}

	/** Adds a card of `newCardKind` to a cell and asks for its text field to take focus. */
	add(stage: StageId, sector: SectorId): void {
		const identity = this.#identity();
		const id = addCard(this.doc, {
			kind: this.newCardKind,
			stage,
			sector,
			city: identity?.city ?? '',
			createdBy: identity?.name ?? '',
		});
		this.focusRequest = { id, part: 'text' };
		this.#announcer.announce(t('card.added', { cell: cellLabel(stage, sector) }));
	}

	/** Moves a card to a cell, keeps focus on it and announces where it went. */
	move(id: string, to: CellRef, part: FocusPart = 'move'): void {
		if (!moveCard(this.doc, id, to.stage, to.sector)) return;
		this.focusRequest = { id, part };
		this.#announcer.announce(t('card.moved', { cell: cellLabel(to.stage, to.sector) }));
	}

	/** Moves a card one cell in `direction`; announces when it is already at the edge. */
	moveBy(card: CardView, direction: MoveDirection, part: FocusPart): void {
		const target = neighbourCell(card, direction, this.template);
		if (target) this.move(card.id, target, part);
		else this.#announcer.announce(t('card.cannotMove'));
	}

	/** Deletes a card. */
	remove(id: string): void {
		if (deleteCard(this.doc, id)) this.#announcer.announce(t('card.deleted'));
	}

	/** Changes a card's kind. */
	setKind(id: string, kind: CardKind): void {
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
		cardsMap(this.doc).unobserveDeep(this.#onCards);
		metaMap(this.doc).unobserve(this.#onMeta);
	}
}
