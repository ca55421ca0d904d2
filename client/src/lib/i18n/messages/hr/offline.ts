/** Croatian messages of the offline screens; spread into `hr` (see `./index.ts`). */
export const hrOffline = {
	'offline.status.connected': 'Povezano · Sve promjene spremljene',
	'offline.status.sending': 'Povezano · Slanje…',
	'offline.status.offline':
		'{count, plural, =0 {Izvan mreže: ništa ne čeka slanje} one {Izvan mreže: # promjena čeka slanje} few {Izvan mreže: # promjene čekaju slanje} other {Izvan mreže: # promjena čeka slanje}}',
	'offline.status.reconnecting':
		'{count, plural, =0 {Ponovno povezivanje…} one {Ponovno povezivanje… (# promjena čeka slanje)} few {Ponovno povezivanje… (# promjene čekaju slanje)} other {Ponovno povezivanje… (# promjena čeka slanje)}}',
	'offline.status.connecting':
		'{count, plural, =0 {Povezivanje…} one {Povezivanje… (# promjena čeka slanje)} few {Povezivanje… (# promjene čekaju slanje)} other {Povezivanje… (# promjena čeka slanje)}}',

	'offline.notKept':
		'Poslužitelj nije dostupan, a ova ploča dosad nije otvorena ovom poveznicom na ovom uređaju. Pokušajte ponovno kad budete na mreži.',

	'offline.notice.offline':
		'Niste povezani s mrežom. Možete nastaviti raditi: vaše promjene bit će poslane kad se ponovno povežete.',
	'offline.notice.offlineKept':
		'Niste povezani s mrežom. Možete nastaviti raditi: vaše promjene čuvaju se na ovom uređaju i bit će poslane kad se ponovno povežete.',
	'offline.notice.offlineViewer':
		'Niste povezani s mrežom. Ploča prikazuje ono što je posljednje primila i ažurirat će se kad se ponovno povežete.',
	'offline.notice.online':
		'{count, plural, =0 {Ponovno ste na mreži. Ploča je ažurna.} one {Ponovno ste na mreži: poslana je # promjena. Sve promjene su spremljene.} few {Ponovno ste na mreži: poslane su # promjene. Sve promjene su spremljene.} other {Ponovno ste na mreži: poslano je # promjena. Sve promjene su spremljene.}}',
} as const;
