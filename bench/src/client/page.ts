// Probes that run inside the page (Playwright serialises each function, so each is
// self-contained: helpers are repeated inside the probes that need them). The bench is
// type-checked without the DOM library: `PageGlobals` describes the few browser APIs they use.
// tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(...)`: NAME_SHIM
// defines it in the page first.

// "Rendered" is the second animation frame after the one in which the DOM showed what a probe
// waits for: Chromium runs the next frame's script while the frame that changed the DOM is still
// being rasterised, but does not begin a second one until that frame is ready to be drawn. With
// software raster this matters: after "Fit board" on 2,000 cards the next frame came 0.2-0.5 s
// after the DOM was complete, the one after that 13-26 s later (the raster workers busy).

/** Animation frames recorded after the DOM showed everything; the 2nd is "rendered". */
export const FRAMES_AFTER = 3;

/** An init script that makes esbuild's `__name` helper a no-op in the page. */
export const NAME_SHIM = 'globalThis.__name = (fn) => fn;';

interface PageElement {
	readonly clientHeight: number;
	readonly clientWidth: number;
	readonly textContent: string | null;
	readonly value?: string;
	readonly style: { readonly transform: string };
	readonly classList: { contains(name: string): boolean };
	closest(selector: string): PageElement | null;
	getAttribute(name: string): string | null;
	getBoundingClientRect(): { left: number; top: number; width: number; height: number };
	dispatchEvent(event: unknown): boolean;
}

interface PerfEntry {
	readonly startTime: number;
	readonly duration: number;
}

interface PageGlobals {
	document: {
		querySelectorAll(selector: string): ArrayLike<PageElement>;
		querySelector(selector: string): PageElement | null;
		getElementById(id: string): PageElement | null;
		getElementsByClassName(name: string): { length: number };
		addEventListener(
			type: string,
			listener: (event: { target: unknown; timeStamp: number }) => void,
			capture: boolean,
		): void;
	};
	localStorage: { setItem(key: string, value: string): void };
	performance: { now(): number; getEntriesByName(name: string): PerfEntry[] };
	PerformanceObserver: new (callback: (list: { getEntries(): PerfEntry[] }) => void) => {
		observe(options: { type: string; buffered?: boolean }): void;
		takeRecords(): PerfEntry[];
		disconnect(): void;
	};
	WheelEvent: new (type: string, init: Record<string, unknown>) => unknown;
	requestAnimationFrame(callback: (time: number) => void): number;
	__gwRender?: RenderState;
	__gwFit?: FitState;
	__gwBurst?: BurstState;
}

/**
 * How the canvas shows a board (client/src/lib/components/canvas): `.canvas` is the pan and zoom
 * surface; `.canvas-world` carries the view as `translate(panX px, panY px) scale(zoom)`; a card is
 * `article.canvas-card[data-card-id]` (`.light` below the detail zoom), inside the `section` of
 * its cell; its text is the textarea `#card-text-<id>` (full card) or `#card-preview-<id>` (light
 * face); a drawn link has an element with `data-link-id`. Change these when the rendering changes.
 */
export const CANVAS = {
	canvas: '.canvas',
	world: '.canvas-world',
	cardClass: 'canvas-card',
	card: 'article.canvas-card[data-card-id]',
	lightCard: 'article.canvas-card.light',
	cell: 'section',
	textIdPrefix: 'card-text-',
	previewIdPrefix: 'card-preview-',
	link: '[data-link-id]',
	/** The render region's tile, in board units (client/src/lib/canvas/viewport.ts). */
	tile: 512,
} as const;

/** A seeded card's id and position, for the probes (board units). */
export type PlacedCard = [id: string, x: number, y: number];
/** A seeded link: its id and the indexes (in the `PlacedCard` list) of its cards. */
export type PlacedLink = [id: string, from: number, to: number];

