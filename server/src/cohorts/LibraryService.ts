import { randomBytes } from 'node:crypto';
import {
	cardsMap,
	formatInspiredBy,
	practiceContentSchema,
	practiceFromCard,
	practiceFromGap,
	zodIssues,
	type CopyAnswer,
	type LibraryQuery,
	type MemberCity,
	type Practice,
	type PracticeChanges,
	type PracticeContent,
	type PracticeView,
	type PromoteRequest,
	type UpdatePracticeRequest,
} from '@groundwork/protocol';
import type { RoomManager } from '../rooms/RoomManager.js';
import { withRoom } from '../rooms/withRoom.js';
import { addCardAt } from '../session/serverCards.js';
import type { CohortStore, StoredPractice } from '../storage/CohortStore.js';
import type { BoardDigests } from './BoardDigests.js';
import { requireCoordinator, requireEditor, type MemberCaller } from './Caller.js';
import type { CohortEvents } from './CohortEvents.js';
import { CohortError } from './CohortError.js';
import { matchesQuery } from './libraryQuery.js';

/** What the library service is built from. */
export interface LibraryServiceDeps {
	cohorts: CohortStore;
	rooms: RoomManager;
	events: CohortEvents;
	now?: () => number;
}

function newPracticeId(): string {
	return randomBytes(9).toString('base64url');
}

/**
 * Changes over a full content: each field given replaces the base's (the origin and the
 * transferability whole), and a `null` clears an optional field.
 */
function merge(base: PracticeContent, over: PracticeChanges | undefined): unknown {
	if (!over) return base;
	const merged: Record<string, unknown> = { ...base, ...over };
	for (const [key, value] of Object.entries(merged)) if (value === null) delete merged[key];
	return merged;
}

/** The item without its content fields: what stays when the content is replaced. */
function withoutContent(practice: StoredPractice): Omit<StoredPractice, keyof PracticeContent> {
	const kept: Record<string, unknown> = { ...practice };
	for (const key of Object.keys(practiceContentSchema.shape)) delete kept[key];
	return kept as Omit<StoredPractice, keyof PracticeContent>;
}

/** The content fields of a stored item (without its id, moderation, source...). */
function contentOf(practice: StoredPractice): PracticeContent {
	const keys = Object.keys(practiceContentSchema.shape) as (keyof PracticeContent)[];
	return Object.fromEntries(
		keys.filter((key) => practice[key] !== undefined).map((key) => [key, practice[key]]),
	) as unknown as PracticeContent;
}

function validContent(content: unknown): PracticeContent {
	const parsed = practiceContentSchema.safeParse(content);
	if (parsed.success) return parsed.data;
	const issues = zodIssues(parsed.error);
	const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
	throw new CohortError(422, 'invalid_practice', `The item is not complete: ${summary}`, issues);
}

/**
 * A cohort's best-practice library (issue 8): cities promote a success card or a resolved gap
 * (prefilled from it), coordinators approve (draft, submitted, approved) and may publish an item
 * deployment-wide, and cities copy approved items into their own board as action cards that
 * keep a link to their source. How far each copy got is read live from its card.
 */
export class LibraryService {
	private readonly now: () => number;

	constructor(private readonly deps: LibraryServiceDeps) {
		this.now = deps.now ?? Date.now;
	}

	/** The items the caller may see, filtered, with live replications. [K6] */
	async list(
		caller: MemberCaller,
		cohortId: string,
		query: LibraryQuery,
		digests: BoardDigests,
	): Promise<PracticeView[]> {
		const stored = await this.deps.cohorts.practices(cohortId);
		const views: PracticeView[] = [];
		for (const practice of stored) {
			if (!this.maySee(caller, practice) || !matchesQuery(practice, query)) continue;
			views.push(this.view(caller, await this.withReplications(practice, digests)));
		}
		return views;
	}

	/** Approved items only, with live replications (for suggestions). */
	async approved(cohortId: string, digests: BoardDigests): Promise<Practice[]> {
		const stored = await this.deps.cohorts.practices(cohortId);
		const approved = stored.filter((practice) => practice.moderation === 'approved');
		return Promise.all(approved.map((practice) => this.withReplications(practice, digests)));
	}

