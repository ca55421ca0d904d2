// The client scenarios, driven with Playwright against the built app.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CARD_SIZE } from '@groundwork/protocol';
import { cardId } from '../content.js';
import {
	CANVAS,
	FRAMES_AFTER,
	NAME_SHIM,
	burstDone,
	burstProbe,
	fitDone,
	fitProbe,
	fullCardsAt100,
	panProbe,
	readBurst,
	readFit,
	readRender,
	readView,
	renderDone,
	renderProbe,
	settleProbe,
	type BurstState,
	type FitState,
	type PanResult,
	type PlacedCard,
	type PlacedLink,
	type RenderState,
} from './page.js';
import { linkOf, planBurst, seededLayout, seededPosition } from './plan.js';
import { burstMarker, linkId, sendBurst, type YClient } from './seed.js';

/** The browser the e2e tests use too (never downloaded). */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: '/usr/bin/chromium',
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
}

/** client/src/lib/state/identity.ts: the remembered name and city (skips the join dialog). */
const IDENTITY = { key: 'groundwork.identity', value: { name: 'Bench', city: 'Benchville' } };
/** client/src/lib/i18n/messages/en.ts: the zoom controls' buttons. */
export const BUTTONS = { fit: 'Fit board', zoomReset: /back to 100 %/ } as const;
/** client/src/lib/components/ConnectionStatus.svelte: the board connection's status. */
const STATUS = '.connection[data-status]';
export const VIEWPORT = { width: 1280, height: 800 };
const RENDER_TIMEOUT_MS = 120_000;
/** How long a click may wait for the button to be stable (it waits for animation frames). */
const CLICK_TIMEOUT_MS = 120_000;

/** The seeded board as the probes know it: every card's position, every link's cards. */
export interface PlacedBoard {
	cards: PlacedCard[];
	links: PlacedLink[];
	/** The grid's size in board units (the cards lie inside it). */
	width: number;
	height: number;
}

/** The board `seedBoard(cards, links)` writes, for the probes. */
export function placedBoard(cards: number, links: number): PlacedBoard {
	const { grid } = seededLayout(cards);
	return {
		cards: Array.from({ length: cards }, (_, i): PlacedCard => {
			const { x, y } = seededPosition(grid, i);
			return [cardId(i), x, y];
		}),
		links: Array.from({ length: links }, (_, j): PlacedLink => {
			const link = linkOf(j, cards);
			return [linkId(j), link.from, link.to];
		}),
		width: grid.width,
		height: grid.height,
	};
}

export interface OpenedBoard {
	context: BrowserContext;
	page: Page;
	/** The page's WebSockets opening and closing (`Date.now()`, event, path), as they happen. */
	sockets: string[];
	render: RenderState & { fcp: number | null };
}

/**
 * Opens the board in a fresh browser context (empty cache and storage, the identity preset) and
 * waits until the second frame after the one in which the cards of the canvas's render region
 * (and the links between them) were in the DOM (`renderProbe`).
 */