/** A rectangle in board units. */
export interface BoardRect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** What the render probe saw; times in ms since navigation start (`performance.now()`). */
export interface RenderState {
	/** Cards in the DOM at the last check. */
	count: number;
	/** Cards overlapping the render region when the condition was met, and on screen. */
	expectedCards: number;
	cardsOnScreen: number;
	/** Links both of whose cards lie inside the render region (certainly drawn). */
	expectedLinks: number;
	/** Links drawn at that moment. */
	linksDrawn: number;
	zoom: number | null;
	region: BoardRect | null;
	/** Ids of the cards in the render region. */
	regionIds: string[];
	/** First animation frame in which every expected card and link was in the DOM. */
	cardsAt: number | null;
	/** The frames after that one; the second is `paintedAt`: the cards are drawn. */
	framesAfter: number[];
	paintedAt: number | null;
}

/**
 * Init script: remembers an identity (so no join dialog) and checks, once per animation frame,
 * whether the canvas shows the cards of its render region: every seeded card overlapping the
 * region the current view gives (the visible rect grown by half its larger side, snapped
 * outwards to `tile`: `renderRegion` in viewport.ts) is in the DOM with its text, and every link
 * whose two cards lie inside the region is drawn.
 */
export function renderProbe(arg: {
	cards: PlacedCard[];
	links: PlacedLink[];
	cardSize: { width: number; height: number };
	selectors: typeof CANVAS;
	framesAfter: number;
	storageKey: string;
	identity: string;
}): void {
	const g = globalThis as unknown as PageGlobals;
	const s = arg.selectors;
	try {
		g.localStorage.setItem(arg.storageKey, arg.identity);
	} catch {
		// about:blank and other opaque origins have no storage.
	}
	const state: RenderState = {
		count: 0,
		expectedCards: 0,
		cardsOnScreen: 0,
		expectedLinks: 0,
		linksDrawn: 0,
		zoom: null,
		region: null,
		regionIds: [],
		cardsAt: null,
		framesAfter: [],
		paintedAt: null,
	};
	g.__gwRender = state;
	const { width: cw, height: ch } = arg.cardSize;
	const overlaps = (r: BoardRect, x: number, y: number): boolean =>
		x < r.x + r.width && r.x < x + cw && y < r.y + r.height && r.y < y + ch;
	const inside = (r: BoardRect, x: number, y: number): boolean =>
		x >= r.x && y >= r.y && x + cw <= r.x + r.width && y + ch <= r.y + r.height;
	const check = (): void => {
		const canvas = g.document.querySelector(s.canvas);
		const world = g.document.querySelector(s.world);
		const match = /translate\(([-\d.e+]+)px, ([-\d.e+]+)px\) scale\(([-\d.e+]+)\)/.exec(
			world?.style.transform ?? '',
		);
		const articles = g.document.querySelectorAll(s.card);
		state.count = articles.length;
		if (!canvas || !match || canvas.clientWidth === 0 || articles.length === 0) {
			g.requestAnimationFrame(check);
			return;
		}
		const [panX, panY, zoom] = [Number(match[1]), Number(match[2]), Number(match[3])];
		const visible = {
			x: -panX / zoom,
			y: -panY / zoom,
			width: canvas.clientWidth / zoom,
			height: canvas.clientHeight / zoom,
		};
		const margin = Math.max(visible.width, visible.height) / 2;
		const x0 = Math.floor((visible.x - margin) / s.tile) * s.tile;
		const y0 = Math.floor((visible.y - margin) / s.tile) * s.tile;
		const region = {
			x: x0,
			y: y0,
			width: Math.ceil((visible.x + visible.width + margin) / s.tile) * s.tile - x0,
			height: Math.ceil((visible.y + visible.height + margin) / s.tile) * s.tile - y0,
		};
		const shown = new Set<string>();
		for (let i = 0; i < articles.length; i++) {
			const id = articles[i]!.getAttribute('data-card-id');
			const text =
				g.document.getElementById(s.textIdPrefix + id)?.value ??
				g.document.getElementById(s.previewIdPrefix + id)?.textContent ??
				'';
			if (id && text.length > 0) shown.add(id);
		}
		const regionIds = arg.cards.filter(([, x, y]) => overlaps(region, x, y)).map(([id]) => id);
		const complete = regionIds.every((id) => shown.has(id));
		const links = arg.links.filter(([, from, to]) => {
			const a = arg.cards[from];
			const b = arg.cards[to];
			return a && b && inside(region, a[1], a[2]) && inside(region, b[1], b[2]);
		});
		const drawnLinks = new Set<string>();
		if (complete) {
			const drawn = g.document.querySelectorAll(s.link);
			for (let i = 0; i < drawn.length; i++) {
				drawnLinks.add(drawn[i]!.getAttribute('data-link-id') ?? '');
			}
		}
		if (!complete || !links.every(([id]) => drawnLinks.has(id))) {
			g.requestAnimationFrame(check);
			return;
		}
		state.cardsAt = g.performance.now();
		state.zoom = zoom;
		state.region = region;
		state.regionIds = regionIds;
		state.expectedCards = regionIds.length;
		state.cardsOnScreen = arg.cards.filter(([, x, y]) => overlaps(visible, x, y)).length;
		state.expectedLinks = links.length;
		state.linksDrawn = drawnLinks.size;
		const after = (): void => {
			state.framesAfter.push(g.performance.now());
			if (state.framesAfter.length < arg.framesAfter) g.requestAnimationFrame(after);
			else state.paintedAt = state.framesAfter[1]!;
		};
		g.requestAnimationFrame(after);
	};
	g.requestAnimationFrame(check);
}

