/** Who the user says they are: shown to others in presence and on their cards. */
export interface Identity {
	name: string;
	city: string;
}

/** The localStorage key the identity is remembered under. */
export const IDENTITY_STORAGE_KEY = 'groundwork.identity';

/** Longest name and city accepted (protocol's presence schema). */
export const MAX_NAME_LENGTH = 60;
export const MAX_CITY_LENGTH = 80;

/** Trims and shortens an identity; null when the name is empty. */
export function normaliseIdentity(input: { name?: unknown; city?: unknown }): Identity | null {
	const name = typeof input.name === 'string' ? input.name.trim().slice(0, MAX_NAME_LENGTH) : '';
	const city = typeof input.city === 'string' ? input.city.trim().slice(0, MAX_CITY_LENGTH) : '';
	return name ? { name: name.trim(), city: city.trim() } : null;
}

function defaultStorage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/** The remembered identity, or null when there is none (or it is unreadable). */
export function loadIdentity(storage = defaultStorage()): Identity | null {
	try {
		const raw = storage?.getItem(IDENTITY_STORAGE_KEY);
		if (!raw) return null;
		const parsed: unknown = JSON.parse(raw);
		return typeof parsed === 'object' && parsed !== null ? normaliseIdentity(parsed) : null;
	} catch {
		return null;
	}
}

/** Remembers the identity for the next visit (silently skipped when storage is unavailable). */
export function saveIdentity(identity: Identity, storage = defaultStorage()): void {
	try {
		storage?.setItem(IDENTITY_STORAGE_KEY, JSON.stringify(identity));
	} catch {
		// Private mode or quota: the identity simply is not remembered.
	}
}
