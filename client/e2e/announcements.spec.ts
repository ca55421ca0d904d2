import { expect, test } from '@playwright/test';
import {
	announcementBanner,
	createBoardViaApi,
	expectSessionConnected,
	joinBoard,
	newPerson,
	sendAnnouncement,
} from './support/board.js';

test('a facilitator’s announcement reaches a participant, who can dismiss it', async ({
	browser,
	request,
}) => {
	const board = await createBoardViaApi(request, 'Announcements');
	const facilitator = await newPerson(browser);
	const participant = await newPerson(browser);
	await joinBoard(facilitator, board.links.facilitator, 'Mia', 'Lisbon');
	await joinBoard(participant, board.links.participant, 'Kaarel', 'Tartu');
	for (const page of [facilitator, participant]) await expectSessionConnected(page);

	// Only the facilitator has the control.
	await expect(
		participant.getByRole('button', { name: 'Announce to everyone', exact: true }),
	).toHaveCount(0);
	await expect(participant.getByRole('button', { name: 'Send announcement' })).toHaveCount(0);
	await expect(participant.getByRole('textbox', { name: 'Announcement' })).toHaveCount(0);

	// The form opens by keyboard, counts characters and refuses an empty announcement.
	const toggle = facilitator.getByRole('button', { name: 'Announce to everyone', exact: true });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.focus();
	await toggle.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	const form = facilitator.getByRole('form', { name: 'Announce to everyone on this board' });
	const field = form.getByRole('textbox', { name: 'Announcement' });
	await expect(field).toBeFocused();
	await expect(field).toHaveAttribute('maxlength', '280');
	await expect(form.getByText('0 of 280 characters')).toBeVisible();
	await form.getByRole('button', { name: 'Send announcement' }).click();
	await expect(form.getByRole('alert')).toHaveText('Please write an announcement first.');
	await expect(field).toBeFocused();
	await field.fill('Break');
	await expect(form.getByText('5 of 280 characters')).toBeVisible();

	const text = 'Five minutes left, then we share back in the main room';
	await sendAnnouncement(facilitator, text);
	await expect(form.getByRole('alert')).toHaveText('');

	const banner = announcementBanner(participant);
	await expect(banner).toContainText(`Announcement from the facilitator: ${text}`);
	await expect(banner).toContainText(/Sent at \d/);
	// Read out to screen readers too, in the assertive live region.
	await expect(participant.locator('[aria-live="assertive"]')).toHaveText(
		`Announcement from the facilitator: ${text}`,
	);
	await expect(announcementBanner(facilitator)).toContainText(text);

	await banner.getByRole('button', { name: 'Dismiss announcement' }).click();
	await expect(banner).toBeHidden();
	await expect(participant.getByRole('heading', { level: 1, name: 'Announcements' })).toBeFocused();
	// The facilitator's own banner is not affected.
	await expect(announcementBanner(facilitator)).toBeVisible();

	// A newer announcement shows again.
	await sendAnnouncement(facilitator, 'We are back');
	await expect(banner).toContainText('Announcement from the facilitator: We are back');
	await expect(banner).not.toContainText(text);
});

test('a viewer gets announcements but cannot send them', async ({ browser, request }) => {
	const board = await createBoardViaApi(request, 'Viewer announcements');
	const facilitator = await newPerson(browser);
	const viewer = await newPerson(browser);
	await joinBoard(facilitator, board.links.facilitator, 'Mia', 'Lisbon');
	await joinBoard(viewer, board.links.viewer, 'Olga', 'Gdynia');
	for (const page of [facilitator, viewer]) await expectSessionConnected(page);
	await expect(viewer.getByRole('button', { name: 'Send announcement' })).toHaveCount(0);

	await sendAnnouncement(facilitator, 'Viewers welcome');
	await expect(announcementBanner(viewer)).toContainText(
		'Announcement from the facilitator: Viewers welcome',
	);
});
