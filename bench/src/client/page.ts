// Probes that run inside the page (Playwright serialises each function, so each is
// self-contained). The bench is type-checked without the DOM library: `PageGlobals` describes
// the few browser APIs they use. tsx compiles with esbuild's keepNames, which wraps inner
// functions in `__name(...)`: NAME_SHIM defines it in the page first.

/** An init script that makes esbuild's `__name` helper a no-op in the page. */
export const NAME_SHIM = 'globalThis.__name = (fn) => fn;';

interface PageElement {
	readonly tagName: string;
	readonly className: string;
	readonly scrollHeight: number;
	readonly scrollWidth: number;
	readonly clientHeight: number;
	readonly clientWidth: number;
	scrollTop: number;
	scrollLeft: number;
	scrollBy(x: number, y: number): void;
	closest(selector: string): PageElement | null;
	readonly value?: string;
}

interface PerfEntry {
	readonly startTime: number;
	readonly duration: number;
}

interface PageGlobals {
	document: {
		querySelectorAll(selector: string): { length: number };
		querySelector(selector: string): PageElement | null;
		getElementById(id: string): PageElement | null;
		scrollingElement: PageElement | null;
	};
	localStorage: { setItem(key: string, value: string): void };
	performance: { now(): number; getEntriesByName(name: string): PerfEntry[] };
	PerformanceObserver: new (callback: (list: { getEntries(): PerfEntry[] }) => void) => {
		observe(options: { type: string; buffered?: boolean }): void;
		takeRecords(): PerfEntry[];
		disconnect(): void;
	};
	requestAnimationFrame(callback: (time: number) => void): number;
	getComputedStyle(element: PageElement): { overflowX: string; overflowY: string };
	__gwRender?: RenderState;
	__gwBurst?: BurstState;
}

/** What the render probe saw, in ms since navigation start (`performance.now()`). */
export interface RenderState {
	count: number;
	/** First animation frame in which the DOM held all expected cards. */
	cardsAt: number | null;
	/** The frame after that one: the cards have been laid out and painted. */
	paintedAt: number | null;
}

/**
 * Init script: remembers an identity (so no join dialog) and watches, once per animation frame,
 * for `expected` elements matching `cardSelector`.
 */
export function renderProbe(arg: {
	expected: number;
	cardSelector: string;
	storageKey: string;
	identity: string;
}): void {
	const g = globalThis as unknown as PageGlobals;
	try {
		g.localStorage.setItem(arg.storageKey, arg.identity);
	} catch {
		// about:blank and other opaque origins have no storage.
	}
	const state: RenderState = { count: 0, cardsAt: null, paintedAt: null };
	g.__gwRender = state;
	const check = (): void => {
		state.count = g.document.querySelectorAll(arg.cardSelector).length;
		if (state.count < arg.expected) {
			g.requestAnimationFrame(check);
			return;
		}
		state.cardsAt = g.performance.now();
		g.requestAnimationFrame(() => {
			state.paintedAt = g.performance.now();
		});
	};
	g.requestAnimationFrame(check);
}

/** The render probe's figures plus first contentful paint. */
export function readRender(): RenderState & { fcp: number | null } {
	const g = globalThis as unknown as PageGlobals;
	const fcp = g.performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
	return { ...(g.__gwRender ?? { count: 0, cardsAt: null, paintedAt: null }), fcp };
}

export const renderDone = (): boolean =>
	(globalThis as unknown as PageGlobals).__gwRender?.paintedAt != null;

export interface ScrollResult {
	intervals: number[];
	longTasks: number;
	longTaskMs: number;
	scrolledY: string;
	scrolledX: string;
	distancePx: number;
}

/**
 * Scrolls for `durationMs` with `scrollBy` in every animation frame (`pxPerSecond` vertically,
 * half that horizontally, bouncing at the ends) and records the intervals between frames and
 * the long tasks meanwhile. Each axis scrolls `selector` when it can scroll on that axis, else
 * the document (`selector` 'document': the document only).
 */
