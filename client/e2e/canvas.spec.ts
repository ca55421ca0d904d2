import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	addCard,
	cardFrom,
	cardTextbox,
	cell,
	createBoardViaApi,
	joinBoard,
	newPerson,
	pathOf,
	toolbarButton,
} from './support/board.js';
import { seedBoard } from './support/seed.js';

function canvasOf(page: Page): Locator {
	return page.getByRole('region', { name: 'Board canvas' });
}

function zoomLevel(page: Page): Locator {
	return page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: /^Zoom \d+ %/ });
}

/** Drags a card by its header to the middle of a cell's top strip (next to its add button). */
async function dragCardToCell(page: Page, card: Locator, stage: string, sector: string) {
	const header = card.locator('.card-kind');
	const add = cell(page, stage, sector).getByRole('button', { name: /^Add card to/ });
	await expect(header).toBeInViewport();
	await expect(add).toBeInViewport();
	const from = await header.boundingBox();
	const to = await add.boundingBox();
	if (!from || !to) throw new Error('card or cell not on screen');
	await page.mouse.move(from.x + 5, from.y + 5);
	await page.mouse.down();
	await page.mouse.move(from.x + 40, from.y + 20, { steps: 4 });
	// The add button is 32 board units wide and sits 8 units below the cell's top, 40 left of
	// its right edge: 300 units left of it and 40 down is well inside the cell, at any zoom.
	const zoom = to.width / 32;
	await page.mouse.move(to.x - 300 * zoom, to.y + 40 * zoom, { steps: 8 });
	await page.mouse.up();
}

test('pan and zoom with the keyboard and the zoom controls; fit shows the whole board', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Pan and zoom');
	const page = await newPerson(browser);
	await joinBoard(page, board.links.participant, 'Ana', 'Lisbon');
	const canvas = canvasOf(page);
	await canvas.focus();
	await expect(zoomLevel(page)).toHaveText('100 %');
	await page.keyboard.press('+');
	await expect(zoomLevel(page)).toHaveText('125 %');
	await page.keyboard.press('-');
	await page.keyboard.press('-');
	await expect(zoomLevel(page)).toHaveText('80 %');
	await page.keyboard.press('0');
	await expect(zoomLevel(page)).toHaveText('100 %');

	// Arrow keys pan: the first column's label moves left as the view goes right.
	const label = canvas.locator('.band-columns .band-label').first();
	const before = (await label.boundingBox())?.x ?? 0;
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => (await label.boundingBox())?.x ?? 0).toBeLessThan(before);

	await page.getByRole('button', { name: 'Fit board' }).click();
	await expect(zoomLevel(page)).not.toHaveText('100 %');
	const localisation = cell(
		page,
		'Localisation',
		'Governance & enablers (cross-cutting)',
	).getByRole('button');
	const box = await localisation.boundingBox();
	const canvasBox = await canvas.boundingBox();
	expect(box && canvasBox && box.x + box.width <= canvasBox.x + canvasBox.width).toBe(true);
	expect(box && canvasBox && box.y + box.height <= canvasBox.y + canvasBox.height).toBe(true);
});

test('[I1] two participants drag cards at once; both see both moves', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Drag');
	const ana = await newPerson(browser);
	const ben = await newPerson(browser);
	await joinBoard(ana, board.links.participant, 'Ana', 'Lisbon');
	await joinBoard(ben, board.links.participant, 'Ben', 'Tartu');
	const lisbon = await addCard(ana, { stage: 'Planning', sector: 'Buildings' }, 'Insulate', {
		city: 'Lisbon',
	});
	const tartu = await addCard(ben, { stage: 'Planning', sector: 'Energy supply' }, 'Solar', {
		city: 'Tartu',
	});
	await expect(cardFrom(ana, 'Action', 'Tartu')).toBeVisible();
	await expect(cardFrom(ben, 'Action', 'Lisbon')).toBeVisible();
	// The whole board in view: both stages are on screen (cards are light faces, still draggable).
	for (const page of [ana, ben]) {
		await page.getByRole('button', { name: 'Fit board' }).click();
	}

	await Promise.all([
		dragCardToCell(ana, lisbon, 'Enabling & Deep Dive', 'Buildings'),
		dragCardToCell(ben, tartu, 'Enabling & Deep Dive', 'Energy supply'),
	]);

	for (const page of [ana, ben]) {
		await expect(
			cardFrom(cell(page, 'Enabling & Deep Dive', 'Buildings'), 'Action', 'Lisbon'),
		).toBeVisible();
		await expect(
			cardFrom(cell(page, 'Enabling & Deep Dive', 'Energy supply'), 'Action', 'Tartu'),
		).toBeVisible();
	}
	// One undo takes back Ana's drag only.
	await toolbarButton(ana, 'Undo').click();
	for (const page of [ana, ben]) {
		await expect(cardFrom(cell(page, 'Planning', 'Buildings'), 'Action', 'Lisbon')).toBeVisible();
		await expect(
			cardFrom(cell(page, 'Enabling & Deep Dive', 'Energy supply'), 'Action', 'Tartu'),
		).toBeVisible();
	}
});

