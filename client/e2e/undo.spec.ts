import { expect, test, type Page } from '@playwright/test';
import {
	addCard,
	cardFrom,
	cardTextbox,
	createBoardViaApi,
	joinBoard,
	newPerson,
	toolbarButton,
} from './support/board.js';

/** Both people's view of a card: its text, or that it is gone. */
async function expectCard(pages: Page[], city: string, text: string | null): Promise<void> {
	for (const page of pages) {
		const card = cardFrom(page, 'Action', city);
		if (text === null) await expect(card).toHaveCount(0);
		else await expect(cardTextbox(card)).toHaveValue(text);
	}
}

test('[I2] undo and redo take back only one’s own changes, for everyone', async ({
	browser,
	request,
}) => {
	// Two people and many steps: on a shared, loaded machine this takes longer than 30 s.
	test.slow();
	const board = await createBoardViaApi(request, 'Undo');
	const lisbon = await newPerson(browser);
	const nairobi = await newPerson(browser);
	await joinBoard(lisbon, board.links.participant, 'Ana', 'Lisbon');
	await joinBoard(nairobi, board.links.participant, 'Wanjiru', 'Nairobi');
	const both = [lisbon, nairobi];
	for (const page of both) {
		await expect(toolbarButton(page, 'Undo')).toBeDisabled();
		await expect(toolbarButton(page, 'Redo')).toBeDisabled();
	}

	// Each adds a card and writes in it (one input: typing within the capture window is one step).
	const mine = await addCard(lisbon, { stage: 'Planning', sector: 'Buildings' }, '', {
		city: 'Lisbon',
	});
	await cardTextbox(mine).fill('Retrofit schools');
	const theirs = await addCard(nairobi, { stage: 'Planning', sector: 'Energy supply' }, '', {
		city: 'Nairobi',
	});
	await cardTextbox(theirs).fill('Solar minigrids');
	await expectCard(both, 'Lisbon', 'Retrofit schools');
	await expectCard(both, 'Nairobi', 'Solar minigrids');

	// Ctrl+Z in the card takes back Ana's typing, not the text Wanjiru wrote meanwhile.
	await expect(cardTextbox(mine)).toBeFocused();
	await cardTextbox(mine).press('ControlOrMeta+z');
	await expectCard(both, 'Lisbon', '');
	await expectCard(both, 'Nairobi', 'Solar minigrids');
	await expect(lisbon.getByText('Undone: typing')).toBeAttached();
	await expect(toolbarButton(lisbon, 'Redo')).toBeEnabled();

	// The Undo button takes back adding the card; nothing of Ana’s is left to undo.
	await toolbarButton(lisbon, 'Undo').click();
	await expectCard(both, 'Lisbon', null);
	await expectCard(both, 'Nairobi', 'Solar minigrids');
	await expect(toolbarButton(lisbon, 'Undo')).toBeDisabled();
	await expect(toolbarButton(lisbon, 'Redo')).toBeFocused();

	// Redo brings both back, for both of them.
	await toolbarButton(lisbon, 'Redo').click();
	await expectCard(both, 'Lisbon', '');
	await lisbon.keyboard.press('ControlOrMeta+Shift+z');
	await expectCard(both, 'Lisbon', 'Retrofit schools');
	await expectCard(both, 'Nairobi', 'Solar minigrids');
	await expect(toolbarButton(lisbon, 'Redo')).toBeDisabled();

	// Wanjiru's own history is untouched by Ana's: her undo takes back only her typing.
	await expect(toolbarButton(nairobi, 'Undo')).toBeEnabled();
	await cardTextbox(theirs).press('ControlOrMeta+z');
	await expectCard(both, 'Nairobi', '');
	await expectCard(both, 'Lisbon', 'Retrofit schools');
});

test('viewers get no undo or redo', async ({ browser, request }) => {
	const board = await createBoardViaApi(request, 'Undo viewer');
	const viewer = await newPerson(browser);
	await joinBoard(viewer, board.links.viewer, 'Sam', 'Tartu');
	await expect(viewer.getByRole('button', { name: 'Undo', exact: true })).toHaveCount(0);
	await expect(viewer.getByRole('button', { name: 'Redo', exact: true })).toHaveCount(0);
});
