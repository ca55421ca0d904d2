import {
	cityJourney,
	cohortTotals,
	type JourneyRow,
	type JourneyView,
	type ProgrammeRecord,
	type Registration,
} from '@groundwork/protocol';
import { BoardDigests } from '../cohorts/BoardDigests.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import type { Storage } from '../storage/DocStorage.js';
import { boardLink } from '../http/boardLinks.js';
import { mintBoardLink } from './links.js';

/** What the journey view is built from. */
export interface JourneyServiceDeps {
	storage: Storage;
	rooms: RoomManager;
	secret: string;
	/** How long the read-only board links handed to coordinators work. */
	tokenTtlMs: number;
	now?: () => number;
}

/** Who asks for the journey: a coordinator, or a city with its own board's token. */
export type JourneyViewer =
	{ kind: 'coordinator' } | { kind: 'city'; boardId: string; token: string };

/**
 * Each accepted city's journey through the programme (issue 11, SPEC [G8]): seminars attended per
 * stage, its board's activity, actions and gaps, read live from its board (`BoardDigests`), with
 * the cohort's totals. Coordinators see every city with read-only links to their boards; a city
 * sees its own row only.
 */
export class JourneyService {
	private readonly now: () => number;

	constructor(private readonly deps: JourneyServiceDeps) {
		this.now = deps.now ?? Date.now;
	}

	/** The accepted registration whose city board this is, if any. */
	async cityOfBoard(programmeId: string, boardId: string): Promise<Registration | undefined> {
		const registrations = await this.deps.storage.programmes.registrations(programmeId);
		return registrations.find(
			(registration) => registration.status === 'accepted' && registration.boardId === boardId,
		);
	}

	async view(record: ProgrammeRecord, viewer: JourneyViewer, base: string): Promise<JourneyView> {
		const store = this.deps.storage.programmes;
		const [seminars, registrations, attendance] = await Promise.all([
			store.seminars(record.id),
			store.registrations(record.id),
			store.attendance(record.id),
		]);
		const now = this.now();
		const journeySeminars = seminars.map((seminar) => ({
			id: seminar.id,
			stage: seminar.stage,
			start: seminar.start,
			attended: attendance
				.filter((entry) => entry.seminarId === seminar.id)
				.map((entry) => entry.registrationId),
		}));
		const digests = new BoardDigests({ rooms: this.deps.rooms, boards: this.deps.storage.boards });
		const accepted = registrations.filter(
			(registration) => registration.status === 'accepted' && registration.boardId,
		);
		const rows: JourneyRow[] = [];
		for (const registration of accepted) {
			const boardId = registration.boardId as string;
			const digest = await digests.get(boardId);
			const journey = cityJourney(registration.id, journeySeminars, digest, now);
			const versions = await this.deps.storage.versions.list(boardId);
			const lastChange = versions[0]?.at;
			rows.push({
				registrationId: registration.id,
				city: registration.city,
				country: registration.country,
				boardId,
				...(await this.boardUrl(viewer, boardId, base, now)),
				attended: Object.fromEntries(
					seminars.map((seminar) => [
						seminar.id,
						attendance.some(
							(entry) => entry.seminarId === seminar.id && entry.registrationId === registration.id,
						),
					]),
				),
				activity: { cards: digest?.cards.length ?? 0, ...(lastChange ? { lastChange } : {}) },
				journey: { ...journey, city: registration.city },
			});
		}
		const visible =
			viewer.kind === 'coordinator' ? rows : rows.filter((row) => row.boardId === viewer.boardId);
		return {
			seminars: seminars.map(({ id, title, stage, start, end }) => ({
				id,
				title,
				stage,
				start,
				end,
			})),
			cities: visible,
			totals: cohortTotals(rows.map((row) => row.journey)),
			cityCount: rows.length,
		};
	}

	private async boardUrl(
		viewer: JourneyViewer,
		boardId: string,
		base: string,
		now: number,
	): Promise<{ boardUrl?: string }> {
		if (viewer.kind === 'city') {
			return viewer.boardId === boardId ? { boardUrl: boardLink(base, boardId, viewer.token) } : {};
		}
		const board = await this.deps.storage.boards.getBoard(boardId);
		if (!board) return {};
		const { url } = mintBoardLink(
			base,
			board,
			'viewer',
			this.deps.secret,
			this.deps.tokenTtlMs,
			now,
		);
		return { boardUrl: url };
	}
}
