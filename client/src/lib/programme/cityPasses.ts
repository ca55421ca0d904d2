import { z } from 'zod';

/**
 * The city boards this browser opened through a programme's invitation link (issue 11), kept in
 * local storage per programme: the board, its token, the city and the programme's title. The
 * programme's public page uses them to show the city its own journey, and the start page lists
 * them. Nothing of it leaves the browser.
 */

/** Where the passes are kept. */
export const CITY_PASSES_KEY = 'groundwork.programmeCities';

/** Most programmes remembered; the oldest entries go first. */
export const MAX_CITY_PASSES = 20;

const cityPassSchema = z.object({
	boardId: z.string().min(1).max(64),
	token: z.string().min(1).max(2048),
	city: z.string().max(200),
	/** The programme's title when the link was opened (absent in entries kept before). */
	title: z.string().max(200).optional(),
});

/** A city's board, opened through its invitation link. */
export type CityPass = z.infer<typeof cityPassSchema>;

type Reader = Pick<Storage, 'getItem'>;
type ReaderWriter = Pick<Storage, 'getItem' | 'setItem'>;

/** Every remembered pass, by programme id (the well-formed ones only). */
function loadAll(storage: Reader): [string, CityPass][] {
	try {
		const raw: unknown = JSON.parse(storage.getItem(CITY_PASSES_KEY) ?? '{}');
		if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
		return Object.entries(raw).flatMap(([programmeId, entry]) => {
			const parsed = cityPassSchema.safeParse(entry);
			return parsed.success && programmeId
				? [[programmeId, parsed.data] as [string, CityPass]]
				: [];
		});
	} catch {
		return [];
	}
}

function saveAll(storage: ReaderWriter, entries: [string, CityPass][]): void {
	try {
		storage.setItem(CITY_PASSES_KEY, JSON.stringify(Object.fromEntries(entries)));
	} catch {
		// Storage full or disabled: the journey is then not shown, the board works without it.
	}
}

/** Every remembered city pass with its programme id, oldest first. */
export function cityPassEntries(
	storage: Reader | undefined,
): { programmeId: string; pass: CityPass }[] {
	return storage ? loadAll(storage).map(([programmeId, pass]) => ({ programmeId, pass })) : [];
}

/** The city pass remembered for `programmeId`, if any. */
export function getCityPass(storage: Reader, programmeId: string): CityPass | undefined {
	return loadAll(storage).find(([id]) => id === programmeId)?.[1];
}

/** Remembers (or replaces) the city pass of `programmeId`. */
export function setCityPass(storage: ReaderWriter, programmeId: string, pass: CityPass): void {
	const parsed = cityPassSchema.safeParse(pass);
	if (!parsed.success || !programmeId) return;
	const others = loadAll(storage).filter(([id]) => id !== programmeId);
	saveAll(
		storage,
		[...others, [programmeId, parsed.data] as [string, CityPass]].slice(-MAX_CITY_PASSES),
	);
}

/** Forgets the city pass of `programmeId` (its link was replaced or withdrawn). */
export function forgetCityPass(storage: ReaderWriter, programmeId: string): void {
	const entries = loadAll(storage);
	if (!entries.some(([id]) => id === programmeId)) return;
	saveAll(
		storage,
		entries.filter(([id]) => id !== programmeId),
	);
}

/** The browser's local storage, or undefined where it is unavailable (private modes). */
export function deviceStorage(): Storage | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}
