import { describe, expect, it } from 'vitest';
import { BREAKOUT_ASSIGNMENTS } from '@groundwork/protocol';
import { assignRooms, type PlannedRoom, type RosterEntry } from './assignRooms.js';

const NAMES = { room: (n: number) => `Room ${n}`, noCity: 'No city' };

function person(name: string, city: string): RosterEntry {
	return { key: `key-${name}`, handId: `hand-${name}`, name, city };
}

/** A small seeded generator (mulberry32), so a failing case can be replayed from its seed. */
function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const namesOf = (room: PlannedRoom) => room.members.map((member) => member.name).sort();
const citiesOf = (room: PlannedRoom) =>
	new Set(room.members.map((member) => member.city.trim().toLowerCase()));
const sizesOf = (rooms: PlannedRoom[]) => rooms.map((room) => room.members.length);

/** Everyone is in exactly one room. */
function expectEveryoneOnce(rooms: PlannedRoom[], roster: RosterEntry[], context = ''): void {
	const placed = rooms.flatMap((room) => room.members.map((member) => member.key)).sort();
	expect(placed, context).toEqual(roster.map((entry) => entry.key).sort());
}

/** Room sizes differ by at most one. */
function expectBalanced(rooms: PlannedRoom[], context = ''): void {
	const sizes = sizesOf(rooms);
	expect(Math.max(...sizes) - Math.min(...sizes), `${context} sizes ${sizes.join()}`).toBeLessThan(
		2,
	);
}

/** A roster of `n` people spread over up to `cities` cities, from `random`. */
function randomRoster(random: () => number, n: number, cities: number): RosterEntry[] {
	const pool = ['Aarhus', 'Berlin', 'Cork', 'Lisbon', 'Oslo', 'Turin', 'Zagreb'].slice(0, cities);
	return Array.from({ length: n }, (_, i) =>
		person(`p${String(i).padStart(2, '0')}`, pool[Math.floor(random() * pool.length)]!),
	);
}

describe('[F9] breakout rooms by city', () => {
	it('[F9] one room per city, named after it, cities compared without case or surrounding spaces', () => {
		const roster = [
			person('Ana', 'Lisbon'),
			person('Bo', 'Aarhus'),
			person('Rui', ' lisbon '),
			person('Ida', 'AARHUS'),
			person('Zé', 'LISBON'),
		];
		const rooms = assignRooms(roster, 'city', 7, NAMES);
		expect(rooms.map((room) => room.name)).toEqual(['Aarhus', 'Lisbon']);
		expect(rooms.map(namesOf)).toEqual([
			['Bo', 'Ida'],
			['Ana', 'Rui', 'Zé'],
		]);
		expectEveryoneOnce(rooms, roster);
	});

	it('[F9] people without a city share one room; rooms are sorted by name', () => {
		const roster = [
			person('Ana', 'Zagreb'),
			person('Bo', ''),
			person('Cy', 'Berlin'),
			person('Di', '   '),
			person('Ed', 'Oslo'),
		];
		const rooms = assignRooms(roster, 'city', 1, NAMES);
		expect(rooms.map((room) => room.name)).toEqual(['Berlin', 'No city', 'Oslo', 'Zagreb']);
		expect(namesOf(rooms.find((room) => room.name === 'No city')!)).toEqual(['Bo', 'Di']);
		expectEveryoneOnce(rooms, roster);
	});

	it('[F9] nobody to split still gives one (empty) room', () => {
		expect(assignRooms([], 'city', 3, NAMES)).toEqual([{ name: 'Room 1', members: [] }]);
	});
});

