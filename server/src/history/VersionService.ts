import { randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as Y from 'yjs';
import {
	MAX_AUTO_VERSIONS,
	MAX_VERSION_EDITORS,
	diffDocs,
	isEmptySummary,
	restoreItems,
	restoreVersion,
	summarizeDiff,
	type RestoreRequest,
	type Editor,
	type RestoreResult,
	type VersionInfo,
	type VersionTrigger,
} from '@groundwork/protocol';
import type { Logger } from '../log.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import { withRoom } from '../rooms/withRoom.js';
import type { Storage } from '../storage/DocStorage.js';

/** What the version service is built from. */
export interface VersionServiceDeps {
	storage: Storage;
	rooms: RoomManager;
	log: Logger;
	/** A version is taken this long after changes begin on a board ("every few minutes of activity"). */
	activityCheckpointMs: number;
	now?: () => number;
}

/** What a version says about who and why. */
export interface VersionCause {
	label: string;
	author?: string;
}

/**
 * A board's history [V1]-[V4]: versions taken on triggers (phase change, breakouts ended,
 * before a restore, a few minutes into activity) or by hand, each stored as a compressed
 * whole-document snapshot with what changed since the version before; and restores of a whole
 * version or of single deleted items, applied to the live board as the server's own change.
 * A board's live state is the only one kept in memory; versions are read when asked for.
 */
export class VersionService {
	private readonly queues = new Map<string, Promise<unknown>>();
	private readonly activity = new Map<string, NodeJS.Timeout>();
	/** Who changed each board since its last version, by name and city. */
	private readonly editors = new Map<string, Map<string, Editor>>();
	private readonly now: () => number;

	constructor(private readonly deps: VersionServiceDeps) {
		this.now = deps.now ?? Date.now;
	}

	/**
	 * Takes a version of the board now. An automatic one (any trigger but `named` and
	 * `restore`) is skipped when nothing changed since the last version: resolves to null.
	 */
	take(boardId: string, trigger: VersionTrigger, cause: VersionCause): Promise<VersionInfo | null> {
		return this.serially(boardId, () => this.takeNow(boardId, trigger, cause));
	}

	/** Notes a change on the board (by `editor`): a version follows `activityCheckpointMs` later. */
	noteActivity(boardId: string, editor?: Editor): void {
		if (editor) {
			let seen = this.editors.get(boardId);
			if (!seen) this.editors.set(boardId, (seen = new Map()));
			const key = `${editor.name}\n${editor.city}`;
			if (!seen.has(key) && seen.size < MAX_VERSION_EDITORS) seen.set(key, editor);
		}
		if (this.activity.has(boardId)) return;
		const timer = setTimeout(() => {
			this.activity.delete(boardId);
			this.take(boardId, 'activity', { label: '' }).catch((error: unknown) => {
				this.deps.log.error({ err: error, board: boardId }, 'activity version failed');
			});
		}, this.deps.activityCheckpointMs);
		timer.unref();
		this.activity.set(boardId, timer);
	}

	/** The board's versions, newest first. */
	list(boardId: string): Promise<VersionInfo[]> {
		return this.deps.storage.versions.list(boardId);
	}

	/** One version's listing, or undefined. */
	get(boardId: string, versionId: string): Promise<VersionInfo | undefined> {
		return this.deps.storage.versions.get(boardId, versionId);
	}

	/** One version's document as a Yjs update (uncompressed), or undefined. */
	async update(boardId: string, versionId: string): Promise<Uint8Array | undefined> {
		const stored = await this.deps.storage.versions.snapshot(boardId, versionId);
		return stored && new Uint8Array(gunzipSync(stored));
	}

	/**
	 * Restores a whole version, or (with `cards`/`gaps`) those deleted items, on the live board,
	 * after taking a version of the board as it was. Resolves to undefined when the version does
	 * not exist.
	 */
	restore(
		boardId: string,
		versionId: string,
		request: RestoreRequest,
	): Promise<RestoreResult | undefined> {
		return this.serially(boardId, async () => {
			const info = await this.get(boardId, versionId);
			const update = info && (await this.update(boardId, versionId));
			if (!info || !update) return undefined;
			const version = new Y.Doc();
			Y.applyUpdate(version, update);
			const whole = request.cards === undefined && request.gaps === undefined;
			const before = await this.takeNow(boardId, 'restore', {
				label: info.label,
				author: request.author,
			});
			const changed = await withRoom(this.deps.rooms, boardId, (room) =>
				room.transact((doc) => {
					if (whole) return restoreVersion(doc, version);
					const back = restoreItems(doc, version, request);
					return back.cards.length + back.gaps.length + back.links.length;
				}),
			);
			version.destroy();
			return { before, changed };
		});
	}

	/** Stops the pending activity versions. */
	close(): void {
		for (const timer of this.activity.values()) clearTimeout(timer);
		this.activity.clear();
	}

	private async takeNow(
		boardId: string,
		trigger: VersionTrigger,
		cause: VersionCause,
	): Promise<VersionInfo | null> {
		const { versions, boards } = this.deps.storage;
		// A board deleted while a version was pending gets none (nor an orphan row).
		if (!(await boards.getBoard(boardId))) {
			this.editors.delete(boardId);
			return null;
		}
		const current = await this.currentDoc(boardId);
		const [last] = await versions.list(boardId);
		const previous = new Y.Doc();
		const lastUpdate = last && (await this.update(boardId, last.id));
		if (lastUpdate) Y.applyUpdate(previous, lastUpdate);
		const summary = summarizeDiff(diffDocs(previous, current.doc), previous, current.doc);
		previous.destroy();
		const automatic = trigger !== 'named' && trigger !== 'restore';
		if (automatic && last && isEmptySummary(summary)) {
			current.release();
			return null;
		}
		const snapshot = gzipSync(Y.encodeStateAsUpdate(current.doc));
		current.release();
		const info: VersionInfo = {
			id: `${this.now().toString(36)}-${randomBytes(4).toString('hex')}`,
			at: this.now(),
			trigger,
			label: cause.label,
			author: cause.author ?? '',
			summary,
			editors: [...(this.editors.get(boardId)?.values() ?? [])],
			bytes: snapshot.byteLength,
		};
		this.editors.delete(boardId);
		await versions.save(boardId, info, snapshot);
		await this.prune(boardId);
		this.deps.log.info({ board: boardId, version: info.id, trigger }, 'version taken');
		return info;
	}

	/** The board's document: the live room's when loaded here, else read from storage. */
	private async currentDoc(boardId: string): Promise<{ doc: Y.Doc; release: () => void }> {
		const loaded = this.deps.rooms.loaded(boardId);
		if (loaded) {
			const room = await loaded;
			return { doc: room.doc, release: () => undefined };
		}
		const doc = new Y.Doc();
		const updates = await this.deps.storage.docs.loadUpdates(boardId);
		doc.transact(() => {
			for (const update of updates) Y.applyUpdate(doc, update);
		});
		return { doc, release: () => doc.destroy() };
	}

	/** Drops the oldest automatic versions beyond `MAX_AUTO_VERSIONS`; named ones stay. */
	private async prune(boardId: string): Promise<void> {
		const all = await this.deps.storage.versions.list(boardId);
		const automatic = all.filter((v) => v.trigger !== 'named');
		const extra = automatic.slice(MAX_AUTO_VERSIONS).map((v) => v.id);
		if (extra.length > 0) await this.deps.storage.versions.remove(boardId, extra);
	}

	private serially<T>(boardId: string, task: () => Promise<T>): Promise<T> {
		const previous = this.queues.get(boardId) ?? Promise.resolve();
		const next = previous.catch(() => undefined).then(task);
		this.queues.set(boardId, next);
		const forget = () => {
			if (this.queues.get(boardId) === next) this.queues.delete(boardId);
		};
		next.then(forget, forget);
		return next;
	}
}
