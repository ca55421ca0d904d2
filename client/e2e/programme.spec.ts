import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe.js';
import { newPerson, pathOf } from './support/board.js';

/** Fills one seminar of the new-programme form. */
async function fillSeminar(page: Page, n: number, title: string, date: string) {
	const seminar = page.getByRole('group', { name: `Seminar ${n}`, exact: true });
	await seminar.getByLabel('Title of the seminar').fill(title);
	await seminar.getByLabel('Date').fill(date);
	await seminar.getByLabel('Start time').fill('10:00');
	await seminar.getByLabel('Time zone').selectOption('Europe/Zagreb');
}

/** A city registers its interest on the programme's public page. */
async function register(
	page: Page,
	publicPath: string,
	city: string,
	country: string,
	checkAccessibility = false,
) {
	await page.goto(publicPath);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adriatic NetZero Academy');
	const form = page.getByRole('form', { name: 'Register your city' });
	await form.getByLabel('City', { exact: true }).fill(city);
	await form.getByLabel('Country').fill(country);
	await form.getByLabel('Population').selectOption({ index: 2 });
	await form.getByLabel('Name', { exact: true }).fill(`Officer of ${city}`);
	await form.getByLabel('E-mail address').fill(`officer@${city.toLowerCase()}.example.org`);
	await form.getByLabel('Role in the city').fill('Climate officer');
	await form.getByLabel('What does your city hope to learn?').fill('Funding retrofits.');
	await form.getByRole('checkbox', { name: /I agree that the coordinators/ }).check();
	if (checkAccessibility) await expectNoSeriousViolations(page);
	await form.getByRole('button', { name: 'Register' }).click();
	await expect(page.getByRole('heading', { name: 'Thank you for registering' })).toBeVisible();
	await expect(page).toHaveURL(/\/registered$/);
}

test('a coordinator creates a programme with three seminars, two cities register, are accepted, open their invitations onto their own boards, and the journey view shows both', async ({
	browser,
	page,
}) => {
	// Three people in three browsers and some 60 steps: about 50 s on an idle machine, and past
	// three minutes on a loaded one. The limit only bounds a failing run: every step waits on a
	// condition.
	test.setTimeout(360_000);
	// The coordinator makes the programme from the home page.
	await page.goto('/');
	await page.getByRole('link', { name: 'Run a programme' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Run a programme');
	await expectNoSeriousViolations(page);
	await page.getByLabel('Title of the programme').fill('Adriatic NetZero Academy');
	await page.getByLabel('Organiser').fill('Adriatic Climate Network');
	await page.getByLabel('Description').fill('Three seminars for smaller cities.');
	await fillSeminar(page, 1, 'Planning kick-off', '2027-03-30');
	await fillSeminar(page, 2, 'Enabling: finance', '2027-05-12');
	await fillSeminar(page, 3, 'Localisation clinic', '2027-10-26');
	await page.getByRole('button', { name: 'Create the programme' }).click();

	// The manage page, without its token in the address.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adriatic NetZero Academy');
	await expect(page).toHaveURL(/\/programmes\/[^/]+\/manage$/);
	await expect(page.getByText('3 seminars')).toBeVisible();
	const publicPath = pathOf(
		await page.getByLabel('Public page, to share with cities').inputValue(),
	);

	// Two cities register from the public page, each in its own browser.
	const split = await newPerson(browser);
	const tartu = await newPerson(browser);
	await register(split, publicPath, 'Split', 'Croatia', true);
	await register(tartu, publicPath, 'Tartu', 'Estonia');
	// The public page shows the seminars, never the registrations.
	await split.goto(publicPath);
	await expect(split.getByRole('heading', { name: 'Planning kick-off' })).toBeVisible();
	await expect(split.getByText('Tartu')).toHaveCount(0);

	// The coordinator accepts both.
	await page.getByRole('tab', { name: 'Registrations' }).click();
	await page.getByRole('button', { name: 'Accept Split' }).click();
	await expect(page.getByText('Split accepted.', { exact: false }).first()).toBeVisible();
	await page.getByRole('button', { name: 'Accept Tartu' }).click();
	await expect(page.getByText('Tartu accepted.', { exact: false }).first()).toBeVisible();

	// Each city's own link, from the Invitations tab.
	await page.getByRole('tab', { name: 'Invitations' }).click();
	const splitSection = page.getByRole('region', { name: 'Split, Croatia' });
	const tartuSection = page.getByRole('region', { name: 'Tartu, Estonia' });
	const splitLink = await splitSection.getByLabel('Own roadmap board').inputValue();
	const tartuLink = await tartuSection.getByLabel('Own roadmap board').inputValue();
	await expect(splitSection.getByLabel('Planning kick-off')).toHaveValue(/\/enter\?pass=q1\./);
	await expectNoSeriousViolations(page);

	// Each city opens its invitation and lands on its own board.
	for (const [city, person, link] of [
		['Split', split, splitLink],
		['Tartu', tartu, tartuLink],
	] as const) {
		await person.goto(pathOf(link));
		await expect(person).toHaveURL(/\/b\/[^/?]+/);
		const dialog = person.getByRole('dialog', { name: 'Join the board' });
		await expect(dialog).toBeVisible();
		await dialog.getByLabel('Your name').fill(`Officer of ${city}`);
		await dialog.getByLabel('Your city').fill(city);
		await dialog.getByRole('button', { name: 'Join board' }).click();
		await expect(dialog).toBeHidden();
		await expect(person.getByRole('heading', { level: 1 })).toContainText(
			`${city} · Adriatic NetZero Academy`,
		);
	}

	// The coordinator's journey view shows both cities.
	await page.getByRole('tab', { name: 'Journey and attendance' }).click();
	const journey = page.getByRole('table', { name: /city by city/ });
	await expect(journey.getByRole('row', { name: /Split/ })).toBeVisible();
	await expect(journey.getByRole('row', { name: /Tartu/ })).toBeVisible();
	await expect(
		page.getByRole('checkbox', { name: 'Split attended Planning kick-off' }),
	).not.toBeChecked();
	await expectNoSeriousViolations(page, 'main');

	// And Split, back on the start page, finds the programme, and there its own journey.
	await split.goto('/');
	await split.getByRole('link', { name: 'Adriatic NetZero Academy (Split)' }).click();
	await expect(split).toHaveURL(new RegExp(`${publicPath}$`));
	await expect(split.getByRole('heading', { name: 'Your city’s journey' })).toBeVisible();
	const own = split.getByRole('table', { name: /city by city/ });
	await expect(own.getByRole('row', { name: /Split/ })).toBeVisible();
	await expect(own.getByRole('row', { name: /Tartu/ })).toHaveCount(0);
});
