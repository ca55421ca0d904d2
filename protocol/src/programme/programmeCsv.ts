import Papa from 'papaparse';
import type { CityInvitation, JourneyView, Registration } from './programmes.js';

/**
 * The coordinators' CSV exports (issue 11): the accepted cities' invitation links for a mail
 * merge, and every registration with its personal data. RFC 4180, CRLF, and any cell a
 * spreadsheet would run as a formula prefixed with `'` (OWASP "CSV injection"): a registration's
 * fields are typed by strangers.
 */

const FORMULA_START = /^'*[=+\-@\t\r]/;

function unparse(fields: string[], data: (string | number)[][]): string {
	const csv = Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: FORMULA_START });
	return csv.endsWith('\r\n') ? csv : `${csv}\r\n`;
}

const iso = (ms: number | undefined): string =>
	ms === undefined ? '' : new Date(ms).toISOString();

/**
 * One row per city: city, country, contact, e-mail, expiry, the programme's public page, then one
 * column per link (the city's own board first, then each seminar's, titled by their titles).
 */
export function invitationsToCsv(
	invitations: readonly CityInvitation[],
	seminars: readonly { id: string; title: string }[],
): string {
	const fields = [
		'city',
		'country',
		'contact_name',
		'email',
		'links_expire',
		'programme_page',
		'city_board_link',
		...seminars.map((seminar) => `seminar_link: ${seminar.title}`),
	];
	const data = invitations.map((invitation) => {
		const url = (target: string) =>
			invitation.links.find((link) => link.target === target)?.url ?? '';
		return [
			invitation.city,
			invitation.country,
			invitation.contactName,
			invitation.email,
			iso(invitation.expiresAt),
			invitation.programmeUrl,
			url('city'),
			...seminars.map((seminar) => url(seminar.id)),
		];
	});
	return unparse(fields, data);
}

/** Every registration with its personal data and the coordinator's decision. */
export function registrationsToCsv(registrations: readonly Registration[]): string {
	const fields = [
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
	];
	const data = registrations.map((registration) => [
		registration.id,
		iso(registration.createdAt),
		registration.status,
		registration.city,
		registration.country,
		registration.population,
		registration.contactName,
		registration.email,
		registration.role,
		registration.hopes,
		iso(registration.decidedAt),
	]);
	return unparse(fields, data);
}

/**
 * The cities' journeys, for a programme's report: one row per city with its attendance of each
 * seminar (`yes`/`no`, in the seminars' order), the stage reached, its actions and gaps, and its
 * board's activity.
 */
export function journeyToCsv(view: JourneyView): string {
	const fields = [
		'city',
		'country',
		...view.seminars.map((seminar) => `attended: ${seminar.title}`),
		'stage_reached',
		'actions_planned',
		'actions_in_progress',
		'actions_completed',
		'gaps_open',
		'gaps_resolved',
		'cards',
		'last_change',
	];
	const data = view.cities.map((row) => [
		row.city,
		row.country,
		...view.seminars.map((seminar) => (row.attended[seminar.id] ? 'yes' : 'no')),
		row.journey.reached ?? '',
		row.journey.actions.planned,
		row.journey.actions.inProgress,
		row.journey.actions.completed,
		row.journey.gaps.open,
		row.journey.gaps.resolved,
		row.activity.cards,
		iso(row.activity.lastChange),
	]);
	return unparse(fields, data);
}
