import { watchRemoteActivity } from './remoteActivity.js';
import { BoardClipboard } from './BoardClipboard.js';
import {
	can,
	type Announcement,
	type BoardInfo,
	type Role,
	type SessionCommand,
	type Summons,
} from '@groundwork/protocol';
import { BoardConnection } from '../sync/BoardConnection.svelte.js';
import { SessionConnection } from '../sync/SessionConnection.svelte.js';
import { visibleAnnouncement } from '../sync/announcements.js';
import { uniqueCities } from '../sync/cards.js';
import { UndoHistory } from '../sync/UndoHistory.svelte.js';
import { t } from '../i18n/i18n.js';
import { Announcer } from './Announcer.svelte.js';
import { setOf } from '../canvas/selection.js';
import { BoardModel } from './BoardModel.svelte.js';
import type { GapModel } from './GapModel.svelte.js';
import { FilterState } from './FilterState.svelte.js';
import { Presence } from './presence.svelte.js';
import { loadIdentity, saveIdentity, type Identity } from './identity.js';
import { participantKey } from './participantKey.js';
import { sessionChangeMessages } from './sessionChanges.js';
import { refusalMessage, sessionErrorMessage } from './sessionMessages.js';
import {
	boardPath,
	isBreakoutMove,
	loadBreakoutReturn,
	rememberBreakoutReturn,
} from './breakoutReturn.js';

/**
 * Everything one open board needs, wired together: the document connection, the session-control
 * channel (announcements), the board model, presence, the live-region announcer and the user's
 * identity. Created by the board page, destroyed with it.
 */
export class BoardSession {
	readonly boardId: string;
	readonly info: BoardInfo;
	readonly connection: BoardConnection;
	/** The session-control channel (socket.io): the server's word on our role, announcements. */
	readonly control: SessionConnection;
	readonly announcer = new Announcer();
	readonly presence: Presence;
	readonly model: BoardModel;
	/** The gap list: gaps, their links to cards, coverage. */
	readonly gaps: GapModel;
	/** The user's own search, filter and highlight (never shared). */
	readonly find: FilterState;
	/** The user's own undo history; only for those who may edit. */
	readonly history: UndoHistory | null;
	/** Who the user is; null until they have joined. */
	identity = $state<Identity | null>(loadIdentity());
	/** This browser's participant key (votes, raised hands). */
	readonly key = participantKey();
	/** The last "bring everyone here" received (the board view moves to it). */
	summons = $state.raw<Summons | null>(null);
	/** Whether the role lets the user edit at all (a lock may still stop them). */
	readonly #mayEdit: boolean;
	/** Copy, cut, paste and duplicate of cards. */
	readonly clipboard: BoardClipboard;
	/** The id of the announcement the user dismissed from the banner. */
	#dismissedAnnouncement = $state<string | null>(null);
	readonly #stopActivity: () => void;
	/**
	 * On a breakout board: the page to go back to (the main board as one left it), when this tab
	 * came here from it. [F9]
	 */
	readonly breakoutReturn: string | null;
	/** On a breakout board: the breakouts ended and there is no remembered way back. [F9] */
	breakoutEnded = $state(false);