/** The render probe's figures plus first contentful paint. */
export function readRender(): RenderState & { fcp: number | null } {
	const g = globalThis as unknown as PageGlobals;
	const fcp = g.performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
	const empty: RenderState = {
		count: 0,
		expectedCards: 0,
		cardsOnScreen: 0,
		expectedLinks: 0,
		linksDrawn: 0,
		zoom: null,
		region: null,
		regionIds: [],
		cardsAt: null,
		framesAfter: [],
		paintedAt: null,
	};
	return { ...(g.__gwRender ?? empty), fcp };
}

export const renderDone = (): boolean =>
	(globalThis as unknown as PageGlobals).__gwRender?.paintedAt != null;

/** The canvas's view (`.canvas-world`'s transform) and size, or null before it exists. */
export function readView(selectors: typeof CANVAS): {
	panX: number;
	panY: number;
	zoom: number;
	width: number;
	height: number;
	cards: number;
	lightCards: number;
} | null {
	const g = globalThis as unknown as PageGlobals;
	const canvas = g.document.querySelector(selectors.canvas);
	const world = g.document.querySelector(selectors.world);
	const match = /translate\(([-\d.e+]+)px, ([-\d.e+]+)px\) scale\(([-\d.e+]+)\)/.exec(
		world?.style.transform ?? '',
	);
	if (!canvas || !match) return null;
	return {
		panX: Number(match[1]),
		panY: Number(match[2]),
		zoom: Number(match[3]),
		width: canvas.clientWidth,
		height: canvas.clientHeight,
		cards: g.document.querySelectorAll(selectors.card).length,
		lightCards: g.document.querySelectorAll(selectors.lightCard).length,
	};
}

/**
 * Resolves once the page has drawn `frames` animation frames in a row at most `maxIntervalMs`
 * apart (or after `timeoutMs`), so a measurement does not start while Chromium is still busy
 * with the previous one (software raster can hold frames back long after the main thread is
 * idle). Returns the ms waited and whether it timed out.
 */
export function settleProbe(arg: {
	frames: number;
	maxIntervalMs: number;
	timeoutMs: number;
}): Promise<{ waitedMs: number; timedOut: boolean }> {
	const g = globalThis as unknown as PageGlobals;
	const start = g.performance.now();
	return new Promise((resolve) => {
		let last = -1;
		let run = 0;
		const step = (time: number): void => {
			run = last >= 0 && time - last <= arg.maxIntervalMs ? run + 1 : 0;
			last = time;
			const waitedMs = Math.round(g.performance.now() - start);
			if (run >= arg.frames || waitedMs > arg.timeoutMs) {
				resolve({ waitedMs, timedOut: run < arg.frames });
				return;
			}
			g.requestAnimationFrame(step);
		};
		g.requestAnimationFrame(step);
	});
}

/** True when the view is at 100 % and shows full cards only (after "back to 100 %"). */
export function fullCardsAt100(selectors: typeof CANVAS): boolean {
	const g = globalThis as unknown as PageGlobals;
	const world = g.document.querySelector(selectors.world);
	const zoom = /scale\(([-\d.e+]+)\)/.exec(world?.style.transform ?? '');
	return (
		zoom !== null &&
		Math.abs(Number(zoom[1]) - 1) < 1e-6 &&
		g.document.querySelectorAll(selectors.card).length > 0 &&
		g.document.querySelectorAll(selectors.lightCard).length === 0
	);
}