test('select several cards (shift-click, box) and delete them together; undo restores them', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Multi-select');
	const ana = await newPerson(browser);
	const ben = await newPerson(browser);
	await joinBoard(ana, board.links.participant, 'Ana', 'Lisbon');
	await joinBoard(ben, board.links.participant, 'Ben', 'Tartu');
	const first = await addCard(ana, { stage: 'Planning', sector: 'Buildings' }, 'One', {
		city: 'Lisbon',
	});
	await addCard(ana, { stage: 'Planning', sector: 'Buildings' }, 'Two', {
		city: 'Lisbon',
		kind: 'Milestone',
	});
	const third = await addCard(ana, { stage: 'Planning', sector: 'Buildings' }, 'Three', {
		city: 'Lisbon',
		kind: 'Note',
	});
	await expect(cardFrom(ben, 'Note', 'Lisbon')).toHaveCount(1);

	// Ben sees what Ana selects, in her colour.
	await first.locator('.card-kind').click();
	await third.locator('.card-kind').click({ modifiers: ['Shift'] });
	await expect(ana.locator('.canvas-card.selected')).toHaveCount(2);
	await expect(ben.locator('.peer-selection', { hasText: 'Ana' })).toHaveCount(2);

	await third.focus();
	await ana.keyboard.press('Delete');
	await expect(cardFrom(ben, 'Action', 'Lisbon')).toHaveCount(0);
	await expect(cardFrom(ben, 'Note', 'Lisbon')).toHaveCount(0);
	await expect(cardFrom(ben, 'Milestone', 'Lisbon')).toHaveCount(1);
	await toolbarButton(ana, 'Undo').click();
	await expect(cardFrom(ben, 'Action', 'Lisbon')).toHaveCount(1);
	await expect(cardFrom(ben, 'Note', 'Lisbon')).toHaveCount(1);

	// A box drawn with Shift held selects every card it touches.
	const box = await cell(ana, 'Planning', 'Buildings')
		.getByRole('button', { name: /^Add card/ })
		.boundingBox();
	const grid = await canvasOf(ana).locator('.canvas-grid').boundingBox();
	if (!box || !grid) throw new Error('no grid');
	await ana.keyboard.down('Shift');
	await ana.mouse.move(grid.x + 4, grid.y + 4);
	await ana.mouse.down();
	await ana.mouse.move(box.x - 10, box.y + 200, { steps: 6 });
	await ana.mouse.up();
	await ana.keyboard.up('Shift');
	await expect(ana.locator('.canvas-card.selected')).toHaveCount(3);

	// Arrow keys nudge the selection off the grid; "Align to grid" puts the cards back in slots.
	await first.focus();
	await ana.keyboard.press('ArrowRight');
	await expect(ana.getByText('3 cards moved')).toBeAttached();
	await toolbarButton(ana, 'Align to grid').click();
	await expect(ana.getByText('3 cards aligned')).toBeAttached();
});

