import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	addCard,
	cardFrom,
	cardTextbox,
	cell,
	createBoardViaApi,
	joinAs,
	showCell,
} from './support/board.js';

/** Opens the board's history; returns the dialog. */
async function openHistory(page: Page): Promise<Locator> {
	await page.getByRole('button', { name: 'History', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Board history' });
	await expect(dialog).toBeVisible();
	return dialog;
}

/** The card from Split in a Planning cell, as `page` shows it (brought into view first). */
async function splitCard(page: Page, sector: string): Promise<Locator> {
	await showCell(page, 'Planning', sector);
	return cardFrom(cell(page, 'Planning', sector), 'Action', 'Split');
}

test('save a version, delete cards, bring one back and restore the rest for everyone; look at the version read-only', async ({
	browser,
	request,
}) => {
	// Two people in two browsers and many steps: slower than 30 s on a shared machine.
	test.slow();
	const board = await createBoardViaApi(request, 'Roadmap of Split');
	const fia = await joinAs(browser, board.links.facilitator, 'Fia', 'Brussels');
	const ana = await joinAs(browser, board.links.participant, 'Ana', 'Split');
	await addCard(ana, { stage: 'Planning', sector: 'Buildings' }, 'Solar roofs', { city: 'Split' });
	await addCard(ana, { stage: 'Planning', sector: 'Energy supply' }, 'Heat network', {
		city: 'Split',
	});
	await expect(cardTextbox(await splitCard(fia, 'Energy supply'))).toHaveValue('Heat network');

	// The facilitator saves a named version.
	let history = await openHistory(fia);
	await history.getByLabel('Name of the version').fill('Before the clean-up');
	await history.getByRole('button', { name: 'Save version' }).click();
	const versions = history.getByRole('list', { name: 'Versions, newest first' });
	await expect(versions).toContainText('Before the clean-up');
	await expect(versions).toContainText('Split: 2 added');
	await history.getByRole('button', { name: 'Close history' }).click();

	// Ana deletes both cards.
	for (const sector of ['Buildings', 'Energy supply']) {
		const card = await splitCard(ana, sector);
		await card.locator('.card-kind').click();
		await card.getByRole('button', { name: 'Delete card' }).click();
		await expect(card).toHaveCount(0);
	}

	// What differs from now: both deleted; Fia brings one back, Ana sees it.
	history = await openHistory(fia);
	await history
		.getByRole('button', { name: 'What differs from now: “Before the clean-up”' })
		.click();
	const comparison = history.getByRole('region', {
		name: 'What differs between “Before the clean-up” and now',
	});
	await expect(comparison).toContainText('Deleted since (2)');
	await comparison.getByRole('button', { name: 'Bring back Solar roofs' }).click();
	await expect(comparison).toContainText('Deleted since (1)');
	await expect(cardTextbox(await splitCard(ana, 'Buildings'))).toHaveValue('Solar roofs');

	// Restoring the whole version brings back the other, for everyone, after a confirmation.
	await history.getByRole('button', { name: 'Restore “Before the clean-up”' }).click();
	await history.getByRole('button', { name: 'Yes, restore it' }).click();
	await expect(versions).toContainText('Before restoring “Before the clean-up”');
	await expect(cardTextbox(await splitCard(ana, 'Energy supply'))).toHaveValue('Heat network');
	await expect(comparison).toContainText('The board is as it was then.');

	// A version opens read-only in place of the board, and the live board comes back.
	await history.getByRole('button', { name: 'View “Before the clean-up”' }).click();
	await expect(history).toBeHidden();
	const banner = fia.getByRole('region', { name: 'Board history' });
	await expect(banner).toContainText('You are looking at “Before the clean-up”');
	// Read-only: no "Add card" to bring a cell into view; the view is where Fia left it.
	const old = cardFrom(cell(fia, 'Planning', 'Energy supply'), 'Action', 'Split');
	await expect(cardTextbox(old)).toHaveValue('Heat network');
	await expect(cardTextbox(old)).not.toBeEditable();
	await banner.getByRole('button', { name: 'Back to the live board' }).click();
	await expect(banner).toBeHidden();
	await expect(fia.getByRole('button', { name: 'History', exact: true })).toBeFocused();
	await expect(cardTextbox(await splitCard(fia, 'Buildings'))).toBeEditable();
});

test('a participant sees the history and brings back a card, but cannot save or restore versions', async ({
	browser,
	request,
}) => {
	test.slow();
	const board = await createBoardViaApi(request, 'Participant history');
	const ana = await joinAs(browser, board.links.participant, 'Ana', 'Split');
	await addCard(ana, { stage: 'Planning', sector: 'Buildings' }, 'Bike lanes', { city: 'Split' });
	const response = await request.post(`/api/boards/${board.id}/versions`, {
		headers: { authorization: `Bearer ${board.tokens.facilitator}` },
		data: { label: 'Kick-off' },
	});
	expect(response.status()).toBe(201);
	const card = await splitCard(ana, 'Buildings');
	await card.locator('.card-kind').click();
	await card.getByRole('button', { name: 'Delete card' }).click();
	await expect(card).toHaveCount(0);

	const history = await openHistory(ana);
	await expect(history.getByRole('button', { name: 'Save version' })).toHaveCount(0);
	await expect(history.getByRole('button', { name: 'Restore “Kick-off”' })).toHaveCount(0);
	await history.getByRole('button', { name: 'What differs from now: “Kick-off”' }).click();
	await history.getByRole('button', { name: 'Bring back Bike lanes' }).click();
	await history.getByRole('button', { name: 'Close history' }).click();
	await expect(cardTextbox(await splitCard(ana, 'Buildings'))).toHaveValue('Bike lanes');
});
