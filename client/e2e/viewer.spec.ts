import { expect, test } from '@playwright/test';
import {
	addCard,
	cardFrom,
	cell,
	createBoardViaApi,
	joinBoard,
	newPerson,
	presenceList,
} from './support/board.js';

test('a viewer sees the cards but cannot change anything', async ({ browser, request }) => {
	const board = await createBoardViaApi(request, 'Read only');
	const participant = await newPerson(browser);
	const viewer = await newPerson(browser);
	await joinBoard(participant, board.links.participant, 'Ana', 'Lisbon');
	await addCard(participant, { stage: 'Planning', sector: 'Energy supply' }, 'Solar roofs', {
		city: 'Lisbon',
	});

	await joinBoard(viewer, board.links.viewer, 'Olga', 'Gdynia');
	await expect(viewer.getByText('You are viewing this board')).toBeVisible();
	await expect(presenceList(viewer)).toContainText('Olga (you) · Gdynia · Viewer');
	await expect(presenceList(participant)).toContainText('Olga · Gdynia · Viewer');
	const seen = cardFrom(cell(viewer, 'Planning', 'Energy supply'), 'Action', 'Lisbon');
	const text = seen.getByRole('textbox', { name: 'Card text' });
	await expect(text).toHaveValue('Solar roofs');
	await expect(text).toHaveAttribute('readonly', '');
	await expect(viewer.getByRole('button', { name: /^Add card to/ })).toHaveCount(0);
	await expect(seen.getByRole('button', { name: 'Delete card' })).toHaveCount(0);
	await expect(seen.getByRole('button', { name: 'Move card' })).toHaveCount(0);
	await expect(seen.getByLabel('Card kind')).toHaveCount(0);

	await text.click();
	await text.press('End');
	await viewer.keyboard.type(' hacked');
	await text.press('Alt+ArrowRight');
	await expect(text).toHaveValue('Solar roofs');

	// The participant's view is unchanged, and still in the same cell.
	const original = cardFrom(cell(participant, 'Planning', 'Energy supply'), 'Action', 'Lisbon');
	await expect(original.getByRole('textbox', { name: 'Card text' })).toHaveValue('Solar roofs');
	// A fresh visitor gets the server's state: nothing from the viewer reached it.
	const fresh = await newPerson(browser);
	await joinBoard(fresh, board.links.participant, 'Kaarel', 'Tartu');
	const fromServer = cardFrom(cell(fresh, 'Planning', 'Energy supply'), 'Action', 'Lisbon');
	await expect(fromServer.getByRole('textbox', { name: 'Card text' })).toHaveValue('Solar roofs');
});
