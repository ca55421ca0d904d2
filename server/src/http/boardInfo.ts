import { isTemplateId, type BoardInfo, type Role } from '@groundwork/protocol';
import type { BoardRecord, Storage } from '../storage/DocStorage.js';

/**
 * What `GET /api/boards/:id` (and a `PATCH`) answers: the catalog record, the caller's role and
 * the last change the board's history knows of (its newest version). Undefined for a record of
 * an unknown template. [H3], [H7], [V1]
 */
export async function boardInfo(
	storage: Storage,
	record: BoardRecord,
	role: Role,
): Promise<BoardInfo | undefined> {
	if (!isTemplateId(record.template)) return undefined;
	const [latest] = await storage.versions.list(record.id);
	return {
		id: record.id,
		title: record.title,
		template: record.template,
		createdAt: new Date(record.createdAt).toISOString(),
		role,
		archived: record.archived,
		lastChange: latest ? { at: latest.at, editors: latest.editors ?? [] } : null,
	};
}
