import { expect, test, type Page } from '@playwright/test';
import { createBoardViaApi, joinBoard } from './support/board.js';

/**
 * At 200% zoom on a 1280-pixel screen (a 640-pixel-wide layout) and on a phone, the pages fit
 * their width: nothing needs sideways scrolling of the page, and the main controls stay in
 * reach. (WCAG 1.4.10 Reflow; issue 10)
 */

/** How far the page is wider than the window (the canvas pans inside its own frame). */
async function overflow(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const width of [640, 360]) {
	test(`home, board and gap list fit a ${width}-pixel-wide screen`, async ({
		browser,
		request,
	}) => {
		const board = await createBoardViaApi(request, 'Narrow seminar');
		const context = await browser.newContext({ viewport: { width, height: 800 } });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await joinBoard(page, board.links.participant, 'Ana', 'Split');
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await expect(page.getByRole('button', { name: 'History', exact: true })).toBeInViewport();
		await page.getByRole('button', { name: /^Gaps \d+$/ }).click();
		await expect(page.getByRole('region', { name: 'Gaps' })).toBeVisible();
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await context.close();
	});
}
