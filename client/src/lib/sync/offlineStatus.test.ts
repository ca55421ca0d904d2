import { describe, expect, it } from 'vitest';
import { statusText, type LinkState } from './offlineStatus.js';

const editor: LinkState = {
	status: 'connected',
	synced: true,
	pending: 0,
	keptLocally: true,
	canEdit: true,
};

describe('connection status text', () => {
	it('says how many changes wait while offline, with plural forms', () => {
		const offline = { ...editor, status: 'offline', synced: false } as const;
		expect(statusText({ ...offline, pending: 0 })).toBe('Offline: nothing waiting to be sent');
		expect(statusText({ ...offline, pending: 1 })).toBe('Offline: 1 change waiting to be sent');
		expect(statusText({ ...offline, pending: 3 })).toBe('Offline: 3 changes waiting to be sent');
		expect(statusText({ ...editor, status: 'reconnecting', synced: false, pending: 2 })).toBe(
			'Reconnecting… (2 changes waiting to be sent)',
		);
		expect(statusText({ ...editor, status: 'connecting', synced: false, pending: 1 })).toBe(
			'Connecting… (1 change waiting to be sent)',
		);
		expect(statusText({ ...editor, status: 'reconnecting', synced: false })).toBe('Reconnecting…');
	});

	it('says "Sending…" until the server confirmed, then "All changes saved"', () => {
		expect(statusText({ ...editor, synced: false, pending: 3 })).toBe('Connected · Sending…');
		expect(statusText({ ...editor, synced: false })).toBe('Connected');
		expect(statusText(editor)).toBe('Connected · All changes saved');
	});

	it('keeps it short for viewers and when access is denied', () => {
		const viewer = { ...editor, canEdit: false };
		expect(statusText(viewer)).toBe('Connected');
		expect(statusText({ ...viewer, status: 'offline' })).toBe('Offline');
		expect(statusText({ ...editor, status: 'denied', pending: 2 })).toMatch(/^Access denied/);
		expect(statusText({ ...editor, status: 'tooLarge', pending: 1 })).toMatch(
			/^This board has reached its size limit/,
		);
	});
});
