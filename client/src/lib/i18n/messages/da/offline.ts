/** Danish messages of the offline screens (see `../en.offline.ts`). */
export const daOffline = {
	'offline.status.connected': 'Forbundet · Alle ændringer er gemt',
	'offline.status.sending': 'Forbundet · Sender…',
	'offline.status.offline':
		'{count, plural, =0 {Offline: intet venter på at blive sendt} one {Offline: # ændring venter på at blive sendt} other {Offline: # ændringer venter på at blive sendt}}',
	'offline.status.reconnecting':
		'{count, plural, =0 {Genopretter forbindelsen…} one {Genopretter forbindelsen… (# ændring venter på at blive sendt)} other {Genopretter forbindelsen… (# ændringer venter på at blive sendt)}}',
	'offline.status.connecting':
		'{count, plural, =0 {Forbinder…} one {Forbinder… (# ændring venter på at blive sendt)} other {Forbinder… (# ændringer venter på at blive sendt)}}',

	'offline.notKept':
		'Serveren kan ikke nås, og denne tavle er ikke tidligere blevet åbnet med dette link på denne enhed. Prøv igen, når du er online.',

	'offline.notice.offline':
		'Du er offline. Du kan arbejde videre: dine ændringer bliver sendt, når forbindelsen er tilbage.',
	'offline.notice.offlineKept':
		'Du er offline. Du kan arbejde videre: dine ændringer gemmes på denne enhed og sendes, når forbindelsen er tilbage.',
	'offline.notice.offlineViewer':
		'Du er offline. Tavlen viser det, den sidst har modtaget, og opdateres, når forbindelsen er tilbage.',
	'offline.notice.online':
		'{count, plural, =0 {Online igen. Tavlen er opdateret.} one {Online igen: # ændring sendt. Alle ændringer er gemt.} other {Online igen: # ændringer sendt. Alle ændringer er gemt.}}',
} as const;
