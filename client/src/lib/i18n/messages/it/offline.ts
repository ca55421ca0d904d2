/** Italian messages of the offline screens (see `../en.offline.ts`). */
export const itOffline = {
	'offline.status.connected': 'Connesso · Tutte le modifiche salvate',
	'offline.status.sending': 'Connesso · Invio in corso…',
	'offline.status.offline':
		'{count, plural, =0 {Offline: nessuna modifica in attesa di invio} one {Offline: # modifica in attesa di invio} other {Offline: # modifiche in attesa di invio}}',
	'offline.status.reconnecting':
		'{count, plural, =0 {Riconnessione…} one {Riconnessione… (# modifica in attesa di invio)} other {Riconnessione… (# modifiche in attesa di invio)}}',
	'offline.status.connecting':
		'{count, plural, =0 {Connessione…} one {Connessione… (# modifica in attesa di invio)} other {Connessione… (# modifiche in attesa di invio)}}',

	'offline.notKept':
		'Il server non è raggiungibile e questa lavagna non è mai stata aperta con questo link su questo dispositivo. Riprovare quando la connessione sarà disponibile.',

	'offline.notice.offline':
		'Connessione assente. È possibile continuare a lavorare: le modifiche verranno inviate al ritorno della connessione.',
	'offline.notice.offlineKept':
		'Connessione assente. È possibile continuare a lavorare: le modifiche vengono conservate su questo dispositivo e inviate al ritorno della connessione.',
	'offline.notice.offlineViewer':
		'Connessione assente. La lavagna mostra gli ultimi dati ricevuti e si aggiornerà al ritorno della connessione.',
	'offline.notice.online':
		'{count, plural, =0 {Di nuovo online. La lavagna è aggiornata.} one {Di nuovo online: # modifica inviata. Tutte le modifiche sono salvate.} other {Di nuovo online: # modifiche inviate. Tutte le modifiche sono salvate.}}',
} as const;
