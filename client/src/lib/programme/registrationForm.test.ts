import { describe, expect, it } from 'vitest';
import { HONEYPOT_FIELD, registrationRequestSchema } from '@groundwork/protocol';
import {
	REGISTRATION_FIELDS,
	REGISTRATION_LIMITS,
	checkRegistrationForm,
	emptyRegistrationForm,
	fieldErrors,
	firstInvalidField,
	type RegistrationForm,
} from './registrationForm.js';

function filled(extra: Partial<RegistrationForm> = {}): RegistrationForm {
	return {
		city: '  Split ',
		country: 'Croatia',
		population: '100k_250k',
		contactName: 'Ana Horvat',
		email: ' ana@split.example ',
		role: 'Climate officer',
		hopes: 'Learn how others finance retrofits.',
		consent: true,
		website: '',
		...extra,
	};
}

describe('the registration form', () => {
	it('turns a filled form into the request the server takes, trimmed, without the honeypot', () => {
		const outcome = checkRegistrationForm(filled());
		expect(outcome).toEqual({
			ok: true,
			request: {
				city: 'Split',
				country: 'Croatia',
				population: '100k_250k',
				contactName: 'Ana Horvat',
				email: 'ana@split.example',
				role: 'Climate officer',
				hopes: 'Learn how others finance retrofits.',
				consent: true,
			},
		});
		if (outcome.ok) expect(registrationRequestSchema.safeParse(outcome.request).success).toBe(true);
	});

	it('takes an empty hope (the only optional field)', () => {
		expect(checkRegistrationForm(filled({ hopes: '   ' })).ok).toBe(true);
	});

	it('sends a filled honeypot as it is, for the server to drop quietly', () => {
		const outcome = checkRegistrationForm(filled({ website: 'http://spam.example' }));
		expect(outcome.ok && outcome.request[HONEYPOT_FIELD]).toBe('http://spam.example');
	});

	it('says what is missing in an empty form, field by field', () => {
		const outcome = checkRegistrationForm(emptyRegistrationForm());
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.errors).toEqual({
			city: 'programme.register.error.cityRequired',
			country: 'programme.register.error.countryRequired',
			population: 'programme.register.error.population',
			contactName: 'programme.register.error.contactNameRequired',
			email: 'programme.register.error.emailRequired',
			role: 'programme.register.error.roleRequired',
			consent: 'programme.register.error.consent',
		});
		expect(firstInvalidField(outcome.errors)).toBe('city');
	});

	it('refuses a malformed e-mail address, blank texts and a missing consent', () => {
		const outcome = checkRegistrationForm(filled({ email: 'ana@', role: '   ', consent: false }));
		expect(outcome.ok ? {} : outcome.errors).toEqual({
			email: 'programme.register.error.email',
			role: 'programme.register.error.roleRequired',
			consent: 'programme.register.error.consent',
		});
	});

	it('knows the schema’s limits: the longest value passes, one more character is too long', () => {
		for (const [field, max] of Object.entries(REGISTRATION_LIMITS)) {
			const long = field === 'email' ? `${'a'.repeat(max - 12)}@example.org` : 'x'.repeat(max);
			expect(checkRegistrationForm(filled({ [field]: long })).ok, field).toBe(true);
			const outcome = checkRegistrationForm(filled({ [field]: `a${long}` }));
			expect(outcome.ok ? {} : outcome.errors, field).toEqual({
				[field]: 'programme.register.error.tooLong',
			});
		}
	});

	it('places the server’s issues on their fields by path, the first one per field', () => {
		const form = filled({ city: '', email: 'bad' });
		expect(
			fieldErrors(
				[
					{ path: 'city', message: 'Too small' },
					{ path: 'email', message: 'Invalid email' },
					{ path: 'email', message: 'Again' },
					{ path: 'population', message: 'Invalid option' },
					{ path: 'hopes', message: 'Too big' },
					{ path: '(body)', message: 'Unrecognized key' },
					{ message: 'No path' },
				],
				form,
			),
		).toEqual({
			city: 'programme.register.error.cityRequired',
			email: 'programme.register.error.email',
			population: 'programme.register.error.population',
			hopes: 'programme.register.error.invalid',
		});
	});

	it('orders the fields as the form shows them', () => {
		expect(REGISTRATION_FIELDS[0]).toBe('city');
		expect(firstInvalidField({ consent: 'programme.register.error.consent' })).toBe('consent');
		expect(firstInvalidField({})).toBeUndefined();
	});
});