export interface PanResult {
	intervals: number[];
	longTasks: number;
	longTaskMs: number;
	/** Zoom during the pan (it does not change). */
	zoom: number;
	/** Screen pixels panned (both axes) and board units the view's centre travelled. */
	distancePx: number;
	distanceBoard: number;
	/** Times the view's centre bounced off an edge of the board. */
	bounces: number;
	/** Frames in which the render region differed from the previous frame's. */
	regionChanges: number;
	/** Frames in which the number of cards in the DOM differed from the previous frame's. */
	cardCountChanges: number;
	cardsMin: number;
	cardsMax: number;
	lightCardsAtEnd: number;
}

/**
 * Pans for `durationMs` with a synthetic `WheelEvent` on the canvas in every animation frame:
 * `pxPerSecond` screen pixels a second vertically, half that horizontally (times the frame's
 * length), the centre of the view staying on the board (`bounds`, board units) and turning back at
 * its edges. Records the intervals between
 * frames, the long tasks meanwhile, and how often the render region and the cards in the DOM
 * changed.
 */
export function panProbe(arg: {
	durationMs: number;
	pxPerSecond: number;
	bounds: { width: number; height: number };
	selectors: typeof CANVAS;
}): Promise<PanResult> {
	const g = globalThis as unknown as PageGlobals;
	const s = arg.selectors;
	const canvas = g.document.querySelector(s.canvas);
	const world = g.document.querySelector(s.world);
	if (!canvas || !world) return Promise.reject(new Error('no canvas in the page'));
	const view = (): { panX: number; panY: number; zoom: number } => {
		const match = /translate\(([-\d.e+]+)px, ([-\d.e+]+)px\) scale\(([-\d.e+]+)\)/.exec(
			world.style.transform,
		);
		if (!match) throw new Error(`unexpected transform ${world.style.transform}`);
		return { panX: Number(match[1]), panY: Number(match[2]), zoom: Number(match[3]) };
	};
	const regionKey = (v: { panX: number; panY: number; zoom: number }): string => {
		const w = canvas.clientWidth / v.zoom;
		const h = canvas.clientHeight / v.zoom;
		const margin = Math.max(w, h) / 2;
		const x = -v.panX / v.zoom;
		const y = -v.panY / v.zoom;
		return [
			Math.floor((x - margin) / s.tile),
			Math.floor((y - margin) / s.tile),
			Math.ceil((x + w + margin) / s.tile),
			Math.ceil((y + h + margin) / s.tile),
		].join(',');
	};
	const box = canvas.getBoundingClientRect();
	const clientX = box.left + box.width / 2;
	const clientY = box.top + box.height / 2;
	const cards = g.document.getElementsByClassName(s.cardClass);
	const longTasks: PerfEntry[] = [];
	const observer = new g.PerformanceObserver((list) => longTasks.push(...list.getEntries()));
	observer.observe({ type: 'longtask' });
	return new Promise((resolve) => {
		const intervals: number[] = [];
		const startView = view();
		let first = -1;
		let last = -1;
		let dirX = 1;
		let dirY = 1;
		let distancePx = 0;
		let distanceBoard = 0;
		let bounces = 0;
		let lastCentre: { x: number; y: number } | null = null;
		let lastRegion = regionKey(startView);
		let regionChanges = 0;
		let lastCount = cards.length;
		let cardCountChanges = 0;
		let cardsMin = lastCount;
		let cardsMax = lastCount;
		const step = (time: number): void => {
			if (first < 0) first = time;
			else intervals.push(time - last);
			const dt = last < 0 ? 1000 / 60 : time - last;
			last = time;
			const v = view();
			const centre = {
				x: (canvas.clientWidth / 2 - v.panX) / v.zoom,
				y: (canvas.clientHeight / 2 - v.panY) / v.zoom,
			};
			if (lastCentre) {
				distanceBoard += Math.hypot(centre.x - lastCentre.x, centre.y - lastCentre.y);
			}
			lastCentre = centre;
			const region = regionKey(v);
			if (region !== lastRegion) regionChanges++;
			lastRegion = region;
			const count = cards.length;
			if (count !== lastCount) cardCountChanges++;
			lastCount = count;
			cardsMin = Math.min(cardsMin, count);
			cardsMax = Math.max(cardsMax, count);
			if (time - first >= arg.durationMs) {
				longTasks.push(...observer.takeRecords());
				observer.disconnect();
				resolve({
					intervals,
					longTasks: longTasks.length,
					longTaskMs: Math.round(longTasks.reduce((sum, t) => sum + t.duration, 0)),
					zoom: v.zoom,
					distancePx: Math.round(distancePx),
					distanceBoard: Math.round(distanceBoard),
					bounces,
					regionChanges,
					cardCountChanges,
					cardsMin,
					cardsMax,
					lightCardsAtEnd: g.document.querySelectorAll(s.lightCard).length,
				});
				return;
			}
			// Screen pixels this frame, turned into board units and stopped at the board's edge
			// (a slow frame would otherwise throw the view far off the board).
			const dy = (arg.pxPerSecond * dt) / 1000;
			const along = (at: number, max: number, dir: number, px: number): [number, number] => {
				const to = at + (dir * px) / v.zoom;
				if (to > max) return [(max - at) * v.zoom, -1];
				if (to < 0) return [-at * v.zoom, 1];
				return [dir * px, dir];
			};
			const [deltaX, nextX] = along(centre.x, arg.bounds.width, dirX, dy / 2);
			const [deltaY, nextY] = along(centre.y, arg.bounds.height, dirY, dy);
			if (nextX !== dirX || nextY !== dirY) bounces++;
			dirX = nextX;
			dirY = nextY;
			canvas.dispatchEvent(
				new g.WheelEvent('wheel', {
					deltaX,
					deltaY,
					deltaMode: 0,
					clientX,
					clientY,
					bubbles: true,
					cancelable: true,
				}),
			);
			distancePx += Math.abs(deltaX) + Math.abs(deltaY);
			g.requestAnimationFrame(step);
		};
		g.requestAnimationFrame(step);
	});
}

