import * as Y from 'yjs';
import { parseBoardBackup, writeBackup } from '@groundwork/protocol';
import { t } from '../i18n/i18n.js';
import { fetchBackup } from './backup.js';
import { boardReport, type BoardReport } from './reportData.js';

/**
 * Reads the report of a board from its JSON backup: one request (the server checks the token),
 * no live connection, so opening the report shows nobody as present and changes nothing.
 */
export async function loadReport(
	boardId: string,
	token: string,
	fetcher: typeof fetch = fetch,
): Promise<BoardReport> {
	const response = await fetchBackup(boardId, token, fetcher);
	const parsed = parseBoardBackup(await response.json());
	if (!parsed.ok) throw new Error(t('report.unreadable'));
	const backup = parsed.value;
	const doc = new Y.Doc();
	try {
		doc.transact(() => writeBackup(doc, backup));
		const exportedAt = Date.parse(backup.exportedAt);
		return boardReport(doc, {
			title: backup.board.title,
			preparedAt: Number.isFinite(exportedAt) ? exportedAt : Date.now(),
		});
	} finally {
		doc.destroy();
	}
}
