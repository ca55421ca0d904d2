import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import {
	ROLES,
	SCHEMA_VERSION,
	initBoardMeta,
	isTemplateId,
	migrateDoc,
	type PerRole,
	type Role,
} from '@groundwork/protocol';
import { signToken } from '../auth/tokens.js';
import { initialGenerations, type BoardRecord, type Storage } from '../storage/DocStorage.js';

/** A new board id: 16 URL-safe characters (96 random bits). */
export function newBoardId(): string {
	return randomBytes(12).toString('base64url');
}

/**
 * Creates a board: its catalog record and its first document (metadata at the current schema
 * version, then whatever `seed` writes in the same update). [D2]
 */
export async function createBoard(
	storage: Storage,
	board: { title: string; template: string; seed?: (doc: Y.Doc) => void },
	now = Date.now(),
): Promise<BoardRecord> {
	const { title, template } = board;
	if (!isTemplateId(template)) throw new Error(`unknown template ${template}`);
	const record: BoardRecord = {
		id: newBoardId(),
		title,
		template,
		createdAt: now,
		archived: false,
		generations: initialGenerations(),
	};
	const doc = new Y.Doc();
	initBoardMeta(doc, { title, template, schemaVersion: SCHEMA_VERSION, createdAt: now });
	migrateDoc(doc);
	if (board.seed) doc.transact(() => board.seed?.(doc));
	const update = Y.encodeStateAsUpdate(doc);
	doc.destroy();
	await storage.boards.createBoard(record);
	await storage.docs.appendUpdate(record.id, update);
	return record;
}

/**
 * One signed token per role for a board, valid for `ttlMs` from `now`, at each role's link
 * generation (0 unless given). [T1], [T5]
 */
export function boardTokens(
	boardId: string,
	secret: string,
	ttlMs: number,
	now = Date.now(),
	generations: Partial<PerRole<number>> = {},
): PerRole<string> {
	return Object.fromEntries(
		ROLES.map((role) => [role, roleToken(boardId, role, secret, ttlMs, now, generations[role])]),
	) as PerRole<string>;
}

/** One role's signed token for a board, valid for `ttlMs` from `now`. [T1], [T5] */
export function roleToken(
	boardId: string,
	role: Role,
	secret: string,
	ttlMs: number,
	now = Date.now(),
	generation = 0,
): string {
	return signToken({ boardId, role, expiresAt: now + ttlMs, generation }, secret);
}