/** What the fit probe saw; times are `performance.now()`. */
export interface FitState {
	/** `timeStamp` of the click on the button, and when the probe's listener ran. */
	clickAt: number | null;
	listenerAt: number | null;
	/** First frame with all `expected` cards in the DOM as light faces. */
	cardsAt: number | null;
	/** The frames after that one; the second is `paintedAt`: the cards are drawn. */
	framesAfter: number[];
	paintedAt: number | null;
	frames: number;
	timedOut: boolean;
}

/**
 * Waits for a click on the button named `name`, then checks once per animation frame whether
 * the DOM holds `expected` cards, all light faces.
 */
export function fitProbe(arg: {
	name: string;
	expected: number;
	framesAfter: number;
	timeoutMs: number;
	selectors: typeof CANVAS;
}): void {
	const g = globalThis as unknown as PageGlobals;
	const state: FitState = {
		clickAt: null,
		listenerAt: null,
		cardsAt: null,
		paintedAt: null,
		framesAfter: [],
		frames: 0,
		timedOut: false,
	};
	g.__gwFit = state;
	const check = (): void => {
		state.frames++;
		const all = g.document.getElementsByClassName(arg.selectors.cardClass).length;
		const light = g.document.querySelectorAll(arg.selectors.lightCard).length;
		const now = g.performance.now();
		if (all === arg.expected && light === arg.expected) {
			state.cardsAt = now;
			const after = (): void => {
				state.framesAfter.push(g.performance.now());
				if (state.framesAfter.length < arg.framesAfter) g.requestAnimationFrame(after);
				else state.paintedAt = state.framesAfter[1]!;
			};
			g.requestAnimationFrame(after);
			return;
		}
		if (now - (state.listenerAt ?? now) > arg.timeoutMs) {
			state.timedOut = true;
			return;
		}
		g.requestAnimationFrame(check);
	};
	g.document.addEventListener(
		'click',
		(event) => {
			const target = event.target as PageElement | null;
			const button = target?.closest?.('button');
			if (state.clickAt !== null || button?.textContent?.trim() !== arg.name) return;
			state.clickAt = event.timeStamp;
			state.listenerAt = g.performance.now();
			g.requestAnimationFrame(check);
		},
		true,
	);
}

