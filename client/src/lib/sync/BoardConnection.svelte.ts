import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence, clearDocument } from 'y-indexeddb';
import { CloseCode, FATAL_CLOSE_CODES } from '@groundwork/protocol';
import { PendingChanges, pendingChangeStore, typedText } from './offlineChanges.js';

/** The state of the link to the server, as shown to the user. */
export type ConnectionStatus =
	| 'connecting'
	| 'connected'
	| 'reconnecting'
	| 'offline'
	| 'denied'
	/** The server refused a change that would make the board too large (4413). [W6] */
	| 'tooLarge';

/**
 * How long the board waits for the copy kept on this device before it connects anyway (ms). The
 * copy normally loads in a few milliseconds; whatever it holds is sent once it has loaded.
 */
export const LOCAL_COPY_TIMEOUT_MS = 2000;

/** Whether a stock y-websocket provider takes close code `code` as final (4400-4499). */
function isFinalCode(code: number): boolean {
	return code >= 4400 && code <= 4499;
}

/** Where the sync endpoint of this page's server lives (`ws:` or `wss:`). */
export function syncUrl(location: Pick<Location, 'protocol' | 'host'>): string {
	const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
	return `${scheme}://${location.host}/sync`;
}

/** The IndexedDB database that keeps board `boardId` on this device. */
export function localCopyName(boardId: string): string {
	return `groundwork.board.${boardId}`;
}

/**
 * Deletes what this device kept of board `boardId` (its document and its count of changes
 * waiting): for a board the server says no longer exists.
 */
export function forgetLocalCopy(boardId: string): void {
	pendingChangeStore(boardId).save(0);
	if (typeof indexedDB === 'undefined') return;
	clearDocument(localCopyName(boardId)).catch(() => undefined);
}

/** Opens the copy of the board kept on this device; null when IndexedDB is unavailable. */
function openLocalCopy(boardId: string, doc: Y.Doc): IndexeddbPersistence | null {
	if (typeof indexedDB === 'undefined') return null;
	try {
		return new IndexeddbPersistence(localCopyName(boardId), doc);
	} catch {
		return null;
	}
}

/**
 * One board's live document: a `Y.Doc` synced with the server over y-websocket, and the
 * awareness (presence) channel beside it. The document is also kept on this device (IndexedDB,
 * when the browser allows it): it loads from there first, so the board opens and can be edited
 * without a network, and edits made offline survive a reload and are sent when the connection
 * returns. Status, sync flag and the count of changes waiting are reactive (`$state`).
 */
export class BoardConnection {
	readonly doc = new Y.Doc();
	readonly awareness: Awareness;
	readonly provider: WebsocketProvider;

	/** The state of the connection. */
	status = $state<ConnectionStatus>('connecting');
	/** True once the document has been received from the server (and after each resync). */
	synced = $state(false);
	/** Local changes the server has not confirmed yet (kept across reloads with the local copy). */
	pending = $state(0);
	/** True while the board is kept on this device, so changes not yet sent survive a reload. */
	keptLocally = $state(false);
	/** True once the server accepted a connection at least once. */
	#everConnected = false;
	#socketStatus: 'connecting' | 'connected' | 'disconnected' = 'connecting';
	#denied = false;
	#tooLarge = false;
	#destroyed = false;
	/** The provider was told to connect (after the local copy loaded, or gave up on it). */
	#started = false;
	#online = typeof navigator === 'undefined' ? true : navigator.onLine;
	readonly #local: IndexeddbPersistence | null;
	readonly #changes: PendingChanges;