test('keyboard only: link two cards; the connector follows a moved card, for everyone', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Links');
	const ana = await newPerson(browser);
	const ben = await newPerson(browser);
	await joinBoard(ana, board.links.participant, 'Ana', 'Lisbon');
	await joinBoard(ben, board.links.participant, 'Ben', 'Tartu');
	await addCard(ana, { stage: 'Planning', sector: 'Energy supply' }, 'Heat map', {
		city: 'Lisbon',
		kind: 'Note',
	});
	const source = await addCard(ana, { stage: 'Planning', sector: 'Buildings' }, 'Retrofit', {
		city: 'Lisbon',
	});

	// From the card's text: Tab to its actions, open "Link", pick the target, add the link.
	await cardTextbox(source).focus();
	const linkButton = source.getByRole('button', { name: 'Link', exact: true });
	for (let i = 0; i < 8 && !(await linkButton.evaluate((b) => b === document.activeElement)); i++) {
		await ana.keyboard.press('Tab');
	}
	await expect(linkButton).toBeFocused();
	await ana.keyboard.press('Enter');
	const dialog = ana.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await dialog.getByRole('searchbox', { name: 'Find a card' }).fill('Heat');
	await dialog
		.getByRole('listbox', { name: 'Card to link to' })
		.selectOption({ label: 'Heat map' });
	await dialog.getByRole('button', { name: 'Add link' }).click();
	await expect(dialog.getByText('Retrofit enables Heat map')).toBeVisible();
	await ana.keyboard.press('Escape');
	await expect(dialog).toBeHidden();

	const connector = (page: Page) =>
		page
			.locator('g.connector')
			.filter({ has: page.locator('title', { hasText: 'Retrofit enables Heat map' }) });
	await expect(connector(ben)).toHaveCount(1);
	const path = (page: Page) => connector(page).locator('.connector-line').getAttribute('d');
	const before = await path(ben);

	// Alt+Right moves the card a stage on; the arrow follows it.
	await cardTextbox(source).focus();
	await ana.keyboard.press('Alt+ArrowRight');
	await expect(
		cardFrom(cell(ben, 'Enabling & Deep Dive', 'Buildings'), 'Action', 'Lisbon'),
	).toBeVisible();
	await expect.poll(() => path(ben)).not.toBe(before);
	await expect(connector(ben)).toHaveCount(1);
});

test('copy cards on one board and paste them on another', async ({ browser, request }) => {
	const from = await createBoardViaApi(request, 'From');
	const to = await createBoardViaApi(request, 'To');
	const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
	const source = await context.newPage();
	await joinBoard(source, from.links.participant, 'Ana', 'Lisbon');
	const card = await addCard(
		source,
		{ stage: 'Planning', sector: 'Mobility & transport' },
		'Bike lanes',
		{
			city: 'Lisbon',
		},
	);
	await card.locator('.card-kind').click();
	await card.focus();
	await source.keyboard.press('ControlOrMeta+c');
	await expect(source.getByText('1 card copied')).toBeAttached();

	// The same person in another tab: the browser remembers who they are.
	const target = await context.newPage();
	await target.goto(pathOf(to.links.participant));
	await expect(target.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
	await canvasOf(target).focus();
	await target.keyboard.press('ControlOrMeta+v');
	const pasted = cardFrom(target, 'Action', 'Lisbon');
	await expect(cardTextbox(pasted)).toHaveValue('Bike lanes');
	// The original board is unchanged: one card there.
	await expect(cardFrom(source, 'Action', 'Lisbon')).toHaveCount(1);
	await context.close();
});

test('a board with 2,000 cards and 500 links opens and fits', async ({
	browser,
	request,
	baseURL,
}) => {
	test.setTimeout(90_000);
	const board = await createBoardViaApi(request, 'Large');
	const participant = new URL(board.links.participant).searchParams.get('token') ?? '';
	await seedBoard(baseURL ?? '', board.id, participant, { cards: 2000, links: 500 });
	const page = await newPerson(browser);
	await joinBoard(page, board.links.viewer, 'Vera', 'Vilnius');
	await expect(page.getByRole('heading', { level: 1, name: 'Large' })).toBeVisible();
	// Only the cards near the view are in the page...
	await expect(cardFrom(page, 'Action', 'Seedville').first()).toBeVisible();
	const near = await page.locator('article.canvas-card').count();
	expect(near).toBeGreaterThan(0);
	expect(near).toBeLessThan(2000);
	// ...and the whole board, fitted, shows every one of them as a light face.
	await page.getByRole('button', { name: 'Fit board' }).click();
	await expect(page.locator('article.canvas-card.light')).toHaveCount(2000, { timeout: 30_000 });
	await expect(page.locator('svg [data-link-id]').first()).toBeAttached();
});

test('a frame around selected cards is named, and moves with its cards for everyone', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Frames');
	const ana = await newPerson(browser);
	const ben = await newPerson(browser);
	await joinBoard(ana, board.links.participant, 'Ana', 'Lisbon');
	await joinBoard(ben, board.links.participant, 'Ben', 'Tartu');
	const card = await addCard(ana, { stage: 'Planning', sector: 'Buildings' }, 'Quick win', {
		city: 'Lisbon',
	});
	await toolbarButton(ana, 'Add frame').click();
	const frame = ana.getByRole('region', { name: 'Untitled frame' });
	await expect(frame).toBeVisible();
	await frame.getByRole('textbox', { name: 'Frame title' }).fill('Quick wins');
	await frame.getByRole('textbox', { name: 'Frame title' }).press('Enter');
	await expect(ben.getByRole('region', { name: 'Frame “Quick wins”' })).toBeVisible();

	const seen = cardFrom(ben, 'Action', 'Lisbon');
	const before = await seen.evaluate((el) => getComputedStyle(el).transform);
	const grip = ana.getByRole('button', {
		name: 'Move Frame “Quick wins” with its cards (arrow keys)',
	});
	await grip.focus();
	await ana.keyboard.press('Shift+ArrowDown');
	await expect.poll(() => seen.evaluate((el) => getComputedStyle(el).transform)).not.toBe(before);
	await expect(card).toBeVisible();
	// Deleting the frame keeps its card.
	await ana.getByRole('button', { name: 'Delete Frame “Quick wins”' }).click();
	await expect(ben.getByRole('region', { name: 'Frame “Quick wins”' })).toHaveCount(0);
	await expect(seen).toBeVisible();
});

