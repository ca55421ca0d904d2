import { expect, test } from '@playwright/test';
import { createBoardViaApi, joinAs, pathOf } from './support/board.js';

test('a facilitator renames, replaces the participant links and deletes the board', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Lyon seminar');
	const facilitator = await joinAs(browser, board.links.facilitator, 'Fatima', 'Lyon');
	const participant = await joinAs(browser, board.links.participant, 'Ana', 'Lisbon');
	// Participants have no board settings.
	await expect(participant.getByRole('button', { name: 'Board settings' })).toHaveCount(0);

	// Rename: everyone sees the new name at once.
	await facilitator.getByRole('button', { name: 'Board settings' }).click();
	const settings = facilitator.getByRole('dialog', { name: 'Board settings' });
	await expect(settings).toBeVisible();
	await settings.getByLabel('Board name').fill('Lyon 2040 roadmap');
	await settings.getByLabel('Board name').press('Enter');
	await expect(settings.getByRole('status')).toHaveText(
		'The board is now called “Lyon 2040 roadmap”.',
	);
	await expect(participant.getByRole('heading', { level: 1 })).toHaveText('Lyon 2040 roadmap');

	// Archive and unarchive.
	await settings.getByRole('button', { name: 'Archive board' }).click();
	await expect(settings.getByRole('button', { name: 'Unarchive board' })).toBeVisible();
	await settings.getByRole('button', { name: 'Unarchive board' }).click();
	await expect(settings.getByRole('button', { name: 'Archive board' })).toBeVisible();

	// Replace the participant links, after a confirmation; the old one stops working at once.
	await settings.getByRole('button', { name: 'Replace participant links' }).click();
	const confirm = settings.getByRole('group', { name: /Old participant links stop working/ });
	await expect(confirm).toBeVisible();
	await expect(
		confirm.getByRole('button', { name: 'Replace participant links now' }),
	).toBeFocused();
	await confirm.getByRole('button', { name: 'Cancel' }).click();
	await expect(settings.getByRole('button', { name: 'Replace participant links' })).toBeFocused();
	await settings.getByRole('button', { name: 'Replace participant links' }).press('Enter');
	await settings.getByRole('button', { name: 'Replace participant links now' }).press('Enter');
	const newLink = settings.getByLabel('Participant link', { exact: true });
	await expect(newLink).toHaveValue(/\/b\/.+\?token=/);
	const fresh = await newLink.inputValue();
	expect(fresh).not.toBe(board.links.participant);
	await expect(participant.getByRole('status').filter({ hasText: 'Access denied' })).toBeVisible();
	// The same person (their name is kept in the browser) opens the new link.
	await participant.goto(pathOf(fresh));
	await expect(participant.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
	await expect(participant.getByRole('heading', { level: 1 })).toHaveText('Lyon 2040 roadmap');
	const stale = await participant.context().newPage();
	await stale.goto(pathOf(board.links.participant));
	await expect(stale.getByRole('alert')).toContainText('Access denied');

	// Delete, after a confirmation naming the board: the facilitator goes home, the others are cut off.
	await settings.getByRole('button', { name: 'Delete board…' }).click();
	const sure = settings.getByRole('group', { name: /Delete “Lyon 2040 roadmap” for everyone\?/ });
	await expect(sure).toBeVisible();
	await sure.getByRole('button', { name: 'Delete “Lyon 2040 roadmap”' }).click();
	await expect(facilitator).toHaveURL(/\/$/);
	await expect(participant.getByRole('status').filter({ hasText: 'Access denied' })).toBeVisible();
	const gone = await request.get(`/api/boards/${board.id}`, {
		headers: { authorization: `Bearer ${board.tokens.viewer}` },
	});
	expect(gone.status()).toBe(404);
});

test('replacing all links reopens the facilitator’s page with the new link and shows every new link', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Kyiv seminar');
	const facilitator = await joinAs(browser, board.links.facilitator, 'Olena', 'Kyiv');
	await facilitator.getByRole('button', { name: 'Board settings' }).click();
	const settings = facilitator.getByRole('dialog', { name: 'Board settings' });
	await settings.getByRole('button', { name: 'Replace all links' }).click();
	await expect(settings.getByRole('group', { name: /yours included/ })).toBeVisible();
	await settings.getByRole('button', { name: 'Replace all links now' }).click();

	await expect(facilitator).not.toHaveURL(pathOf(board.links.facilitator));
	const reopened = facilitator.getByRole('dialog', { name: 'Board settings' });
	await expect(reopened).toBeVisible();
	for (const label of ['Facilitator link', 'Participant link', 'Viewer link']) {
		await expect(reopened.getByLabel(label, { exact: true })).toHaveValue(/\?token=/);
	}
	const shown = await reopened.getByLabel('Facilitator link', { exact: true }).inputValue();
	const ownToken = new URL(facilitator.url()).searchParams.get('token');
	expect(new URL(shown).searchParams.get('token')).toBe(ownToken);
	await reopened.getByRole('button', { name: 'Close board settings' }).click();
	await expect(facilitator.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
	const old = await request.get(`/api/boards/${board.id}`, {
		headers: { authorization: `Bearer ${board.tokens.facilitator}` },
	});
	expect(old.status()).toBe(401);
});
