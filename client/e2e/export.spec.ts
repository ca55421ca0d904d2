import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import * as Y from 'yjs';
import {
	FRAME,
	GAP_CSV_COLUMNS,
	LINK,
	SCHEMA_VERSION,
	SECTORS,
	STAGES,
	boardToBackup,
	cardsMap,
	cellRect,
	computeLayout,
	createCardMap,
	createGapMap,
	framesMap,
	gapLinkId,
	gapsMap,
	initBoardMeta,
	linksMap,
	slotPosition,
	type BoardCreated,
} from '@groundwork/protocol';
import { addCard, joinAs, pathOf } from './support/board.js';

const TITLE = 'Council report <draft> & co';
const SOLAR = 'Solar on <roofs> & “halls”';
const BARRIER = 'No energy manager';
const HARVESTED = 'Repair café in every library';
const GAP = 'No energy manager in small towns';

/**
 * A seminar's board as a JSON backup: two cards with revealed votes in one cell (one of them in
 * the frame "Quick wins"), an action addressing a gap, a card harvested from breakout room
 * "Room 2" into its frame below the grid.
 */
function seminarBackup() {
	const doc = new Y.Doc();
	initBoardMeta(doc, {
		title: TITLE,
		template: 'netzero-roadmap',
		schemaVersion: SCHEMA_VERSION,
		createdAt: 1,
	});
	const layout = computeLayout(STAGES, SECTORS);
	const energy = cellRect(layout, { column: 'planning', row: 'energy' })!;
	const at = (i: number) => slotPosition(energy, i);
	const card = (id: string, fields: Record<string, unknown>) => {
		const map = createCardMap({
			id,
			kind: 'action',
			text: '',
			stage: 'planning',
			sector: 'energy',
			city: 'Lisbon',
			createdBy: 'Ana',
			createdAt: 1,
			updatedAt: 1,
			order: 0,
		});
		for (const [key, value] of Object.entries(fields)) {
			map.set(key, key === 'text' ? new Y.Text(String(value)) : value);
		}
		cardsMap(doc).set(id, map);
	};
	const frame = (id: string, title: string, x: number, y: number, w: number, h: number) => {
		const map = new Y.Map<unknown>();
		for (const [key, value] of Object.entries({ id, title, x, y, w, h })) map.set(key, value);
		map.set(FRAME.createdBy, 'Ana');
		map.set(FRAME.createdAt, id === 'quick' ? 1 : 2);
		framesMap(doc).set(id, map);
	};
	doc.transact(() => {
		card('solar', { text: SOLAR, ...at(0), status: 'in_progress', votes: 5 });
		card('staff', { text: BARRIER, kind: 'barrier', city: 'Tartu', order: 1, ...at(1), votes: 2 });
		frame('quick', 'Quick wins', energy.x, energy.y, 220, 200);
		const below = layout.height + 64;
		frame('room2', 'Breakout: Room 2', 0, below, 928, 256);
		card('harvest', {
			text: HARVESTED,
			kind: 'success',
			city: 'Tartu',
			stage: 'localisation',
			sector: 'governance',
			x: 32,
			y: below + 64,
			fromRoom: 'Room 2',
			fromBoard: 'room-board',
		});
		const link = new Y.Map<unknown>();
		const linkId = 'solar~staff';
		for (const [key, value] of Object.entries({ id: linkId, from: 'solar', to: 'staff' })) {
			link.set(key, value);
		}
		link.set(LINK.relation, 'blocks');
		linksMap(doc).set(linkId, link);
		gapsMap(doc).set(
			'gap1',
			createGapMap({
				id: 'gap1',
				values: {
					title: GAP,
					category: 'skills_capacity',
					severity: 'critical',
					status: 'action_planned',
					ownerCity: 'Tartu',
				},
				city: 'Tartu',
				createdBy: 'Jaan',
				createdAt: 1,
				order: 1,
			}),
		);
		const addresses = new Y.Map<unknown>();
		const addressId = gapLinkId('solar', 'gap1');
		for (const [key, value] of Object.entries({ id: addressId, from: 'solar', to: 'gap1' })) {
			addresses.set(key, value);
		}
		addresses.set(LINK.relation, 'addresses');
		linksMap(doc).set(addressId, addresses);
	});
	return boardToBackup(doc, { title: TITLE, template: 'netzero-roadmap' });
}

async function importBoard(request: APIRequestContext): Promise<BoardCreated> {
	const response = await request.post('/api/boards/import', { data: seminarBackup() });
	expect(response.status()).toBe(201);
	return (await response.json()) as BoardCreated;
}

