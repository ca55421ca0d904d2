import { can, type BoardInfo } from '@groundwork/protocol';
import { BoardConnection } from '../sync/BoardConnection.svelte.js';
import { uniqueCities } from '../sync/cards.js';
import { Announcer } from './Announcer.svelte.js';
import { BoardModel } from './BoardModel.svelte.js';
import { Presence } from './presence.svelte.js';
import { loadIdentity, saveIdentity, type Identity } from './identity.js';

/**
 * Everything one open board needs, wired together: the connection, the board model, presence,
 * the live-region announcer and the user's identity. Created by the board page, destroyed with it.
 */
export class BoardSession {
	readonly info: BoardInfo;
	readonly connection: BoardConnection;
	readonly announcer = new Announcer();
	readonly presence: Presence;
	readonly model: BoardModel;
	/** Who the user is; null until they have joined. */
	identity = $state<Identity | null>(loadIdentity());
	/** Whether the user may add, edit, move and delete cards. */
	readonly canEdit: boolean;

	constructor(boardId: string, token: string, info: BoardInfo) {
		this.info = info;
		this.canEdit = can(info.role, 'editContent');
		this.connection = new BoardConnection(boardId, token);
		this.presence = new Presence(this.connection.awareness);
		this.model = new BoardModel(this.connection.doc, this.announcer, () => this.identity);
		if (this.identity) this.presence.setIdentity(this.identity);
	}

	/** Cities known on this board (cards and people), for the join dialog's suggestions. */
	get knownCities(): string[] {
		return uniqueCities([...this.model.cities, ...this.presence.peers.map((peer) => peer.city)]);
	}

	/** The board title: live from the document, else from the HTTP metadata. */
	get title(): string {
		return this.model.title || this.info.title;
	}

	/** Sets and remembers the user's name and city, and tells the others. */
	join(identity: Identity): void {
		this.identity = identity;
		saveIdentity(identity);
		this.presence.setIdentity(identity);
	}

	/** Leaves the board and frees everything. */
	destroy(): void {
		this.presence.destroy();
		this.model.destroy();
		this.announcer.destroy();
		this.connection.destroy();
	}
}
