import { ROLES, isBoardId, type Role } from '@groundwork/protocol';

/** Channel on which instances tell each other of changes to boards' records. [T6], [H8] */
export const BOARD_NOTICES_CHANNEL = 'gw:boards';

/** What changed about a board's record. */
export type BoardNotice =
	/** Links were rotated: the board's link generation of each role is now `generations`. */
	| { kind: 'links'; boardId: string; generations: Record<Role, number> }
	/** The title or the archived flag changed. */
	| { kind: 'changed'; boardId: string }
	/** The board was deleted. */
	| { kind: 'deleted'; boardId: string };

/** A notice with the instance that sent it. */
export interface BoardNoticeMessage {
	origin: string;
	notice: BoardNotice;
}

/** Encodes a notice as UTF-8 JSON. */
export function encodeBoardNotice(message: BoardNoticeMessage): Uint8Array {
	return new TextEncoder().encode(JSON.stringify(message));
}

function isGeneration(value: unknown): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function parseNotice(raw: Record<string, unknown>): BoardNotice | undefined {
	const { kind, boardId, generations } = raw;
	if (!isBoardId(boardId)) return undefined;
	if (kind === 'changed' || kind === 'deleted') return { kind, boardId };
	if (kind !== 'links' || typeof generations !== 'object' || generations === null) return undefined;
	const given = generations as Record<string, unknown>;
	if (!ROLES.every((role) => isGeneration(given[role]))) return undefined;
	const copy = Object.fromEntries(ROLES.map((role) => [role, given[role]]));
	return { kind, boardId, generations: copy as Record<Role, number> };
}

/** Decodes a notice; undefined for anything malformed. */
export function decodeBoardNotice(bytes: Uint8Array): BoardNoticeMessage | undefined {
	try {
		const raw = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
		if (typeof raw !== 'object' || raw === null) return undefined;
		const { origin, notice } = raw as Record<string, unknown>;
		if (typeof origin !== 'string' || typeof notice !== 'object' || notice === null) {
			return undefined;
		}
		const parsed = parseNotice(notice as Record<string, unknown>);
		return parsed && { origin, notice: parsed };
	} catch {
		return undefined;
	}
}
