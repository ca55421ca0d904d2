import {
	HONEYPOT_FIELD,
	checkRegistration,
	type PopulationBand,
	type RegistrationRequest,
} from '@groundwork/protocol';
import type { MessageKey } from '../i18n/i18n.js';

/**
 * The public registration form of a programme (issue 11): what people type, turned into a
 * `RegistrationRequest`, checked as the server will check it (`checkRegistration`), and what is
 * wrong said per field, as a message key; the server's `invalid_body` issues are placed on the
 * same fields by their `path`.
 */

/** The form's values, bound to its controls. `website` is the honeypot people never see. */
export interface RegistrationForm {
	city: string;
	country: string;
	population: PopulationBand | '';
	contactName: string;
	email: string;
	role: string;
	hopes: string;
	consent: boolean;
	website: string;
}

/** The fields people fill, in the form's order (the first wrong one gets focus). */
export const REGISTRATION_FIELDS = [
	'city',
	'country',
	'population',
	'contactName',
	'email',
	'role',
	'hopes',
	'consent',
] as const;
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];

/** The longest value of each text field, as the schema allows (after trimming). */
export const REGISTRATION_LIMITS = {
	city: 80,
	country: 80,
	contactName: 120,
	email: 254,
	role: 120,
	hopes: 2000,
} as const satisfies Partial<Record<RegistrationField, number>>;

/** What is wrong with each field, as a message key. */
export type RegistrationErrors = Partial<Record<RegistrationField, MessageKey>>;

export type RegistrationOutcome =
	{ ok: true; request: RegistrationRequest } | { ok: false; errors: RegistrationErrors };

/** A form with nothing filled in. */
export function emptyRegistrationForm(): RegistrationForm {
	return {
		city: '',
		country: '',
		population: '',
		contactName: '',
		email: '',
		role: '',
		hopes: '',
		consent: false,
		website: '',
	};
}

/** What the person filled in, trimmed. */
function personFields(form: RegistrationForm): Record<RegistrationField, unknown> {
	return {
		city: form.city.trim(),
		country: form.country.trim(),
		population: form.population,
		contactName: form.contactName.trim(),
		email: form.email.trim(),
		role: form.role.trim(),
		hopes: form.hopes.trim(),
		consent: form.consent,
	};
}

/**
 * Checks the form as the server does, and gives the body to send: trimmed texts, and the
 * honeypot only when something filled it (not the person's mistake: the server quietly drops it).
 */
export function checkRegistrationForm(form: RegistrationForm): RegistrationOutcome {
	const checked = checkRegistration(personFields(form));
	if (checked.ok) {
		return {
			ok: true,
			request: form.website ? { ...checked.value, [HONEYPOT_FIELD]: form.website } : checked.value,
		};
	}
	return { ok: false, errors: fieldErrors(checked.issues, form) };
}

/** The server's `invalid_body` issues placed on the form's fields (others are left out). */
export function fieldErrors(
	issues: readonly { path?: string; message: string }[],
	form: RegistrationForm,
): RegistrationErrors {
	const errors: RegistrationErrors = {};
	for (const issue of issues) {
		const field = fieldOf(issue.path);
		if (field && !errors[field]) errors[field] = errorKey(field, form);
	}
	return errors;
}

/** The first field, in the form's order, that has something wrong. */
export function firstInvalidField(errors: RegistrationErrors): RegistrationField | undefined {
	return REGISTRATION_FIELDS.find((field) => errors[field] !== undefined);
}

function fieldOf(path: string | undefined): RegistrationField | undefined {
	const head = path?.split('.')[0];
	return REGISTRATION_FIELDS.find((field) => field === head);
}

const INVALID: MessageKey = 'programme.register.error.invalid';

const REQUIRED: Partial<Record<RegistrationField, MessageKey>> = {
	city: 'programme.register.error.cityRequired',
	country: 'programme.register.error.countryRequired',
	contactName: 'programme.register.error.contactNameRequired',
	email: 'programme.register.error.emailRequired',
	role: 'programme.register.error.roleRequired',
};

/** Why `field` was refused, judged from its value. */
function errorKey(field: RegistrationField, form: RegistrationForm): MessageKey {
	if (field === 'consent') return 'programme.register.error.consent';
	if (field === 'population') return 'programme.register.error.population';
	const value = form[field].trim();
	if (value.length === 0) return REQUIRED[field] ?? INVALID;
	if (value.length > REGISTRATION_LIMITS[field]) return 'programme.register.error.tooLong';
	if (field === 'email') return 'programme.register.error.email';
	return INVALID;
}
