import type { MemberCity, MemberKind, PopulationBand } from '@groundwork/protocol';

/**
 * What a facilitator says about their board when it makes or joins a cohort (issue 8): a city's
 * roadmap (its city, country and population band) or one of the programme's seminar boards.
 */

/** Longest city or country name the server accepts, in characters. */
export const MAX_PLACE_LENGTH = 80;

/** The city fields as a form holds them (empty strings for "not given"). */
export interface MemberFields {
	kind: MemberKind;
	city: string;
	country: string;
	population: PopulationBand | '';
}

/** How the board takes part, as the create and join requests carry it. */
export type Membership = { kind: 'seminar' } | { kind: 'city'; member: MemberCity };

/** Fresh city fields: a city's roadmap, with the city the user gave when joining the board. */
export function memberFields(city = ''): MemberFields {
	return { kind: 'city', city: city.slice(0, MAX_PLACE_LENGTH), country: '', population: '' };
}

/**
 * The membership the fields describe, trimmed; `city_required` when a city's roadmap has no city.
 * A seminar board says nothing of a city.
 */
export function membershipOf(fields: MemberFields): Membership | 'city_required' {
	if (fields.kind === 'seminar') return { kind: 'seminar' };
	const city = fields.city.trim();
	if (city === '') return 'city_required';
	const member: MemberCity = { city, country: fields.country.trim() };
	if (fields.population) member.population = fields.population;
	return { kind: 'city', member };
}
