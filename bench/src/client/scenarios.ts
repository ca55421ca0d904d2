// The three client scenarios, driven with Playwright against the built app.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { cardId } from '../content.js';
import {
	NAME_SHIM,
	burstDone,
	burstProbe,
	readBurst,
	readRender,
	renderDone,
	renderProbe,
	scrollProbe,
	type BurstState,
	type RenderState,
	type ScrollResult,
} from './page.js';
import { planBurst } from './plan.js';
import { burstMarker, sendBurst, type YClient } from './seed.js';

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

/**
 * How the current client shows a board, for the probes: one `article` per card, a card's text in
 * the field with id `card-text-<id>`, a cell's cards inside its `section`. Change these (or give
 * the canvas a marker) when the rendering changes.
 */
export const DOM = {
	cardSelector: 'article',
	textIdPrefix: 'card-text-',
	cellSelector: 'section',
} as const;

/** client/src/lib/state/identity.ts: the remembered name and city (skips the join dialog). */
const IDENTITY = { key: 'groundwork.identity', value: { name: 'Bench', city: 'Benchville' } };
export const VIEWPORT = { width: 1280, height: 800 };
const RENDER_TIMEOUT_MS = 120_000;

export interface OpenedBoard {
	context: BrowserContext;
	page: Page;
	render: RenderState & { fcp: number | null };
}

/**
 * Opens the board in a fresh browser context (empty cache and storage, the identity preset) and
 * waits until the frame after the one in which all `cards` cards were in the DOM.
 */
export async function openBoard(
	browser: Browser,
	url: string,
	cards: number,
): Promise<OpenedBoard> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	await context.addInitScript({ content: NAME_SHIM });
	await context.addInitScript(renderProbe, {
		expected: cards,
		cardSelector: DOM.cardSelector,
		storageKey: IDENTITY.key,
		identity: JSON.stringify(IDENTITY.value),
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
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
			`the board did not render ${cards} cards (saw ${seen?.count ?? '?'}): ` +
				`${(error as Error).message.split('\n')[0]}\nPage errors: ${errors.join('; ')}\n` +
				`Page text: ${text.slice(0, 500)}`,
			{ cause: error },
		);
	}
	return { context, page, render: await page.evaluate(readRender) };
}

export interface ScrollOptions {
	/** CSS selector of the element to scroll, or 'document'. */
	selector: string;
	durationMs: number;
	pxPerSecond: number;
}

/** Lets the page settle, then scrolls it for `durationMs` (see `scrollProbe`). */
export async function scrollFrames(page: Page, options: ScrollOptions): Promise<ScrollResult> {
	await page.waitForTimeout(1000);
	return page.evaluate(scrollProbe, options);
}

export interface BurstResult extends BurstState {
	round: number;
	sentAt: number;
	lastSentAt: number;
	flushedAt: number;
	/** Send of the first change to the frame after the DOM showed them all, in ms. */
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
	await page.evaluate(burstProbe, {
		textIdPrefix: DOM.textIdPrefix,
		cellSelector: DOM.cellSelector,
		edits: plan.edits.map((i) => ({ id: cardId(i), marker: burstMarker(round, i) })),
		moves: plan.moves.map((m) => ({ id: cardId(m.index), reference: cardId(m.reference) })),
		timeoutMs,
	});
	const sent = await sendBurst(remote, round, plan);
	await page.waitForFunction(burstDone, undefined, { timeout: timeoutMs + 5000, polling: 50 });
	const state = await page.evaluate(readBurst);
	if (!state) throw new Error('the burst probe vanished (page reloaded?)');
	const since = (at: number | null): number | null => (at === null ? null : at - sent.sentAt);
	return {
		...state,
		...sent,
		round,
		allShownMs: since(state.paintedAt),
		firstShownMs: since(state.firstAt),
		editsShownMs: since(state.editsAt),
		movesShownMs: since(state.movesAt),
	};
}
