import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { addCard, createBoardViaApi, joinAs } from './support/board.js';

/** The gap list's region. */
function gapList(page: Page): Locator {
	return page.getByRole('region', { name: 'Gaps' });
}

/** Opens the gap list beside the canvas (the toggle shows how many gaps there are). */
async function openGaps(page: Page): Promise<Locator> {
	await page.getByRole('button', { name: /^Gaps \d+$/ }).click();
	const list = gapList(page);
	await expect(list).toBeVisible();
	return list;
}

/**
 * The row of the gap whose title reads `title` now; the locator follows that gap (by id) when
 * its title or position changes later.
 */
async function gapRow(list: Locator, title: string): Promise<Locator> {
	let id: string | undefined;
	await expect
		.poll(async () => {
			id = await list
				.locator('.gap-row')
				.evaluateAll(
					(rows, wanted) =>
						rows
							.find(
								(row) =>
									(row.querySelector('.gap-title') as HTMLInputElement | null)?.value === wanted,
							)
							?.getAttribute('data-gap-id') ?? undefined,
					title,
				);
			return id;
		})
		.toBeTruthy();
	return list.locator(`.gap-row[data-gap-id="${id}"]`);
}

/** The title field of the gap at position `n` of a person's list. */
function titleField(list: Locator, n: number): Locator {
	return list.getByRole('textbox', { name: `Title of gap ${n}` });
}

/** Adds a gap from the toolbar and types its title (focus goes to the new title). */
async function addGap(list: Locator, title: string): Promise<void> {
	await list.getByRole('button', { name: 'Add gap' }).click();
	const field = list.page().locator('.gap-title:focus');
	await expect(field).toBeFocused();
	await field.pressSequentially(title);
	await expect(field).toHaveValue(title);
}

