import { expect, test, type Page } from '@playwright/test';
import { en } from '../src/lib/i18n/messages/en.js';
import { LOCALES } from '../src/lib/i18n/locales.js';
import { addCard, createBoardViaApi, joinAs, pathOf } from './support/board.js';

/**
 * The UI in every language of the programme (issue 10): each renders with no message key
 * showing, the language can be switched at any time without losing anything, and is remembered.
 */

const KEYS = Object.keys(en);

/** Message keys that appear as text on the page (a missing translation shows its key). */
async function keysShown(page: Page): Promise<string[]> {
	const text = await page.locator('body').innerText();
	return KEYS.filter((key) => text.includes(key));
}

for (const locale of LOCALES) {
	test(`the home page and a board in ${locale}`, async ({ browser, request }) => {
		const board = await createBoardViaApi(request, 'Multilingual seminar');
		const context = await browser.newContext();
		await context.addInitScript((code) => localStorage.setItem('groundwork.locale', code), locale);
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await keysShown(page)).toEqual([]);
		if (locale !== 'en') {
			await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(en['home.title']);
		}
		await page.goto(pathOf(board.links.participant));
		await expect(page.getByRole('dialog')).toBeVisible();
		expect(await keysShown(page)).toEqual([]);
		await context.close();
	});
}

/** The texts of every text box on the page (card texts among them). */
function texts(page: Page): Promise<string[]> {
	return page
		.locator('textarea')
		.evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
}

test('switching the language keeps the work on the page and is remembered', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Switching languages');
	const ana = await joinAs(browser, board.links.participant, 'Ana', 'Split');
	await addCard(ana, { stage: 'Planning', sector: 'Buildings' }, 'Solarni krovovi', {
		city: 'Split',
	});
	await ana.getByRole('combobox', { name: 'Language' }).selectOption('hr');
	await expect(ana.locator('html')).toHaveAttribute('lang', 'hr');
	// The UI around the work is in Croatian now (the switcher's own label too); the card and
	// its text are untouched, in the language they were written in.
	await expect(ana.getByRole('combobox', { name: 'Language' })).toHaveCount(0);
	expect(await texts(ana)).toContain('Solarni krovovi');
	expect(await keysShown(ana)).toEqual([]);
	// Remembered on this device.
	await ana.reload();
	await expect(ana.locator('html')).toHaveAttribute('lang', 'hr');
	await expect.poll(() => texts(ana)).toContain('Solarni krovovi');
});
