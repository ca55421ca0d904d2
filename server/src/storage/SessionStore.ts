import type { Draft, SessionState } from '@groundwork/protocol';

/**
 * What the server keeps of a board's session: the public state and the secret ballots
 * (participant key -> item id -> votes).
 */
export interface StoredSession {
	state: SessionState;
	ballots: Record<string, Record<string, number>>;
	/** Private ideas by their author's participant key, until revealed. [F10] */
	drafts?: Record<string, Draft[]>;
	/** The name and city of each author of private ideas (from their handshake). */
	authors?: Record<string, { name: string; city: string }>;
}

/**
 * Where facilitated-session state lives, beside the board's document. Implementations:
 * `SqliteSessionStore` (embedded), `RedisSessionStore` (shared by instances),
 * `MemorySessionStore` (tests); all pass `test/contract/sessionStore.contract.ts`. [F8]
 */
export interface SessionStore {
	/**
	 * The stored session, or undefined when none (or when what is stored cannot be read: log
	 * nothing here, just undefined).
	 */
	load(boardId: string): Promise<StoredSession | undefined>;
	/**
	 * Stores `session` if the stored one's `state.version` is `expectedVersion` (0 when nothing
	 * is stored, or nothing readable); resolves false on a conflict (another writer got there
	 * first), nothing written. Atomic.
	 */
	save(boardId: string, session: StoredSession, expectedVersion: number): Promise<boolean>;
	/** Removes the board's session. */
	delete(boardId: string): Promise<void>;
}

/** A session as stored: JSON. */
export function encodeStoredSession(session: StoredSession): string {
	return JSON.stringify(session);
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

/**
 * A stored session back from JSON, or undefined when it is not JSON or not shaped like one
 * (checked minimally: an object with a numeric `state.version` and a `ballots` object).
 */
export function decodeStoredSession(json: string): StoredSession | undefined {
	let raw: unknown;
	try {
		raw = JSON.parse(json);
	} catch {
		return undefined;
	}
	if (!isObject(raw) || !isObject(raw['state']) || !isObject(raw['ballots'])) return undefined;
	if (typeof raw['state']['version'] !== 'number') return undefined;
	return raw as unknown as StoredSession;
}
