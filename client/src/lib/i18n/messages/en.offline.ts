/** English messages of the offline screens; spread into `en` (see `./en.ts`). */
export const enOffline = {
	'offline.status.connected': 'Connected · All changes saved',
	'offline.status.sending': 'Connected · Sending…',
	'offline.status.offline':
		'{count, plural, =0 {Offline: nothing waiting to be sent} one {Offline: # change waiting to be sent} other {Offline: # changes waiting to be sent}}',
	'offline.status.reconnecting':
		'{count, plural, =0 {Reconnecting…} one {Reconnecting… (# change waiting to be sent)} other {Reconnecting… (# changes waiting to be sent)}}',
	'offline.status.connecting':
		'{count, plural, =0 {Connecting…} one {Connecting… (# change waiting to be sent)} other {Connecting… (# changes waiting to be sent)}}',

	'offline.notKept':
		'The server cannot be reached, and this board was not opened with this link on this device before. Try again when you are online.',

	'offline.notice.offline':
		'You are offline. You can keep working: your changes are sent when the connection returns.',
	'offline.notice.offlineKept':
		'You are offline. You can keep working: your changes are kept on this device and sent when the connection returns.',
	'offline.notice.offlineViewer':
		'You are offline. The board shows what it last received and updates when the connection returns.',
	'offline.notice.online':
		'{count, plural, =0 {Back online. The board is up to date.} one {Back online: # change sent. All changes saved.} other {Back online: # changes sent. All changes saved.}}',
} as const;