/** The titles of the gaps a person's list shows, in order. */
async function titles(list: Locator): Promise<string[]> {
	return list
		.locator('.gap-title')
		.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

test('two participants of different cities fill the gap list at once; texts merge', async ({
	browser,
	request,
}) => {
	// Two people and many steps: on a shared, loaded machine this takes longer than 30 s.
	test.slow();
	const board = await createBoardViaApi(request, 'Gap list seminar');
	const ana = await joinAs(browser, board.links.participant, 'Ana', 'Split');
	const jonas = await joinAs(browser, board.links.participant, 'Jonas', 'Tartu');
	const anaList = await openGaps(ana);
	const jonasList = await openGaps(jonas);

	// Both add a gap at the same time; each sees both.
	await Promise.all([
		addGap(anaList, 'No energy manager'),
		addGap(jonasList, 'No funding for retrofits'),
	]);
	for (const list of [anaList, jonasList]) {
		await expect
			.poll(() => titles(list).then((all) => all.sort()))
			.toEqual(['No energy manager', 'No funding for retrofits']);
	}

	// Different fields of different gaps, set at once, reach the other person.
	const anaGap = await gapRow(anaList, 'No energy manager');
	const jonasGap = await gapRow(jonasList, 'No funding for retrofits');
	await Promise.all([
		anaGap.getByRole('combobox', { name: /^Severity of gap/ }).selectOption('high'),
		jonasGap.getByRole('combobox', { name: /^Category of gap/ }).selectOption('finance_funding'),
	]);
	const jonasCopy = await gapRow(jonasList, 'No energy manager');
	const anaCopy = await gapRow(anaList, 'No funding for retrofits');
	await expect(jonasCopy.getByRole('combobox', { name: /^Severity of gap/ })).toHaveValue('high');
	await expect(anaCopy.getByRole('combobox', { name: /^Category/ })).toHaveValue('finance_funding');
	// The owner city of a new gap is its author's.
	await expect(anaGap.getByRole('textbox', { name: /^Owner city of gap/ })).toHaveValue('Split');
	await expect(jonasGap.getByRole('textbox', { name: /^Owner city of gap/ })).toHaveValue('Tartu');

	// Both type into the same gap's title at once: both words are kept.
	const anaTitle = anaGap.locator('.gap-title');
	const jonasTitle = jonasCopy.locator('.gap-title');
	await anaTitle.focus();
	await anaTitle.press('End');
	await jonasTitle.focus();
	await jonasTitle.press('Home');
	await Promise.all([
		anaTitle.pressSequentially(' in Split'),
		jonasTitle.pressSequentially('Still '),
	]);
	for (const field of [anaTitle, jonasTitle]) {
		await expect(field).toHaveValue('Still No energy manager in Split');
	}

	// Like a spreadsheet: Enter in the last title starts a new row, by keyboard alone.
	const last = (await titles(anaList)).length;
	await titleField(anaList, last).focus();
	await ana.keyboard.press('Enter');
	await expect(titleField(anaList, last + 1)).toBeFocused();
	await ana.keyboard.type('No shared data platform');
	await expect.poll(() => titles(jonasList)).toContain('No shared data platform');
});

test('a viewer reads the gap list but cannot change it', async ({ browser, request }) => {
	const board = await createBoardViaApi(request, 'Gap list, read only');
	const ana = await joinAs(browser, board.links.participant, 'Ana', 'Split');
	const viewer = await joinAs(browser, board.links.viewer, 'Vera', 'Ghent');
	await addGap(await openGaps(ana), 'No energy manager');
	const list = await openGaps(viewer);
	await expect(list.getByText('You can read the gap list but not change it.')).toBeVisible();
	await expect(titleField(list, 1)).toHaveValue('No energy manager');
	await expect(titleField(list, 1)).not.toBeEditable();
	await expect(list.getByRole('combobox', { name: 'Severity of gap 1' })).toBeDisabled();
	await expect(list.getByRole('button', { name: 'Add gap' })).toHaveCount(0);
	await expect(list.getByRole('button', { name: 'Import CSV' })).toHaveCount(0);
	await expect(list.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
});

test('promote a barrier to a gap, link an action from the gap, filter my own way', async ({
	browser,
	request,
}) => {
	// Two people and many steps: on a shared, loaded machine this takes longer than 30 s.
	test.slow();
	const board = await createBoardViaApi(request, 'Gap links');
	const ana = await joinAs(browser, board.links.participant, 'Ana', 'Split');
	const jonas = await joinAs(browser, board.links.participant, 'Jonas', 'Tartu');

	// A barrier card becomes a gap in one action; the list opens on it.
	const barrier = await addCard(
		ana,
		{ stage: 'Planning', sector: 'Energy supply' },
		'Grid connection delays',
		{ kind: 'Barrier', city: 'Split' },
	);
	await barrier.getByRole('button', { name: 'Promote to gap' }).click();
	const anaList = gapList(ana);
	await expect(anaList).toBeVisible();
	const promoted = await gapRow(anaList, 'Grid connection delays');
	await expect(promoted.locator('.gap-title')).toBeFocused();
	await expect(promoted.getByRole('combobox', { name: /^Stage of gap/ })).toHaveValue('planning');
	await expect(promoted.getByRole('combobox', { name: /^Sector of gap/ })).toHaveValue('energy');
	await expect(barrier.getByRole('button', { name: '1 gap' })).toBeVisible();
	await expect(barrier.getByRole('button', { name: 'Promote to gap' })).toHaveCount(0);

	// An action addresses the gap: linked from the gap's side, seen from the card's side.
	const action = await addCard(
		ana,
		{ stage: 'Planning', sector: 'Energy supply' },
		'Agree a connection plan with the grid operator',
		{ kind: 'Action', city: 'Split' },
	);
	await expect(promoted.getByText('No action')).toBeVisible();
	await promoted.getByRole('button', { name: /^Details of gap/ }).click();
	const details = anaList.locator('.gap-details-row');
	await details
		.getByRole('combobox', { name: 'Link an action that addresses this gap' })
		.selectOption({ label: 'Agree a connection plan with the grid operator' });
	await details.getByRole('button', { name: 'Link action' }).click();
	await expect(promoted.getByText('1 action')).toBeVisible();
	await expect(details.getByText('Addressed by')).toBeVisible();
	await expect(action.getByRole('button', { name: '1 gap' })).toBeVisible();
	await action.getByRole('button', { name: '1 gap' }).click();
	const cardGaps = ana.getByRole('dialog', { name: /^Gaps of/ });
	await expect(cardGaps.getByText('Grid connection delays')).toBeVisible();
	await cardGaps.getByRole('button', { name: 'Close' }).click();

	// Jonas sees the gap, its action and a coverage summary; his filter is his own.
	const jonasList = await openGaps(jonas);
	await addGap(jonasList, 'No open data portal');
	await expect(
		(await gapRow(jonasList, 'Grid connection delays')).getByText('1 action'),
	).toBeVisible();
	await expect(jonasList.getByText('1 gap has no action.')).toBeVisible();
	await jonasList.getByText('View', { exact: true }).click();
	await jonasList.getByRole('combobox', { name: 'Filter: Stage' }).selectOption('planning');
	await expect.poll(() => titles(jonasList)).toEqual(['Grid connection delays']);
	await expect(jonasList.getByText('1 of 2 gaps shown')).toBeVisible();
	await expect.poll(() => titles(anaList)).toHaveLength(2);
});

test('export the gap list as CSV and import it back, seen live by others', async ({
	browser,
	request,
}) => {
	// Two people and many steps: on a shared, loaded machine this takes longer than 30 s.
	test.slow();
	const board = await createBoardViaApi(request, 'Gap links');
	const ana = await joinAs(browser, board.links.participant, 'Ana', 'Split');
	const jonas = await joinAs(browser, board.links.participant, 'Jonas', 'Tartu');
	const anaList = await openGaps(ana);
	await addGap(anaList, 'Grid connection delays');
	await (
		await gapRow(anaList, 'Grid connection delays')
	)
		.getByRole('combobox', { name: /^Stage of gap/ })
		.selectOption('planning');
	await addGap(anaList, 'No open data portal');
	const jonasList = await openGaps(jonas);
	await jonasList.getByText('View', { exact: true }).click();
	await jonasList.getByRole('combobox', { name: 'Filter: Stage' }).selectOption('planning');
	await expect.poll(() => titles(jonasList)).toEqual(['Grid connection delays']);

	// Export: one row per gap, a header, UTF-8 with a byte order mark.
	const [download] = await Promise.all([
		ana.waitForEvent('download'),
		anaList.getByRole('button', { name: 'Export CSV' }).click(),
	]);
	expect(download.suggestedFilename()).toBe('Gap-links-gaps.csv');
	const csv = await readFile(await download.path(), 'utf8');
	expect(csv.startsWith('\ufeffid,title,description,category')).toBe(true);
	const lines = csv
		.replace(/^\ufeff/, '')
		.trim()
		.split('\r\n');
	expect(lines).toHaveLength(3);

	// Import it back with one gap changed and one added: a preview, then one live change.
	const edited = lines
		.map((line) => line.replace('Grid connection delays', 'Grid connection delays (12 months)'))
		.concat(['"",=SUM(A1:A2),"Cyrillic: Нет данных",data_monitoring,,,high'])
		.join('\r\n');
	await anaList.getByRole('button', { name: 'Import CSV' }).click();
	const dialog = ana.getByRole('dialog', { name: 'Import gaps from a CSV file' });
	await dialog.getByLabel('CSV file').setInputFiles({
		name: 'gaps.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(edited, 'utf8'),
	});
	await expect(dialog.getByText('1 new gap, 2 gaps updated.')).toBeVisible();
	await dialog.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(dialog.getByText('1 gap added, 2 updated.')).toBeVisible();
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
	await expect
		.poll(() => titles(anaList).then((all) => all.sort()))
		.toEqual(['=SUM(A1:A2)', 'Grid connection delays (12 months)', 'No open data portal']);
	// Jonas sees the change live (his filter keeps showing the planning gap only).
	await expect.poll(() => titles(jonasList)).toEqual(['Grid connection delays (12 months)']);
});

test('a malformed CSV is refused row by row and changes nothing', async ({ browser, request }) => {
	const board = await createBoardViaApi(request, 'Bad import');
	const ana = await joinAs(browser, board.links.participant, 'Ana', 'Split');
	const list = await openGaps(ana);
	await addGap(list, 'Existing gap');
	await list.getByRole('button', { name: 'Import CSV' }).click();
	const dialog = ana.getByRole('dialog', { name: 'Import gaps from a CSV file' });
	await dialog.getByLabel('CSV file').setInputFiles({
		name: 'bad.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			'title,severity,dueDate\nGood row,low,\nBad severity,apocalyptic,\n,low,\nBad date,high,31/12/2027\n',
		),
	});
	const problems = dialog.getByRole('alert');
	await expect(problems).toContainText('3 problems');
	await expect(problems).toContainText('Line 3 (Severity)');
	await expect(problems).toContainText('Line 4');
	await expect(problems).toContainText('Line 5 (Due date)');
	await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect.poll(() => titles(list)).toEqual(['Existing gap']);
});
