import { describe, expect, it } from 'vitest';
import { checkRegistration } from './registration.js';

const valid = {
	city: 'Šibenik',
	country: 'Croatia',
	population: '20k_50k',
	contactName: 'Ivana Horvat',
	email: 'ivana.horvat@sibenik.example',
	role: 'Climate officer',
	hopes: 'How other cities fund retrofits',
	consent: true,
	website: '',
};

describe('checkRegistration', () => {
	it('accepts a complete form, trimmed', () => {
		const result = checkRegistration({ ...valid, city: '  Šibenik ' });
		expect(result).toMatchObject({ ok: true, value: { city: 'Šibenik' } });
	});

	it('names every bad field', () => {
		const result = checkRegistration({
			...valid,
			city: '',
			email: 'not-an-address',
			population: 'huge',
			consent: false,
		});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.spam).toBe(false);
		expect(result.issues.map((issue) => issue.path).sort()).toEqual([
			'city',
			'consent',
			'email',
			'population',
		]);
	});

	it('refuses unknown fields and reports a filled honeypot as spam', () => {
		expect(checkRegistration({ ...valid, admin: true }).ok).toBe(false);
		const bot = checkRegistration({ ...valid, website: 'http://spam.example' });
		expect(bot).toMatchObject({ ok: false, spam: true });
	});
});
