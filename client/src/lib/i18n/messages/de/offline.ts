/** German messages of the offline screens; spread into `de` (see `./index.ts`). */
export const deOffline = {
	'offline.status.connected': 'Verbunden · Alle Änderungen gespeichert',
	'offline.status.sending': 'Verbunden · Wird gesendet …',
	'offline.status.offline':
		'{count, plural, =0 {Offline: Nichts wartet auf das Senden} one {Offline: # Änderung wartet auf das Senden} other {Offline: # Änderungen warten auf das Senden}}',
	'offline.status.reconnecting':
		'{count, plural, =0 {Verbindung wird wiederhergestellt …} one {Verbindung wird wiederhergestellt … (# Änderung wartet auf das Senden)} other {Verbindung wird wiederhergestellt … (# Änderungen warten auf das Senden)}}',
	'offline.status.connecting':
		'{count, plural, =0 {Verbindung wird hergestellt …} one {Verbindung wird hergestellt … (# Änderung wartet auf das Senden)} other {Verbindung wird hergestellt … (# Änderungen warten auf das Senden)}}',

	'offline.notKept':
		'Der Server ist nicht erreichbar, und dieses Board wurde auf diesem Gerät noch nie mit diesem Link geöffnet. Versuchen Sie es erneut, wenn Sie online sind.',

	'offline.notice.offline':
		'Sie sind offline. Sie können weiterarbeiten: Ihre Änderungen werden gesendet, sobald die Verbindung wieder besteht.',
	'offline.notice.offlineKept':
		'Sie sind offline. Sie können weiterarbeiten: Ihre Änderungen bleiben auf diesem Gerät gespeichert und werden gesendet, sobald die Verbindung wieder besteht.',
	'offline.notice.offlineViewer':
		'Sie sind offline. Das Board zeigt den zuletzt empfangenen Stand und wird aktualisiert, sobald die Verbindung wieder besteht.',
	'offline.notice.online':
		'{count, plural, =0 {Wieder online. Das Board ist auf dem neuesten Stand.} one {Wieder online: # Änderung gesendet. Alle Änderungen gespeichert.} other {Wieder online: # Änderungen gesendet. Alle Änderungen gespeichert.}}',
} as const;
