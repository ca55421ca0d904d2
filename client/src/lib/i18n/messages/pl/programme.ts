/** Polish messages of a programme's public side (page, registration, invitations, a city's journey); spread into `pl` (see `./index.ts`). */
export const plProgramme = {
	'programme.title': 'Program',
	'programme.pageTitle': '{title} – Groundwork',
	'programme.pageTitleLoading': 'Program – Groundwork',
	'programme.loading': 'Wczytywanie programu…',
	'programme.loaded': 'Wczytano program „{title}”.',
	'programme.retry': 'Spróbuj ponownie',
	'programme.notFoundTitle': 'Nie znaleziono programu',
	'programme.organiser': 'Organizator: {organiser}',
	'programme.languages':
		'{count, plural, one {Język} few {Języki} many {Języki} other {Języki}}: {languages}',
	'programme.calendar': 'Dodaj cały program do kalendarza',
	'programme.newTab': ' (otwiera się w nowej karcie)',

	'programme.error.notFound': 'Ten program nie istnieje lub został usunięty.',
	'programme.error.offline':
		'Nie można połączyć się z serwerem. Proszę sprawdzić połączenie i spróbować ponownie.',
	'programme.error.other': 'Wystąpił błąd serwera. Proszę spróbować ponownie za chwilę.',

	'programme.seminars.title': 'Seminaria',
	'programme.seminars.stage': 'Seminaria – {stage}',
	'programme.seminars.none': 'Nie zaplanowano jeszcze żadnego seminarium.',
	'programme.seminar.held': 'Odbyło się',
	'programme.seminar.ongoing': 'Trwa teraz',
	'programme.seminar.when': 'Termin',
	'programme.seminar.whenInZone': '{when} (strefa czasowa {zone})',
	'programme.seminar.yourTime': 'Twój czas lokalny: {when} ({zone})',
	'programme.seminar.duration': 'Czas trwania',
	'programme.seminar.format': 'Forma',
	'programme.seminar.online': 'Online',
	'programme.seminar.onSite': 'Stacjonarnie',
	'programme.seminar.agenda': 'Agenda',
	'programme.seminar.materials': 'Materiały',
	'programme.seminar.fileSize': '({size})',
	'programme.seminar.calendar': 'Dodaj do kalendarza',
	'programme.seminar.calendarFor': 'Dodaj do kalendarza: {title}',

	'programme.register.title': 'Zgłoś swoje miasto',
	'programme.register.intro':
		'Tutaj można przekazać koordynatorom, że Twoje miasto chce wziąć udział w programie. Koordynatorzy przeglądają zgłoszenia i kontaktują się z przyjętymi miastami.',
	'programme.register.closed': 'Rejestracja do tego programu jest zamknięta.',
	'programme.register.requiredNote':
		'Wszystkie pola są wymagane oprócz pytania o to, czego Twoje miasto chciałoby się nauczyć.',
	'programme.register.cityLegend': 'Twoje miasto',
	'programme.register.contactLegend': 'Osoba do kontaktu',
	'programme.register.populationChoose': 'Wybierz wielkość swojego miasta',
	'programme.register.contactName': 'Imię i nazwisko',
	'programme.register.email': 'Adres e-mail',
	'programme.register.role': 'Funkcja w mieście',
	'programme.register.hopes': 'Czego Twoje miasto chciałoby się nauczyć?',
	'programme.register.hopesHint':
		'Opcjonalnie: kilka zdań pomoże koordynatorom zaplanować program.',
	'programme.register.trap': 'Proszę pozostawić to pole puste',
	'programme.register.consent':
		'Wyrażam zgodę na kontakt ze strony koordynatorów tego programu ({organiser}) w jego sprawie.',
	'programme.register.privacy':
		'Zbieramy nazwę Twojego miasta, Twoje imię i nazwisko, adres e-mail i funkcję oraz wszystko, co wpiszesz w tym formularzu. Dane widzą tylko koordynatorzy programu i wykorzystują je wyłącznie do jego organizacji. Aby otrzymać kopię swoich danych lub zażądać ich usunięcia, należy napisać do: {organiser}.',
	'programme.register.submit': 'Wyślij zgłoszenie',
	'programme.register.sendingButton': 'Wysyłanie…',
	'programme.register.sending': 'Wysyłanie zgłoszenia…',
	'programme.register.problem': 'Wystąpił problem',
	'programme.register.error.cityRequired': 'Proszę podać nazwę miasta.',
	'programme.register.error.countryRequired': 'Proszę podać kraj.',
	'programme.register.error.population': 'Proszę wybrać wielkość miasta.',
	'programme.register.error.contactNameRequired': 'Proszę podać imię i nazwisko osoby do kontaktu.',
	'programme.register.error.emailRequired': 'Proszę podać adres e-mail.',
	'programme.register.error.email': 'Proszę podać adres e-mail w formacie nazwa@example.org.',
	'programme.register.error.roleRequired': 'Proszę podać funkcję osoby do kontaktu w mieście.',
	'programme.register.error.consent':
		'Proszę wyrazić zgodę na kontakt: bez niej koordynatorzy nie mogą odpowiedzieć.',
	'programme.register.error.tooLong':
		'Ten tekst jest dłuższy, niż pozwala formularz. Proszę go skrócić.',
	'programme.register.error.invalid': 'Proszę sprawdzić to pole.',
	'programme.register.error.refused':
		'Zgłoszenie nie zostało przyjęte. Proszę sprawdzić formularz i wysłać go ponownie.',
	'programme.register.error.closed':
		'Rejestracja do tego programu została właśnie zamknięta. Zgłoszenie nie zostało wysłane.',
	'programme.register.error.rateLimited':
		'Z Twojego połączenia wysłano zbyt wiele zgłoszeń. Proszę odczekać dziesięć minut i spróbować ponownie.',

	'programme.registered.pageTitle': 'Otrzymano zgłoszenie – Groundwork',
	'programme.registered.title': 'Dziękujemy za zgłoszenie',
	'programme.registered.receivedFor':
		'Otrzymaliśmy zgłoszenie Twojego miasta do programu „{title}”.',
	'programme.registered.received': 'Otrzymaliśmy zgłoszenie Twojego miasta.',
	'programme.registered.nextTitle': 'Co dalej',
	'programme.registered.next':
		'Koordynatorzy programu przeglądają zgłoszenia. Jeśli Twoje miasto zostanie przyjęte, osoba do kontaktu otrzyma e-mail z linkami z zaproszeniem dla miasta: jednym do własnej tablicy mapy drogowej miasta i po jednym do każdego seminarium.',
	'programme.registered.meanwhile':
		'W międzyczasie na stronie programu można przejrzeć jego seminaria i dodać je do kalendarza.',
	'programme.registered.back': 'Powrót do programu',

	'programme.enter.pageTitle': 'Otwieranie tablicy – Groundwork',
	'programme.enter.title': 'Twoje zaproszenie',
	'programme.enter.opening': 'Otwieranie Twojej tablicy…',
	'programme.enter.toProgramme': 'Przejdź do strony programu',
	'programme.enter.error.invalid': 'Ten link z zaproszeniem jest nieprawidłowy.',
	'programme.enter.error.expired':
		'Ten link z zaproszeniem wygasł: nowy link można uzyskać od koordynatora programu.',
	'programme.enter.error.revoked':
		'Ten link został zastąpiony lub wycofany: aktualny link można uzyskać od koordynatora programu.',

	'programme.journey.title': 'Ścieżka Twojego miasta',
	'programme.journey.intro':
		'Udział miasta {city} w programie: seminaria, w których uczestniczyło, i postępy w realizacji jego mapy drogowej.',
	'programme.journey.loadError': 'Nie udało się teraz wczytać ścieżki Twojego miasta.',
	'programme.journey.caption':
		'Udział w seminariach i postępy w realizacji mapy drogowej poszczególnych miast',
	'programme.journey.city': 'Miasto',
	'programme.journey.attended': 'Udział: {attended} z {held} odbytych',
	'programme.journey.noneHeld': 'Jeszcze żadne się nie odbyło',
	'programme.journey.actionsPlanned': 'Działania zaplanowane',
	'programme.journey.actionsInProgress': 'Działania w toku',
	'programme.journey.actionsCompleted': 'Działania zakończone',
	'programme.journey.gapsOpen': 'Luki otwarte',
	'programme.journey.gapsResolved': 'Luki rozwiązane',
	'programme.journey.reached': 'Osiągnięty etap',
	'programme.journey.notStarted': 'Jeszcze nie rozpoczęto',
	'programme.journey.activity': 'Aktywność na tablicy',
	'programme.journey.activityChanged':
		'{cards, plural, one {# karta} few {# karty} many {# kart} other {# karty}}, ostatnia zmiana {when}',
	'programme.journey.activityUntouched':
		'{cards, plural, one {# karta} few {# karty} many {# kart} other {# karty}}, jeszcze bez edycji',
	'programme.journey.board': 'Tablica',
	'programme.journey.openBoard': 'Otwórz tablicę',
	'programme.journey.openBoardOf': 'Otwórz tablicę miasta {city}',
	'programme.journey.together':
		'Razem: {count, plural, one {# miasto} few {# miasta} many {# miast} other {# miasta}}',
	'programme.journey.togetherTitle': 'Co kohorta osiągnęła wspólnie',
	'programme.journey.togetherSummary':
		'Łącznie w {cities, plural, one {# mieście} few {# miastach} many {# miastach} other {# miasta}} programu: {completed, plural, one {# działanie zakończone} few {# działania zakończone} many {# działań zakończonych} other {# działania zakończonego}}, {inProgress, plural, one {# działanie w toku} few {# działania w toku} many {# działań w toku} other {# działania w toku}} i {resolved, plural, one {# luka rozwiązana} few {# luki rozwiązane} many {# luk rozwiązanych} other {# luki rozwiązanej}}.',

	'programme.home.cities': 'Programy Twojego miasta',
	'programme.home.citiesHint':
		'Programy, do których Twoje miasto dołączyło w tej przeglądarce przez link z zaproszenia: każdy otwiera się ze ścieżką Twojego miasta.',
	'programme.home.cityEntry': '{title} ({city})',
} as const;
