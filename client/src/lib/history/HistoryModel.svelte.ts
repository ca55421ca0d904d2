import type * as Y from 'yjs';
import { diffDocs, type DocDiff, type VersionInfo } from '@groundwork/protocol';
import { ApiRequestError } from '../api.js';
import { t } from '../i18n/i18n.js';
import type { Announcer } from '../state/Announcer.svelte.js';
import { BoardModel } from '../state/BoardModel.svelte.js';
import type { HistoryApi } from './historyApi.js';
import { VersionDocs } from './versionDocs.js';
import { versionTitle } from './versionText.js';

/** A version compared with the live board. */
export interface Comparison {
	version: VersionInfo;
	/** From the version to now: `removed` were deleted since, `added` are new since. */
	diff: DocDiff;
	/** The version's document (to name what was deleted since). */
	doc: Y.Doc;
}

function message(error: unknown): string {
	if (error instanceof ApiRequestError || error instanceof Error) return error.message;
	return String(error);
}

/**
 * The board's history as the page shows it [V1]-[V4]: the versions, a named save, a comparison
 * of one version with now, a version opened read-only in place of the live board, and restores.
 * Versions' documents are fetched when first needed and dropped with the history.
 */
export class HistoryModel {
	versions = $state.raw<VersionInfo[]>([]);
	loading = $state(false);
	error = $state<string | null>(null);
	/** The version compared with now, if any. */
	comparison = $state.raw<Comparison | null>(null);
	/** The version shown read-only in place of the live board, with its own board model. */
	viewing = $state.raw<{ version: VersionInfo; model: BoardModel } | null>(null);

	readonly #docs: VersionDocs;

	constructor(
		private readonly api: HistoryApi,
		private readonly live: BoardModel,
		private readonly announcer: Announcer,
	) {
		this.#docs = new VersionDocs(api);
	}

	/** The live board's document (what comparisons are against). */
	get liveDoc(): Y.Doc {
		return this.live.doc;
	}

	/** Says `text` politely (after an action in the history). */
	say(text: string): void {
		this.announcer.announce(text);
	}

	/** Reads the versions again. */
	async refresh(): Promise<void> {
		this.loading = true;
		try {
			this.versions = await this.api.list();
			this.error = null;
		} catch (error) {
			this.error = t('history.loadError', { message: message(error) });
		} finally {
			this.loading = false;
		}
	}

	/** Saves a named version; resolves to an error message, or null when saved. */
	async save(label: string, author: string): Promise<string | null> {
		try {
			const saved = await this.api.save(label, author);
			this.announcer.announce(t('history.saved', { label: saved.label }));
			await this.refresh();
			return null;
		} catch (error) {
			return t('history.saveError', { message: message(error) });
		}
	}

	/**
	 * Compares `version` with the live board, and keeps comparing while the board changes (a
	 * restore by anyone arrives over the board's connection).
	 */
	async compare(version: VersionInfo): Promise<void> {
		try {
			const doc = await this.#docs.get(version.id);
			this.comparison = { version, doc, diff: diffDocs(doc, this.live.doc) };
			if (!this.#watching) {
				this.live.doc.on('update', this.#onLiveUpdate);
				this.#watching = true;
			}
		} catch (error) {
			this.announcer.alert(t('history.viewError', { message: message(error) }));
		}
	}

	/** Ends the comparison. */
	stopComparing(): void {
		this.comparison = null;
		if (this.#watching) this.live.doc.off('update', this.#onLiveUpdate);
		this.#watching = false;
	}

	#watching = false;
	#recompareTimer: ReturnType<typeof setTimeout> | undefined;

	/** Many changes in a burst make one new comparison. */
	readonly #onLiveUpdate = (): void => {
		clearTimeout(this.#recompareTimer);
		this.#recompareTimer = setTimeout(() => {
			const current = this.comparison;
			if (current) this.comparison = { ...current, diff: diffDocs(current.doc, this.live.doc) };
		}, 100);
	};

	/** Opens `version` read-only in place of the live board. */
	async view(version: VersionInfo): Promise<boolean> {
		try {
			const doc = await this.#docs.get(version.id);
			this.stopViewing();
			this.viewing = { version, model: new BoardModel(doc, this.announcer, () => null, null) };
			return true;
		} catch (error) {
			this.announcer.alert(t('history.viewError', { message: message(error) }));
			return false;
		}
	}

	/** Goes back to the live board. */
	stopViewing(): void {
		this.viewing?.model.destroy();
		this.viewing = null;
	}

	/** Restores a whole version for everyone; resolves to an error message, or null. */
	async restore(version: VersionInfo): Promise<string | null> {
		try {
			await this.api.restore(version.id, {});
			this.announcer.announce(t('history.restored', { version: versionTitle(version) }));
			await this.refresh();
			return null;
		} catch (error) {
			return t('history.restoreError', { message: message(error) });
		}
	}

	/** Brings back deleted cards and gaps from `version`; resolves to how many came back. */
	async bringBack(
		version: VersionInfo,
		items: { cards?: string[]; gaps?: string[] },
	): Promise<number | null> {
		try {
			const result = await this.api.restore(version.id, items);
			await this.refresh();
			return result.changed;
		} catch (error) {
			this.announcer.alert(t('history.restoreError', { message: message(error) }));
			return null;
		}
	}

	/** Frees the versions' documents. */
	destroy(): void {
		clearTimeout(this.#recompareTimer);
		this.stopComparing();
		this.stopViewing();
		this.#docs.destroy();
	}
}
