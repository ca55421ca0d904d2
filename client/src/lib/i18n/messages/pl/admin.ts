/** Polish messages of the admin screens; spread into `pl` (see `./index.ts`). */
export const plAdmin = {
	'admin.open': 'Ustawienia tablicy',
	'admin.title': 'Ustawienia tablicy',
	'admin.close': 'Zamknij ustawienia tablicy',
	'admin.intro': 'Te ustawienia widzą tylko moderatorzy. Zmiany obowiązują od razu dla wszystkich.',
	'admin.archivedBadge': 'Zarchiwizowana',

	'admin.nameHeading': 'Nazwa',
	'admin.nameLabel': 'Nazwa tablicy',
	'admin.rename': 'Zmień nazwę tablicy',
	'admin.nameRequired': 'Proszę nadać tablicy nazwę.',
	'admin.renamed': 'Tablica nazywa się teraz „{title}”.',

	'admin.archiveHeading': 'Archiwum',
	'admin.archivedNote':
		'Ta tablica jest zarchiwizowana: warsztat jest oznaczony jako zakończony. Nadal można ją otwierać i działa jak wcześniej.',
	'admin.activeNote':
		'Po zakończeniu warsztatu można zarchiwizować tablicę. Nadal będzie można ją otwierać i z niej korzystać, a archiwizację można cofnąć.',
	'admin.archive': 'Archiwizuj tablicę',
	'admin.unarchive': 'Przywróć tablicę z archiwum',
	'admin.archivedDone': 'Tablica została zarchiwizowana.',
	'admin.unarchivedDone': 'Tablica nie jest już zarchiwizowana.',

	'admin.linksHeading': 'Wymiana linków',
	'admin.linksIntro':
		'Jeśli link trafił do niewłaściwych osób, należy go wymienić. Stare linki natychmiast przestają działać, a osoby, które z nich korzystają, zostają rozłączone.',
	'admin.rotate':
		'{role, select, viewer {Wymień linki obserwatorów} participant {Wymień linki uczestników} other {Wymień wszystkie linki}}',
	'admin.rotateConfirm':
		'{role, select, viewer {Stare linki obserwatorów natychmiast przestaną działać, a wszystkie osoby obserwujące tablicę za ich pomocą zostaną rozłączone.} participant {Stare linki uczestników natychmiast przestaną działać, a wszystkie osoby edytujące tablicę za ich pomocą zostaną rozłączone.} other {Wszystkie stare linki, łącznie z Twoim, natychmiast przestaną działać, a wszyscy zostaną rozłączeni. Ta strona otworzy się ponownie z nowym linkiem.}}',
	'admin.rotateYes':
		'{role, select, viewer {Wymień teraz linki obserwatorów} participant {Wymień teraz linki uczestników} other {Wymień teraz wszystkie linki}}',
	'admin.cancel': 'Anuluj',
	'admin.rotated':
		'{role, select, viewer {Nowy link obserwatora jest gotowy: należy go wysłać osobom, które mają nadal obserwować tablicę.} participant {Nowy link uczestnika jest gotowy: należy go wysłać osobom, które mają nadal edytować tablicę.} other {Nowe linki są gotowe: każdy należy wysłać osobom, które mają zachować dostęp.}}',
	'admin.newLinks': 'Nowe linki',

	'admin.deleteHeading': 'Usuwanie',
	'admin.deleteIntro':
		'Usunięcie tablicy usuwa ją dla wszystkich wraz z kartami, lukami, sesją i historią. Tej operacji nie można cofnąć.',
	'admin.delete': 'Usuń tablicę…',
	'admin.deleteConfirm':
		'Usunąć tablicę „{title}” dla wszystkich? Wszystkie osoby na tablicy zostaną rozłączone. Tej operacji nie można cofnąć.',
	'admin.deleteYes': 'Usuń „{title}”',
	'admin.deleting': 'Usuwanie…',

	'admin.working': 'Trwa przetwarzanie…',
	'admin.error': 'To się nie udało: {message}',
	'admin.forbidden': 'Tylko moderatorzy mogą zmieniać tę tablicę.',
	'admin.revoked': 'Twój link został wymieniony. Proszę otworzyć tablicę nowym linkiem moderatora.',
	'admin.gone': 'Ta tablica już nie istnieje.',
} as const;
