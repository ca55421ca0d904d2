import type { BoardInfo, LinksRotated, Role, UpdateBoardRequest } from '@groundwork/protocol';
import { deleteBoard, rotateLinks, updateBoard } from '../api.js';
import { t } from '../i18n/i18n.js';
import { ROTATE_ROLES, type RotateScope } from './rotatedLinks.js';
import { settingsFailure } from './settingsFailure.js';

/** The calls the settings make; the real API by default, fakes in tests. */
export interface BoardSettingsApi {
	updateBoard(boardId: string, token: string, changes: UpdateBoardRequest): Promise<BoardInfo>;
	deleteBoard(boardId: string, token: string): Promise<void>;
	rotateLinks(boardId: string, token: string, roles: Role[]): Promise<LinksRotated>;
}

const httpApi: BoardSettingsApi = { updateBoard, deleteBoard, rotateLinks };

/**
 * A facilitator's board settings: rename, archive or unarchive, replace links, delete. One call
 * at a time; `status` says what the last one did, `error` why it failed. [H6]-[H8]
 */
export class BoardSettings {
	archived = $state(false);
	busy = $state(false);
	status = $state('');
	error = $state('');
	/** The new links of the last rotation, to copy and send. */
	rotated = $state.raw<LinksRotated | null>(null);

	constructor(
		readonly boardId: string,
		private readonly token: string,
		archived: boolean,
		private readonly api: BoardSettingsApi = httpApi,
	) {
		this.archived = archived;
	}

	/** Renames the board; everyone sees the new name at once. */
	async rename(title: string): Promise<boolean> {
		const trimmed = title.trim();
		if (!trimmed) {
			this.error = t('admin.nameRequired');
			return false;
		}
		const info = await this.run(() =>
			this.api.updateBoard(this.boardId, this.token, { title: trimmed }),
		);
		if (info) this.status = t('admin.renamed', { title: info.title });
		return info !== undefined;
	}

	/** Archives or unarchives the board. */
	async setArchived(archived: boolean): Promise<boolean> {
		const info = await this.run(() => this.api.updateBoard(this.boardId, this.token, { archived }));
		if (!info) return false;
		this.archived = info.archived;
		this.status = t(info.archived ? 'admin.archivedDone' : 'admin.unarchivedDone');
		return true;
	}

	/** Replaces the links of `scope`; resolves to the new links, or null when it failed. */
	async rotate(scope: RotateScope): Promise<LinksRotated | null> {
		const rotated = await this.run(() =>
			this.api.rotateLinks(this.boardId, this.token, ROTATE_ROLES[scope]),
		);
		if (!rotated) return null;
		this.rotated = rotated;
		this.status = t('admin.rotated', { role: scope });
		return rotated;
	}

	/** Deletes the board for everyone. */
	async remove(): Promise<boolean> {
		const done = await this.run(async () => {
			await this.api.deleteBoard(this.boardId, this.token);
			return true;
		});
		return done === true;
	}

	private async run<T>(call: () => Promise<T>): Promise<T | undefined> {
		if (this.busy) return undefined;
		this.busy = true;
		this.error = '';
		this.status = '';
		try {
			return await call();
		} catch (cause) {
			this.error = settingsFailure(cause);
			return undefined;
		} finally {
			this.busy = false;
		}
	}
}
