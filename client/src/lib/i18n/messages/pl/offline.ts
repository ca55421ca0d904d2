/** Polish messages of the offline screens; spread into `pl` (see `./index.ts`). */
export const plOffline = {
	'offline.status.connected': 'Połączono · Wszystkie zmiany zapisane',
	'offline.status.sending': 'Połączono · Wysyłanie…',
	'offline.status.offline':
		'{count, plural, =0 {Offline: nic nie czeka na wysłanie} one {Offline: # zmiana czeka na wysłanie} few {Offline: # zmiany czekają na wysłanie} many {Offline: # zmian czeka na wysłanie} other {Offline: # zmiany czeka na wysłanie}}',
	'offline.status.reconnecting':
		'{count, plural, =0 {Ponowne łączenie…} one {Ponowne łączenie… (# zmiana czeka na wysłanie)} few {Ponowne łączenie… (# zmiany czekają na wysłanie)} many {Ponowne łączenie… (# zmian czeka na wysłanie)} other {Ponowne łączenie… (# zmiany czeka na wysłanie)}}',
	'offline.status.connecting':
		'{count, plural, =0 {Łączenie…} one {Łączenie… (# zmiana czeka na wysłanie)} few {Łączenie… (# zmiany czekają na wysłanie)} many {Łączenie… (# zmian czeka na wysłanie)} other {Łączenie… (# zmiany czeka na wysłanie)}}',

	'offline.notKept':
		'Nie można połączyć się z serwerem, a ta tablica nie była wcześniej otwierana tym linkiem na tym urządzeniu. Proszę spróbować ponownie po odzyskaniu połączenia.',

	'offline.notice.offline':
		'Brak połączenia. Można dalej pracować: zmiany zostaną wysłane po przywróceniu połączenia.',
	'offline.notice.offlineKept':
		'Brak połączenia. Można dalej pracować: zmiany są przechowywane na tym urządzeniu i zostaną wysłane po przywróceniu połączenia.',
	'offline.notice.offlineViewer':
		'Brak połączenia. Tablica pokazuje ostatnio otrzymany stan i zaktualizuje się po przywróceniu połączenia.',
	'offline.notice.online':
		'{count, plural, =0 {Połączenie przywrócone. Tablica jest aktualna.} one {Połączenie przywrócone: wysłano # zmianę. Wszystkie zmiany zapisane.} few {Połączenie przywrócone: wysłano # zmiany. Wszystkie zmiany zapisane.} many {Połączenie przywrócone: wysłano # zmian. Wszystkie zmiany zapisane.} other {Połączenie przywrócone: wysłano # zmiany. Wszystkie zmiany zapisane.}}',
} as const;
