import type { BreakoutAssignment } from '@groundwork/protocol';

/** A participant on the main board who can be sent to a room. */
export interface RosterEntry {
	/** Their participant key (where their assignment is sent; never shown). */
	key: string;
	handId: string;
	name: string;
	city: string;
}

/** A planned room: its name and members. */
export interface PlannedRoom {
	name: string;
	members: RosterEntry[];
}

const cityKey = (city: string): string => city.trim().toLocaleLowerCase();

/**
 * Splits participants into rooms [F9]: `city` makes one room per city (named after it; people
 * without a city share one), `mixed` deals the cities' people in turn over `count` rooms so each
 * room mixes cities, `random` shuffles them over `count` rooms, `manual` puts each person
 * where `manual` (hand id -> room index) says and deals the others in turn. Mixed and random
 * rooms are never more than the people to fill them; there is always at least one room.
 */
export function assignRooms(
	roster: readonly RosterEntry[],
	mode: BreakoutAssignment,
	count: number,
	names: { room: (n: number) => string; noCity: string },
	random: () => number = Math.random,
	manual: Readonly<Record<string, number>> = {},
): PlannedRoom[] {
	if (mode === 'city') {
		const byCity = new Map<string, PlannedRoom>();
		for (const person of roster) {
			const key = cityKey(person.city);
			const room = byCity.get(key) ?? { name: person.city.trim() || names.noCity, members: [] };
			room.members.push(person);
			byCity.set(key, room);
		}
		const rooms = [...byCity.values()].sort((a, b) => a.name.localeCompare(b.name));
		return rooms.length > 0 ? rooms : [{ name: names.room(1), members: [] }];
	}
	if (mode === 'manual') {
		// As the facilitator placed them; anyone not placed is dealt over the rooms in turn.
		const size = Math.max(1, count);
		const rooms: PlannedRoom[] = Array.from({ length: size }, (_, i) => ({
			name: names.room(i + 1),
			members: [],
		}));
		let next = 0;
		for (const person of roster) {
			const placed = manual[person.handId];
			const index = placed !== undefined && placed >= 0 && placed < size ? placed : next++ % size;
			rooms[index]!.members.push(person);
		}
		return rooms;
	}
	const size = Math.max(1, Math.min(count, roster.length));
	const rooms: PlannedRoom[] = Array.from({ length: size }, (_, i) => ({
		name: names.room(i + 1),
		members: [],
	}));
	const order = [...roster];
	if (mode === 'random') {
		for (let i = order.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[order[i], order[j]] = [order[j]!, order[i]!];
		}
	} else {
		// Largest cities first, each city's people in a row: dealt in turn over the rooms, a city
		// fills rooms one person at a time and the next city continues where it stopped.
		const sizes = new Map<string, number>();
		for (const person of order) {
			sizes.set(cityKey(person.city), (sizes.get(cityKey(person.city)) ?? 0) + 1);
		}
		order.sort(
			(a, b) =>
				(sizes.get(cityKey(b.city)) ?? 0) - (sizes.get(cityKey(a.city)) ?? 0) ||
				cityKey(a.city).localeCompare(cityKey(b.city)) ||
				a.name.localeCompare(b.name),
		);
	}
	order.forEach((person, index) => rooms[index % size]!.members.push(person));
	return rooms;
}
