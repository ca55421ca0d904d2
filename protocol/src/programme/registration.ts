import { z } from 'zod';
import { zodIssues } from '../api.js';
import { POPULATION_BANDS } from '../cohort/library.js';

/**
 * A city's registration of interest in a programme (issue 11), as the public form sends it.
 * Personal data (contact name, e-mail) is seen only by the programme's coordinators.
 */

/** The form's hidden field: people leave it empty; a bot that fills it is refused quietly. */
export const HONEYPOT_FIELD = 'website';

const text = (max: number) => z.string().trim().min(1).max(max);

/** The body of the registration form. */
export const registrationRequestSchema = z.strictObject({
	city: text(80),
	country: text(80),
	population: z.enum(POPULATION_BANDS),
	contactName: text(120),
	email: z.email().max(254),
	role: text(120),
	hopes: z.string().trim().max(2000),
	/** Consent to be contacted about the programme: required. */
	consent: z.literal(true),
	/** Must be empty (see `HONEYPOT_FIELD`). */
	[HONEYPOT_FIELD]: z.string().max(0).optional(),
});
export type RegistrationRequest = z.infer<typeof registrationRequestSchema>;

/** The outcome of checking a registration: the value, or one issue per bad field. */
export type RegistrationCheck =
	| { ok: true; value: RegistrationRequest }
	| { ok: false; spam: boolean; issues: { path: string; message: string }[] };

/** Checks a registration form; a filled honeypot is reported as spam (answer as if accepted). */
export function checkRegistration(input: unknown): RegistrationCheck {
	const parsed = registrationRequestSchema.safeParse(input);
	if (parsed.success) return { ok: true, value: parsed.data };
	const issues = zodIssues(parsed.error);
	return { ok: false, spam: issues.some((issue) => issue.path === HONEYPOT_FIELD), issues };
}
