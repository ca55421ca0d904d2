import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import { FATAL_CLOSE_CODES } from '@groundwork/protocol';

/** The state of the link to the server, as shown to the user. */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'denied';

/** Where the sync endpoint of this page's server lives (`ws:` or `wss:`). */
export function syncUrl(location: Pick<Location, 'protocol' | 'host'>): string {
	const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
	return `${scheme}://${location.host}/sync`;
}

/**
 * One board's live document: a `Y.Doc` synced with the server over y-websocket, and the
 * awareness (presence) channel beside it. Status and sync flag are reactive (`$state`).
 */
export class BoardConnection {
	readonly doc = new Y.Doc();
	readonly awareness: Awareness;
	readonly provider: WebsocketProvider;

	/** The state of the connection. */
	status = $state<ConnectionStatus>('connecting');
	/** True once the document has been received from the server (and after each resync). */
	synced = $state(false);
	/** True once the server accepted a connection at least once. */
	#everConnected = false;
	#socketStatus: 'connecting' | 'connected' | 'disconnected' = 'connecting';
	#denied = false;
	#online = typeof navigator === 'undefined' ? true : navigator.onLine;

	constructor(boardId: string, token: string, url = syncUrl(window.location)) {
		this.awareness = new Awareness(this.doc);
		// Publish nothing until the user has joined: the server only accepts full presence states.
		this.awareness.setLocalState(null);
		this.provider = new WebsocketProvider(url, boardId, this.doc, {
			params: { token },
			awareness: this.awareness,
			// Same-browser tabs must go through the server too, which enforces roles.
			disableBc: true,
		});
		this.provider.on('status', this.#onStatus);
		this.provider.on('sync', this.#onSync);
		this.provider.on('connection-close', this.#onClose);
		window.addEventListener('online', this.#onOnline);
		window.addEventListener('offline', this.#onOffline);
	}

	#onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
		this.#socketStatus = status;
		if (status === 'connected') this.#everConnected = true;
		this.#update();
	};

	#onSync = (synced: boolean) => {
		this.synced = synced;
	};

	#onClose = (event: CloseEvent | null) => {
		if (event && FATAL_CLOSE_CODES.has(event.code)) {
			this.provider.shouldConnect = false;
			this.#denied = true;
		}
		this.#socketStatus = 'disconnected';
		this.#update();
	};

	#onOnline = () => {
		this.#online = true;
		this.#update();
	};

	#onOffline = () => {
		this.#online = false;
		this.#update();
	};

	#update(): void {
		if (this.#denied) this.status = 'denied';
		else if (!this.#online) this.status = 'offline';
		else if (this.#socketStatus === 'connected') this.status = 'connected';
		else this.status = this.#everConnected ? 'reconnecting' : 'connecting';
	}

	/** Stops syncing, says goodbye to the other people and frees the document. */
	destroy(): void {
		window.removeEventListener('online', this.#onOnline);
		window.removeEventListener('offline', this.#onOffline);
		this.provider.off('status', this.#onStatus);
		this.provider.off('sync', this.#onSync);
		this.provider.off('connection-close', this.#onClose);
		this.awareness.setLocalState(null);
		this.provider.destroy();
		this.awareness.destroy();
		this.doc.destroy();
	}
}
