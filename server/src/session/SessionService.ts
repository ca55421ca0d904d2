import { initialSessionState, type SessionCommand } from '@groundwork/protocol';
import type { Logger } from '../log.js';
import type { SessionStore, StoredSession } from '../storage/SessionStore.js';
import { applyCommand, type Actor, type CommandOutcome } from './applyCommand.js';

/** Attempts at a command when other writers (instances) keep getting there first. */
const MAX_ATTEMPTS = 8;

/** What the session service is built from. */
export interface SessionServiceDeps {
	store: SessionStore;
	log: Logger;
	now?: () => number;
	/** Called with every session this instance stores or learns of (to lock rooms, for one). */
	onSession?: (boardId: string, session: StoredSession) => void;
}

/**
 * The facilitated sessions of boards, held by the server and stored through the storage layer
 * ([F8]). Every command loads the stored session, applies the command (`applyCommand`) and
 * stores the result only if nobody stored another meanwhile (compare-and-set on the version),
 * retrying otherwise, so several instances sharing storage never lose a command. Commands of one
 * board on one instance run one after another.
 */
export class SessionService {
	private readonly queues = new Map<string, Promise<unknown>>();
	private readonly now: () => number;

	constructor(private readonly deps: SessionServiceDeps) {
		this.now = deps.now ?? Date.now;
	}

	/** The board's session: stored, or the initial one. */
	async get(boardId: string): Promise<StoredSession> {
		const session = withDefaults(await this.deps.store.load(boardId));
		this.deps.onSession?.(boardId, session);
		return session;
	}

	/**
	 * Changes a board's session with `mutate` (which returns the next session, or null to leave
	 * it), by compare-and-set like a command; the version is raised here. Resolves to the stored
	 * session (the unchanged one when `mutate` declined).
	 */
	update(
		boardId: string,
		mutate: (session: StoredSession) => StoredSession | null,
	): Promise<StoredSession> {
		return this.serially(boardId, async () => {
			for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
				const stored = await this.deps.store.load(boardId);
				const current = withDefaults(stored);
				const next = mutate(structuredClone(current));
				if (!next) return current;
				next.state.version = current.state.version + 1;
				if (await this.deps.store.save(boardId, next, stored ? stored.state.version : 0)) {
					this.deps.onSession?.(boardId, next);
					return next;
				}
			}
			throw new Error('The session kept changing; the change was not applied.');
		});
	}

	/** Runs one command of `actor` on the board's session. */
	run(boardId: string, actor: Actor, command: SessionCommand): Promise<CommandOutcome> {
		return this.serially(boardId, () => this.attempt(boardId, actor, command));
	}

	/** Runs `task` after every earlier task of the board on this instance. */
	private serially<T>(boardId: string, task: () => Promise<T>): Promise<T> {
		const previous = this.queues.get(boardId) ?? Promise.resolve();
		const next = previous.catch(() => undefined).then(task);
		this.queues.set(boardId, next);
		void next
			.finally(() => {
				if (this.queues.get(boardId) === next) this.queues.delete(boardId);
			})
			.catch(() => undefined);
		return next;
	}

	private async attempt(
		boardId: string,
		actor: Actor,
		command: SessionCommand,
	): Promise<CommandOutcome> {
		for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			const stored = await this.deps.store.load(boardId);
			const current = withDefaults(stored);
			const outcome = applyCommand(current, command, actor, this.now());
			if (!outcome.ok || !outcome.changed) return outcome;
			const expected = stored ? stored.state.version : 0;
			if (await this.deps.store.save(boardId, outcome.session, expected)) {
				this.deps.onSession?.(boardId, outcome.session);
				return outcome;
			}
			this.deps.log.debug({ board: boardId, attempt }, 'session changed meanwhile; retrying');
		}
		throw new Error('The session kept changing; the command was not applied.');
	}
}

/**
 * A stored session with every field of the current state (sessions stored by older code lack
 * later fields), or the initial session when none is stored.
 */
function withDefaults(stored: StoredSession | undefined): StoredSession {
	if (!stored) return { state: initialSessionState(), ballots: {} };
	return { ...stored, state: { ...initialSessionState(), ...stored.state } };
}
