/** The localStorage key this browser's participant key is kept under. */
export const PARTICIPANT_KEY_STORAGE_KEY = 'groundwork.participantKey';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** A new random participant key: 22 URL-safe characters (132 random bits). */
export function newParticipantKey(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(22));
	return [...bytes].map((byte) => ALPHABET[byte % 64]).join('');
}

function defaultStorage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/**
 * This browser's participant key: who votes and whose hand is up, the same across reloads and
 * reconnects (kept in localStorage; a new one each time when storage is unavailable).
 */
export function participantKey(storage = defaultStorage()): string {
	try {
		const stored = storage?.getItem(PARTICIPANT_KEY_STORAGE_KEY);
		if (stored && /^[A-Za-z0-9_-]{8,64}$/.test(stored)) return stored;
		const key = newParticipantKey();
		storage?.setItem(PARTICIPANT_KEY_STORAGE_KEY, key);
		return key;
	} catch {
		return newParticipantKey();
	}
}
