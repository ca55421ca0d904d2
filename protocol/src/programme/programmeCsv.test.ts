import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { invitationsToCsv, journeyToCsv, registrationsToCsv } from './programmeCsv.js';
import type { CityInvitation, JourneyView, Registration } from './programmes.js';

const registration: Registration = {
	id: 'reg1',
	programmeId: 'prog1',
	city: 'Šibenik',
	country: 'Croatia',
	population: '20k_50k',
	contactName: '=HYPERLINK("http://evil.example","click")',
	email: 'ana@example.org',
	role: '+officer',
	hopes: 'Funding, "retrofits"\nand buses',
	createdAt: Date.UTC(2026, 0, 2),
	status: 'accepted',
	decidedAt: Date.UTC(2026, 0, 3),
	passGeneration: 0,
};

describe('programme CSV exports', () => {
	it('writes every registration field, quoting and keeping line breaks, and defusing formulas', () => {
		const csv = registrationsToCsv([registration]);
		expect(csv.endsWith('\r\n')).toBe(true);
		const rows = Papa.parse<string[]>(csv.trim(), { newline: '\r\n' }).data;
		expect(rows[0]).toEqual([
			'id',
			'received',
			'status',
			'city',
			'country',
			'population',
			'contact_name',
			'email',
			'role',
			'hopes',
			'decided',
		]);
		expect(rows[1]).toEqual([
			'reg1',
			'2026-01-02T00:00:00.000Z',
			'accepted',
			'Šibenik',
			'Croatia',
			'20k_50k',
			`'=HYPERLINK("http://evil.example","click")`,
			'ana@example.org',
			"'+officer",
			'Funding, "retrofits"\nand buses',
			'2026-01-03T00:00:00.000Z',
		]);
	});

	it('writes one column per seminar link, in the seminars’ order', () => {
		const invitation: CityInvitation = {
			registrationId: 'reg1',
			city: 'Split',
			country: 'Croatia',
			contactName: 'Ana',
			email: 'ana@example.org',
			expiresAt: Date.UTC(2026, 6, 1),
			programmeUrl: 'https://gw.example/programmes/p',
			links: [
				{ target: 'city', label: 'Split', url: 'https://gw.example/programmes/p/enter?pass=c' },
				{ target: 's2', label: 'Two', url: 'https://gw.example/programmes/p/enter?pass=2' },
				{ target: 's1', label: 'One', url: 'https://gw.example/programmes/p/enter?pass=1' },
			],
		};
		const seminars = [
			{ id: 's1', title: 'One' },
			{ id: 's2', title: 'Two' },
			{ id: 's3', title: 'Three' },
		];
		const rows = Papa.parse<string[]>(invitationsToCsv([invitation], seminars).trim()).data;
		expect(rows[0]?.slice(5)).toEqual([
			'programme_page',
			'city_board_link',
			'seminar_link: One',
			'seminar_link: Two',
			'seminar_link: Three',
		]);
		expect(rows[1]?.slice(4)).toEqual([
			'2026-07-01T00:00:00.000Z',
			'https://gw.example/programmes/p',
			'https://gw.example/programmes/p/enter?pass=c',
			'https://gw.example/programmes/p/enter?pass=1',
			'https://gw.example/programmes/p/enter?pass=2',
			'',
		]);
	});

	it('writes each city’s journey with its attendance of every seminar, for a report', () => {
		const journey = {
			city: 'Split',
			stages: {
				planning: { held: 1, attended: 1 },
				enabling: { held: 1, attended: 0 },
				localisation: { held: 0, attended: 0 },
			},
			actions: { planned: 2, inProgress: 1, completed: 3 },
			gaps: { open: 4, resolved: 5 },
			reached: 'planning' as const,
		};
		const view: JourneyView = {
			seminars: [
				{ id: 's1', title: 'Kick-off', stage: 'planning', start: 0, end: 1 },
				{ id: 's2', title: 'Finance', stage: 'enabling', start: 2, end: 3 },
			],
			cities: [
				{
					registrationId: 'r1',
					city: 'Split',
					country: 'Croatia',
					attended: { s1: true, s2: false },
					activity: { cards: 12, lastChange: Date.UTC(2026, 4, 1) },
					journey,
				},
				{
					registrationId: 'r2',
					city: '@Tartu',
					country: 'Estonia',
					attended: {},
					activity: { cards: 0 },
					journey: { ...journey, city: '@Tartu', reached: null },
				},
			],
			totals: { actions: journey.actions, gaps: journey.gaps },
			cityCount: 2,
		};
		const rows = Papa.parse<string[]>(journeyToCsv(view).trim()).data;
		expect(rows).toEqual([
			[
				'city',
				'country',
				'attended: Kick-off',
				'attended: Finance',
				'stage_reached',
				'actions_planned',
				'actions_in_progress',
				'actions_completed',
				'gaps_open',
				'gaps_resolved',
				'cards',
				'last_change',
			],
			[
				'Split',
				'Croatia',
				'yes',
				'no',
				'planning',
				'2',
				'1',
				'3',
				'4',
				'5',
				'12',
				'2026-05-01T00:00:00.000Z',
			],
			["'@Tartu", 'Estonia', 'no', 'no', '', '2', '1', '3', '4', '5', '0', ''],
		]);
	});
});
