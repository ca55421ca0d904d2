import {
	MAX_BREAKOUT_ROOMS,
	type BreakoutRoom,
	type Breakouts,
	type SessionCommand,
} from '@groundwork/protocol';
import { createBoard } from '../boards/newBoard.js';
import type { Logger } from '../log.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import type { Room } from '../rooms/Room.js';
import type { Storage } from '../storage/DocStorage.js';
import type { StoredSession } from '../storage/SessionStore.js';
import { assignRooms, type RosterEntry } from './assignRooms.js';
import { copyFrame, harvestRooms, type HarvestedRoom } from './breakoutBoards.js';
import type { SessionService } from './SessionService.js';

/** What the breakout service is built from. */
export interface BreakoutServiceDeps {
	sessions: SessionService;
	rooms: RoomManager;
	storage: Storage;
	log: Logger;
	now?: () => number;
}

type StartCommand = Extract<SessionCommand, { type: 'breakouts.start' }>;

/** Why breakouts could not start or end (a stable code for the ack). */
export class BreakoutRefusal extends Error {}

/** Breakouts that started: the main session, and who goes where. */
export interface StartedBreakouts {
	session: StoredSession;
	rooms: BreakoutRoom[];
	/** Each member's participant key with the room's board. */
	assignments: { key: string; boardId: string; room: string }[];
}

/**
 * Breakout rooms [F9]: starting them creates one board per room (the main board's template, or
 * a copy of one of its frames), records them in the main session and each room's session (its
 * parent, its timer); ending them harvests every room's cards into a frame per room on the main
 * board, keeping where they came from. The rooms' boards stay afterwards.
 */
export class BreakoutService {
	private readonly now: () => number;

	constructor(private readonly deps: BreakoutServiceDeps) {
		this.now = deps.now ?? Date.now;
	}

	/** Splits `roster` into rooms and creates their boards. */
	async start(
		mainId: string,
		command: StartCommand,
		roster: RosterEntry[],
	): Promise<StartedBreakouts> {
		const { sessions, storage, rooms } = this.deps;
		const main = await storage.boards.getBoard(mainId);
		if (!main) throw new BreakoutRefusal('The board is gone.');
		const current = await sessions.get(mainId);
		if (current.state.parent) throw new BreakoutRefusal('A breakout room has no breakouts.');
		if (current.state.breakouts) throw new BreakoutRefusal('Breakouts are already running.');
		const plan = assignRooms(
			roster,
			command.assign,
			command.count,
			{ room: (n) => `Room ${n}`, noCity: 'No city' },
			Math.random,
			command.manual,
		);
		if (plan.length > MAX_BREAKOUT_ROOMS) {
			throw new BreakoutRefusal(
				`More cities than the ${MAX_BREAKOUT_ROOMS} rooms allowed: mix the cities instead.`,
			);
		}
		const now = this.now();
		const endsAt = command.minutes ? now + command.minutes * 60_000 : null;
		const mainRoom = command.frameId ? await rooms.acquire(mainId) : undefined;
		const created: BreakoutRoom[] = [];
		try {
			for (const [index, planned] of plan.entries()) {
				const record = await createBoard(
					storage,
					{
						title: `${main.title} · ${planned.name}`.slice(0, 120),
						template: main.template,
						seed: (doc) => {
							if (mainRoom && command.frameId) copyFrame(mainRoom.doc, command.frameId, doc);
						},
					},
					now,
				);
				await sessions.update(record.id, (session) => {
					session.state.parent = { boardId: mainId, room: planned.name };
					if (endsAt !== null) {
						session.state.timer = { status: 'running', durationMs: endsAt - now, endsAt };
					}
					return session;
				});
				created.push({
					id: `r${index + 1}`,
					name: planned.name,
					boardId: record.id,
					members: planned.members.map(({ handId, name, city }) => ({ handId, name, city })),
				});
			}
		} finally {
			if (mainRoom) rooms.release(mainRoom);
		}
		const session = await sessions.update(mainId, (next) => {
			if (next.state.breakouts) return null;
			next.state.breakouts = { rooms: created, startedAt: now, endsAt };
			return next;
		});
		if (session.state.breakouts?.rooms !== created) {
			throw new BreakoutRefusal('Breakouts were started by someone else meanwhile.');
		}
		const assignments = plan.flatMap((planned, index) =>
			planned.members.map((member) => ({
				key: member.key,
				boardId: created[index]!.boardId,
				room: planned.name,
			})),
		);
		return { session, rooms: created, assignments };
	}

	/**
	 * Ends the board's breakouts: the main session forgets them first (so two ends cannot harvest
	 * twice), then every room's cards come home in one change of the main board. Resolves to the
	 * main session and the rooms that ended.
	 */
	async end(mainId: string): Promise<{
		session: StoredSession;
		rooms: BreakoutRoom[];
		roomSessions: { boardId: string; session: StoredSession }[];
	}> {
		const { sessions } = this.deps;
		let ended: Breakouts | null = null;
		const session = await sessions.update(mainId, (next) => {
			if (!next.state.breakouts) return null;
			ended = next.state.breakouts;
			next.state.breakouts = null;
			return next;
		});
		const claimed = ended as Breakouts | null;
		if (!claimed) throw new BreakoutRefusal('No breakouts are running.');
		try {
			await this.harvest(mainId, claimed.rooms);
		} catch (error) {
			// Nothing came home: the breakouts run on, so ending can be tried again.
			await sessions.update(mainId, (next) => {
				if (next.state.breakouts) return null;
				next.state.breakouts = claimed;
				return next;
			});
			throw error;
		}
		const roomSessions = [];
		for (const room of claimed.rooms) {
			roomSessions.push({
				boardId: room.boardId,
				session: await sessions.update(room.boardId, (next) => {
					if (next.state.timer.status === 'idle') return null;
					next.state.timer = { status: 'idle' };
					return next;
				}),
			});
		}
		return { session, rooms: claimed.rooms, roomSessions };
	}

	/** Copies every room's cards home, in one change of the main board. */
	private async harvest(mainId: string, ended: readonly BreakoutRoom[]): Promise<void> {
		const { rooms } = this.deps;
		const held: Room[] = [];
		try {
			const mainRoom = await rooms.acquire(mainId);
			held.push(mainRoom);
			const homes: HarvestedRoom[] = [];
			for (const room of ended) {
				const live = await rooms.acquire(room.boardId);
				held.push(live);
				homes.push({ name: room.name, boardId: room.boardId, doc: live.doc });
			}
			const count = mainRoom.transact((doc) =>
				harvestRooms(doc, homes, (name) => `Breakout: ${name}`, this.now()),
			);
			this.deps.log.info(
				{ board: mainId, rooms: ended.length, cards: count },
				'breakouts harvested',
			);
		} finally {
			for (const room of held) rooms.release(room);
		}
	}

	/** Each room's people (from `peopleOf`) and cards now. */
	async activity(
		mainId: string,
		peopleOf: (boardId: string) => Promise<number>,
	): Promise<{ id: string; people: number; cards: number }[]> {
		const { sessions, rooms } = this.deps;
		const breakouts = (await sessions.get(mainId)).state.breakouts;
		if (!breakouts) return [];
		return Promise.all(
			breakouts.rooms.map(async (room) => {
				const live = await rooms.acquire(room.boardId);
				try {
					return {
						id: room.id,
						people: await peopleOf(room.boardId),
						cards: live.doc.getMap('cards').size,
					};
				} finally {
					rooms.release(live);
				}
			}),
		);
	}
}
