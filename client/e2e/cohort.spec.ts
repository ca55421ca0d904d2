import { expect, test, type Locator, type Page } from '@playwright/test';
import type { BoardCreated } from '@groundwork/protocol';
import {
	addCard,
	cardFrom,
	cardTextbox,
	cell,
	createBoardViaApi,
	joinAs,
	joinBoard,
	newPerson,
	pathOf,
	showCell,
} from './support/board.js';
import { seedGaps } from './support/seedGaps.js';

/** Opens the board's Cohort dialog. */
async function openCohortDialog(page: Page): Promise<Locator> {
	await page.getByRole('button', { name: 'Cohort', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Cohort' });
	await expect(dialog).toBeVisible();
	return dialog;
}

/** Joins a city's board to the cohort through the API, with the board's facilitator token. */
async function joinByApi(page: Page, board: BoardCreated, invite: string, city: string) {
	const response = await page.request.post('/api/cohorts/join', {
		headers: { authorization: `Bearer ${board.tokens.facilitator}` },
		data: { invite, kind: 'city', member: { city, country: 'EU' } },
	});
	expect(response.status()).toBe(200);
}

function tab(page: Page, name: string): Locator {
	return page.getByRole('tab', { name, exact: true });
}

test('three cities in a cohort: Split shares a success, the coordinator approves it, Tartu copies it into its roadmap, and the comparison shows the gap Split and Lisbon share', async ({
	browser,
	request,
	baseURL,
}) => {
	// Four people in four browsers and many steps: slower than 30 s on a shared machine.
	test.slow();
	const seminar = await createBoardViaApi(request, 'Planning seminar');
	const split = await createBoardViaApi(request, 'Split roadmap');
	const tartu = await createBoardViaApi(request, 'Tartu roadmap');
	const lisbon = await createBoardViaApi(request, 'Lisbon roadmap');

	// The programme's facilitator makes a cohort from the seminar board.
	const fia = await joinAs(browser, seminar.links.facilitator, 'Fia', 'Brussels');
	const dialog = await openCohortDialog(fia);
	const create = dialog.getByRole('form', { name: 'Create a cohort' });
	await create.getByLabel('Name of the cohort').fill('Adriatic–Baltic cohort');
	await create.getByRole('radio', { name: 'A seminar board of the programme' }).check();
	await create.getByRole('button', { name: 'Create cohort' }).click();
	await expect(dialog.getByText('Cohort “Adriatic–Baltic cohort” created.')).toBeVisible();
	await dialog.getByRole('link', { name: 'Open the cohort view' }).click();
	await expect(fia.getByRole('heading', { level: 1 })).toContainText('Adriatic–Baltic cohort');
	await expect(fia).not.toHaveURL(/token=/);
	await tab(fia, 'Members').click();
	const inviteField = fia.getByRole('textbox', { name: 'Invitation link' });
	await expect(inviteField).toHaveValue(/invite=/);
	const inviteUrl = await inviteField.inputValue();
	const invite = new URL(inviteUrl).searchParams.get('invite') ?? '';

	// Split's facilitator opens the invitation and adds the Split board.
	const ana = await newPerson(browser);
	await joinBoard(ana, split.links.facilitator, 'Ana', 'Split');
	await ana.goto(pathOf(inviteUrl));
	const invitation = ana.getByRole('region', { name: 'Join a cohort' });
	await expect(
		invitation.getByText('You are invited to add a board to the cohort “Adriatic–Baltic cohort”.'),
	).toBeVisible();
	await invitation.getByLabel('Board to add').selectOption({ label: 'Split roadmap' });
	await invitation.getByRole('radio', { name: 'A city’s roadmap' }).check();
	await invitation.getByLabel('City', { exact: true }).fill('Split');
	await invitation.getByLabel('Country').fill('Croatia');
	await invitation.getByRole('button', { name: 'Join the cohort' }).click();
	await expect(
		invitation.getByText('“Split roadmap” is now in the cohort “Adriatic–Baltic cohort”.'),
	).toBeVisible();
	// Tartu and Lisbon join the same way, through the API the page uses.
	await joinByApi(fia, tartu, invite, 'Tartu');
	await joinByApi(fia, lisbon, invite, 'Lisbon');
	await expect(fia.getByRole('rowheader', { name: 'Lisbon', exact: true })).toBeVisible();

	// Split and Lisbon both lack energy engineers (shared with the cohort); Split's budget gap
	// is for Split only.
	await seedGaps(baseURL!, split.id, split.tokens.participant, 'Split', [
		{
			title: 'Too few energy engineers',
			category: 'skills_capacity',
			sector: 'energy',
			severity: 'high',
			visibility: 'cohort',
		},
		{
			title: 'Split internal budget gap',
			category: 'finance_funding',
			sector: 'energy',
			severity: 'critical',
		},
	]);
	await seedGaps(baseURL!, lisbon.id, lisbon.tokens.participant, 'Lisbon', [
		{
			title: 'No energy managers',
			category: 'skills_capacity',
			sector: 'energy',
			severity: 'medium',
			visibility: 'cohort',
		},
	]);

	// Ana shares a success of Split in the library and submits it.
	await ana.goto(pathOf(split.links.facilitator));
	await expect(ana.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
	const success = await addCard(
		ana,
		{ stage: 'Localisation', sector: 'Mobility & transport' },
		'School streets',
		{
			kind: 'Success',
			city: 'Split',
		},
	);
	await success
		.getByRole('button', { name: 'Details of Success card from Split', exact: true })
		.click();
	const details = ana.getByRole('complementary', { name: 'Card details' });
	await details.getByRole('button', { name: 'Share in the library' }).click();
	const share = ana.getByRole('dialog', { name: 'Share in the cohort’s library' });
	await share.getByLabel('Contact').fill('mobility@split.example');
	await share.getByRole('button', { name: 'Submit for approval' }).click();
	await expect(ana.getByText('“School streets” was submitted')).toBeVisible();

	// The coordinator sees it waiting, live, and approves it.
	await tab(fia, 'Library').click();
	const waiting = fia.getByRole('region', { name: 'Waiting for approval' });
	await expect(waiting.getByRole('heading', { name: 'School streets' })).toBeVisible();
	await waiting.getByRole('button', { name: 'Details of “School streets”' }).click();
	await waiting.getByRole('button', { name: 'Approve' }).click();
	const approved = fia.getByRole('region', { name: 'Approved practices' });
	await expect(approved.getByRole('heading', { name: 'School streets' })).toBeVisible();

	// Jonas from Tartu copies it into Tartu's roadmap from the cohort view.
	const jonas = await joinAs(browser, tartu.links.participant, 'Jonas', 'Tartu');
	await jonas.goto(
		`/b/${tartu.id}?view=cohort&token=${encodeURIComponent(tartu.tokens.participant)}`,
	);
	const library = jonas.getByRole('region', { name: 'Approved practices' });
	await library.getByRole('button', { name: 'Details of “School streets”' }).click();
	await expect(library.getByText('mobility@split.example')).toBeVisible();
	await library.getByRole('button', { name: 'Copy into my board' }).click();
	await expect(
		jonas.getByText('“School streets” was copied into your board as an action card.'),
	).toBeVisible();
	// The coordinator's view shows, live, who copied it and how far they got.
	const toggle = approved.getByRole('button', { name: 'Details of “School streets”' });
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
	await expect(approved.getByText(/Tartu.*Considering/)).toBeVisible();

	// The copy is an action on Tartu's board, in the practice's stage and sector.
	await jonas.goto(pathOf(tartu.links.participant));
	await showCell(jonas, 'Localisation', 'Mobility & transport');
	const copy = cardFrom(cell(jonas, 'Localisation', 'Mobility & transport'), 'Action', 'Tartu');
	await expect(cardTextbox(copy)).toHaveValue('School streets');

	// Tartu reports how far it got; the library shows it to the coordinator without a reload.
	await copy
		.getByRole('button', { name: 'Details of Action card from Tartu', exact: true })
		.click();
	const copyDetails = jonas.getByRole('complementary', { name: 'Card details' });
	await expect(copyDetails.getByText('Copied from the cohort library')).toBeVisible();
	await copyDetails.getByLabel('How far have you got?').selectOption({ label: 'Implemented' });
	await tab(fia, 'Library').click();
	await expect(approved.getByText(/Tartu.*Implemented/)).toBeVisible();

	// The comparison shows the gap Split and Lisbon share, and not Split's city-only gap.
	await tab(fia, 'Compare').click();
	const shared = fia.getByRole('region', { name: 'Gaps several cities share' });
	await expect(shared.getByText('2 cities: Lisbon, Split')).toBeVisible();
	await expect(shared.getByText('Split: Too few energy engineers')).toBeVisible();
	await expect(fia.getByText('Split internal budget gap')).toHaveCount(0);

	// The coordinator publishes it; anyone finds it in the public library, without a link.
	await tab(fia, 'Library').click();
	await approved.getByRole('button', { name: 'Publish in the public library' }).click();
	await expect(approved.getByText('In the public library', { exact: true })).toBeVisible();
	const visitor = await newPerson(browser);
	await visitor.goto('/');
	await visitor.getByRole('link', { name: 'Public library of best practices' }).click();
	await expect(visitor.getByRole('heading', { name: 'School streets' })).toBeVisible();
	await expect(visitor.getByRole('button', { name: 'Copy into my board' })).toHaveCount(0);
});
