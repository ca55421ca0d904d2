import { describe, expect, it } from 'vitest';
import type { CityInvitation } from '@groundwork/protocol';
import { invitationLabel, invitationText, registrationFileName } from './coordinatorExports.js';

describe('coordinator exports', () => {
	it('names a registration file after its city, safely', () => {
		expect(registrationFileName('Split')).toBe('registration-Split.json');
		expect(registrationFileName('São Paulo')).toBe('registration-São-Paulo.json');
		expect(registrationFileName(' ../etc/passwd ')).toBe('registration-etc-passwd.json');
		expect(registrationFileName('Łódź / Lodz')).toBe('registration-Łódź-Lodz.json');
		expect(registrationFileName('***')).toBe('registration-city.json');
		expect(registrationFileName('x'.repeat(200))).toBe(`registration-${'x'.repeat(60)}.json`);
	});

	const invitation: CityInvitation = {
		registrationId: 'r1',
		city: 'Split',
		country: 'Croatia',
		contactName: 'Ana',
		email: 'ana@example.org',
		expiresAt: 0,
		programmeUrl: 'https://g.example/programmes/p',
		links: [
			{ target: 'city', label: 'Split', url: 'https://g.example/programmes/p/enter?pass=a' },
			{ target: 's1', label: 'Kick-off', url: 'https://g.example/programmes/p/enter?pass=b' },
		],
	};

	it('labels the city’s own link, and a seminar’s by its title', () => {
		expect(invitationLabel(invitation.links[0]!, 'Own roadmap board')).toBe('Own roadmap board');
		expect(invitationLabel(invitation.links[1]!, 'Own roadmap board')).toBe('Kick-off');
	});

	it('writes all links of a city as one block of text', () => {
		const text = invitationText(invitation, {
			intro: 'Your links (Split):',
			line: (label, url) => `${label}: ${url}`,
			expires: 'Valid until 1 May.',
			page: 'The programme: https://g.example/programmes/p',
			ownBoard: 'Own roadmap board',
		});
		expect(text).toBe(
			[
				'Your links (Split):',
				'',
				'Own roadmap board: https://g.example/programmes/p/enter?pass=a',
				'Kick-off: https://g.example/programmes/p/enter?pass=b',
				'',
				'The programme: https://g.example/programmes/p',
				'Valid until 1 May.',
			].join('\n'),
		);
	});
});
