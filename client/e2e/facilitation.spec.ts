import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	addCard,
	cardFrom,
	cardTextbox,
	cell,
	createBoardViaApi,
	joinAs,
	showCell,
} from './support/board.js';

/** The session bar everyone sees (phase, timer, lock, vote). */
function sessionBar(page: Page): Locator {
	return page.getByRole('region', { name: 'Session' });
}

/** Opens the facilitator's tools. */
async function openTools(page: Page): Promise<Locator> {
	await page.getByText('Facilitator tools').click();
	return page.locator('.facilitator-panel');
}

const CITIES = [
	{ name: 'Ana', city: 'Split', sector: 'Buildings' },
	{ name: 'Jonas', city: 'Tartu', sector: 'Energy supply' },
	{ name: 'Maja', city: 'Gdynia', sector: 'Mobility & transport' },
] as const;

test('a facilitator and three cities: phases, a timed secret vote, lock, bring everyone here', async ({
	browser,
	request,
}) => {
	// Four people in four browsers, many steps: slower than 30 s on a shared machine.
	test.slow();
	const board = await createBoardViaApi(request, 'Planning seminar');
	const facilitator = await joinAs(browser, board.links.facilitator, 'Fia', 'Brussels');
	const people: Page[] = [];
	for (const person of CITIES) {
		const page = await joinAs(browser, board.links.participant, person.name, person.city);
		people.push(page);
	}
	const [ana, jonas, maja] = people as [Page, Page, Page];
	const tools = await openTools(facilitator);

	// Phases: one click moves everyone to the next one.
	for (const page of people) {
		await expect(sessionBar(page)).toContainText('Phase 1 of 3: Planning');
	}
	await tools.getByRole('button', { name: 'Next phase' }).click();
	for (const page of people) {
		await expect(sessionBar(page)).toContainText('Phase 2 of 3: Enabling & Deep Dive');
	}

	// Each city adds an action; then a timed vote with two votes each.
	for (const [index, page] of people.entries()) {
		const person = CITIES[index]!;
		await addCard(page, { stage: 'Planning', sector: person.sector }, `${person.city} action`, {
			city: person.city,
		});
	}
	await tools.getByLabel('Minutes', { exact: true }).fill('2');
	await tools.getByRole('button', { name: 'Start timer' }).click();
	for (const page of people) await expect(sessionBar(page)).toContainText(/[12]:\d\d left/);
	await tools.getByLabel('Votes per person').fill('2');
	await tools.getByRole('button', { name: 'Start vote' }).click();
	for (const page of people) {
		await expect(sessionBar(page)).toContainText('You have 2 votes left');
	}

	/** Votes on another city's card, as it is shown on this person's canvas. */
	async function voteFor(page: Page, stage: string, sector: string, city: string) {
		await showCell(page, stage, sector);
		const card = cardFrom(cell(page, stage, sector), 'Action', city);
		await card.getByRole('button', { name: `Vote for Action card from ${city}` }).click();
	}
	await voteFor(ana, 'Planning', 'Energy supply', 'Tartu');
	await voteFor(jonas, 'Planning', 'Energy supply', 'Tartu');
	await voteFor(maja, 'Planning', 'Buildings', 'Split');
	await expect(sessionBar(ana)).toContainText('You have 1 vote left');
	// Secret until the reveal: Maja sees her own vote only, nobody's totals.
	await showCell(maja, 'Planning', 'Energy supply');
	const tartuForMaja = cardFrom(cell(maja, 'Planning', 'Energy supply'), 'Action', 'Tartu');
	await expect(tartuForMaja.locator('.vote-buttons')).toContainText('No vote from you');
	await expect(tartuForMaja.locator('.vote-total')).toHaveCount(0);
	await expect(sessionBar(maja)).toContainText('3 people have voted');

	await tools.getByRole('button', { name: 'Reveal votes' }).click();
	for (const page of [...people, facilitator]) {
		const results = sessionBar(page).getByRole('list');
		await expect(results.getByRole('listitem').first()).toContainText('Tartu action');
		await expect(results.getByRole('listitem').first()).toContainText('2 votes');
	}
	await expect(tartuForMaja.locator('.card-facts')).toContainText('2 votes');

	// Lock: participants can only read, the server drops what they send; unlock gives it back.
	await showCell(jonas, 'Planning', 'Energy supply');
	await tools.getByRole('button', { name: 'Lock board' }).click();
	await expect(sessionBar(jonas)).toContainText('Board locked by the facilitator');
	const jonasCard = cardFrom(cell(jonas, 'Planning', 'Energy supply'), 'Action', 'Tartu');
	await expect(cardTextbox(jonasCard)).not.toBeEditable();
	await expect(
		cell(jonas, 'Planning', 'Energy supply').getByRole('button', { name: /^Add card to/ }),
	).toHaveCount(0);
	await tools.getByRole('button', { name: 'Unlock board' }).click();
	await expect(sessionBar(jonas)).not.toContainText('Board locked');
	await expect(cardTextbox(jonasCard)).toBeEditable();

	// Lock one card: Jonas sees the padlock and cannot edit it, the facilitator still can, and
	// other cards stay open; unlocking frees it.
	await showCell(facilitator, 'Planning', 'Energy supply');
	const fiaCard = cardFrom(cell(facilitator, 'Planning', 'Energy supply'), 'Action', 'Tartu');
	await fiaCard.locator('.card-kind').click();
	const padlock = fiaCard.getByRole('button', { name: 'Lock Action card from Tartu' });
	await padlock.click();
	await expect(padlock).toHaveAttribute('aria-pressed', 'true');
	await expect(jonasCard.getByTitle('Locked by the facilitator')).toBeVisible();
	await expect(cardTextbox(jonasCard)).not.toBeEditable();
	await expect(cardTextbox(fiaCard)).toBeEditable();
	await showCell(jonas, 'Planning', 'Buildings');
	const splitForJonas = cardFrom(cell(jonas, 'Planning', 'Buildings'), 'Action', 'Split');
	await expect(cardTextbox(splitForJonas)).toBeEditable();
	await padlock.click();
	await expect(padlock).toHaveAttribute('aria-pressed', 'false');
	await showCell(jonas, 'Planning', 'Energy supply');
	await expect(cardTextbox(jonasCard)).toBeEditable();
	await expect(jonasCard.getByTitle('Locked by the facilitator')).toHaveCount(0);

	// Bring everyone here: the facilitator's view (a far cell) becomes everyone's.
	await showCell(facilitator, 'Localisation', 'Nature & land use');
	const far = (page: Page) =>
		cell(page, 'Localisation', 'Nature & land use').getByRole('button', {
			name: 'Add card to Localisation · Nature & land use',
		});
	await expect(far(facilitator)).toBeInViewport();
	await expect(far(ana)).not.toBeInViewport();
	await tools.getByRole('button', { name: 'Bring everyone here' }).click();
	for (const page of people) await expect(far(page)).toBeInViewport();

	// A raised hand reaches the facilitator's queue, who lowers it.
	await maja.getByRole('button', { name: 'Raise hand' }).click();
	const hands = tools.locator('.hands-list');
	await expect(hands).toContainText('Maja · Gdynia');
	await hands.getByRole('button', { name: 'Lower the hand of Maja' }).click();
	await expect(maja.getByRole('button', { name: 'Raise hand' })).toBeVisible();
});

