import { expect, test } from '@playwright/test';

test('a facilitator creates a board from the home page and gets three links', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	const form = page.getByRole('form', { name: 'Create a workshop board' });
	await form.getByLabel('Board title').fill('Spring seminar: mobility');
	await expect(form.getByLabel('Template')).toHaveValue('netzero-roadmap');
	await expect(form.getByLabel('Template').getByRole('option')).toHaveText(['NetZero Roadmap']);
	await form.getByRole('button', { name: 'Create board' }).click();

	for (const role of ['Facilitator', 'Participant', 'Viewer']) {
		const field = page.getByLabel(`${role} link`);
		await expect(field).toBeVisible();
		await expect(field).toHaveAttribute('readonly', '');
		await expect(field).toHaveValue(/\/b\/[A-Za-z0-9_-]{8,64}\?token=.+/);
		await expect(
			page.getByRole('button', { name: `Copy ${role.toLowerCase()} link` }),
		).toBeVisible();
	}

	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.getByRole('button', { name: 'Copy participant link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();

	await page.getByRole('link', { name: 'Open board as facilitator' }).click();
	await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]+\?token=/);
	await expect(page.getByRole('dialog', { name: 'Join the board' })).toBeVisible();
});
