/** Polish messages of a programme's coordinators (creating a programme, the manage page and its tabs); spread into `pl` (see `./index.ts`). */
export const plProgrammeAdmin = {
	// Start page
	'programmeAdmin.home.title': 'Programy',
	'programmeAdmin.home.run': 'Zorganizuj program',
	'programmeAdmin.home.runHint':
		'Cykl seminariów dla kilku miast: rejestracja, zaproszenia i ścieżka każdego miasta.',
	'programmeAdmin.home.yours': 'Twoje programy',
	'programmeAdmin.home.yoursHint': 'Programy koordynowane z tej przeglądarki.',
	'programmeAdmin.home.untitled': 'Program bez tytułu',

	// Errors
	'programmeAdmin.error.offline':
		'Nie można połączyć się z serwerem. Proszę sprawdzić połączenie i spróbować ponownie.',
	'programmeAdmin.error.linkReplaced':
		'Ten link koordynatora został wymieniony lub wygasł. Aktualny link można uzyskać od współkoordynatora.',
	'programmeAdmin.error.notFound':
		'Ten program lub element, którego dotyczyła operacja, już nie istnieje.',
	'programmeAdmin.error.tooLarge': 'Plik jest za duży.',
	'programmeAdmin.error.tooManyFiles':
		'To seminarium ma już maksymalną liczbę plików. Aby dodać kolejny, należy najpierw usunąć jeden z nich.',
	'programmeAdmin.error.rateLimited':
		'Zbyt wiele żądań z Twojego adresu. Proszę odczekać minutę i spróbować ponownie.',
	'programmeAdmin.error.invalid': 'Niektóre wartości zostały odrzucone: {message}',
	'programmeAdmin.error.other': 'Coś poszło nie tak: {message}',

	// Field errors
	'programmeAdmin.invalid.title': 'Proszę nadać programowi tytuł.',
	'programmeAdmin.invalid.organiser': 'Proszę podać organizatora programu.',
	'programmeAdmin.invalid.description': 'Opis jest za długi.',
	'programmeAdmin.invalid.languages': 'Proszę wybrać co najmniej jeden język.',
	'programmeAdmin.invalid.seminars':
		'Proszę sprawdzić seminaria: maksymalna liczba seminariów w programie to {max}.',
	'programmeAdmin.invalid.seminarTitle': 'Proszę nadać seminarium tytuł.',
	'programmeAdmin.invalid.date': 'Proszę podać datę seminarium.',
	'programmeAdmin.invalid.time': 'Proszę podać godzinę rozpoczęcia, na przykład 10:00.',
	'programmeAdmin.invalid.durationMinutes':
		'Proszę podać czas trwania w pełnych minutach, od {min} do {max}.',
	'programmeAdmin.invalid.timeZone': 'Proszę wybrać strefę czasową z listy.',
	'programmeAdmin.invalid.place': 'Seminarium stacjonarne wymaga miejsca: proszę podać adres.',
	'programmeAdmin.invalid.agenda': 'Agenda jest za długa.',
	'programmeAdmin.invalid.links':
		'Proszę sprawdzić linki do materiałów: maksymalna liczba linków to {max}.',
	'programmeAdmin.invalid.linkTitle': 'Proszę nadać linkowi tytuł.',
	'programmeAdmin.invalid.linkUrl':
		'Proszę wpisać adres internetowy zaczynający się od https:// lub http://.',
	'programmeAdmin.invalid.other': 'Proszę sprawdzić to pole.',
	'programmeAdmin.summary.title':
		'{count, plural, one {# problem do poprawienia} few {# problemy do poprawienia} many {# problemów do poprawienia} other {# problemu do poprawienia}}',
	'programmeAdmin.summary.other': 'Wystąpił problem: {message}',

	// The programme's fields
	'programmeAdmin.field.title': 'Tytuł programu',
	'programmeAdmin.field.titleHint': 'Na przykład „Akademia Miast Net Zero 2026”.',
	'programmeAdmin.field.organiser': 'Organizator',
	'programmeAdmin.field.organiserHint':
		'Kto prowadzi program – w takiej postaci zobaczą to miasta.',
	'programmeAdmin.field.description': 'Opis',
	'programmeAdmin.field.descriptionHint':
		'Co oferuje program i dla kogo jest przeznaczony. Wyświetlany na stronie publicznej. Opcjonalnie.',
	'programmeAdmin.field.languages': 'Języki programu',
	'programmeAdmin.field.languagesHint':
		'Języki, w których odbywają się seminaria. Co najmniej jeden.',
	'programmeAdmin.field.registrationOpen': 'Rejestracja jest otwarta',
	'programmeAdmin.field.registrationOpenHint':
		'Miasta mogą zgłaszać chęć udziału na stronie publicznej.',

	// One seminar's fields
	'programmeAdmin.seminar.title': 'Tytuł seminarium',
	'programmeAdmin.seminar.stage': 'Etap',
	'programmeAdmin.seminar.date': 'Data',
	'programmeAdmin.seminar.time': 'Godzina rozpoczęcia',
	'programmeAdmin.seminar.duration': 'Czas trwania w minutach',
	'programmeAdmin.seminar.durationHint': 'Czyli {time}.',
	'programmeAdmin.seminar.timeZone': 'Strefa czasowa',
	'programmeAdmin.seminar.timeZoneHint':
		'Data i godzina rozpoczęcia są podane w tej strefie. Miasta w innych strefach widzą też godzinę w swojej strefie.',
	'programmeAdmin.seminar.format': 'Forma',
	'programmeAdmin.seminar.online': 'Online',
	'programmeAdmin.seminar.onSite': 'Stacjonarnie',
	'programmeAdmin.seminar.placeOnSite': 'Miejsce',
	'programmeAdmin.seminar.placeOnSiteHint': 'Adres, pod którym odbywa się seminarium.',
	'programmeAdmin.seminar.placeOnline': 'Jak dołączyć',
	'programmeAdmin.seminar.placeOnlineHint':
		'Opcjonalnie: na przykład adres wideorozmowy lub informacja, że zostanie przesłany e-mailem.',
	'programmeAdmin.seminar.agenda': 'Agenda',
	'programmeAdmin.seminar.agendaHint': 'Opcjonalnie. Jeden punkt w wierszu.',
	'programmeAdmin.seminar.links': 'Linki do materiałów',
	'programmeAdmin.seminar.linksHint':
		'Strony internetowe lub dokumenty do przeczytania przed seminarium lub po nim. Maksymalna liczba linków: {max}.',
	'programmeAdmin.seminar.noLinks': 'Brak linków.',
	'programmeAdmin.seminar.linkTitle': 'Tytuł linku {n}',
	'programmeAdmin.seminar.linkUrl': 'Adres linku {n}',
	'programmeAdmin.seminar.addLink': 'Dodaj link',
	'programmeAdmin.seminar.removeLink': 'Usuń link {n}',
	'programmeAdmin.seminar.linkRemoved': 'Usunięto link {n}.',
	'programmeAdmin.seminar.template': 'Szablon tablicy',
	'programmeAdmin.seminar.templateFixed':
		'Tablica seminarium powstaje z tego szablonu w chwili dodania seminarium; później nie można go zmienić.',

	// Making a programme
	'programmeAdmin.new.pageTitle': 'Zorganizuj program – Groundwork',
	'programmeAdmin.new.title': 'Zorganizuj program',
	'programmeAdmin.new.intro':
		'Program to cykl seminariów obejmujący trzy etapy mapy drogowej. Miasta zgłaszają chęć udziału na jego stronie publicznej; Ty je przyjmujesz i wysyłasz każdemu z nich jego własne linki.',
	'programmeAdmin.new.detailsTitle': 'Program',
	'programmeAdmin.new.seminarsTitle': 'Seminaria',
	'programmeAdmin.new.seminarsIntro':
		'Na początek program ma po jednym seminarium na każdy etap: należy je uzupełnić, a w razie potrzeby dodać lub usunąć seminaria. Wszystko można później zmienić.',
	'programmeAdmin.new.noSeminars': 'Brak seminariów. Seminaria można też dodać później.',
	'programmeAdmin.new.seminarLegend': 'Seminarium {n}',
	'programmeAdmin.new.removeSeminar': 'Usuń seminarium {n}',
	'programmeAdmin.new.seminarRemoved': 'Usunięto seminarium {n}.',
	'programmeAdmin.new.addSeminar': 'Dodaj seminarium',
	'programmeAdmin.new.seminarAdded': 'Dodano seminarium {n}.',
	'programmeAdmin.new.maxSeminars': 'Maksymalna liczba seminariów w programie: {max}.',
	'programmeAdmin.new.codeNeeded': 'Aby utworzyć program, należy wpisać kod tworzenia.',
	'programmeAdmin.new.codeHint':
		'Ten serwer wymaga kodu do tworzenia programów i tablic. Kod można uzyskać od administratora serwera.',
	'programmeAdmin.new.rateLimited':
		'Z tej sieci utworzono przed chwilą zbyt wiele programów lub tablic. Proszę spróbować ponownie za kilka minut.',
	'programmeAdmin.new.submit': 'Utwórz program',
	'programmeAdmin.new.submitting': 'Tworzenie…',
	'programmeAdmin.new.error': 'Nie udało się utworzyć programu. {message}',

	// The manage page
	'programmeAdmin.manage.pageTitle': '{title} – Koordynacja – Groundwork',
	'programmeAdmin.manage.pageTitleNone': 'Koordynacja programu – Groundwork',
	'programmeAdmin.manage.kicker': 'Koordynacja programu',
	'programmeAdmin.manage.loading': 'Wczytywanie programu…',
	'programmeAdmin.manage.noToken':
		'Aby koordynować ten program, należy otworzyć link koordynatora otrzymany przy jego tworzeniu lub poprosić o niego współkoordynatora.',
	'programmeAdmin.manage.loadError': 'Nie udało się wczytać programu. {message}',
	'programmeAdmin.manage.retry': 'Spróbuj ponownie',
	'programmeAdmin.manage.forget': 'Usuń z listy w tej przeglądarce',
	'programmeAdmin.manage.forgotten': 'Usunięto z listy w tej przeglądarce.',
	'programmeAdmin.manage.publicPage': 'Strona publiczna',
	'programmeAdmin.manage.organiser': 'Organizator: {organiser}.',
	'programmeAdmin.manage.seminarCount':
		'{count, plural, one {# seminarium} few {# seminaria} many {# seminariów} other {# seminarium}}',
	'programmeAdmin.manage.acceptedCount':
		'{count, plural, one {# przyjęte miasto} few {# przyjęte miasta} many {# przyjętych miast} other {# przyjętego miasta}}',
	'programmeAdmin.manage.pendingCount':
		'{count, plural, one {# zgłoszenie do rozpatrzenia} few {# zgłoszenia do rozpatrzenia} many {# zgłoszeń do rozpatrzenia} other {# zgłoszenia do rozpatrzenia}}',
	'programmeAdmin.manage.tabs': 'Koordynacja programu',
	'programmeAdmin.tab.details': 'Program i seminaria',
	'programmeAdmin.tab.registrations': 'Zgłoszenia',
	'programmeAdmin.tab.invitations': 'Zaproszenia',
	'programmeAdmin.tab.journey': 'Ścieżka i obecność',

	// Details tab: the programme
	'programmeAdmin.details.title': 'Szczegóły programu',
	'programmeAdmin.details.save': 'Zapisz szczegóły',
	'programmeAdmin.details.saving': 'Zapisywanie…',
	'programmeAdmin.details.saved': 'Zapisano szczegóły programu.',
	'programmeAdmin.details.unsaved': 'Nie udało się zapisać szczegółów. {message}',
	'programmeAdmin.details.registration': 'Rejestracja',
	'programmeAdmin.details.open':
		'Rejestracja jest otwarta: miasta mogą zgłaszać chęć udziału na stronie publicznej.',
	'programmeAdmin.details.closed':
		'Rejestracja jest zamknięta: strona publiczna pokazuje program bez formularza.',
	'programmeAdmin.details.closeRegistration': 'Zamknij rejestrację',
	'programmeAdmin.details.openRegistration': 'Otwórz rejestrację',
	'programmeAdmin.details.registrationOpened': 'Rejestracja została otwarta.',
	'programmeAdmin.details.registrationClosed': 'Rejestracja została zamknięta.',

	// Details tab: links
	'programmeAdmin.links.title': 'Linki',
	'programmeAdmin.links.coordinator': 'Link koordynatora',
	'programmeAdmin.links.copyCoordinator': 'Kopiuj link koordynatora',
	'programmeAdmin.links.coordinatorHint':
		'Każda osoba z tym linkiem zarządza programem i widzi dane osobowe ze zgłoszeń. Należy go przekazywać wyłącznie współkoordynatorom.',
	'programmeAdmin.links.replace': 'Wymień link',
	'programmeAdmin.links.replaceConfirm':
		'Wymienić link koordynatora? Wszystkie wcześniejsze linki koordynatora, w tym już przekazane, natychmiast przestaną działać. Ta przeglądarka będzie dalej korzystać z nowego linku.',
	'programmeAdmin.links.replaceYes': 'Tak, wymień',
	'programmeAdmin.links.replaceNo': 'Nie, zachowaj',
	'programmeAdmin.links.replaced':
		'Link koordynatora został wymieniony. Nowy link należy przekazać współkoordynatorom.',
	'programmeAdmin.links.public': 'Strona publiczna do udostępnienia miastom',
	'programmeAdmin.links.copyPublic': 'Kopiuj link do strony publicznej',
	'programmeAdmin.links.calendar': 'Kalendarz całego programu (.ics)',
	'programmeAdmin.links.copyCalendar': 'Kopiuj link do kalendarza',
	'programmeAdmin.links.calendarHint':
		'Aplikacje kalendarza, które subskrybują ten link, uwzględniają zmiany w seminariach.',

	// Details tab: seminars
	'programmeAdmin.seminars.title':
		'{count, plural, =0 {Seminaria} one {Seminaria (#)} few {Seminaria (#)} many {Seminaria (#)} other {Seminaria (#)}}',
	'programmeAdmin.seminars.empty': 'Brak seminariów. Seminarium można dodać poniżej.',
	'programmeAdmin.seminars.when': '{when} ({zone})',
	'programmeAdmin.seminars.local': 'Twój czas lokalny: {when} ({zone})',
	'programmeAdmin.seminars.factStage': 'Etap',
	'programmeAdmin.seminars.factWhen': 'Data i godzina',
	'programmeAdmin.seminars.factLength': 'Czas trwania',
	'programmeAdmin.seminars.factFormat': 'Forma',
	'programmeAdmin.seminars.factPlace': 'Miejsce',
	'programmeAdmin.seminars.factJoin': 'Jak dołączyć',
	'programmeAdmin.seminars.factBoard': 'Tablica',
	'programmeAdmin.seminars.factAgenda': 'Agenda',
	'programmeAdmin.seminars.factLinks': 'Linki do materiałów',
	'programmeAdmin.seminars.none': 'Brak',
	'programmeAdmin.seminars.openBoard': 'Otwórz tablicę seminarium „{title}”',
	'programmeAdmin.seminars.edit': 'Edytuj „{title}”',
	'programmeAdmin.seminars.editTitle': 'Edycja: „{title}”',
	'programmeAdmin.seminars.save': 'Zapisz seminarium',
	'programmeAdmin.seminars.saving': 'Zapisywanie…',
	'programmeAdmin.seminars.cancel': 'Anuluj',
	'programmeAdmin.seminars.saved': 'Zapisano seminarium „{title}”.',
	'programmeAdmin.seminars.delete': 'Usuń „{title}”',
	'programmeAdmin.seminars.deleteConfirm':
		'Usunąć seminarium „{title}”? Zniknie ze strony publicznej i z kalendarza wraz z plikami materiałów.',
	'programmeAdmin.seminars.deleteYes': 'Tak, usuń',
	'programmeAdmin.seminars.deleteNo': 'Nie, zachowaj',
	'programmeAdmin.seminars.deleted': 'Usunięto seminarium „{title}”.',
	'programmeAdmin.seminars.archive': 'Zapisz teraz tablicę w historii',
	'programmeAdmin.seminars.archiving': 'Zapisywanie…',
	'programmeAdmin.seminars.archived': 'Tablicę seminarium „{title}” zapisano w jej historii.',
	'programmeAdmin.seminars.archivedOn': 'Zapisano w historii: {date}.',
	'programmeAdmin.seminars.archivePending': 'Trwa zapisywanie w historii…',
	'programmeAdmin.seminars.notArchived':
		'Jeszcze nie zapisano w historii: tablica zostanie zapisana automatycznie po zakończeniu seminarium.',
	'programmeAdmin.seminars.addTitle': 'Nowe seminarium',
	'programmeAdmin.seminars.add': 'Dodaj seminarium',
	'programmeAdmin.seminars.adding': 'Dodawanie…',
	'programmeAdmin.seminars.added': 'Dodano seminarium „{title}”.',
	'programmeAdmin.seminars.full': 'Ten program ma już maksymalną liczbę seminariów ({max}).',

	// Details tab: a seminar's files
	'programmeAdmin.files.title': 'Pliki z materiałami',
	'programmeAdmin.files.empty': 'Brak plików.',
	'programmeAdmin.files.delete': 'Usuń {name}',
	'programmeAdmin.files.deleteConfirm': 'Usunąć plik „{name}”?',
	'programmeAdmin.files.deleteYes': 'Tak, usuń',
	'programmeAdmin.files.deleteNo': 'Nie, zachowaj',
	'programmeAdmin.files.deleted': 'Usunięto plik „{name}”.',
	'programmeAdmin.files.choose': 'Dodaj plik do seminarium „{title}”',
	'programmeAdmin.files.limit':
		'Maksymalna liczba plików na seminarium: {max}, każdy o rozmiarze do {size}. Wszyscy mogą je pobrać ze strony publicznej.',
	'programmeAdmin.files.upload': 'Prześlij',
	'programmeAdmin.files.uploading': 'Przesyłanie…',
	'programmeAdmin.files.noFile': 'Najpierw należy wybrać plik.',
	'programmeAdmin.files.uploaded': 'Dodano plik „{name}”.',
	'programmeAdmin.files.tooLarge': 'Plik jest za duży: „{name}” przekracza {size}.',
	'programmeAdmin.files.tooMany':
		'To seminarium ma już maksymalną liczbę plików ({max}). Aby dodać kolejny, należy najpierw usunąć jeden z nich.',

	// Registrations tab
	'programmeAdmin.registrations.title': 'Zgłoszenia',
	'programmeAdmin.registrations.intro':
		'Miasta, które zgłosiły chęć udziału na stronie publicznej. Przyjęte miasto otrzymuje linki z zaproszeniem (zob. „Zaproszenia”). To są dane osobowe: na prośbę miasta należy je wyeksportować lub usunąć.',
	'programmeAdmin.registrations.empty':
		'Żadne miasto jeszcze się nie zgłosiło. Aby miasta mogły się zgłaszać, należy udostępnić im stronę publiczną.',
	'programmeAdmin.registrations.caption':
		'{count, plural, one {# zgłoszenie} few {# zgłoszenia} many {# zgłoszeń} other {# zgłoszenia}}, od najnowszych',
	'programmeAdmin.registrations.city': 'Miasto',
	'programmeAdmin.registrations.country': 'Kraj',
	'programmeAdmin.registrations.population': 'Wielkość miasta',
	'programmeAdmin.registrations.contact': 'Osoba do kontaktu',
	'programmeAdmin.registrations.email': 'E-mail',
	'programmeAdmin.registrations.role': 'Funkcja',
	'programmeAdmin.registrations.hopes': 'Oczekiwania',
	'programmeAdmin.registrations.received': 'Otrzymano',
	'programmeAdmin.registrations.status': 'Status',
	'programmeAdmin.registrations.actions': 'Operacje',
	'programmeAdmin.status.pending': 'Do rozpatrzenia',
	'programmeAdmin.status.accepted': 'Przyjęte',
	'programmeAdmin.status.declined': 'Odrzucone',
	'programmeAdmin.registrations.decidedOn': 'dnia {date}',
	'programmeAdmin.registrations.accept': 'Przyjmij: {city}',
	'programmeAdmin.registrations.decline': 'Odrzuć: {city}',
	'programmeAdmin.registrations.declineConfirm':
		'Odrzucić zgłoszenie miasta {city}? Jego linki z zaproszeniem przestaną działać, a miasto opuści kohortę programu; jego tablica pozostanie.',
	'programmeAdmin.registrations.declineYes': 'Tak, odrzuć',
	'programmeAdmin.registrations.declineNo': 'Anuluj',
	'programmeAdmin.registrations.accepted':
		'Przyjęto: {city}. Linki z zaproszeniem tego miasta są w zakładce „Zaproszenia”.',
	'programmeAdmin.registrations.declined': 'Odrzucono: {city}.',
	'programmeAdmin.registrations.export': 'Eksportuj dane: {city}',
	'programmeAdmin.registrations.exported': 'Pobrano dane: {city}.',
	'programmeAdmin.registrations.delete': 'Usuń: {city}',
	'programmeAdmin.registrations.deleteConfirm':
		'Usunąć zgłoszenie miasta {city}? Spowoduje to usunięcie jego danych osobowych (osoba do kontaktu, e-mail, funkcja, oczekiwania) i danych o obecności, a jego linki z zaproszeniem przestaną działać. Tablica miasta pozostanie. Tej operacji nie można cofnąć.',
	'programmeAdmin.registrations.deleteYes': 'Tak, usuń dane',
	'programmeAdmin.registrations.deleteNo': 'Nie, zachowaj',
	'programmeAdmin.registrations.deleted': 'Usunięto zgłoszenie miasta {city}.',
	'programmeAdmin.registrations.csv': 'Pobierz wszystkie (CSV)',
	'programmeAdmin.registrations.csvDone': 'Pobrano zgłoszenia.',

	// Invitations tab
	'programmeAdmin.invitations.title': 'Zaproszenia',
	'programmeAdmin.invitations.intro':
		'Każde przyjęte miasto ma link do własnej tablicy mapy drogowej i po jednym linku do każdego seminarium. Należy je wysłać osobie do kontaktu w mieście: każdy link działa tylko dla tego miasta.',
	'programmeAdmin.invitations.loading': 'Wczytywanie zaproszeń…',
	'programmeAdmin.invitations.loadError': 'Nie udało się wczytać zaproszeń. {message}',
	'programmeAdmin.invitations.empty':
		'Nie przyjęto jeszcze żadnego miasta. Zgłoszenia można przyjąć w zakładce „Zgłoszenia”.',
	'programmeAdmin.invitations.city': '{city}, {country}',
	'programmeAdmin.invitations.contact': 'Osoba do kontaktu: {name}',
	'programmeAdmin.invitations.expires': 'Linki są ważne do {date}.',
	'programmeAdmin.invitations.ownBoard': 'Własna tablica mapy drogowej',
	'programmeAdmin.invitations.copy': 'Kopiuj link „{label}” dla miasta {city}',
	'programmeAdmin.invitations.copyAll': 'Kopiuj wszystkie linki miasta {city}',
	'programmeAdmin.invitations.copiedAll': 'Skopiowano wszystkie linki miasta {city}.',
	'programmeAdmin.invitations.copyFailed':
		'Nie udało się skopiować linków. Proszę zaznaczyć poniższy tekst i skopiować go ręcznie.',
	'programmeAdmin.invitations.allLinks': 'Wszystkie linki miasta {city}',
	'programmeAdmin.invitations.textIntro': 'Linki do programu „{title}” ({city}):',
	'programmeAdmin.invitations.textLine': '{label}: {link}',
	'programmeAdmin.invitations.textExpires': 'Linki są ważne do {date}.',
	'programmeAdmin.invitations.textPage': 'Strona programu: {link}',
	'programmeAdmin.invitations.reissue': 'Wygeneruj nowe linki dla miasta {city}',
	'programmeAdmin.invitations.reissueConfirm':
		'Wygenerować nowe linki dla miasta {city}? Jego obecne linki natychmiast przestaną działać: należy wysłać mu nowe.',
	'programmeAdmin.invitations.reissueYes': 'Tak, wygeneruj nowe linki',
	'programmeAdmin.invitations.reissueNo': 'Anuluj',
	'programmeAdmin.invitations.reissued': 'Wygenerowano nowe linki dla miasta {city}.',
	'programmeAdmin.invitations.csv': 'Pobierz CSV do korespondencji seryjnej',
	'programmeAdmin.invitations.csvDone': 'Pobrano zaproszenia.',

	// Journey tab
	'programmeAdmin.journey.title': 'Ścieżka miast',
	'programmeAdmin.journey.loading': 'Wczytywanie ścieżki miast…',
	'programmeAdmin.journey.loadError': 'Nie udało się wczytać ścieżki miast. {message}',
	'programmeAdmin.journey.csv': 'Pobierz ścieżkę i obecność (CSV)',
	'programmeAdmin.journey.csvDone': 'Ścieżka została pobrana.',
	'programmeAdmin.attendance.title': 'Obecność',
	'programmeAdmin.attendance.intro':
		'Obecność miasta jest odnotowywana, gdy w trakcie seminarium otworzy ono swój link do seminarium. Tutaj można ją zaznaczyć lub odznaczyć ręcznie.',
	'programmeAdmin.attendance.empty': 'Nie przyjęto jeszcze żadnego miasta.',
	'programmeAdmin.attendance.noSeminars': 'Program nie ma jeszcze żadnego seminarium.',
	'programmeAdmin.attendance.caption': 'Obecność każdego przyjętego miasta na każdym seminarium',
	'programmeAdmin.attendance.city': 'Miasto',
	'programmeAdmin.attendance.label': '{city} – obecność na seminarium {title}',
	'programmeAdmin.attendance.marked': '{city} – obecność na seminarium {title}: zaznaczono.',
	'programmeAdmin.attendance.unmarked': '{city} – obecność na seminarium {title}: odznaczono.',
} as const;