test('a participant who reloads keeps the running timer and their own votes', async ({
	browser,
	request,
}) => {
	test.slow();
	const board = await createBoardViaApi(request, 'Reload seminar');
	const facilitator = await joinAs(browser, board.links.facilitator, 'Fia', 'Brussels');
	const ana = await joinAs(browser, board.links.participant, 'Ana', 'Split');
	await addCard(ana, { stage: 'Planning', sector: 'Buildings' }, 'Retrofit schools', {
		city: 'Split',
	});
	const tools = await openTools(facilitator);
	await tools.getByRole('button', { name: 'Start timer' }).click();
	await tools.getByRole('button', { name: 'Start vote' }).click();
	const card = cardFrom(cell(ana, 'Planning', 'Buildings'), 'Action', 'Split');
	await card.getByRole('button', { name: 'Vote for Action card from Split' }).click();
	await expect(card.locator('.vote-buttons')).toContainText('1 vote from you');

	await ana.reload();
	await expect(sessionBar(ana)).toContainText(/[45]:\d\d left/);
	await showCell(ana, 'Planning', 'Buildings');
	await expect(cardFrom(cell(ana, 'Planning', 'Buildings'), 'Action', 'Split')).toContainText(
		'1 vote from you',
	);
	await expect(sessionBar(ana)).toContainText('You have 2 votes left');
});

