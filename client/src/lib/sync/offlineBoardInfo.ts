import { isRole, isTemplateId, type BoardInfo } from '@groundwork/protocol';
import { ApiRequestError } from '../api.js';

/** Statuses of a proxy that could not reach the server: as good as no network. */
const UNREACHABLE_STATUSES = new Set([502, 503, 504]);

/** The localStorage key of the metadata kept for board `boardId`. */
export function boardInfoKey(boardId: string): string {
	return `groundwork.boardInfo.${boardId}`;
}

function defaultStorage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/**
 * A short fingerprint of a token (cyrb53), so the kept metadata, and the role in it, is only
 * used again with the link it came with, without keeping the token itself. Not a secret.
 */
export function tokenFingerprint(token: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < token.length; i++) {
		const code = token.charCodeAt(i);
		h1 = Math.imul(h1 ^ code, 2654435761);
		h2 = Math.imul(h2 ^ code, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A board's metadata as the API answers it, or null when `input` is not one. */
export function parseBoardInfo(input: unknown): BoardInfo | null {
	if (typeof input !== 'object' || input === null) return null;
	const value = input as Record<string, unknown>;
	const { id, title, template, createdAt, role, archived } = value;
	if (typeof id !== 'string' || typeof title !== 'string' || typeof createdAt !== 'string') {
		return null;
	}
	if (!isTemplateId(template) || !isRole(role)) return null;
	// The history's last change is not kept: offline, the board shows what it has itself.
	return { id, title, template, createdAt, role, archived: archived === true, lastChange: null };
}

/** Keeps the metadata of a board as opened with `token`, for opening it offline. */
export function rememberBoardInfo(
	token: string,
	info: BoardInfo,
	storage: Storage | undefined = defaultStorage(),
): void {
	try {
		storage?.setItem(
			boardInfoKey(info.id),
			JSON.stringify({ token: tokenFingerprint(token), info }),
		);
	} catch {
		// Private mode or quota: the board simply does not open offline.
	}
}

/** The metadata kept for `boardId` as opened with `token`; null when none (or another link's). */
export function keptBoardInfo(
	boardId: string,
	token: string,
	storage: Storage | undefined = defaultStorage(),
): BoardInfo | null {
	try {
		const raw = storage?.getItem(boardInfoKey(boardId));
		if (!raw) return null;
		const parsed: unknown = JSON.parse(raw);
		if (typeof parsed !== 'object' || parsed === null) return null;
		const { token: fingerprint, info } = parsed as { token?: unknown; info?: unknown };
		if (fingerprint !== tokenFingerprint(token)) return null;
		const board = parseBoardInfo(info);
		return board?.id === boardId ? board : null;
	} catch {
		return null;
	}
}

/** Forgets the metadata kept for `boardId` (the server refused the link, or has no such board). */
export function forgetBoardInfo(boardId: string, storage: Storage | undefined = defaultStorage()) {
	try {
		storage?.removeItem(boardInfoKey(boardId));
	} catch {
		// Nothing was kept.
	}
}

/**
 * Whether a failed request failed for network reasons (no answer, or a proxy saying the server
 * is out of reach) rather than because the server said no.
 */
export function isUnreachable(cause: unknown): boolean {
	if (cause instanceof ApiRequestError) return UNREACHABLE_STATUSES.has(cause.status);
	return true;
}

/** A board's metadata and where it came from. */
export interface OpenedBoardInfo {
	info: BoardInfo;
	/** True when the server could not be reached and the metadata kept on this device was used. */
	kept: boolean;
}

/**
 * How long the server may take to answer before a board kept on this device opens from its kept
 * metadata (ms): on a network that is connected but carries nothing, a request can hang for a
 * minute.
 */
export const BOARD_INFO_TIMEOUT_MS = 8000;

/** Rejects after `ms` (a request that takes that long counts as unanswered). */
function timeout(ms: number): { promise: Promise<never>; cancel: () => void } {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const promise = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => reject(new Error('no answer in time')), ms);
	});
	return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Reads a board's metadata from the server (`fetchInfo`) and keeps it; when the server cannot be
 * reached (or takes longer than `timeoutMs`), falls back to what was kept for this link. A
 * refusal (401, 403) or an unknown board (404) is never covered up: it rejects, and what was kept
 * is forgotten.
 */
export async function openBoardInfo(
	boardId: string,
	token: string,
	fetchInfo: (boardId: string, token: string) => Promise<unknown>,
	options: { storage?: Storage | undefined; timeoutMs?: number } = {},
): Promise<OpenedBoardInfo> {
	const storage = 'storage' in options ? options.storage : defaultStorage();
	const kept = keptBoardInfo(boardId, token, storage);
	const deadline = kept ? timeout(options.timeoutMs ?? BOARD_INFO_TIMEOUT_MS) : null;
	let cause: unknown;
	try {
		const answer = fetchInfo(boardId, token);
		// A late failure after the deadline has nobody left to tell.
		answer.catch(() => undefined);
		const info = parseBoardInfo(
			await (deadline ? Promise.race([answer, deadline.promise]) : answer),
		);
		if (info?.id === boardId) {
			rememberBoardInfo(token, info, storage);
			return { info, kept: false };
		}
		// Something answered, but not our server (a captive portal, a login page): as good as no
		// network. (Not shown: the page says the server cannot be reached.)
		cause = new Error('not a board');
	} catch (error) {
		cause = error;
	} finally {
		deadline?.cancel();
	}
	if (!isUnreachable(cause)) {
		if (cause instanceof ApiRequestError && [401, 403, 404].includes(cause.status)) {
			forgetBoardInfo(boardId, storage);
		}
		throw cause;
	}
	if (kept) return { info: kept, kept: true };
	throw cause;
}