	/** The deployment's public library: approved items their cohort published. [K6] */
	async published(query: LibraryQuery, digests: BoardDigests): Promise<PracticeView[]> {
		const stored = await this.deps.cohorts.publishedPractices();
		const views: PracticeView[] = [];
		for (const practice of stored) {
			if (!matchesQuery(practice, query)) continue;
			const full = await this.withReplications(practice, digests);
			views.push({ ...full, mine: false, canEdit: false, canModerate: false });
		}
		return views;
	}

	/** Promotes a success card or a resolved gap of the caller's board. [K6] */
	async promote(
		caller: MemberCaller,
		cohortId: string,
		request: PromoteRequest,
		digests: BoardDigests,
	): Promise<PracticeView> {
		requireEditor(caller);
		const digest = await digests.get(caller.board.id);
		const origin: MemberCity = {
			city: caller.member.city,
			country: caller.member.country,
			...(caller.member.population ? { population: caller.member.population } : {}),
		};
		let prefill: PracticeContent;
		const { kind, itemId } = request.source;
		if (kind === 'card') {
			const card = digest?.cards.find((entry) => entry.id === itemId);
			if (!card) throw new CohortError(404, 'not_found', 'Your board has no card with this id.');
			if (card.kind !== 'success') {
				throw new CohortError(422, 'not_promotable', 'Only success cards can be promoted.');
			}
			prefill = practiceFromCard(card, { ...origin, city: origin.city || card.city });
		} else {
			const gap = digest?.gaps.find((entry) => entry.id === itemId);
			if (!gap) throw new CohortError(404, 'not_found', 'Your board has no gap with this id.');
			if (gap.status !== 'resolved') {
				throw new CohortError(422, 'not_promotable', 'Only resolved gaps can be promoted.');
			}
			const actions = (digest?.cards ?? []).filter((card) => gap.actionIds.includes(card.id));
			prefill = practiceFromGap(gap, actions, { ...origin, city: origin.city || gap.city });
		}
		const content = validContent(merge(prefill, request.content));
		const now = this.now();
		const practice: StoredPractice = {
			...content,
			id: newPracticeId(),
			cohortId,
			published: false,
			moderation: request.submit ? 'submitted' : 'draft',
			source: { boardId: caller.board.id, itemId, kind },
			createdBy: content.origin.city,
			createdAt: now,
			updatedAt: now,
		};
		await this.deps.cohorts.putPractice(practice);
		this.deps.events.libraryChanged(cohortId);
		return this.view(caller, { ...practice, replications: [] });
	}

	/**
	 * Changes an item. Its source board's editors change its content and submit it (an approved
	 * item they edit goes back to `submitted`); coordinators change anything, approve, return it
	 * to draft, and publish an approved item. [K7]
	 */
	async update(
		caller: MemberCaller,
		cohortId: string,
		practiceId: string,
		request: UpdatePracticeRequest,
		digests: BoardDigests,
	): Promise<PracticeView> {
		const practice = await this.get(caller, cohortId, practiceId);
		const mine = practice.source.boardId === caller.board.id;
		if (!caller.coordinator) {
			requireEditor(caller);
			if (!mine) {
				throw new CohortError(403, 'forbidden', 'Only the item’s city or a coordinator edits it.');
			}
			if (request.published !== undefined || request.moderation === 'approved') {
				requireCoordinator(caller);
			}
		}
		let next: StoredPractice = { ...practice, updatedAt: this.now() };
		if (request.content) {
			next = {
				...withoutContent(next),
				...validContent(merge(contentOf(practice), request.content)),
			};
			if (!caller.coordinator && practice.moderation === 'approved') next.moderation = 'submitted';
		}
		if (request.moderation) next.moderation = request.moderation;
		if (request.published !== undefined) {
			if (request.published && next.moderation !== 'approved') {
				throw new CohortError(409, 'not_approved', 'Only an approved item can be published.');
			}
			next.published = request.published;
		}
		if (next.moderation !== 'approved') next.published = false;
		await this.deps.cohorts.putPractice(next);
		this.deps.events.libraryChanged(cohortId);
		return this.view(caller, await this.withReplications(next, digests));
	}

