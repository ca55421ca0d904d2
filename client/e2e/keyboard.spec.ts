import { expect, test, type Locator, type Page } from '@playwright/test';
import { cardFrom, cardTextbox, cell, pathOf } from './support/board.js';

/**
 * Everything by keyboard alone (issue 10): create a board, add and link cards, fill a gap and
 * vote, with no click and no pointer. Locators only check where the focus is.
 */

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 120, key = 'Tab'): Promise<void> {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) {
			return;
		}
		await page.keyboard.press(key);
	}
	await expect(target).toBeFocused();
}

/** Presses Enter on `target`, reached by Tab. */
async function activate(page: Page, target: Locator): Promise<void> {
	await tabTo(page, target);
	await page.keyboard.press('Enter');
}

/** Fills the join dialog, which takes the focus, by keys. */
async function joinByKeyboard(page: Page, name: string, city: string): Promise<void> {
	const join = page.getByRole('dialog', { name: 'Join the board' });
	await expect(join.getByLabel('Your name')).toBeFocused();
	await page.keyboard.type(name);
	await page.keyboard.press('Tab');
	await page.keyboard.type(city);
	await activate(page, join.getByRole('button', { name: 'Join board' }));
	await expect(join).toBeHidden();
}

test('create a board, add and link cards, fill a gap and vote, by keyboard alone', async ({
	browser,
}) => {
	test.slow();
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/');

	// Create a board: the form is the first thing after the header.
	await tabTo(page, page.getByLabel('Board title'));
	await page.keyboard.type('Keyboard seminar');
	await page.keyboard.press('Enter');
	const open = page.getByRole('link', { name: 'Open board as facilitator' });
	await expect(open).toBeVisible();
	const participantLink = await page.locator('#share-participant').inputValue();
	await activate(page, open);
	await joinByKeyboard(page, 'Fia', 'Brussels');

	// Two cards, typed in place.
	const buildings = cell(page, 'Planning', 'Buildings');
	await activate(page, buildings.getByRole('button', { name: 'Add card to Planning · Buildings' }));
	const retrofit = cardFrom(buildings, 'Action', 'Brussels');
	await expect(cardTextbox(retrofit)).toBeFocused();
	await page.keyboard.type('Retrofit schools');
	await page.keyboard.press('Escape');
	const energy = cell(page, 'Planning', 'Energy supply');
	await activate(
		page,
		energy.getByRole('button', { name: 'Add card to Planning · Energy supply' }),
	);
	const heat = cardFrom(energy, 'Action', 'Brussels');
	await expect(cardTextbox(heat)).toBeFocused();
	await page.keyboard.type('Heat map');

	// Link them: from the first card's actions, the link dialog, all by keys.
	await cardTextbox(retrofit).focus();
	await activate(page, retrofit.getByRole('button', { name: 'Link', exact: true }));
	const linkDialog = page.getByRole('dialog');
	await expect(linkDialog.getByRole('searchbox', { name: 'Find a card' })).toBeFocused();
	await page.keyboard.type('Heat');
	await tabTo(page, linkDialog.getByRole('listbox', { name: 'Card to link to' }));
	await page.keyboard.press('ArrowDown');
	await activate(page, linkDialog.getByRole('button', { name: 'Add link' }));
	await expect(linkDialog.getByText('Retrofit schools enables Heat map')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(linkDialog).toBeHidden();

	// A gap: open the list, add one, give it a title and a category.
	await activate(page, page.getByRole('button', { name: /^Gaps \d+$/ }));
	const gaps = page.getByRole('region', { name: 'Gaps' });
	await activate(page, gaps.getByRole('button', { name: 'Add gap' }));
	await expect(gaps.getByRole('textbox', { name: 'Title of gap 1' })).toBeFocused();
	await page.keyboard.type('No energy manager');
	const category = gaps.getByRole('combobox', { name: /^Category of gap/ });
	await tabTo(page, category);
	await page.keyboard.press('ArrowDown');
	await expect(category).not.toHaveValue('');

	// A vote: the facilitator starts it from the tools; a participant votes by keyboard.
	await activate(page, page.getByText('Facilitator tools'));
	const tools = page.locator('.facilitator-panel');
	await activate(page, tools.getByRole('button', { name: 'Start vote' }));
	const jonas = await (await browser.newContext()).newPage();
	await jonas.goto(pathOf(participantLink));
	await joinByKeyboard(jonas, 'Jonas', 'Tartu');
	const card = cardFrom(cell(jonas, 'Planning', 'Buildings'), 'Action', 'Brussels');
	await cardTextbox(card).focus();
	await activate(jonas, card.getByRole('button', { name: 'Vote for Action card from Brussels' }));
	await expect(jonas.getByRole('region', { name: 'Session' })).toContainText(
		/You have \d+ votes? left/,
	);
	await expect(card.locator('.vote-buttons')).not.toContainText('No vote from you');
	await context.close();
});