/** Clicks an entry of the open export menu and returns the downloaded file. */
async function download(page: Page, entry: string): Promise<{ name: string; bytes: Buffer }> {
	const menu = page.getByRole('group', { name: 'Export this board' });
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		menu.getByRole('button', { name: entry, exact: true }).click(),
	]);
	const bytes = await readFile((await file.path())!);
	await expect(
		page.getByRole('status').filter({ hasText: `“${file.suggestedFilename()}” downloaded.` }),
	).toBeVisible();
	return { name: file.suggestedFilename(), bytes };
}

/** The texts of the cards of an SVG, parsed by the browser; null when it does not parse. */
async function svgCards(page: Page, svg: string) {
	return page.evaluate((source) => {
		const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
		if (doc.querySelector('parsererror') || doc.documentElement.localName !== 'svg') return null;
		return {
			scripts: doc.querySelectorAll('script, foreignObject').length,
			title: doc.querySelector('title')?.textContent,
			width: Number(doc.documentElement.getAttribute('width')),
			height: Number(doc.documentElement.getAttribute('height')),
			cards: [...doc.querySelectorAll('g.card')].map((card) =>
				[...card.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
			),
			frames: [...doc.querySelectorAll('g.frame text')].map((text) => text.textContent),
			links: doc.querySelectorAll('g.link').length,
		};
	}, svg);
}

/** Text without its white space: a card's lines wrap wherever the picture needs. */
function squeeze(text: string): string {
	return text.replace(/\s+/g, '');
}

/** A PNG's width and height from its header, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('a facilitator exports the board as SVG, PNG, CSV, JSON and a printable report', async ({
	browser,
	request,
}) => {
	const board = await importBoard(request);
	const token = board.tokens.facilitator;
	const ana = await joinAs(browser, board.links.facilitator, 'Ana', 'Lisbon');
	const typed = 'Retrofit <script>alert(1)</script> schools';
	await addCard(ana, { stage: 'Localisation', sector: 'Buildings' }, typed, {
		city: 'Lisbon',
		kind: 'Note',
	});

	// The menu opens by keyboard, starts on its first entry and closes with Escape.
	const toggle = ana.getByRole('button', { name: 'Export', exact: true });
	await toggle.focus();
	await ana.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	const menu = ana.getByRole('group', { name: 'Export this board' });
	await expect(menu.getByRole('button', { name: 'Board as SVG' })).toBeFocused();
	await ana.keyboard.press('Escape');
	await expect(menu).toBeHidden();
	await expect(toggle).toBeFocused();
	await toggle.click();

	// SVG of the whole board: parses, every card's text in it (escaped), no markup from users.
	const svg = await download(ana, 'Board as SVG');
	expect(svg.name).toBe('Council-report-draft-co-board.svg');
	const svgText = svg.bytes.toString('utf8');
	expect(svgText).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	expect(svgText).not.toContain(token);
	const whole = await svgCards(ana, svgText);
	expect(whole).not.toBeNull();
	expect(whole!.scripts).toBe(0);
	expect(whole!.title).toBe(TITLE);
	expect(whole!.cards.map(squeeze).sort()).toEqual(
		[HARVESTED, BARRIER, typed, SOLAR].map(squeeze).sort(),
	);
	expect(whole!.frames).toEqual(['Quick wins', 'Breakout: Room 2']);
	expect(whole!.links).toBe(1);

	// PNG of the whole board: twice the picture's size where the bounds allow.
	const png = pngSize((await download(ana, 'Board as PNG')).bytes);
	expect(png.width).toBeGreaterThan(whole!.width);
	expect(png.width).toBeLessThanOrEqual(2 * whole!.width);
	expect(png.width * png.height).toBeLessThanOrEqual(4096 * 4096);
	expect(png.width / png.height).toBeCloseTo(whole!.width / whole!.height, 1);

	// One frame: only the cards whose centre lies inside it.
	await menu.getByRole('combobox', { name: 'Frame to export' }).selectOption('Quick wins');
	const frameSvg = await download(ana, 'Frame as SVG');
	expect(frameSvg.name).toBe('Council-report-draft-co-frame-Quick-wins.svg');
	const part = await svgCards(ana, frameSvg.bytes.toString('utf8'));
	expect(part!.cards.map(squeeze)).toEqual([squeeze(SOLAR)]);
	expect(part!.title).toBe(`${TITLE}: Quick wins`);
	expect(part!.links).toBe(0);
	const framePng = pngSize((await download(ana, 'Frame as PNG')).bytes);
	expect(framePng).toEqual({ width: 2 * part!.width, height: 2 * part!.height });

	// The gap list as CSV: a byte order mark, the header, the gap.
	const csv = (await download(ana, 'Gap list as CSV')).bytes.toString('utf8');
	expect(csv.startsWith(`\ufeff${GAP_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
	expect(csv).toContain(`gap1,${GAP},,skills_capacity`);
	expect(csv).not.toContain(token);

	// The JSON backup, fetched with the token as a bearer: the whole board, and no token.
	const backup = await download(ana, 'Board as JSON (backup)');
	expect(backup.name).toBe('Council-report-draft-co-backup.json');
	expect(backup.bytes.toString('utf8')).not.toContain(token);
	const json = JSON.parse(backup.bytes.toString('utf8')) as {
		format: string;
		board: { title: string };
		content: { cards: Record<string, { $map: { text: { $text: string } } }> };
	};
	expect(json.format).toBe('groundwork-board');
	expect(json.board.title).toBe(TITLE);
	const texts = Object.values(json.content.cards).map((c) => c.$map.text.$text);
	expect(texts).toContain(typed);
	expect(texts).toContain(SOLAR);

	// The seminar report opens in a new tab, without the token in its address.
	const [report] = await Promise.all([
		ana.waitForEvent('popup'),
		menu
			.getByRole('link', { name: 'Seminar report (print or save as PDF) (opens in a new tab)' })
			.click(),
	]);
	await expect(report.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	expect(report.url()).not.toContain('token');
	expect(report.url()).toContain('view=report');
	await expect(report).toHaveTitle(`${TITLE} – seminar report`);
	await expect(report.getByText('4 cards, 1 gap, 2 cities')).toBeVisible();

	const roadmap = report.getByRole('region', { name: 'Roadmap by stage and sector' });
	await expect(roadmap.getByRole('heading', { name: 'Planning (2 cards)' })).toBeVisible();
	await expect(roadmap.getByRole('heading', { name: 'Energy supply' })).toBeVisible();
	const solarItem = roadmap.getByRole('listitem').filter({ hasText: SOLAR });
	await expect(solarItem).toContainText('Lisbon · 5 votes · Status: In progress');
	await expect(roadmap.getByRole('listitem').filter({ hasText: typed })).toContainText('Note');
	await expect(roadmap).not.toContainText(HARVESTED);

	const gaps = report.getByRole('region', { name: 'Gap list' });
	const gapRow = gaps.getByRole('row').filter({ hasText: GAP });
	for (const cell of ['Skills & capacity', 'Critical', 'Action planned', 'Tartu', SOLAR]) {
		await expect(gapRow).toContainText(cell);
	}

	const votes = report.getByRole('region', { name: 'Votes' });
	const voteRows = votes.getByRole('row');
	await expect(voteRows).toHaveCount(3);
	await expect(voteRows.nth(1).getByRole('rowheader')).toHaveText(SOLAR);
	await expect(voteRows.nth(1).getByRole('cell')).toHaveText(['Action', 'Lisbon', '5']);
	await expect(voteRows.nth(2).getByRole('rowheader')).toHaveText(BARRIER);
	await expect(voteRows.nth(2).getByRole('cell')).toHaveText(['Barrier', 'Tartu', '2']);

	const breakouts = report.getByRole('region', { name: 'Breakout results' });
	await expect(breakouts.getByRole('heading', { name: 'Room 2 (1 card)' })).toBeVisible();
	await expect(breakouts.getByRole('listitem')).toContainText(HARVESTED);

	// "Print / Save as PDF" asks the browser to print.
	await report.evaluate(() => {
		window.print = () => document.body.setAttribute('data-printed', 'yes');
	});
	await report.getByRole('button', { name: 'Print / Save as PDF' }).click();
	await expect(report.locator('body')).toHaveAttribute('data-printed', 'yes');

	// Printed: no buttons or links of the page, black text; the PDF holds no token.
	await report.emulateMedia({ media: 'print' });
	await expect(report.getByRole('button', { name: 'Print / Save as PDF' })).toBeHidden();
	await expect(report.getByRole('link', { name: 'Back to the board' })).toBeHidden();
	const colour = await report
		.getByRole('heading', { level: 1 })
		.evaluate((heading) => getComputedStyle(heading).color);
	expect(colour).toBe('rgb(0, 0, 0)');
	const pdf = await report.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	// One page per section: the roadmap after the title, then gaps, votes and breakouts.
	expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(4);
	expect(pdf.toString('latin1')).not.toContain(token);
	await report.close();
	await ana.context().close();
});

test('the report needs a valid link', async ({ page, request }) => {
	const board = await importBoard(request);
	await page.goto(`/b/${board.id}?view=report&token=not-a-token`);
	await expect(page.getByRole('alert')).toHaveText(
		'Access denied — this link is invalid or has expired',
	);
	// A viewer may read the report.
	await page.goto(pathOf(board.links.viewer).replace('?', '?view=report&'));
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Gap list' })).toContainText(GAP);
});