	/** Removes an item (coordinators; its source board's editors while it is not approved). */
	async remove(caller: MemberCaller, cohortId: string, practiceId: string): Promise<void> {
		const practice = await this.get(caller, cohortId, practiceId);
		if (!caller.coordinator) {
			requireEditor(caller);
			const mine = practice.source.boardId === caller.board.id;
			if (!mine || practice.moderation === 'approved') requireCoordinator(caller);
		}
		await this.deps.cohorts.deletePractice(cohortId, practiceId);
		this.deps.events.libraryChanged(cohortId);
	}

	/**
	 * Copies an approved item into the caller's board: one action card in the item's stage and
	 * sector, its `inspiredBy` naming the item and its `replication` at `considering`. [K7]
	 */
	async copy(
		caller: MemberCaller,
		cohortId: string,
		practiceId: string,
		digests: BoardDigests,
	): Promise<CopyAnswer> {
		requireEditor(caller);
		const practice = await this.get(caller, cohortId, practiceId);
		if (practice.moderation !== 'approved') {
			throw new CohortError(409, 'not_approved', 'Only approved items can be copied.');
		}
		const copies = await this.deps.cohorts.replications(cohortId, practiceId);
		const digest = await digests.get(caller.board.id);
		// A copy whose card is gone, or that the city dropped, may be made again.
		const existing = copies.find(
			(copy) =>
				copy.boardId === caller.board.id &&
				digest?.cards.some((card) => card.id === copy.cardId && card.replication !== 'dropped'),
		);
		if (existing) {
			throw new CohortError(409, 'already_copied', 'Your board already holds a copy of this item.');
		}
		const now = this.now();
		const city = caller.member.city || caller.board.title;
		const cardId = await withRoom(this.deps.rooms, caller.board.id, (room) =>
			room.transact((doc) => {
				const id = addCardAt(
					doc,
					{
						id: '',
						kind: 'action',
						text: practice.title,
						column: practice.stage ?? '',
						row: practice.sectors[0] ?? '',
					},
					{ name: practice.origin.city, city },
					now,
				);
				const card = cardsMap(doc).get(id);
				card?.set('status', 'idea');
				card?.set('inspiredBy', formatInspiredBy(cohortId, practiceId));
				card?.set('replication', 'considering');
				if (practice.levers.length > 0) card?.set('levers', [...practice.levers]);
				return id;
			}),
		);
		await this.deps.cohorts.putReplication(cohortId, practiceId, {
			city,
			boardId: caller.board.id,
			cardId,
			createdAt: now,
		});
		this.deps.events.libraryChanged(cohortId);
		return { cardId, boardId: caller.board.id };
	}

	private async get(
		caller: MemberCaller,
		cohortId: string,
		practiceId: string,
	): Promise<StoredPractice> {
		const practice = await this.deps.cohorts.getPractice(cohortId, practiceId);
		if (!practice || !this.maySee(caller, practice)) {
			throw new CohortError(404, 'not_found', 'There is no such item in this cohort’s library.');
		}
		return practice;
	}

	/** Approved items for everyone; the source board's own items; submitted ones for coordinators. */
	private maySee(caller: MemberCaller, practice: StoredPractice): boolean {
		if (practice.moderation === 'approved') return true;
		if (practice.source.boardId === caller.board.id) return true;
		return caller.coordinator && practice.moderation === 'submitted';
	}

	/** The item with its copies, each with the status its card holds now (copies gone: dropped). */
	private async withReplications(
		practice: StoredPractice,
		digests: BoardDigests,
	): Promise<Practice> {
		const copies = await this.deps.cohorts.replications(practice.cohortId, practice.id);
		const replications: Practice['replications'] = [];
		for (const copy of copies) {
			const card = (await digests.get(copy.boardId))?.cards.find((c) => c.id === copy.cardId);
			replications.push({
				city: copy.city,
				boardId: copy.boardId,
				cardId: copy.cardId,
				status: card ? (card.replication ?? 'considering') : 'dropped',
				updatedAt: copy.createdAt,
			});
		}
		return { ...practice, replications };
	}

	private view(caller: MemberCaller, practice: Practice): PracticeView {
		const mine = practice.source.boardId === caller.board.id;
		const copy = practice.replications.find(
			(entry) => entry.boardId === caller.board.id && entry.status !== 'dropped',
		);
		return {
			...practice,
			mine,
			canEdit: caller.coordinator || (mine && caller.role !== 'viewer'),
			canModerate: caller.coordinator,
			...(copy ? { copiedAs: copy.cardId } : {}),
		};
	}
}
