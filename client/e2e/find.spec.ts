import { expect, test, type Page } from '@playwright/test';
import {
	addCard,
	cardFrom,
	cardTextbox,
	cell,
	createBoardViaApi,
	joinBoard,
	newPerson,
} from './support/board.js';

/** The count of matching cards, read out politely. */
function findCount(page: Page) {
	return page.getByRole('status').filter({ hasText: /match/ });
}

test('search, filter and highlight, and the list view', async ({ browser, request }) => {
	// Two people and many steps: on a shared, loaded machine this takes longer than 30 s.
	test.slow();
	const board = await createBoardViaApi(request, 'Finding cards');
	const ana = await newPerson(browser);
	const kaarel = await newPerson(browser);
	await joinBoard(ana, board.links.participant, 'Ana', 'Lisbon');
	await joinBoard(kaarel, board.links.participant, 'Kaarel', 'Tartu');
	const retrofit = await addCard(ana, { stage: 'Planning', sector: 'Buildings' }, 'Retrofit', {
		city: 'Lisbon',
	});
	const barrier = await addCard(
		ana,
		{ stage: 'Planning', sector: 'Energy supply' },
		'Grid capacity limits',
		{ kind: 'Barrier', city: 'Lisbon' },
	);
	await addCard(
		kaarel,
		{ stage: 'Enabling & Deep Dive', sector: 'Energy supply' },
		'Écoles solaires',
		{ city: 'Tartu' },
	);
	const tartu = cardFrom(ana, 'Action', 'Tartu');
	await expect(cardTextbox(tartu)).toHaveValue('Écoles solaires');

	// Search ignores case and accents; a result jumps to its card.
	const search = ana.getByRole('searchbox', { name: 'Search cards' });
	await search.fill('ECOLES');
	await expect(findCount(ana)).toHaveText('1 card matches');
	const results = ana.getByRole('list', { name: 'Search results' });
	await expect(results.getByRole('button')).toHaveCount(1);
	await results.getByRole('button', { name: 'Action card from Tartu: Écoles solaires' }).click();
	await expect(cardTextbox(tartu)).toBeFocused();

	// Enter jumps to the first result; the author's name is searched too.
	await search.fill('ana');
	await expect(findCount(ana)).toHaveText('2 cards match');
	await search.press('Enter');
	await expect(cardTextbox(retrofit)).toBeFocused();

	// Escape clears the search.
	await search.fill('grid');
	await expect(findCount(ana)).toHaveText('1 card matches');
	await search.press('Escape');
	await expect(search).toHaveValue('');
	await expect(results).toBeHidden();

	// Filter to Lisbon, highlighting: the Tartu card stays, marked as not matching.
	const filterButton = ana.getByRole('button', { name: 'Filter cards' });
	await filterButton.click();
	await expect(filterButton).toHaveAttribute('aria-expanded', 'true');
	const panel = ana.getByRole('group', { name: 'Card filter' });
	await panel
		.getByRole('group', { name: 'City' })
		.getByRole('checkbox', { name: 'Lisbon' })
		.check();
	await expect(findCount(ana)).toHaveText('2 cards match');
	await expect(panel.getByRole('radio', { name: 'Highlight matches' })).toBeChecked();
	await expect(tartu).toBeVisible();
	await expect(tartu).toHaveAccessibleDescription('Does not match the search or filter');
	await expect(retrofit).toHaveAccessibleDescription('Match');
	await expect(retrofit.getByText('Match', { exact: true })).toBeVisible();
	await expect(barrier.getByText('Match', { exact: true })).toBeVisible();

	// Hiding the others: the Tartu card goes, and its cell says so.
	await panel.getByRole('radio', { name: 'Hide others' }).check();
	await expect(tartu).toBeHidden();
	await expect(cell(ana, 'Enabling & Deep Dive', 'Energy supply')).toContainText(
		'1 card hidden by the filter',
	);
	await expect(retrofit).toBeVisible();
	await expect(retrofit.getByText('Match', { exact: true })).toBeHidden();

	// Escape closes the filter panel and gives focus back to its button.
	await panel.getByRole('radio', { name: 'Hide others' }).focus();
	await ana.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(filterButton).toBeFocused();

	// The list view: a heading per stage and sector, the cards under them, filtered too.
	const listButton = ana.getByRole('button', { name: 'List', exact: true });
	await listButton.click();
	await expect(listButton).toHaveAttribute('aria-pressed', 'true');
	await expect(ana.getByRole('region', { name: 'Board canvas' })).toHaveCount(0);
	const planning = ana.getByRole('region', { name: 'Planning', exact: true });
	await expect(planning.getByRole('heading', { level: 2, name: 'Planning' })).toBeVisible();
	await expect(planning.getByRole('heading', { level: 3, name: 'Buildings' })).toBeVisible();
	const buildings = planning.getByRole('list', { name: 'Cards in Planning · Buildings' });
	await expect(cardFrom(buildings, 'Action', 'Lisbon')).toBeVisible();
	const energy = planning.getByRole('list', { name: 'Cards in Planning · Energy supply' });
	await expect(cardFrom(energy, 'Barrier', 'Lisbon')).toBeVisible();
	const enabling = ana.getByRole('region', { name: 'Enabling & Deep Dive', exact: true });
	await expect(enabling.getByRole('heading', { level: 2 })).toHaveText('Enabling & Deep Dive');
	await expect(cardFrom(enabling, 'Action', 'Tartu')).toHaveCount(0);
	await expect(enabling).toContainText('1 card hidden by the filter');

	// Clearing the filter brings the Tartu card back, under its stage and sector.
	await ana.getByRole('button', { name: 'Clear filters' }).click();
	await expect(filterButton).toBeFocused();
	await expect(findCount(ana)).toBeHidden();
	const enablingEnergy = enabling.getByRole('list', {
		name: 'Cards in Enabling & Deep Dive · Energy supply',
	});
	const listed = cardFrom(enablingEnergy, 'Action', 'Tartu');
	await expect(cardTextbox(listed)).toHaveValue('Écoles solaires');

	// Editing works in the list: text typed there reaches the other person's grid.
	await cardTextbox(cardFrom(buildings, 'Action', 'Lisbon')).press('End');
	await cardTextbox(cardFrom(buildings, 'Action', 'Lisbon')).pressSequentially(' now');
	await expect(cardTextbox(cardFrom(kaarel, 'Action', 'Lisbon'))).toHaveValue('Retrofit now');

	// The search applies to the list too, and the chosen view is remembered.
	await search.fill('solaires');
	await expect(findCount(ana)).toHaveText('1 card matches');
	// Still hiding the others (the mode stays when the filter is cleared).
	await expect(listed).toBeVisible();
	await expect(cardFrom(planning, 'Action', 'Lisbon')).toHaveCount(0);
	await expect(planning.getByText('No matching cards here.')).toHaveCount(2);
	await ana.reload();
	await expect(ana.getByRole('button', { name: 'List', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true',
	);
	await expect(ana.getByRole('heading', { level: 2, name: 'Localisation' })).toBeVisible();
	await ana.getByRole('button', { name: 'Grid', exact: true }).click();
	await expect(ana.getByRole('region', { name: 'Board canvas' })).toBeVisible();
});

test('a card one adds or moves stays in sight while others are hidden', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Kept in sight');
	const ana = await newPerson(browser);
	await joinBoard(ana, board.links.participant, 'Ana', 'Lisbon');
	await addCard(ana, { stage: 'Planning', sector: 'Buildings' }, 'Retrofit', { city: 'Lisbon' });

	// Only barriers, others hidden: the action card goes.
	await ana.getByRole('button', { name: 'Filter cards' }).click();
	const panel = ana.getByRole('group', { name: 'Card filter' });
	await panel
		.getByRole('group', { name: 'Kind' })
		.getByRole('checkbox', { name: 'Barrier' })
		.check();
	await panel.getByRole('radio', { name: 'Hide others' }).check();
	await expect(cardFrom(ana, 'Action', 'Lisbon')).toBeHidden();

	// A new note card is not a barrier, but the one who adds it sees it and types in it.
	const note = await addCard(ana, { stage: 'Localisation', sector: 'Industry' }, 'Heat pumps', {
		kind: 'Note',
		city: 'Lisbon',
	});
	await expect(note).toHaveAccessibleDescription('Does not match the search or filter');

	// In the list view it moves by keyboard and keeps focus.
	await ana.getByRole('button', { name: 'List', exact: true }).click();
	const listed = ana
		.getByRole('list', { name: 'Cards in Localisation · Industry' })
		.getByRole('article', { name: 'Note card from Lisbon' });
	await cardTextbox(listed).focus();
	await ana.keyboard.press('Alt+ArrowLeft');
	const moved = ana
		.getByRole('list', { name: 'Cards in Enabling & Deep Dive · Industry' })
		.getByRole('article', { name: 'Note card from Lisbon' });
	await expect(cardTextbox(moved)).toBeFocused();
	await expect(cardTextbox(moved)).toHaveValue('Heat pumps');
	await expect(ana.getByRole('article', { name: 'Action card from Lisbon' })).toHaveCount(0);
});