describe('[F9] mixed breakout rooms', () => {
	it('[F9] two cities over two rooms: each room has someone from each city', () => {
		const roster = [
			person('Ana', 'Lisbon'),
			person('Rui', 'Lisbon'),
			person('Bo', 'Aarhus'),
			person('Ida', 'Aarhus'),
		];
		const rooms = assignRooms(roster, 'mixed', 2, NAMES);
		expect(rooms.map((room) => room.name)).toEqual(['Room 1', 'Room 2']);
		for (const room of rooms) expect([...citiesOf(room)].sort()).toEqual(['aarhus', 'lisbon']);
		expectEveryoneOnce(rooms, roster);
	});

	it('[F9] a large city between two small ones (by name): each room still mixes cities', () => {
		// Berlin hosts five; one guest each from Aarhus and Cork. Two rooms can both mix
		// (one guest in each), so neither should be Berlin only.
		const roster = [
			person('Ana', 'Aarhus'),
			...['Ben', 'Cem', 'Dirk', 'Eva', 'Finn'].map((name) => person(name, 'Berlin')),
			person('Gráinne', 'Cork'),
		];
		const rooms = assignRooms(roster, 'mixed', 2, NAMES);
		expectEveryoneOnce(rooms, roster);
		expectBalanced(rooms);
		for (const room of rooms) {
			expect([...citiesOf(room)], `${room.name}: ${namesOf(room).join()}`).not.toHaveLength(1);
		}
	});

	it('[F9] never more rooms than people, and at least one room', () => {
		const three = [person('Ana', 'Lisbon'), person('Bo', 'Aarhus'), person('Cy', 'Lisbon')];
		for (const mode of ['mixed', 'random'] as const) {
			const rooms = assignRooms(three, mode, 10, NAMES, seeded(1));
			expect(
				rooms.map((room) => room.name),
				mode,
			).toEqual(['Room 1', 'Room 2', 'Room 3']);
			expect(sizesOf(rooms), mode).toEqual([1, 1, 1]);
			expect(assignRooms([], mode, 4, NAMES, seeded(1)), mode).toEqual([
				{ name: 'Room 1', members: [] },
			]);
		}
	});

	it('[F9] seeded rosters: everyone once, balanced rooms, and mixed rooms whenever the cities allow it', () => {
		for (let seed = 1; seed <= 300; seed++) {
			const random = seeded(seed);
			const roster = randomRoster(random, 1 + Math.floor(random() * 24), 1 + (seed % 5));
			const count = 1 + Math.floor(random() * 6);
			const rooms = assignRooms(roster, 'mixed', count, NAMES);
			const context = `seed ${seed}, ${roster.length} people, ${count} rooms`;
			expect(rooms, context).toHaveLength(Math.min(count, roster.length));
			expectEveryoneOnce(rooms, roster, context);
			expectBalanced(rooms, context);
			// With at least one person per room from the largest city and from the others
			// together, every room can mix: then every room must.
			const perCity = new Map<string, number>();
			for (const entry of roster) perCity.set(entry.city, (perCity.get(entry.city) ?? 0) + 1);
			const largest = Math.max(...perCity.values());
			if (largest >= rooms.length && roster.length - largest >= rooms.length) {
				for (const room of rooms) {
					expect(citiesOf(room).size, `${context}: ${room.name}`).toBeGreaterThan(1);
				}
			}
		}
	});
});

describe('[F9] random breakout rooms', () => {
	const roster = 'Ana Bo Cy Di Ed Flo Gus Hal Ivo Jo Kai'
		.split(' ')
		.map((name, i) => person(name, i % 2 ? 'Lisbon' : 'Aarhus'));

	it('[F9] the same seed gives the same rooms; everyone is placed once in balanced rooms', () => {
		const first = assignRooms(roster, 'random', 3, NAMES, seeded(42));
		expect(assignRooms(roster, 'random', 3, NAMES, seeded(42))).toEqual(first);
		expect(first.map((room) => room.name)).toEqual(['Room 1', 'Room 2', 'Room 3']);
		expect(sizesOf(first)).toEqual([4, 4, 3]);
		expectEveryoneOnce(first, roster);
	});

	it('[F9] the split depends on the random source', () => {
		const splits = new Set(
			Array.from({ length: 10 }, (_, seed) =>
				JSON.stringify(assignRooms(roster, 'random', 3, NAMES, seeded(seed)).map(namesOf)),
			),
		);
		expect(splits.size).toBeGreaterThan(1);
	});

	it('[F9] seeded rosters: everyone once, balanced, never more rooms than people', () => {
		for (let seed = 1; seed <= 200; seed++) {
			const random = seeded(seed);
			const people = randomRoster(random, Math.floor(random() * 20), 3);
			const count = 1 + Math.floor(random() * 8);
			const context = `seed ${seed}, ${people.length} people, ${count} rooms`;
			const rooms = assignRooms(people, 'random', count, NAMES, random);
			expect(rooms, context).toHaveLength(Math.max(1, Math.min(count, people.length)));
			expectEveryoneOnce(rooms, people, context);
			expectBalanced(rooms, context);
		}
	});

	it('[F9] every assignment keeps the roster entries as given (key, hand id, name, city)', () => {
		for (const mode of BREAKOUT_ASSIGNMENTS) {
			const rooms = assignRooms(roster, mode, 2, NAMES, seeded(7));
			for (const member of rooms.flatMap((room) => room.members)) {
				expect(roster, mode).toContainEqual(member);
			}
		}
	});
});

describe('assignRooms by hand [F9]', () => {
	it('[F9] puts each person where the facilitator placed them, and deals the others in turn', () => {
		const ana = person('Ana', 'Split');
		const jonas = person('Jonas', 'Tartu');
		const kadri = person('Kadri', 'Tartu');
		const late = person('Late', 'Gdynia');
		const rooms = assignRooms([ana, jonas, kadri, late], 'manual', 3, NAMES, Math.random, {
			[ana.handId]: 2,
			[jonas.handId]: 2,
			[kadri.handId]: 0,
			// A room that does not exist counts as not placed.
			[late.handId]: 7,
		});
		expect(rooms.map((room) => room.name)).toEqual(['Room 1', 'Room 2', 'Room 3']);
		expect(rooms.map(namesOf)).toEqual([['Kadri', 'Late'], [], ['Ana', 'Jonas']]);
		expectEveryoneOnce(rooms, [ana, jonas, kadri, late]);
	});
});
