import {
	decodeStoredSession,
	encodeStoredSession,
	type SessionStore,
	type StoredSession,
} from './SessionStore.js';

/** Sessions kept in memory as JSON, so callers never share objects: for tests, never for users. */
export class MemorySessionStore implements SessionStore {
	private readonly sessions = new Map<string, string>();

	async load(boardId: string): Promise<StoredSession | undefined> {
		return this.read(boardId);
	}

	async save(boardId: string, session: StoredSession, expectedVersion: number): Promise<boolean> {
		// Read and write without an await between them: that is what makes this atomic.
		const current = this.read(boardId)?.state.version ?? 0;
		if (current !== expectedVersion) return false;
		this.sessions.set(boardId, encodeStoredSession(session));
		return true;
	}

	async delete(boardId: string): Promise<void> {
		this.sessions.delete(boardId);
	}

	private read(boardId: string): StoredSession | undefined {
		const json = this.sessions.get(boardId);
		return json === undefined ? undefined : decodeStoredSession(json);
	}
}