	constructor(boardId: string, token: string, info: BoardInfo) {
		this.boardId = boardId;
		this.info = info;
		this.#mayEdit = can(info.role, 'editContent');
		this.breakoutReturn = loadBreakoutReturn(boardId);
		this.connection = new BoardConnection(boardId, token);
		this.control = new SessionConnection(boardId, token, {
			key: this.key,
			name: this.identity?.name,
			city: this.identity?.city,
			onAnnouncement: (announcement) => this.#readOut(announcement),
			onSummons: (summons) => (this.summons = summons),
			onSessionChange: (previous, next) => {
				// Locked cards and frames: participants see them fixed, facilitators change them. [F5]
				if (previous?.lockedItems.join('\n') !== next.lockedItems.join('\n')) {
					this.model.lockedItems = setOf(next.lockedItems);
				}
				this.model.locksApply = !can(this.role, 'facilitate');
				// A private round: a participant's new cards become their own private ideas. [F10]
				const privately = next.privateMode && !can(this.role, 'facilitate');
				if (privately !== (this.model.privateAdd !== null)) {
					this.model.privateAdd = privately ? (cell) => void this.addIdea(cell) : null;
				}
				// One message for all that changed: each would cut the one before short.
				const messages = sessionChangeMessages(previous, next);
				if (messages.length > 0) this.announcer.announce(messages.join(' '));
			},
			onBreakoutGo: (room) => this.visitBreakout(room.boardId, room.token),
			onBreakoutEnd: () => this.#leaveBreakout(),
		});
		this.presence = new Presence(this.connection.awareness);
		this.history = this.#mayEdit ? new UndoHistory(this.connection.doc) : null;
		this.model = new BoardModel(
			this.connection.doc,
			this.announcer,
			() => this.identity,
			this.history,
		);
		this.gaps = this.model.gaps;
		this.find = new FilterState(this.model);
		this.clipboard = new BoardClipboard({
			doc: this.connection.doc,
			announcer: this.announcer,
			identity: () => this.identity,
			canEdit: () => this.canEdit,
			remove: (ids) => this.model.removeMany(ids),
		});
		if (this.identity) this.presence.setIdentity(this.identity);
		// Other people's changes, summarised for screen readers (not the first sync's content).
		const provider = this.connection.provider;
		this.#stopActivity = watchRemoteActivity(
			this.connection.doc,
			(origin) => origin === provider && provider.synced,
			(text) => this.announcer.announce(text),
			(client) => this.presence.cityOf(client),
		);
	}

	/** Cities known on this board (cards and people), for the join dialog's suggestions. */
	get knownCities(): string[] {
		return uniqueCities([...this.model.cities, ...this.presence.peers.map((peer) => peer.city)]);
	}

	/** The board title: live from the document, else from the HTTP metadata. */
	get title(): string {
		return this.model.title || this.info.title;
	}

	/** The user's role: as the session server welcomed us, else as the board API said. */
	get role(): Role {
		return this.control.role ?? this.info.role;
	}

	/** Whether the facilitator has locked the board (participants only read meanwhile). [F5] */
	get locked(): boolean {
		return this.control.session?.locked ?? false;
	}

	/**
	 * Whether the user may add, edit, move and delete cards and gaps now: their role allows it
	 * and the board is not locked (facilitators edit a locked board). The server enforces both.
	 */
	get canEdit(): boolean {
		return this.#mayEdit && (!this.locked || can(this.role, 'facilitate'));
	}

	/** Whether the user runs the session (agenda, timer, votes, locks). */
	get canFacilitate(): boolean {
		return can(this.role, 'facilitate');
	}

	/**
	 * Sends a session command; says why when it is refused or cannot be sent. Resolves true when
	 * the server accepted it.
	 */
	async command(command: SessionCommand): Promise<boolean> {
		try {
			const ack = await this.control.command(command);
			if (!ack.ok) this.announcer.alert(refusalMessage(ack));
			return ack.ok;
		} catch (error) {
			this.announcer.alert(sessionErrorMessage(error));
			return false;
		}
	}

	/** The id of the private idea that should take focus once shown. */
	ideaFocus = $state<string | null>(null);

	/** Adds a private idea (empty, of the chosen kind) to a cell; it takes focus once shown. */
	async addIdea(cell: { column: string; row: string }): Promise<void> {
		const id = `i${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
		const added = await this.command({
			type: 'private.add',
			id,
			kind: this.model.newCardKind,
			text: '',
			column: cell.column,
			row: cell.row,
		});
		if (added) {
			this.ideaFocus = id;
			this.announcer.announce(t('private.added'));
		}
	}

	/** Whether the user may send announcements to everyone on the board. */
	get canAnnounce(): boolean {
		return can(this.role, 'facilitate');
	}

	/** The announcement the banner shows: the newest, unless dismissed. */
	get announcement(): Announcement | null {
		return visibleAnnouncement(this.control.announcements, this.#dismissedAnnouncement);
	}

	/** Hides the banner's announcement `id` (a newer one shows again). */
	dismissAnnouncement(id: string): void {
		this.#dismissedAnnouncement = id;
	}

	// Assertive, unlike card activity (polite): an announcement is rare (only facilitators send
	// them, by hand), addressed to everyone and usually time-critical ("two minutes left", "back
	// to the main room"), like the facilitator speaking up in the room. It also goes to its own
	// region, so the polite region's frequent card messages cannot overwrite it unread.
	#readOut(announcement: Announcement): void {
		this.announcer.alert(t('announcement.text', { text: announcement.text }));
	}

	/** Sets and remembers the user's name and city, and tells the others (and the server). */
	join(identity: Identity): void {
		this.identity = identity;
		saveIdentity(identity);
		this.presence.setIdentity(identity);
		this.control.identify(identity.name, identity.city);
	}

	/**
	 * Opens breakout board `boardId` with `token` in this tab, remembering this page as the way
	 * back (participants sent to their room, facilitators visiting one). [F9]
	 */
	visitBreakout(boardId: string, token: string): void {
		if (!isBreakoutMove(this.boardId, boardId)) return;
		this.rememberReturnFrom(boardId);
		window.location.assign(boardPath(boardId, token));
	}

	/** Remembers this page as the way back from breakout board `boardId` (before going there). */
	rememberReturnFrom(boardId: string): void {
		rememberBreakoutReturn(boardId, window.location.pathname + window.location.search);
	}

	/** The breakouts ended: back to the remembered page, else stay and say so. [F9] */
	#leaveBreakout(): void {
		if (this.breakoutReturn) {
			window.location.assign(this.breakoutReturn);
			return;
		}
		this.breakoutEnded = true;
		this.announcer.alert(t('breakout.endedStay'));
	}

	/** Leaves the board and frees everything. */
	destroy(): void {
		this.#stopActivity();
		this.presence.destroy();
		this.find.destroy();
		this.model.destroy();
		this.history?.destroy();
		this.announcer.destroy();
		this.control.destroy();
		this.connection.destroy();
	}
}