export function scrollProbe(arg: {
	selector: string;
	durationMs: number;
	pxPerSecond: number;
}): Promise<ScrollResult> {
	const g = globalThis as unknown as PageGlobals;
	const root = g.document.scrollingElement;
	const chosen = arg.selector === 'document' ? root : g.document.querySelector(arg.selector);
	const canScroll = (el: PageElement | null, axis: 'x' | 'y'): el is PageElement => {
		if (!el) return false;
		const room = axis === 'x' ? el.scrollWidth - el.clientWidth : el.scrollHeight - el.clientHeight;
		const style = g.getComputedStyle(el);
		const overflow = axis === 'x' ? style.overflowX : style.overflowY;
		return room > 1 && (el === root || overflow === 'auto' || overflow === 'scroll');
	};
	const yEl = canScroll(chosen, 'y') ? chosen : canScroll(root, 'y') ? root : null;
	const xEl = canScroll(chosen, 'x') ? chosen : canScroll(root, 'x') ? root : null;
	const name = (el: PageElement | null): string =>
		!el ? 'none' : el === root ? 'document' : `${el.tagName.toLowerCase()}.${el.className}`;
	if (yEl) yEl.scrollTop = 0;
	if (xEl) xEl.scrollLeft = 0;
	const longTasks: PerfEntry[] = [];
	const observer = new g.PerformanceObserver((list) => longTasks.push(...list.getEntries()));
	observer.observe({ type: 'longtask' });
	return new Promise((resolve) => {
		const intervals: number[] = [];
		let first = -1;
		let last = -1;
		let dirX = 1;
		let dirY = 1;
		let distancePx = 0;
		const step = (time: number): void => {
			if (first < 0) first = time;
			else intervals.push(time - last);
			const dt = last < 0 ? 1000 / 60 : time - last;
			last = time;
			if (time - first >= arg.durationMs) {
				longTasks.push(...observer.takeRecords());
				observer.disconnect();
				resolve({
					intervals,
					longTasks: longTasks.length,
					longTaskMs: Math.round(longTasks.reduce((sum, t) => sum + t.duration, 0)),
					scrolledY: name(yEl),
					scrolledX: name(xEl),
					distancePx: Math.round(distancePx),
				});
				return;
			}
			const dy = (arg.pxPerSecond * dt) / 1000;
			if (yEl) {
				if (dirY > 0 && yEl.scrollTop + yEl.clientHeight >= yEl.scrollHeight - 1) dirY = -1;
				else if (dirY < 0 && yEl.scrollTop <= 0) dirY = 1;
				yEl.scrollBy(0, dirY * dy);
				distancePx += dy;
			}
			if (xEl) {
				if (dirX > 0 && xEl.scrollLeft + xEl.clientWidth >= xEl.scrollWidth - 1) dirX = -1;
				else if (dirX < 0 && xEl.scrollLeft <= 0) dirX = 1;
				xEl.scrollBy((dirX * dy) / 2, 0);
				distancePx += dy / 2;
			}
			g.requestAnimationFrame(step);
		};
		g.requestAnimationFrame(step);
	});
}

/** What the burst probe saw, in `Date.now()` ms (the same clock as the Node side). */
export interface BurstState {
	expected: number;
	seen: number;
	/** Animation frames the probe ran in: few means the main thread was busy. */
	frames: number;
	firstAt: number | null;
	editsAt: number | null;
	movesAt: number | null;
	doneAt: number | null;
	paintedAt: number | null;
	timedOut: boolean;
}

/**
 * Watches, once per animation frame, for the burst's changes: each edit's text field (id
 * `textIdPrefix + card id`) ends with its marker; each moved card is inside the same cell
 * (closest `cellSelector`) as its reference card.
 */
export function burstProbe(arg: {
	textIdPrefix: string;
	cellSelector: string;
	edits: { id: string; marker: string }[];
	moves: { id: string; reference: string }[];
	timeoutMs: number;
}): void {
	const g = globalThis as unknown as PageGlobals;
	const started = Date.now();
	let edits = arg.edits;
	let moves = arg.moves;
	const expected = edits.length + moves.length;
	const state: BurstState = {
		expected,
		seen: 0,
		frames: 0,
		firstAt: null,
		editsAt: null,
		movesAt: null,
		doneAt: null,
		paintedAt: null,
		timedOut: false,
	};
	g.__gwBurst = state;
	const cellOf = (id: string): PageElement | null =>
		g.document.getElementById(arg.textIdPrefix + id)?.closest(arg.cellSelector) ?? null;
	const check = (): void => {
		edits = edits.filter(
			(edit) =>
				!g.document.getElementById(arg.textIdPrefix + edit.id)?.value?.endsWith(edit.marker),
		);
		moves = moves.filter((move) => {
			const cell = cellOf(move.id);
			return cell === null || cell !== cellOf(move.reference);
		});
		state.seen = expected - edits.length - moves.length;
		state.frames++;
		const now = Date.now();
		if (state.seen > 0 && state.firstAt === null) state.firstAt = now;
		if (edits.length === 0 && state.editsAt === null) state.editsAt = now;
		if (moves.length === 0 && state.movesAt === null) state.movesAt = now;
		if (state.seen === expected) {
			state.doneAt = now;
			g.requestAnimationFrame(() => {
				state.paintedAt = Date.now();
			});
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
