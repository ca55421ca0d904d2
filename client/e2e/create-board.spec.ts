import { expect, test } from '@playwright/test';

test('a facilitator creates a board from the home page and gets three links', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	const form = page.getByRole('form', { name: 'Create a workshop board' });
	await form.getByLabel('Board title').fill('Spring seminar: mobility');
	await expect(form.getByLabel('Template')).toHaveValue('netzero-roadmap');
	await expect(form.getByLabel('Template').getByRole('option')).toHaveText([
		'NetZero Roadmap',
		'Problem tree',
		'Stakeholder map',
		'Backcasting timeline',
		'Impact × feasibility matrix',
	]);
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

test('each template makes a ready board with its own columns and rows', async ({ page }) => {
	test.setTimeout(60_000);
	const expected: Record<string, { column: string; row: string }> = {
		'Problem tree': { column: 'Problem tree', row: 'Causes (roots)' },
		'Stakeholder map': { column: 'High influence', row: 'High importance' },
		'Backcasting timeline': { column: 'Vision 2050', row: 'Milestones' },
		'Impact × feasibility matrix': { column: 'High feasibility', row: 'High impact' },
	};
	for (const [template, cell] of Object.entries(expected)) {
		await page.goto('/');
		const form = page.getByRole('form', { name: 'Create a workshop board' });
		await form.getByLabel('Board title').fill(template);
		await form.getByLabel('Template').selectOption({ label: template });
		await expect(form.getByLabel('Template')).toHaveAccessibleDescription(/./);
		await form.getByRole('button', { name: 'Create board' }).click();
		await page.getByRole('link', { name: 'Open board as facilitator' }).click();
		// The first board asks who one is; the browser remembers it for the next ones.
		await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
		const dialog = page.getByRole('dialog', { name: 'Join the board' });
		if (await dialog.isVisible()) {
			await dialog.getByLabel('Your name').fill('Fran');
			await dialog.getByLabel('Your city').fill('Ghent');
			await dialog.getByRole('button', { name: 'Join board' }).click();
		}
		await expect(page.getByRole('heading', { level: 1, name: template })).toBeVisible();
		const name = `${cell.column} · ${cell.row}`;
		await page.getByRole('button', { name: 'Fit board' }).click();
		await page.getByRole('button', { name: `Add card to ${name}` }).click();
		const region = page.getByRole('region', { name, exact: true });
		await expect(region.getByRole('article')).toHaveCount(1);
		// The filter offers the roadmap's stages and sectors only on a roadmap.
		await page.getByRole('button', { name: /^Filter cards/ }).click();
		await expect(page.getByRole('group', { name: 'Stage' })).toHaveCount(0);
	}
});
