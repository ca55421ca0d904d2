import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	addCard,
	cardFrom,
	cell,
	createBoardViaApi,
	joinBoard,
	newPerson,
} from './support/board.js';

/** The card details side panel. */
function detailsPanel(page: Page): Locator {
	return page.getByRole('complementary', { name: 'Card details' });
}

/** Opens the details panel of `card` with its "Details of …" button. */
async function openDetails(page: Page, card: Locator, cardName: string): Promise<Locator> {
	await card.getByRole('button', { name: `Details of ${cardName}`, exact: true }).click();
	const panel = detailsPanel(page);
	await expect(panel).toBeVisible();
	await expect(panel).toContainText(cardName);
	return panel;
}

test('two participants edit a card’s details and see each other’s changes live', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Details');
	const lisbon = await newPerson(browser);
	const tartu = await newPerson(browser);
	await joinBoard(lisbon, board.links.participant, 'Ana', 'Lisbon');
	await joinBoard(tartu, board.links.participant, 'Kaarel', 'Tartu');
	const mine = await addCard(lisbon, { stage: 'Planning', sector: 'Buildings' }, 'Retrofit', {
		city: 'Lisbon',
	});
	const theirs = cardFrom(cell(tartu, 'Planning', 'Buildings'), 'Action', 'Lisbon');
	await expect(theirs.getByRole('textbox', { name: 'Card text' })).toHaveValue('Retrofit');

	const panel = await openDetails(lisbon, mine, 'Action card from Lisbon');
	await panel.getByLabel('Status', { exact: true }).selectOption({ label: 'In progress' });
	await panel.getByLabel('Cost (EUR)').fill('125000');
	await panel.getByLabel('Cost (EUR)').press('Tab');
	await expect(mine.getByText('Status: In progress')).toBeVisible();

	// The other participant sees the status on the card's face, and the values in their panel.
	await expect(theirs.getByText('Status: In progress')).toBeVisible();
	const theirPanel = await openDetails(tartu, theirs, 'Action card from Lisbon');
	await expect(
		theirPanel.getByLabel('Status', { exact: true }).locator('option:checked'),
	).toHaveText('In progress');
	await expect(theirPanel.getByLabel('Cost (EUR)')).toHaveValue('125000');

	// While it is open, their panel follows changes live: a lever and a funding source.
	await panel.getByRole('checkbox', { name: 'Finance' }).check();
	await panel.getByRole('button', { name: 'Add funding source' }).click();
	await panel.getByLabel('Funding source 1', { exact: true }).selectOption({ label: 'EU' });
	await expect(theirPanel.getByRole('checkbox', { name: 'Finance' })).toBeChecked();
	await expect(
		theirPanel.getByLabel('Funding source 1', { exact: true }).locator('option:checked'),
	).toHaveText('EU');
	await expect(theirPanel.getByLabel('Status of funding source 1')).toHaveValue('identified');

	// A bad number is refused with a message; nothing is written.
	const cost = panel.getByLabel('Cost (EUR)');
	await cost.fill('-5');
	await cost.press('Tab');
	await expect(cost).toHaveAttribute('aria-invalid', 'true');
	await expect(panel.getByText('Enter a number of 0 or more')).toBeVisible();
	await expect(theirPanel.getByLabel('Cost (EUR)')).toHaveValue('125000');
	await cost.fill('90000');
	await cost.press('Tab');
	await expect(cost).not.toHaveAttribute('aria-invalid', 'true');
	await expect(theirPanel.getByLabel('Cost (EUR)')).toHaveValue('90000');

	// Long texts merge: both type into a success card's "What worked" at once.
	const success = await addCard(
		lisbon,
		{ stage: 'Enabling & Deep Dive', sector: 'Energy supply' },
		'Solar co-op',
		{
			kind: 'Success',
			city: 'Lisbon',
		},
	);
	const mySuccess = await openDetails(lisbon, success, 'Success card from Lisbon');
	const theirSuccessCard = cardFrom(tartu, 'Success', 'Lisbon');
	const theirSuccess = await openDetails(tartu, theirSuccessCard, 'Success card from Lisbon');
	const myText = mySuccess.getByLabel('What worked');
	const theirText = theirSuccess.getByLabel('What worked');
	await myText.fill('Shares');
	await expect(theirText).toHaveValue('Shares');
	await myText.press('End');
	await theirText.press('Home');
	await Promise.all([
		myText.pressSequentially(' for residents'),
		theirText.pressSequentially('Cheap '),
	]);
	for (const field of [myText, theirText]) {
		await expect(field).toHaveValue('Cheap Shares for residents');
	}
	await mySuccess
		.getByRole('checkbox', { name: 'May be promoted to the best-practice library' })
		.check();
	await expect(theirSuccessCard.getByText('Best-practice candidate')).toBeVisible();
});

