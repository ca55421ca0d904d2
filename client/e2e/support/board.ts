import {
	expect,
	type APIRequestContext,
	type Browser,
	type Locator,
	type Page,
} from '@playwright/test';
import type { BoardCreated } from '@groundwork/protocol';

/** Creates a board through the HTTP API and returns its links (relative to baseURL). */
export async function createBoardViaApi(
	request: APIRequestContext,
	title = 'Seminar board',
): Promise<BoardCreated> {
	const response = await request.post('/api/boards', {
		data: { title, template: 'netzero-roadmap' },
	});
	expect(response.status()).toBe(201);
	return (await response.json()) as BoardCreated;
}

/** The path and query of an absolute link, so it opens on the server under test. */
export function pathOf(link: string): string {
	const url = new URL(link);
	return `${url.pathname}${url.search}`;
}

/** Opens a board link and fills in the join dialog. */
export async function joinBoard(
	page: Page,
	link: string,
	name: string,
	city: string,
): Promise<void> {
	await page.goto(pathOf(link));
	const dialog = page.getByRole('dialog', { name: 'Join the board' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByLabel('Your name')).toBeFocused();
	await dialog.getByLabel('Your name').fill(name);
	await dialog.getByLabel('Your city').fill(city);
	await dialog.getByRole('button', { name: 'Join board' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
}

/** A new page in its own browser context (its own storage: a different person). */
export async function newPerson(browser: Browser): Promise<Page> {
	const context = await browser.newContext();
	return context.newPage();
}

/** A new person (their own browser context) who has opened `link` and joined as `name` of `city`. */
export async function joinAs(
	browser: Browser,
	link: string,
	name: string,
	city: string,
): Promise<Page> {
	const page = await newPerson(browser);
	await joinBoard(page, link, name, city);
	return page;
}

/** The region of one roadmap cell, e.g. cell(page, 'Planning', 'Buildings'). */
export function cell(page: Page, stage: string, sector: string) {
	return page.getByRole('region', { name: `${stage} · ${sector}`, exact: true });
}

/**
 * Brings a cell into view on an editor's canvas (by focusing its "Add card" button, which the
 * canvas turns into a pan), so the cards near it are in the page: the canvas renders only the
 * cards near the view.
 */
export async function showCell(page: Page, stage: string, sector: string): Promise<void> {
	await cell(page, stage, sector)
		.getByRole('button', { name: `Add card to ${stage} · ${sector}` })
		.focus();
}

/**
 * Adds a card of `kind` to a cell and types `text` into it. Returns the card, found by its
 * accessible name ("Action card from Lisbon"); tests give each person a distinct city.
 */
export async function addCard(
	page: Page,
	cellName: { stage: string; sector: string },
	text: string,
	options: { kind?: string; city: string },
) {
	const kind = options.kind ?? 'Action';
	await page.getByRole('toolbar').getByLabel('Card kind').selectOption({ label: kind });
	const target = cell(page, cellName.stage, cellName.sector);
	await target
		.getByRole('button', { name: `Add card to ${cellName.stage} · ${cellName.sector}` })
		.click();
	const card = cardFrom(target, kind, options.city);
	const textarea = card.getByRole('textbox', { name: 'Card text' });
	await expect(textarea).toBeFocused();
	await textarea.pressSequentially(text);
	await expect(textarea).toHaveValue(text);
	return card;
}

/** The card of `kind` from `city` inside a page or a cell. */
export function cardFrom(scope: Page | Locator, kind: string, city: string): Locator {
	return scope.getByRole('article', { name: `${kind} card from ${city}`, exact: true });
}

/** The presence list ("People on this board"). */
export function presenceList(page: Page): Locator {
	return page.getByRole('list', { name: 'People on this board' });
}

/**
 * Waits until the page's session-control channel (socket.io) is connected too, so it gets the
 * announcements sent from now on (the server does not replay earlier ones).
 */
export async function expectSessionConnected(page: Page): Promise<void> {
	await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toHaveAttribute(
		'data-session',
		'connected',
	);
}

/** The banner with the latest announcement ("Latest announcement"). */
export function announcementBanner(page: Page): Locator {
	return page.getByRole('region', { name: 'Latest announcement' });
}

/** Opens "Announce to everyone" (facilitators only) and sends `text`; waits for the confirmation. */
export async function sendAnnouncement(page: Page, text: string): Promise<void> {
	const form = page.getByRole('form', { name: 'Announce to everyone on this board' });
	const toggle = page.getByRole('button', { name: 'Announce to everyone', exact: true });
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
	await form.getByRole('textbox', { name: 'Announcement' }).fill(text);
	await form.getByRole('button', { name: 'Send announcement' }).click();
	await expect(form.getByRole('status')).toHaveText('Announcement sent to everyone on the board.');
	await expect(form.getByRole('textbox', { name: 'Announcement' })).toHaveValue('');
}

/** The text field of a card. */
export function cardTextbox(card: Locator): Locator {
	return card.getByRole('textbox', { name: 'Card text' });
}

/** A button of the board's toolbar ("Board tools"), e.g. "Undo" or "Redo". */
export function toolbarButton(page: Page, name: string): Locator {
	return page
		.getByRole('toolbar', { name: 'Board tools' })
		.getByRole('button', { name, exact: true });
}