export async function openBoard(
	browser: Browser,
	url: string,
	board: PlacedBoard,
): Promise<OpenedBoard> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	await context.addInitScript({ content: NAME_SHIM });
	await context.addInitScript(renderProbe, {
		cards: board.cards,
		links: board.links,
		cardSize: CARD_SIZE,
		selectors: CANVAS,
		framesAfter: FRAMES_AFTER,
		storageKey: IDENTITY.key,
		identity: JSON.stringify(IDENTITY.value),
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	const sockets: string[] = [];
	page.on('websocket', (socket) => {
		const path = new URL(socket.url()).pathname;
		sockets.push(`${new Date().toISOString()} open ${path}`);
		socket.on('close', () => sockets.push(`${new Date().toISOString()} close ${path}`));
	});
	try {
		await page.goto(url, { waitUntil: 'commit' });
		await page.waitForFunction(renderDone, undefined, {
			timeout: RENDER_TIMEOUT_MS,
			polling: 100,
		});
	} catch (error) {
		const seen = await page.evaluate(readRender).catch(() => null);
		const text = await page
			.locator('body')
			.innerText({ timeout: 5000 })
			.catch(() => '?');
		await context.close();
		throw new Error(
			`the board did not render the cards in view (saw ${seen?.count ?? '?'} cards): ` +
				`${(error as Error).message.split('\n')[0]}\nPage errors: ${errors.join('; ')}\n` +
				`Page text: ${text.slice(0, 500)}`,
			{ cause: error },
		);
	}
	return { context, page, sockets, render: await page.evaluate(readRender) };
}

/** The canvas's view and the cards in the DOM, read in the page. */
export type ViewState = NonNullable<ReturnType<typeof readView>>;

export async function viewOf(page: Page): Promise<ViewState> {
	const view = await page.evaluate(readView, CANVAS);
	if (!view) throw new Error('no canvas in the page');
	return view;
}

/** A settle: how long the page took to draw 10 frames in a row at most 50 ms apart. */
export interface Settled {
	waitedMs: number;
	timedOut: boolean;
}

/** Waits until the page draws frames at a steady pace again (see `settleProbe`), up to 120 s. */
export function settle(page: Page): Promise<Settled> {
	return page.evaluate(settleProbe, { frames: 10, maxIntervalMs: 50, timeoutMs: 120_000 });
}

export interface PanOptions {
	durationMs: number;
	pxPerSecond: number;
	/** The board's size: the view's centre turns back at its edges. */
	bounds: { width: number; height: number };
}

/** Rests 1 s, lets the page settle, then pans it for `durationMs` (see `panProbe`). */
export async function panFrames(
	page: Page,
	options: PanOptions,
): Promise<PanResult & { settled: Settled }> {
	await page.waitForTimeout(1000);
	const settled = await settle(page);
	return { ...(await page.evaluate(panProbe, { ...options, selectors: CANVAS })), settled };
}

export interface FitResult extends FitState {
	settled: Settled;
	/** Click to the second frame after the one with every card in the DOM (light faces), in ms. */
	renderedMs: number | null;
	/** Click to the frame with every card in the DOM, in ms. */
	inDomMs: number | null;
	zoom: number;
}

/**
 * Once the page has settled, clicks "Fit board" (a real click through Playwright) and waits until
 * all `cards` cards are in the DOM as light faces, then two more frames (`fitProbe`).
 */
export async function fitBoard(page: Page, cards: number, timeoutMs = 120_000): Promise<FitResult> {
	const settled = await settle(page);
	await page.evaluate(fitProbe, {
		name: BUTTONS.fit,
		expected: cards,
		framesAfter: FRAMES_AFTER,
		timeoutMs,
		selectors: CANVAS,
	});
	await page
		.getByRole('button', { name: BUTTONS.fit, exact: true })
		.click({ timeout: CLICK_TIMEOUT_MS });
	await page.waitForFunction(fitDone, undefined, { timeout: timeoutMs + 5000, polling: 50 });
	const state = await page.evaluate(readFit);
	if (!state) throw new Error('the fit probe vanished (page reloaded?)');
	if (state.timedOut) throw new Error(`Fit board did not show ${cards} light cards in time`);
	const since = (at: number | null): number | null =>
		at === null || state.clickAt === null ? null : at - state.clickAt;
	return {
		...state,
		settled,
		renderedMs: since(state.paintedAt),
		inDomMs: since(state.cardsAt),
		zoom: (await viewOf(page)).zoom,
	};
}

/** Clicks the zoom level ("back to 100 %") and waits until full cards are shown at 100 %. */
export async function resetZoom(page: Page): Promise<ViewState> {
	await page.getByRole('button', { name: BUTTONS.zoomReset }).click({ timeout: CLICK_TIMEOUT_MS });
	await page.waitForFunction(fullCardsAt100, CANVAS, { timeout: 120_000, polling: 100 });
	return viewOf(page);
}

export interface BurstResult extends BurstState {
	round: number;
	settled: Settled;
	/** The page's connection status (its status line) before and after, the sender's socket. */
	pageStatusBefore: string | null;
	pageStatusAfter: string | null;
	senderConnected: boolean;
	sentAt: number;
	lastSentAt: number;
	flushedAt: number;
	/** Send of the first change to the second frame after the DOM showed them all, in ms. */
	allShownMs: number | null;
	firstShownMs: number | null;
	/** Send to the frame in which all 50 edits (all 50 moves) were shown, in ms. */
	editsShownMs: number | null;
	movesShownMs: number | null;
}

/**
 * Burst `round`: the page starts watching, then `remote` (a Node client on the same board)
 * sends 100 changes at once. Times are `Date.now()` on both sides (same machine).
 */
export async function burst(
	page: Page,
	remote: YClient,
	cards: number,
	round: number,
	timeoutMs = 180_000,
): Promise<BurstResult> {
	const plan = planBurst(cards, round);
	const settled = await settle(page);
	await page.evaluate(burstProbe, {
		selectors: CANVAS,
		framesAfter: FRAMES_AFTER,
		edits: plan.edits.map((i) => ({ id: cardId(i), marker: burstMarker(round, i) })),
		moves: plan.moves.map((m) => ({
			id: cardId(m.index),
			reference: cardId(m.reference),
			at: m.at,
		})),
		timeoutMs,
	});
	const pageStatusBefore = await page.locator(STATUS).getAttribute('data-status');
	const senderConnected = remote.provider.wsconnected;
	const sent = await sendBurst(remote, round, plan);
	await page.waitForFunction(burstDone, undefined, { timeout: timeoutMs + 5000, polling: 50 });
	const state = await page.evaluate(readBurst);
	if (!state) throw new Error('the burst probe vanished (page reloaded?)');
	const since = (at: number | null): number | null => (at === null ? null : at - sent.sentAt);
	return {
		...state,
		...sent,
		round,
		settled,
		pageStatusBefore,
		pageStatusAfter: await page.locator(STATUS).getAttribute('data-status'),
		senderConnected,
		allShownMs: since(state.paintedAt),
		firstShownMs: since(state.firstAt),
		editsShownMs: since(state.editsAt),
		movesShownMs: since(state.movesAt),
	};
}
