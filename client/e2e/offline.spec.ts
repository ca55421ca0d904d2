import { expect, test, type Page } from '@playwright/test';
import {
	addCard,
	cardFrom,
	cardTextbox,
	cell,
	createBoardViaApi,
	joinAs,
	joinBoard,
	pathOf,
	showCell,
} from './support/board.js';

const CELL = { stage: 'Localisation', sector: 'Waste & circular economy' };

/** The connection indicator ("Connected · All changes saved", "Offline: 2 changes waiting…"). */
function connectionStatus(page: Page) {
	return page
		.getByRole('status')
		.filter({ hasText: /Connected|Connecting…|Reconnecting…|Offline/ });
}

test('edits made offline survive a reload and reach everyone when the connection returns', async ({
	browser,
	request,
}) => {
	// Three people, an offline reload and a reconnection: slower than 60 s on a shared machine.
	test.slow();
	const board = await createBoardViaApi(request, 'Train ride');
	const lisbon = await joinAs(browser, board.links.participant, 'Ana', 'Lisbon');
	const aarhus = await joinAs(browser, board.links.participant, 'Mette', 'Aarhus');
	const status = connectionStatus(lisbon);
	await expect(status).toHaveText('Connected · All changes saved');

	// The app shell is kept by the service worker once it controls the page.
	await expect
		.poll(() => lisbon.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);

	await lisbon.context().setOffline(true);
	await expect(status).toHaveText('Offline: nothing waiting to be sent');
	// Said once to screen readers, politely, through the board's live region.
	const spoken = lisbon.locator('div[aria-live="polite"]');
	await expect(spoken).toHaveText(
		'You are offline. You can keep working: your changes are kept on this device and sent when the connection returns.',
	);
	// Offline for the service worker too, so the reload below can only come from what it kept.
	const [worker] = lisbon.context().serviceWorkers();
	expect(worker).toBeDefined();
	expect(
		await worker!.evaluate(() =>
			fetch('/healthz', { cache: 'no-store' }).then(
				() => 'reached the server',
				() => 'no network',
			),
		),
	).toBe('no network');

	await addCard(lisbon, CELL, 'Written on the train', { city: 'Lisbon' });
	await expect(status).toHaveText(/Offline: \d+ changes waiting to be sent/);
	await addCard(lisbon, CELL, 'Compost by 2027', { kind: 'Milestone', city: 'Lisbon' });
	const waitingBefore = (await status.textContent())?.trim() ?? '';
	expect(waitingBefore).toMatch(/^Offline: \d+ changes waiting to be sent$/);
	await expect(cardFrom(aarhus, 'Action', 'Lisbon')).toHaveCount(0);

	// A reload while offline: the page, the board and the count of waiting changes come back.
	await lisbon.reload();
	await expect(status).toHaveText(waitingBefore);
	await expect(lisbon.getByRole('heading', { level: 1, name: 'Train ride' })).toBeVisible();
	await showCell(lisbon, CELL.stage, CELL.sector);
	const here = cell(lisbon, CELL.stage, CELL.sector);
	await expect(cardTextbox(cardFrom(here, 'Action', 'Lisbon'))).toHaveValue('Written on the train');
	await expect(cardTextbox(cardFrom(here, 'Milestone', 'Lisbon'))).toHaveValue('Compost by 2027');

	// Still offline, still editing.
	const action = cardTextbox(cardFrom(here, 'Action', 'Lisbon'));
	await action.click();
	await action.press('End');
	await action.pressSequentially(' to Porto');
	await expect(action).toHaveValue('Written on the train to Porto');
	await expect(status).not.toHaveText(waitingBefore);

	await lisbon.context().setOffline(false);
	await expect(status).toHaveText('Connected · All changes saved', { timeout: 15_000 });
	await expect(spoken).toHaveText(/^Back online: \d+ changes sent\. All changes saved\.$/);

	// Everyone sees the edits: the person who was there all along, and someone opening the board now.
	await showCell(aarhus, CELL.stage, CELL.sector);
	const there = cell(aarhus, CELL.stage, CELL.sector);
	await expect(cardTextbox(cardFrom(there, 'Action', 'Lisbon'))).toHaveValue(
		'Written on the train to Porto',
	);
	await expect(cardTextbox(cardFrom(there, 'Milestone', 'Lisbon'))).toHaveValue('Compost by 2027');

	const viewer = await joinAs(browser, board.links.viewer, 'Olga', 'Gdynia');
	await expect(cardTextbox(cardFrom(viewer, 'Action', 'Lisbon'))).toHaveValue(
		'Written on the train to Porto',
	);
	await expect(cardTextbox(cardFrom(viewer, 'Milestone', 'Lisbon'))).toHaveValue('Compost by 2027');
});

test('a board never opened on this device says it needs the network', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Never opened here');
	const other = await createBoardViaApi(request, 'Opened before');
	const page = await joinAs(browser, other.links.participant, 'Ana', 'Lisbon');
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);

	await page.context().setOffline(true);
	await page.goto(pathOf(board.links.participant));
	await expect(page.getByRole('alert')).toHaveText(
		'The server cannot be reached, and this board was not opened with this link on this device before. Try again when you are online.',
	);
});

test('without IndexedDB (some private modes) the board works online as before', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Private window');
	const context = await browser.newContext();
	await context.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined });
	});
	const lisbon = await context.newPage();
	await joinBoard(lisbon, board.links.participant, 'Ana', 'Lisbon');
	await expect(connectionStatus(lisbon)).toHaveText('Connected · All changes saved');
	const aarhus = await joinAs(browser, board.links.participant, 'Mette', 'Aarhus');

	await addCard(lisbon, CELL, 'Typed in a private window', { city: 'Lisbon' });
	await showCell(aarhus, CELL.stage, CELL.sector);
	await expect(
		cardTextbox(cardFrom(cell(aarhus, CELL.stage, CELL.sector), 'Action', 'Lisbon')),
	).toHaveValue('Typed in a private window');
	await expect(connectionStatus(lisbon)).toHaveText('Connected · All changes saved');
});