test('on a tablet: one finger pans, two fingers pinch to zoom; a narrow window keeps the canvas', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Tablet');
	const context = await browser.newContext({
		hasTouch: true,
		isMobile: true,
		viewport: { width: 600, height: 900 },
	});
	const page = await context.newPage();
	await joinBoard(page, board.links.participant, 'Tia', 'Turku');
	// The session bar arrives with the session's state and moves the canvas down: measure after.
	await expect(page.getByRole('region', { name: 'Session' })).toBeVisible();
	const canvas = canvasOf(page);
	const box = await canvas.boundingBox();
	if (!box) throw new Error('no canvas');
	// The page itself does not scroll sideways; the canvas fills the width.
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow).toBeLessThanOrEqual(0);
	expect(box.width).toBeGreaterThan(500);

	const cdp = await context.newCDPSession(page);
	const touch = (
		type: 'touchStart' | 'touchMove' | 'touchEnd',
		points: { x: number; y: number }[],
	) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
		});
	// The middle of the part of the canvas on screen (the page may continue below the window).
	const cx = box.x + box.width / 2;
	const cy = (box.y + Math.min(box.y + box.height, 900)) / 2;

	const label = canvas.locator('.band-columns .band-label').first();
	const before = (await label.boundingBox())?.x ?? 0;
	await touch('touchStart', [{ x: cx, y: cy }]);
	for (let i = 1; i <= 5; i++) await touch('touchMove', [{ x: cx - 20 * i, y: cy }]);
	await touch('touchEnd', []);
	await expect.poll(async () => (await label.boundingBox())?.x ?? 0).toBeLessThan(before - 50);

	await touch('touchStart', [
		{ x: cx - 40, y: cy },
		{ x: cx + 40, y: cy },
	]);
	for (let i = 1; i <= 5; i++) {
		await touch('touchMove', [
			{ x: cx - 40 - 20 * i, y: cy },
			{ x: cx + 40 + 20 * i, y: cy },
		]);
	}
	await touch('touchEnd', []);
	await expect(zoomLevel(page)).not.toHaveText('100 %');
	const percent = Number((await zoomLevel(page).textContent())?.replace(/\D/g, ''));
	expect(percent).toBeGreaterThan(150);
	await context.close();
});

test('a facilitator resizes a column by keyboard, for everyone; participants cannot', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Bands');
	const fran = await newPerson(browser);
	const ana = await newPerson(browser);
	await joinBoard(fran, board.links.facilitator, 'Fran', 'Ghent');
	await joinBoard(ana, board.links.participant, 'Ana', 'Lisbon');
	const width = fran.getByRole('separator', { name: 'Width of column Planning' });
	const before = Number(await width.getAttribute('aria-valuenow'));
	await width.focus();
	await fran.keyboard.press('ArrowRight');
	await expect(width).toHaveAttribute('aria-valuenow', String(before + 32));
	await expect(ana.getByRole('separator')).toHaveCount(0);
	// The participant's grid follows: the second column starts 32 units further right.
	const label = ana.locator('.band-columns .band-label').nth(1);
	const x0 = (await label.boundingBox())?.x ?? 0;
	await fran.keyboard.press('ArrowRight');
	await expect.poll(async () => (await label.boundingBox())?.x ?? 0).toBeGreaterThan(x0 + 20);
});
