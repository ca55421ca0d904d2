import { expect, test } from '@playwright/test';
import {
	addCard,
	cardFrom,
	cell,
	createBoardViaApi,
	joinBoard,
	newPerson,
} from './support/board.js';

test('a reload keeps the cards and the remembered identity', async ({ browser, request }) => {
	const board = await createBoardViaApi(request, 'Persistent');
	const page = await newPerson(browser);
	await joinBoard(page, board.links.participant, 'Ana', 'Lisbon');
	await addCard(page, { stage: 'Localisation', sector: 'Waste & circular economy' }, 'Compost', {
		kind: 'Milestone',
		city: 'Lisbon',
	});

	await page.reload();
	// The identity is remembered: no join dialog this time.
	await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
	await expect(page.getByRole('dialog', { name: 'Join the board' })).toBeHidden();
	const card = cardFrom(
		cell(page, 'Localisation', 'Waste & circular economy'),
		'Milestone',
		'Lisbon',
	);
	await expect(card.getByRole('textbox', { name: 'Card text' })).toHaveValue('Compost');

	// "Change name or city" reopens the dialog with the remembered values.
	await page.getByRole('button', { name: 'Change name or city' }).click();
	const dialog = page.getByRole('dialog', { name: 'Join the board' });
	await expect(dialog.getByLabel('Your name')).toHaveValue('Ana');
	await expect(dialog.getByLabel('Your city')).toHaveValue('Lisbon');
});
