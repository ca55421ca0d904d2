import { expect, test } from '@playwright/test';
import {
	addCard,
	cardFrom,
	cell,
	createBoardViaApi,
	joinBoard,
	newPerson,
	presenceList,
	showCell,
} from './support/board.js';

test('two participants from two cities see each other’s cards and presence', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Two cities');
	const lisbon = await newPerson(browser);
	const tartu = await newPerson(browser);
	await joinBoard(lisbon, board.links.participant, 'Ana', 'Lisbon');
	await joinBoard(tartu, board.links.participant, 'Kaarel', 'Tartu');

	await expect(lisbon.getByRole('heading', { level: 1, name: 'Two cities' })).toBeVisible();
	for (const [page, self, other] of [
		[lisbon, 'Ana (you) · Lisbon', 'Kaarel · Tartu'],
		[tartu, 'Kaarel (you) · Tartu', 'Ana · Lisbon'],
	] as const) {
		await expect(presenceList(page).getByRole('listitem')).toHaveCount(2);
		await expect(presenceList(page)).toContainText(`${self} · Participant`);
		await expect(presenceList(page)).toContainText(`${other} · Participant`);
	}

	await addCard(lisbon, { stage: 'Planning', sector: 'Buildings' }, 'Retrofit schools', {
		city: 'Lisbon',
	});
	await addCard(tartu, { stage: 'Localisation', sector: 'Mobility & transport' }, 'Bike lanes', {
		kind: 'Success',
		city: 'Tartu',
	});

	// Each looks at the other's cell (the canvas renders the cards near one's view).
	await showCell(tartu, 'Planning', 'Buildings');
	const lisbonCardAtTartu = cardFrom(cell(tartu, 'Planning', 'Buildings'), 'Action', 'Lisbon');
	await expect(lisbonCardAtTartu.getByRole('textbox', { name: 'Card text' })).toHaveValue(
		'Retrofit schools',
	);
	await showCell(lisbon, 'Localisation', 'Mobility & transport');
	const tartuCardAtLisbon = cardFrom(
		cell(lisbon, 'Localisation', 'Mobility & transport'),
		'Success',
		'Tartu',
	);
	await expect(tartuCardAtLisbon.getByRole('textbox', { name: 'Card text' })).toHaveValue(
		'Bike lanes',
	);

	// Both type into the same card at once: both keep their text.
	const mine = cardFrom(lisbon, 'Action', 'Lisbon').getByRole('textbox', { name: 'Card text' });
	const theirs = lisbonCardAtTartu.getByRole('textbox', { name: 'Card text' });
	await mine.press('End');
	await theirs.press('Home');
	await Promise.all([mine.pressSequentially(' by 2030'), theirs.pressSequentially('Plan: ')]);
	for (const field of [mine, theirs]) {
		await expect(field).toHaveValue('Plan: Retrofit schools by 2030');
	}
});

test('a participant moves a card by keyboard and the other sees it in the new cell', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Keyboard moves');
	const lisbon = await newPerson(browser);
	const tartu = await newPerson(browser);
	await joinBoard(lisbon, board.links.participant, 'Ana', 'Lisbon');
	await joinBoard(tartu, board.links.participant, 'Kaarel', 'Tartu');

	const card = await addCard(lisbon, { stage: 'Planning', sector: 'Buildings' }, 'Heat pumps', {
		city: 'Lisbon',
	});
	await card.getByRole('textbox', { name: 'Card text' }).press('Alt+ArrowRight');
	const step = cardFrom(cell(lisbon, 'Enabling & Deep Dive', 'Buildings'), 'Action', 'Lisbon');
	await expect(step.getByRole('textbox', { name: 'Card text' })).toBeFocused();
	await step.getByRole('textbox', { name: 'Card text' }).press('Alt+ArrowDown');

	const target = { stage: 'Enabling & Deep Dive', sector: 'Energy supply' };
	await expect(lisbon.getByText(`Card moved to ${target.stage} · ${target.sector}`)).toBeAttached();
	const moved = cardFrom(cell(lisbon, target.stage, target.sector), 'Action', 'Lisbon');
	await expect(moved.getByRole('textbox', { name: 'Card text' })).toBeFocused();

	const seen = cardFrom(cell(tartu, target.stage, target.sector), 'Action', 'Lisbon');
	await expect(seen.getByRole('textbox', { name: 'Card text' })).toHaveValue('Heat pumps');
	await expect(cardFrom(cell(tartu, 'Planning', 'Buildings'), 'Action', 'Lisbon')).toHaveCount(0);

	// The same works without shortcuts, through the "Move card" menu.
	await moved.getByRole('button', { name: 'Move card' }).click();
	await moved.getByLabel('Move to').selectOption({ label: 'Localisation · Nature & land use' });
	await moved.getByRole('button', { name: 'Move', exact: true }).click();
	// That cell is beyond Tartu's view: the whole board brings it in.
	await tartu.getByRole('button', { name: 'Fit board' }).click();
	await expect(
		cardFrom(cell(tartu, 'Localisation', 'Nature & land use'), 'Action', 'Lisbon'),
	).toBeVisible();
});