export const readFit = (): FitState | null =>
	(globalThis as unknown as PageGlobals).__gwFit ?? null;

export const fitDone = (): boolean => {
	const state = (globalThis as unknown as PageGlobals).__gwFit;
	return state !== undefined && (state.paintedAt !== null || state.timedOut);
};

/** What the burst probe saw, in `Date.now()` ms (the same clock as the Node side). */
export interface BurstState {
	expected: number;
	seen: number;
	/** Touched and reference cards that were not in the DOM when the probe started. */
	notRenderedAtStart: number;
	/** Animation frames the probe ran in: few means the main thread was busy. */
	frames: number;
	firstAt: number | null;
	editsAt: number | null;
	movesAt: number | null;
	doneAt: number | null;
	/** The frames after `doneAt`; the second is `paintedAt`: the changes are drawn. */
	framesAfter: number[];
	paintedAt: number | null;
	timedOut: boolean;
}

/**
 * Watches, once per animation frame, for the burst's changes: each edited card's text (its
 * textarea, or its light face's preview) contains its marker; each moved card is drawn at its
 * new position (`at`, from its transform) inside the same cell (closest `section`) as its
 * reference card.
 */
export function burstProbe(arg: {
	selectors: typeof CANVAS;
	framesAfter: number;
	edits: { id: string; marker: string }[];
	moves: { id: string; reference: string; at: { x: number; y: number } }[];
	timeoutMs: number;
}): void {
	const g = globalThis as unknown as PageGlobals;
	const s = arg.selectors;
	const started = Date.now();
	let edits = arg.edits;
	let moves = arg.moves;
	const expected = edits.length + moves.length;
	const article = (id: string): PageElement | null =>
		g.document.querySelector(`article[data-card-id="${id}"]`);
	const notRenderedAtStart = [
		...edits.map((e) => e.id),
		...moves.flatMap((m) => [m.id, m.reference]),
	].filter((id) => article(id) === null).length;
	const state: BurstState = {
		expected,
		seen: 0,
		notRenderedAtStart,
		frames: 0,
		firstAt: null,
		editsAt: null,
		movesAt: null,
		doneAt: null,
		framesAfter: [],
		paintedAt: null,
		timedOut: false,
	};
	g.__gwBurst = state;
	const textOf = (id: string): string =>
		g.document.getElementById(s.textIdPrefix + id)?.value ??
		g.document.getElementById(s.previewIdPrefix + id)?.textContent ??
		'';
	const check = (): void => {
		edits = edits.filter((edit) => !textOf(edit.id).includes(edit.marker));
		moves = moves.filter((move) => {
			const card = article(move.id);
			const cell = card?.closest(s.cell) ?? null;
			const at = /translate\(([-\d.e+]+)px, ([-\d.e+]+)px\)/.exec(card?.style.transform ?? '');
			const placed = at !== null && Number(at[1]) === move.at.x && Number(at[2]) === move.at.y;
			return !placed || cell === null || cell !== article(move.reference)?.closest(s.cell);
		});
		state.seen = expected - edits.length - moves.length;
		state.frames++;
		const now = Date.now();
		if (state.seen > 0 && state.firstAt === null) state.firstAt = now;
		if (edits.length === 0 && state.editsAt === null) state.editsAt = now;
		if (moves.length === 0 && state.movesAt === null) state.movesAt = now;
		if (state.seen === expected) {
			state.doneAt = now;
			const after = (): void => {
				state.framesAfter.push(Date.now());
				if (state.framesAfter.length < arg.framesAfter) g.requestAnimationFrame(after);
				else state.paintedAt = state.framesAfter[1]!;
			};
			g.requestAnimationFrame(after);
			return;
		}
		if (now - started > arg.timeoutMs) {
			state.timedOut = true;
			return;
		}
		g.requestAnimationFrame(check);
	};
	g.requestAnimationFrame(check);
}

export const readBurst = (): BurstState | null =>
	(globalThis as unknown as PageGlobals).__gwBurst ?? null;

export const burstDone = (): boolean => {
	const state = (globalThis as unknown as PageGlobals).__gwBurst;
	return state !== undefined && (state.paintedAt !== null || state.timedOut);
};
