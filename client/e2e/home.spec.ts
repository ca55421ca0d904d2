import { expect, test } from '@playwright/test';
import {
	addCard,
	cardFrom,
	cardTextbox,
	cell,
	createBoardViaApi,
	joinAs,
	pathOf,
} from './support/board.js';

test('the home page lists the boards opened in this browser, and one can be taken off the list', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Planning seminar');
	const page = await joinAs(browser, board.links.participant, 'Ana', 'Split');
	await addCard(page, { stage: 'Planning', sector: 'Buildings' }, 'Solar roofs', { city: 'Split' });
	// A named version (the history's last change) and an archived board, as a facilitator did.
	const facilitator = { authorization: `Bearer ${board.tokens.facilitator}` };
	const saved = await request.post(`/api/boards/${board.id}/versions`, {
		headers: facilitator,
		data: { label: 'After Planning' },
	});
	expect(saved.status()).toBe(201);
	const archived = await request.patch(`/api/boards/${board.id}`, {
		headers: facilitator,
		data: { archived: true },
	});
	expect(archived.status()).toBe(200);
	await page.goto('/');
	const list = page.getByRole('list', { name: 'Boards opened in this browser, most recent first' });
	await expect(list.getByRole('link', { name: 'Planning seminar' })).toBeVisible();
	await expect(list).toContainText('as Participant');
	await expect(list).toContainText('Cities: Split');
	await expect(list).toContainText('Last saved change');
	await expect(list).toContainText('Archived');

	await list.getByRole('link', { name: 'Planning seminar' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Planning seminar' })).toBeVisible();
	await page.goto('/');
	await page.getByRole('button', { name: 'Remove Planning seminar from this list' }).click();
	await expect(page.getByText('Boards you open will be listed here.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Your boards' })).toBeFocused();
});

test('a JSON backup imports as a new board with the same cards; a file that is not a backup is refused', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Roadmap of Tartu');
	const ana = await joinAs(browser, board.links.participant, 'Ana', 'Tartu');
	await addCard(ana, { stage: 'Planning', sector: 'Buildings' }, 'District heating', {
		city: 'Tartu',
	});
	await expect
		.poll(async () => {
			const res = await request.get(`/api/boards/${board.id}/export.json`, {
				headers: { authorization: `Bearer ${board.tokens.viewer}` },
			});
			return JSON.stringify(await res.json());
		})
		.toContain('District heating');
	const res = await request.get(`/api/boards/${board.id}/export.json`, {
		headers: { authorization: `Bearer ${board.tokens.viewer}` },
	});
	const backup = await res.body();

	const page = await browser.newPage();
	await page.goto('/');
	const file = page.getByLabel('Backup file (JSON)');
	await file.setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format":"miro"}'),
	});
	await page.getByRole('button', { name: 'Import as a new board' }).click();
	await expect(page.getByRole('alert')).toContainText('The backup could not be imported');
	await expect(page.getByRole('alert')).toContainText('format');

	await file.setInputFiles({ name: 'tartu.json', mimeType: 'application/json', buffer: backup });
	await page.getByRole('button', { name: 'Import as a new board' }).click();
	const share = page.getByRole('region', { name: 'Share “Roadmap of Tartu”' });
	await expect(share).toBeVisible();
	const facilitatorLink = await share.getByLabel('Facilitator link').inputValue();
	expect(pathOf(facilitatorLink)).not.toContain(board.id);
	await page.close();
	const copy = await joinAs(browser, facilitatorLink, 'Fia', 'Brussels');
	const card = cardFrom(cell(copy, 'Planning', 'Buildings'), 'Action', 'Tartu');
	await expect(cardTextbox(card)).toHaveValue('District heating');
});

test('a facilitator renames, archives and deletes a board from the home page', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Draft seminar');
	const page = await joinAs(browser, board.links.facilitator, 'Fia', 'Brussels');
	await expect(page.getByRole('heading', { level: 1, name: 'Draft seminar' })).toBeVisible();
	await page.goto('/');
	const manage = page.getByRole('group', { name: 'Manage Draft seminar' });
	await manage.getByRole('button', { name: 'Rename' }).click();
	await page.getByLabel('New title').fill('Localisation seminar');
	await page.getByRole('button', { name: 'Save title' }).click();
	const list = page.getByRole('list', { name: 'Boards opened in this browser, most recent first' });
	await expect(list.getByRole('link', { name: 'Localisation seminar' })).toBeVisible();

	const renamed = page.getByRole('group', { name: 'Manage Localisation seminar' });
	await renamed.getByRole('button', { name: 'Archive' }).click();
	await expect(list).toContainText('Archived');
	await expect(renamed.getByRole('button', { name: 'Unarchive' })).toBeVisible();

	await renamed.getByRole('button', { name: 'Delete board' }).click();
	await expect(page.getByText('Delete “Localisation seminar” for everyone?')).toBeVisible();
	await page.getByRole('button', { name: 'Yes, delete it' }).click();
	await expect(page.getByText('Boards you open will be listed here.')).toBeVisible();
	const gone = await request.get(`/api/boards/${board.id}`, {
		headers: { authorization: `Bearer ${board.tokens.viewer}` },
	});
	expect(gone.status()).toBe(404);
});