	constructor(boardId: string, token: string, url = syncUrl(window.location)) {
		this.awareness = new Awareness(this.doc);
		// Publish nothing until the user has joined: the server only accepts full presence states.
		this.awareness.setLocalState(null);
		this.provider = new WebsocketProvider(url, boardId, this.doc, {
			params: { token },
			awareness: this.awareness,
			// Same-browser tabs must go through the server too, which enforces roles.
			disableBc: true,
			// Connects once the local copy is loaded, so the first sync sends what it holds.
			connect: false,
			// Closed for sending too fast (4429): try again after the provider's backoff. Other
			// codes in 4400-4499 stay final, as for stock providers. [W7]
			shouldReconnect: (event) => event.code === CloseCode.rateLimited || !isFinalCode(event.code),
		});
		this.provider.on('status', this.#onStatus);
		this.provider.on('sync', this.#onSync);
		this.provider.on('connection-close', this.#onClose);
		window.addEventListener('online', this.#onOnline);
		window.addEventListener('offline', this.#onOffline);

		this.#changes = new PendingChanges(pendingChangeStore(boardId));
		this.doc.on('update', this.#onUpdate);
		this.#local = openLocalCopy(boardId, this.doc);
		this.#loadLocalCopy();
		this.pending = this.#changes.count;
		this.#update();
	}

	/** Loads the kept copy, then connects; without one, connects at once. */
	#loadLocalCopy(): void {
		const local = this.#local;
		if (!local) {
			// Nothing was kept, so changes counted on an earlier visit did not survive it.
			this.#changes.discard();
			this.#start();
			return;
		}
		const timer = setTimeout(this.#start, LOCAL_COPY_TIMEOUT_MS);
		local.whenSynced.then(
			() => {
				clearTimeout(timer);
				if (this.#destroyed) return;
				this.keptLocally = true;
				this.#start();
			},
			() => undefined,
		);
		// IndexedDB refused (private mode, storage blocked): work online only.
		local._db.catch(() => {
			clearTimeout(timer);
			if (this.#destroyed) return;
			this.#changes.discard();
			this.pending = 0;
			this.#start();
		});
	}

	#start = () => {
		if (this.#started || this.#destroyed) return;
		this.#started = true;
		if (!this.#denied && !this.#tooLarge) this.provider.connect();
	};

	/** Counts the user's changes made while the server cannot confirm them. */
	#onUpdate = (_update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
		if (origin === this.provider || (this.#local !== null && origin === this.#local)) return;
		// In sync over an open socket, the change is on its way already.
		if (this.provider.wsconnected && this.provider.synced) return;
		this.pending = this.#changes.record(typedText(transaction));
	};

	#onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
		this.#socketStatus = status;
		if (status === 'connected') this.#everConnected = true;
		this.#update();
	};

	#onSync = (synced: boolean) => {
		this.synced = synced;
		// The sync exchange sent the server everything it lacked, changes made offline included.
		if (synced) {
			this.#changes.confirm();
			this.pending = 0;
		}
	};

	#onClose = (event: CloseEvent | null) => {
		if (event && FATAL_CLOSE_CODES.has(event.code)) {
			this.provider.shouldConnect = false;
			this.#denied = true;
		} else if (event?.code === CloseCode.documentTooLarge) {
			// Reconnecting would send the refused change again: stop, and say why.
			this.provider.shouldConnect = false;
			this.#tooLarge = true;
		}
		this.#socketStatus = 'disconnected';
		this.#update();
	};

	#onOnline = () => {
		this.#online = true;
		// Retry at once rather than after the provider's backoff.
		if (this.#started && !this.#denied && !this.#tooLarge && !this.#destroyed) {
			this.provider.connect();
		}
		this.#update();
	};

	#onOffline = () => {
		this.#online = false;
		// The socket is dead even if it has not noticed yet: from now on changes wait (and are
		// counted), and the next connection's sync exchange sends them.
		this.provider.disconnect();
		this.#update();
	};

	#update(): void {
		if (this.#denied) this.status = 'denied';
		else if (this.#tooLarge) this.status = 'tooLarge';
		else if (!this.#online) this.status = 'offline';
		else if (this.#socketStatus === 'connected') this.status = 'connected';
		else this.status = this.#everConnected ? 'reconnecting' : 'connecting';
	}

	/** Stops syncing, says goodbye to the other people and frees the document. */
	destroy(): void {
		this.#destroyed = true;
		window.removeEventListener('online', this.#onOnline);
		window.removeEventListener('offline', this.#onOffline);
		this.doc.off('update', this.#onUpdate);
		this.provider.off('status', this.#onStatus);
		this.provider.off('sync', this.#onSync);
		this.provider.off('connection-close', this.#onClose);
		this.awareness.setLocalState(null);
		this.provider.destroy();
		this.awareness.destroy();
		// Closes the database; whatever was written stays for the next visit.
		this.#local?.destroy().catch(() => undefined);
		this.doc.destroy();
	}
}