test('a viewer sees the details read-only', async ({ browser, request }) => {
	const board = await createBoardViaApi(request, 'Details read only');
	const participant = await newPerson(browser);
	const viewer = await newPerson(browser);
	await joinBoard(participant, board.links.participant, 'Ana', 'Lisbon');
	const card = await addCard(
		participant,
		{ stage: 'Planning', sector: 'Energy supply' },
		'Grid limits',
		{
			kind: 'Barrier',
			city: 'Lisbon',
		},
	);
	const panel = await openDetails(participant, card, 'Barrier card from Lisbon');
	await panel.getByLabel('Severity').selectOption({ label: 'High' });
	await expect(card.getByText('Severity: High')).toBeVisible();

	await joinBoard(viewer, board.links.viewer, 'Olga', 'Gdynia');
	const seen = cardFrom(viewer, 'Barrier', 'Lisbon');
	await expect(seen.getByText('Severity: High')).toBeVisible();
	const viewerPanel = await openDetails(viewer, seen, 'Barrier card from Lisbon');
	await expect(
		viewerPanel.getByText('You can read these details but not change them.'),
	).toBeVisible();
	await expect(viewerPanel.getByLabel('Severity')).toBeDisabled();
	await expect(viewerPanel.getByLabel('Severity').locator('option:checked')).toHaveText('High');
	await expect(viewerPanel.getByLabel('Gap category')).toBeDisabled();
	for (const lever of await viewerPanel.getByRole('checkbox').all()) {
		await expect(lever).toBeDisabled();
	}
	await expect(viewerPanel.getByRole('checkbox')).toHaveCount(7);
	// Still live for the viewer.
	await panel.getByLabel('Severity').selectOption({ label: 'Critical' });
	await expect(viewerPanel.getByLabel('Severity').locator('option:checked')).toHaveText('Critical');
	await expect(seen.getByText('Severity: Critical')).toBeVisible();
});

test('keyboard: Details opens the panel, Escape closes it and focus returns', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Details keyboard');
	const page = await newPerson(browser);
	await joinBoard(page, board.links.participant, 'Ana', 'Lisbon');
	const card = await addCard(
		page,
		{ stage: 'Planning', sector: 'Mobility & transport' },
		'Bus lanes',
		{
			kind: 'Milestone',
			city: 'Lisbon',
		},
	);
	const details = card.getByRole('button', { name: 'Details of Milestone card from Lisbon' });
	await details.focus();
	await page.keyboard.press('Enter');
	const panel = detailsPanel(page);
	await expect(panel).toBeVisible();
	await expect(details).toHaveAttribute('aria-expanded', 'true');
	await expect(panel.getByRole('heading', { name: 'Card details' })).toBeFocused();

	await page.keyboard.press('Tab');
	await expect(panel.getByRole('button', { name: 'Close card details' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(panel.getByLabel('Date or year')).toBeFocused();
	await page.keyboard.type('2030');
	await page.keyboard.press('Tab');
	await expect(card.getByText('Date: 2030')).toBeVisible();
	await expect(panel.getByLabel('Milestone kind')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(details).toBeFocused();
	await expect(details).toHaveAttribute('aria-expanded', 'false');

	// The close button does the same.
	await page.keyboard.press('Enter');
	await expect(panel).toBeVisible();
	await panel.getByRole('button', { name: 'Close card details' }).click();
	await expect(panel).toBeHidden();
	await expect(details).toBeFocused();

	// Narrow screens (or 200% zoom): the panel spans the width above the board.
	await page.setViewportSize({ width: 640, height: 800 });
	await page.keyboard.press('Enter');
	await expect(panel).toBeVisible();
	const panelBox = await panel.boundingBox();
	const gridBox = await page.getByRole('region', { name: 'Board canvas' }).boundingBox();
	expect(panelBox && gridBox && panelBox.y + panelBox.height <= gridBox.y).toBe(true);
	expect(panelBox && panelBox.width > 560).toBe(true);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow).toBeLessThanOrEqual(0);
});
