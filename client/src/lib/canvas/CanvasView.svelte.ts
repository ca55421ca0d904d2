import { CARD_SIZE, HEADER_SIZE, type Point, type Rect } from '@groundwork/protocol';
import { kept, setOf, toggled } from './selection.js';
import {
	DETAIL_ZOOM,
	ZOOM_STEP,
	centreOn,
	fitRect,
	panBy,
	renderRegion,
	tileFor,
	visibleRect,
	zoomAt,
	type Size,
	type Viewport,
} from './viewport.js';

/** How long the view must stay still to count as settled (ms). */
const SETTLE_MS = 150;

/** Cards that get their full face per animation frame once the view has settled. */
const UPGRADES_PER_FRAME = 12;

/** Screen pixels one arrow key press pans the view by. */
export const PAN_STEP = 80;

/**
 * The canvas as one person sees it: pan and zoom, the region whose content is rendered, and the
 * selected cards. Kept apart from the document: none of this is shared except through presence.
 */
export class CanvasView {
	view = $state<Viewport>({ panX: HEADER_SIZE.width + 16, panY: HEADER_SIZE.height + 16, zoom: 1 });
	size = $state<Size>({ width: 1024, height: 640 });
	/** The region of the board whose content is in the page (changes only when a tile is crossed). */
	region = $state.raw<Rect>({ x: 0, y: 0, width: 0, height: 0 });
	/** The selected cards, in the order they were selected. */
	selection = $state.raw<ReadonlySet<string>>(setOf());
	/**
	 * Keyboard selection of several cards is on (Space pressed on a card): moving focus no longer
	 * replaces the selection, Space adds or removes the focused card, Escape ends it.
	 */
	extending = $state(false);
	/** The client id of the person whose view this one follows, if any. */
	following = $state<number | null>(null);

	/** The view is moving (a pan or zoom in the last moments): new cards mount as plain faces. */
	moving = $state(false);
	#settleTimer: ReturnType<typeof setTimeout> | undefined;
	#waiting: (() => void)[] = [];
	#draining = false;

	readonly visible = $derived(visibleRect(this.view, this.size));
	readonly detailed = $derived(this.view.zoom >= DETAIL_ZOOM);

	constructor() {
		this.#updateRegion();
	}

	#updateRegion(): void {
		const next = renderRegion(visibleRect(this.view, this.size), tileFor(this.view.zoom));
		const r = this.region;
		if (next.x !== r.x || next.y !== r.y || next.width !== r.width || next.height !== r.height) {
			this.region = next;
		}
	}

	/** Sets the view (every pan and zoom goes through here). */
	setView(view: Viewport): void {
		this.view = view;
		this.#updateRegion();
		this.moving = true;
		clearTimeout(this.#settleTimer);
		this.#settleTimer = setTimeout(() => {
			this.moving = false;
			this.#drain();
		}, SETTLE_MS);
	}

	/**
	 * Runs `upgrade` once the view has settled, a few per animation frame, so cards that came
	 * into view during a pan get their text fields without one long frame. Returns a cancel.
	 */
	whenSettled(upgrade: () => void): () => void {
		this.#waiting.push(upgrade);
		if (!this.moving) this.#drain();
		return () => {
			this.#waiting = this.#waiting.filter((waiting) => waiting !== upgrade);
		};
	}

	#drain(): void {
		if (this.#draining) return;
		this.#draining = true;
		const step = () => {
			if (this.moving || this.#waiting.length === 0) {
				this.#draining = false;
				return;
			}
			for (const upgrade of this.#waiting.splice(0, UPGRADES_PER_FRAME)) upgrade();
			requestAnimationFrame(step);
		};
		requestAnimationFrame(step);
	}

	/** Called when the canvas element changes size. */
	resize(size: Size): void {
		if (size.width === this.size.width && size.height === this.size.height) return;
		this.size = size;
		this.#updateRegion();
	}

	/** The person moved the view themselves: stop following anyone. */
	#byHand(): void {
		this.following = null;
	}

	panBy(dx: number, dy: number): void {
		this.#byHand();
		this.setView(panBy(this.view, dx, dy));
	}

	zoomAt(factor: number, anchor?: Point): void {
		this.#byHand();
		const centre = anchor ?? { x: this.size.width / 2, y: this.size.height / 2 };
		this.setView(zoomAt(this.view, factor, centre));
	}

	zoomIn(): void {
		this.zoomAt(ZOOM_STEP);
	}

	zoomOut(): void {
		this.zoomAt(1 / ZOOM_STEP);
	}

	/** Back to 100 %, keeping the centre of the screen where it is. */
	resetZoom(): void {
		this.zoomAt(1 / this.view.zoom);
	}

	/**
	 * Shows `rect` whole (the board, a frame, a selection) in the part of the canvas that the
	 * column and row labels do not cover.
	 */
	fit(rect: Rect, maxZoom = 1): void {
		const inner = {
			width: Math.max(1, this.size.width - HEADER_SIZE.width),
			height: Math.max(1, this.size.height - HEADER_SIZE.height),
		};
		const view = fitRect(rect, inner, 24, maxZoom);
		this.setView({
			...view,
			panX: view.panX + HEADER_SIZE.width,
			panY: view.panY + HEADER_SIZE.height,
		});
	}

	/** Centres the view on a board point, keeping the zoom (at least the detail zoom). */
	centre(point: Point, zoom = Math.max(this.view.zoom, DETAIL_ZOOM)): void {
		this.setView(centreOn(point, this.size, zoom));
	}

	/**
	 * Makes a card visible if it is not (centred), and with `readable` at the detail zoom at
	 * least, so its text can be read and edited.
	 */
	reveal(card: Point, readable = true): void {
		const rect = { x: card.x, y: card.y, ...CARD_SIZE };
		// The part of the view the column and row labels leave uncovered.
		const v = this.visible;
		const left = v.x + HEADER_SIZE.width / this.view.zoom;
		const top = v.y + HEADER_SIZE.height / this.view.zoom;
		const inside =
			rect.x >= left &&
			rect.y >= top &&
			rect.x + rect.width <= v.x + v.width &&
			rect.y + rect.height <= v.y + v.height;
		if (inside && (this.detailed || !readable)) return;
		const zoom = readable ? Math.max(this.view.zoom, DETAIL_ZOOM) : this.view.zoom;
		// Centred in the uncovered part: shifted right and down by half the labels' size.
		const centre = {
			x: rect.x + rect.width / 2 - HEADER_SIZE.width / 2 / zoom,
			y: rect.y + rect.height / 2 - HEADER_SIZE.height / 2 / zoom,
		};
		this.centre(centre, zoom);
	}

	select(ids: Iterable<string>): void {
		this.selection = setOf(ids);
		this.extending = false;
	}

	/** Space on a focused card: starts selecting several, then adds or removes that card. */
	extend(id: string): void {
		if (!this.extending) {
			this.extending = true;
			if (!this.selection.has(id)) this.selection = toggled(this.selection, id);
			return;
		}
		this.selection = toggled(this.selection, id);
	}

	/** Adds a card to the selection, or removes it when it is already there (shift-click). */
	toggle(id: string): void {
		this.selection = toggled(this.selection, id);
	}

	clearSelection(): void {
		this.extending = false;
		if (this.selection.size > 0) this.selection = setOf();
	}

	/** Forgets selected cards that no longer exist. */
	prune(exists: (id: string) => boolean): void {
		this.selection = kept(this.selection, exists);
	}
}
