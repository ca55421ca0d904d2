import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OFFLINE_NOTICE_DELAY_MS, OfflineNotices } from './offlineNotices.js';
import type { LinkState } from './offlineStatus.js';

const online: LinkState = {
	status: 'connected',
	synced: true,
	pending: 0,
	keptLocally: true,
	canEdit: true,
};

function setup() {
	const said: string[] = [];
	const notices = new OfflineNotices({
		announce: (text) => said.push(`polite: ${text}`),
		alert: (text) => said.push(`alert: ${text}`),
	});
	return { said, notices };
}

describe('offline notices', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('says once that the browser went offline, and that all was sent when back', () => {
		const { said, notices } = setup();
		notices.update(online);
		notices.update({ ...online, status: 'offline', synced: false });
		expect(said).toEqual([
			'polite: You are offline. You can keep working: your changes are kept on this device and sent when the connection returns.',
		]);
		for (let pending = 1; pending <= 3; pending++) {
			notices.update({ ...online, status: 'offline', synced: false, pending });
		}
		notices.update({ ...online, status: 'reconnecting', synced: false, pending: 3 });
		notices.update({ ...online, synced: false, pending: 3 });
		expect(said).toHaveLength(1);
		notices.update(online);
		expect(said[1]).toBe('polite: Back online: 3 changes sent. All changes saved.');
		notices.update(online);
		expect(said).toHaveLength(2);
	});

	it('lets a short reconnect pass unsaid, and says a long one', () => {
		const { said, notices } = setup();
		notices.update(online);
		notices.update({ ...online, status: 'reconnecting', synced: false, pending: 1 });
		vi.advanceTimersByTime(OFFLINE_NOTICE_DELAY_MS - 1);
		notices.update(online);
		vi.advanceTimersByTime(OFFLINE_NOTICE_DELAY_MS);
		expect(said).toEqual([]);

		notices.update({ ...online, status: 'reconnecting', synced: false });
		vi.advanceTimersByTime(OFFLINE_NOTICE_DELAY_MS);
		expect(said).toHaveLength(1);
		expect(said[0]).toMatch(/^polite: You are offline/);
		notices.update(online);
		expect(said[1]).toBe('polite: Back online. The board is up to date.');
	});

	it('does not promise a kept copy it does not have, and tells viewers what they see', () => {
		const { said, notices } = setup();
		notices.update({ ...online, status: 'offline', keptLocally: false });
		notices.update(online);
		const viewer = setup();
		viewer.notices.update({ ...online, status: 'offline', canEdit: false });
		expect([said[0], viewer.said[0]]).toEqual([
			'polite: You are offline. You can keep working: your changes are sent when the connection returns.',
			'polite: You are offline. The board shows what it last received and updates when the connection returns.',
		]);
	});

	it('alerts once when access is denied, and says nothing more after destroy', () => {
		const { said, notices } = setup();
		notices.update({ ...online, status: 'denied' });
		notices.update({ ...online, status: 'denied' });
		expect(said).toEqual(['alert: Access denied — this link is invalid or has expired']);
		const other = setup();
		other.notices.update({ ...online, status: 'reconnecting' });
		other.notices.destroy();
		vi.advanceTimersByTime(OFFLINE_NOTICE_DELAY_MS * 2);
		expect(other.said).toEqual([]);
	});
});