test('breakouts by city: everyone goes to their room, works there, and comes back with the harvest', async ({
	browser,
	request,
}) => {
	test.slow();
	const board = await createBoardViaApi(request, 'Breakout seminar');
	const facilitator = await joinAs(browser, board.links.facilitator, 'Fia', 'Brussels');
	const ana = await joinAs(browser, board.links.participant, 'Ana', 'Split');
	const jonas = await joinAs(browser, board.links.participant, 'Jonas', 'Tartu');
	const kadri = await joinAs(browser, board.links.participant, 'Kadri', 'Tartu');
	const tools = await openTools(facilitator);

	await tools.getByLabel('Who goes where').selectOption({ label: 'One room per city' });
	await tools.getByLabel('Timer in minutes (optional)').fill('10');
	await tools.getByRole('button', { name: 'Start breakouts' }).click();

	// Each participant is moved to the board of their city's room.
	await expect(sessionBar(ana)).toContainText('Breakout room: Split');
	for (const page of [jonas, kadri]) {
		await expect(sessionBar(page)).toContainText('Breakout room: Tartu');
	}
	await expect(ana).toHaveURL((url) => !url.pathname.endsWith(board.id));
	await expect(sessionBar(ana)).toContainText(/\d+:\d\d left/);
	const tartuRoom = tools.getByRole('list', { name: 'People in Tartu' });
	await expect(tartuRoom).toContainText('Jonas · Tartu');
	await expect(tartuRoom).toContainText('Kadri · Tartu');

	// They work in their rooms; the facilitator sees the rooms' activity.
	await addCard(ana, { stage: 'Planning', sector: 'Buildings' }, 'Split idea', { city: 'Split' });
	await addCard(jonas, { stage: 'Planning', sector: 'Energy supply' }, 'Tartu idea', {
		city: 'Tartu',
	});
	await expect(tools.getByText(/1 card/).first()).toBeVisible();

	// End: everyone comes back; each room's cards are in a frame of their own, with provenance.
	await tools.getByRole('button', { name: 'End breakouts and bring everyone back' }).click();
	await tools.getByRole('button', { name: 'Yes, end breakouts' }).click();
	for (const page of [ana, jonas, kadri]) {
		await expect(page).toHaveURL((url) => url.pathname.endsWith(board.id));
		await expect(sessionBar(page)).not.toContainText('Breakout room');
	}
	await ana.getByRole('button', { name: 'List' }).click();
	const harvested = ana.getByRole('article', { name: 'Action card from Tartu' });
	await expect(harvested.getByRole('textbox', { name: 'Card text' })).toHaveValue('Tartu idea');
	await expect(harvested).toContainText('From breakout room Tartu');
	await expect(ana.getByRole('article', { name: 'Action card from Split' })).toContainText(
		'From breakout room Split',
	);
});

test('a private brainstorming round: ideas stay with their authors until the reveal', async ({
	browser,
	request,
}) => {
	test.slow();
	const board = await createBoardViaApi(request, 'Brainstorm');
	const facilitator = await joinAs(browser, board.links.facilitator, 'Fia', 'Brussels');
	const ana = await joinAs(browser, board.links.participant, 'Ana', 'Split');
	const jonas = await joinAs(browser, board.links.participant, 'Jonas', 'Tartu');
	const tools = await openTools(facilitator);
	await tools.getByRole('button', { name: 'Start a private round' }).click();
	await expect(sessionBar(ana)).toContainText('Private round');

	// Ana's "+" in a cell makes a private idea, written in her own panel.
	await cell(ana, 'Planning', 'Buildings')
		.getByRole('button', { name: 'Add card to Planning · Buildings' })
		.click();
	const ideas = ana.getByRole('region', { name: 'Your private ideas' });
	const idea = ideas.getByRole('textbox', { name: /^Idea 1/ });
	await expect(idea).toBeFocused();
	await idea.fill('Solar roofs on every school');
	await idea.blur();
	await expect(tools).toContainText('1 idea waiting');
	await expect(sessionBar(jonas)).toContainText('1 idea waiting');
	// Nobody else sees what it says, and it is not on the board.
	await expect(jonas.getByText('Solar roofs on every school')).toHaveCount(0);
	await expect(cardFrom(jonas, 'Action', 'Split')).toHaveCount(0);

	await tools.getByRole('button', { name: /^Reveal all ideas/ }).click();
	await showCell(jonas, 'Planning', 'Buildings');
	const revealed = cardFrom(cell(jonas, 'Planning', 'Buildings'), 'Action', 'Split');
	await expect(cardTextbox(revealed)).toHaveValue('Solar roofs on every school');
	await expect(ideas).toHaveCount(0);
});
