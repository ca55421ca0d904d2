import { describe, expect, it } from 'vitest';
import type { BoardInfo } from '@groundwork/protocol';
import { ApiRequestError } from '../api.js';
import { memoryStorage } from '../testing/memoryStorage.js';
import {
	boardInfoKey,
	isUnreachable,
	keptBoardInfo,
	openBoardInfo,
	parseBoardInfo,
	rememberBoardInfo,
	tokenFingerprint,
} from './offlineBoardInfo.js';

const info: BoardInfo = {
	id: 'b1',
	title: 'Seminar 1',
	template: 'netzero-roadmap',
	createdAt: '2025-03-01T10:00:00.000Z',
	role: 'participant',
	archived: false,
	lastChange: null,
};

const offline = () => Promise.reject(new TypeError('Failed to fetch'));
const refused = (status: number) => () =>
	Promise.reject(new ApiRequestError(status, { error: { code: 'x', message: 'no' } }));

describe('board metadata kept for offline use', () => {
	it('keeps what the server answered and falls back to it when the network fails', async () => {
		const storage = memoryStorage();
		const online = await openBoardInfo('b1', 'tok', () => Promise.resolve(info), { storage });
		expect(online).toEqual({ info, kept: false });
		// The token itself is not kept, only its fingerprint.
		expect(storage.getItem(boardInfoKey('b1'))).toContain(`"token":"${tokenFingerprint('tok')}"`);

		expect(await openBoardInfo('b1', 'tok', offline, { storage })).toEqual({ info, kept: true });
		for (const status of [502, 503, 504]) {
			const opened = await openBoardInfo('b1', 'tok', refused(status), { storage });
			expect(opened.kept, String(status)).toBe(true);
		}
		// A captive portal's login page is no answer either.
		const portal = () => Promise.resolve('<html>Sign in to the train Wi-Fi</html>');
		expect((await openBoardInfo('b1', 'tok', portal, { storage })).kept).toBe(true);
	});

	it('falls back when the server takes too long', async () => {
		const storage = memoryStorage();
		rememberBoardInfo('tok', info, storage);
		const hanging = () => new Promise<never>(() => undefined);
		const opened = await openBoardInfo('b1', 'tok', hanging, { storage, timeoutMs: 5 });
		expect(opened).toEqual({ info, kept: true });
	});

	it('never covers up a refusal or an unknown board, and forgets what was kept', async () => {
		for (const status of [401, 403, 404]) {
			const storage = memoryStorage();
			rememberBoardInfo('tok', info, storage);
			await expect(openBoardInfo('b1', 'tok', refused(status), { storage })).rejects.toMatchObject({
				status,
			});
			expect(keptBoardInfo('b1', 'tok', storage), String(status)).toBeNull();
		}
		const storage = memoryStorage();
		rememberBoardInfo('tok', info, storage);
		await expect(openBoardInfo('b1', 'tok', refused(500), { storage })).rejects.toMatchObject({
			status: 500,
		});
		expect(keptBoardInfo('b1', 'tok', storage)).toEqual(info);
	});

	it('uses what was kept only with the same link, and rejects when nothing was kept', async () => {
		const storage = memoryStorage();
		rememberBoardInfo('participant-token', info, storage);
		expect(keptBoardInfo('b1', 'participant-token', storage)).toEqual(info);
		expect(keptBoardInfo('b1', 'viewer-token', storage)).toBeNull();
		expect(keptBoardInfo('b2', 'participant-token', storage)).toBeNull();
		await expect(openBoardInfo('b1', 'viewer-token', offline, { storage })).rejects.toThrow(
			'Failed to fetch',
		);
		expect(tokenFingerprint('a')).not.toBe(tokenFingerprint('b'));
	});

	it('reads kept metadata strictly', () => {
		const storage = memoryStorage();
		expect(parseBoardInfo(info)).toEqual(info);
		expect(parseBoardInfo({ ...info, role: 'admin' })).toBeNull();
		expect(parseBoardInfo({ ...info, template: 'nope' })).toBeNull();
		expect(parseBoardInfo({ ...info, title: 3 })).toBeNull();
		expect(parseBoardInfo(null)).toBeNull();
		storage.setItem(boardInfoKey('b1'), '{not json');
		expect(keptBoardInfo('b1', 'tok', storage)).toBeNull();
		expect(keptBoardInfo('b1', 'tok', undefined)).toBeNull();
	});

	it('tells network failures from the server saying no', () => {
		expect(isUnreachable(new TypeError('Failed to fetch'))).toBe(true);
		expect(isUnreachable(new ApiRequestError(503, undefined))).toBe(true);
		expect(isUnreachable(new ApiRequestError(401, undefined))).toBe(false);
		expect(isUnreachable(new ApiRequestError(404, undefined))).toBe(false);
	});
});
