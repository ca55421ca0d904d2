import * as Y from 'yjs';
import { gapsMap, linksMap, type GapFieldValues, type GapRelation } from '@groundwork/protocol';
import { EntryViews } from '../sync/entryViews.js';
import {
	addComment,
	addGap,
	compareGaps,
	deleteComment,
	deleteGaps,
	linkCardToGap,
	promoteToGap,
	readGap,
	setGapField,
	unlinkCardFromGap,
	type Author,
	type GapView,
} from '../sync/gaps.js';
import { GapLinkViews, gapCoverage, type GapCoverage, type GapLinkView } from '../sync/gapLinks.js';
import { t } from '../i18n/i18n.js';
import type { Announcer } from './Announcer.svelte.js';
import type { CardView } from '../sync/cards.js';
import type { Identity } from './identity.js';

/**
 * The board's gap list as the UI sees it: every gap (shared order), the card-to-gap links, each
 * gap's coverage by actions, and the editing actions the gap list and the cards offer. [D10] [D11]
 */
export class GapModel {
	/** Every gap, in the shared order. */
	gaps = $state.raw<GapView[]>([]);
	/** Every card-to-gap link. */
	links = $state.raw<GapLinkView[]>([]);
	/** A gap whose row should take focus once rendered (added, promoted, opened from a card). */
	focusRequest = $state<{ id: string } | null>(null);
	/** The card whose gaps are being edited in the card's gap dialog, if any. */
	linkingCard = $state<string | null>(null);

	/** Each gap's coverage by the actions that address it. */
	readonly coverage = $derived.by(() =>
		gapCoverage(
			this.gaps.map((gap) => gap.id),
			this.links,
			this.#cards(),
		),
	);

	readonly #doc: Y.Doc;
	readonly #cards: () => readonly CardView[];
	readonly #announcer: Announcer;
	readonly #identity: () => Identity | null;
	readonly #views: EntryViews<GapView>;
	readonly #linkViews: GapLinkViews;

	constructor(
		doc: Y.Doc,
		cards: () => readonly CardView[],
		announcer: Announcer,
		identity: () => Identity | null,
	) {
		this.#doc = doc;
		this.#cards = cards;
		this.#announcer = announcer;
		this.#identity = identity;
		// Typing in a title or description shows through its binding: nothing to re-read.
		this.#views = new EntryViews(
			gapsMap(doc),
			readGap,
			compareGaps,
			(event) => event.target instanceof Y.Text,
		);
		this.#linkViews = new GapLinkViews(doc);
		this.gaps = this.#views.sorted();
		this.links = this.#linkViews.sorted();
		gapsMap(doc).observeDeep(this.#onGaps);
		linksMap(doc).observeDeep(this.#onLinks);
	}

	#onGaps = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
		if (this.#views.apply(events)) this.gaps = this.#views.sorted();
	};

	#onLinks = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
		if (this.#linkViews.apply(events)) this.links = this.#linkViews.sorted();
	};

	get #author(): Author {
		const identity = this.#identity();
		return { name: identity?.name ?? '', city: identity?.city ?? '' };
	}

	/** One gap's view. */
	gap(id: string): GapView | undefined {
		return this.#views.get(id);
	}

	/** The links of one gap. */
	linksOfGap(gapId: string): GapLinkView[] {
		return this.links.filter((link) => link.gap === gapId);
	}

	/**
	 * The links of one card to gaps that exist (a link someone made while another deleted its
	 * gap can outlive the gap: it is not shown).
	 */
	linksOfCard(cardId: string): GapLinkView[] {
		return this.links.filter((link) => link.card === cardId && this.#views.get(link.gap));
	}

	/** Asks the gap list to show gap `id` (opening it if needed) and focus its row. */
	open(id: string): void {
		this.focusRequest = { id };
	}

	/** Adds a gap and asks for its title to take focus. */
	add(values: GapFieldValues = {}): string {
		const id = addGap(this.#doc, values, this.#author);
		this.focusRequest = { id };
		this.#announcer.announce(t('gap.added'));
		return id;
	}

	/** Sets one plain field (validated by the shared schema); false when refused. */
	set(id: string, key: string, value: unknown): boolean {
		return setGapField(this.#doc, id, key, value).ok;
	}

	/** Deletes a gap and its links. */
	remove(id: string): void {
		if (deleteGaps(this.#doc, [id]) > 0) this.#announcer.announce(t('gap.deleted'));
	}

	/** Turns a barrier card into a linked gap and asks for the gap to take focus. */
	promote(cardId: string): string | null {
		const id = promoteToGap(this.#doc, cardId, this.#author);
		if (id) {
			this.focusRequest = { id };
			this.#announcer.announce(t('gap.promoted'));
		}
		return id;
	}

	/** Ties a card to a gap. */
	link(cardId: string, gapId: string, relation: GapRelation): void {
		if (linkCardToGap(this.#doc, cardId, gapId, relation, this.#author.name)) {
			this.#announcer.announce(t('gap.linked'));
		}
	}

	/** Unties a card from a gap. */
	unlink(cardId: string, gapId: string): void {
		if (unlinkCardFromGap(this.#doc, cardId, gapId)) this.#announcer.announce(t('gap.unlinked'));
	}

	/** Adds a comment to a gap's thread. */
	comment(gapId: string, body: string): boolean {
		const added = addComment(this.#doc, gapId, body, this.#author);
		if (added) this.#announcer.announce(t('gap.commented'));
		return added;
	}

	/** Deletes a comment. */
	deleteComment(gapId: string, commentId: string): void {
		if (deleteComment(this.#doc, gapId, commentId)) {
			this.#announcer.announce(t('gap.commentDeleted'));
		}
	}

	/** The coverage of one gap. */
	coverageOf(id: string): GapCoverage {
		return this.coverage.get(id) ?? 'uncovered';
	}

	/** Stops observing the document. */
	destroy(): void {
		gapsMap(this.#doc).unobserveDeep(this.#onGaps);
		linksMap(this.#doc).unobserveDeep(this.#onLinks);
	}
}
