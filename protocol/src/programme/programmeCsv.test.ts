import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { invitationsToCsv, registrationsToCsv } from './programmeCsv.js';
import type { CityInvitation, Registration } from './programmes.js';

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
});
