import { expect, test, type Page } from '@playwright/test';
import type { BoardCreated, CohortView } from '@groundwork/protocol';
import { addCard, createBoardViaApi, joinAs, newPerson } from './support/board.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { seedGaps } from './support/seedGaps.js';

/**
 * Every screen passes axe-core (WCAG 2.2 A and AA) with no serious or critical violation:
 * the home page, the board (canvas and list view), the gap list, the facilitator panel,
 * breakouts, history, the cohort's library and comparison, and the public library. (issue 10)
 */

async function openTools(page: Page): Promise<void> {
	await page.getByText('Facilitator tools').click();
	await expect(page.locator('.facilitator-panel')).toBeVisible();
}

async function cohortOf(page: Page, board: BoardCreated): Promise<CohortView> {
	const response = await page.request.post('/api/cohorts', {
		headers: { authorization: `Bearer ${board.tokens.facilitator}` },
		data: {
			title: 'Adriatic–Baltic cohort',
			kind: 'city',
			member: { city: 'Split', country: 'HR' },
		},
	});
	expect(response.status()).toBe(201);
	return (await response.json()) as CohortView;
}

test('the home page and the public library', async ({ browser }) => {
	const page = await newPerson(browser);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectNoSeriousViolations(page);
	await page.getByRole('link', { name: 'Public library of best practices' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Public library of best practices',
	);
	await expectNoSeriousViolations(page);
});

test('the board: canvas, list view, gap list, history and facilitator panel', async ({
	browser,
	request,
	baseURL,
}) => {
	test.slow();
	const board = await createBoardViaApi(request, 'Accessible seminar');
	await seedGaps(baseURL!, board.id, board.tokens.participant, 'Split', [
		{ title: 'No energy manager', category: 'skills_capacity', sector: 'energy', severity: 'high' },
	]);
	const fia = await joinAs(browser, board.links.facilitator, 'Fia', 'Brussels');
	await addCard(fia, { stage: 'Planning', sector: 'Buildings' }, 'Retrofit the schools', {
		city: 'Brussels',
	});
	await expectNoSeriousViolations(fia);

	await fia.getByRole('button', { name: 'List', exact: true }).click();
	await expect(fia.getByRole('heading', { name: 'Planning', exact: true }).first()).toBeVisible();
	await expectNoSeriousViolations(fia);

	await fia.getByRole('button', { name: /^Gaps \d+$/ }).click();
	await expect(fia.getByRole('region', { name: 'Gaps' })).toBeVisible();
	await expectNoSeriousViolations(fia);

	await openTools(fia);
	await expectNoSeriousViolations(fia);

	await fia.getByRole('button', { name: 'History', exact: true }).click();
	const history = fia.getByRole('dialog', { name: 'Board history' });
	await expect(history).toBeVisible();
	await expectNoSeriousViolations(fia);
});

test('breakouts, as the facilitator runs them and a participant works in one', async ({
	browser,
	request,
}) => {
	test.slow();
	const board = await createBoardViaApi(request, 'Breakout seminar');
	const fia = await joinAs(browser, board.links.facilitator, 'Fia', 'Brussels');
	const ana = await joinAs(browser, board.links.participant, 'Ana', 'Split');
	await openTools(fia);
	const tools = fia.locator('.facilitator-panel');
	await tools.getByLabel('Who goes where').selectOption({ label: 'One room per city' });
	await tools.getByRole('button', { name: 'Start breakouts' }).click();
	await expect(ana.getByRole('region', { name: 'Session' })).toContainText('Breakout room: Split');
	await expect(tools.getByRole('list', { name: 'People in Split' })).toBeVisible();
	await expectNoSeriousViolations(fia);
	await expectNoSeriousViolations(ana);
});

test('the cohort view: library, comparison and members', async ({ browser, request }) => {
	const board = await createBoardViaApi(request, 'Split roadmap');
	const page = await newPerson(browser);
	const cohort = await cohortOf(page, board);
	await page.goto(
		`/b/${board.id}?view=cohort&cohort=${cohort.id}&token=${encodeURIComponent(board.tokens.facilitator)}`,
	);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Adriatic–Baltic cohort');
	await expectNoSeriousViolations(page);
	for (const name of ['Compare', 'Members']) {
		await page.getByRole('tab', { name, exact: true }).click();
		await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute(
			'aria-selected',
			'true',
		);
		await expectNoSeriousViolations(page);
	}
});
