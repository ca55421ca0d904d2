/** Polish messages of the cohort on the board side (dialog, invitation, sharing, suggestions); spread into `pl` (see `./index.ts`). */
export const plCohortBoard = {
	'cohortBoard.open': 'Kohorta',
	'cohortBoard.title': 'Kohorta',
	'cohortBoard.close': 'Zamknij',
	'cohortBoard.intro':
		'Kohorta skupia tablice miast jednego programu: miasta korzystają ze wspólnej biblioteki dobrych praktyk i porównują swoje luki.',
	'cohortBoard.loading': 'Wczytywanie kohorty…',
	'cohortBoard.retry': 'Spróbuj ponownie',
	'cohortBoard.list': 'Kohorty tej tablicy',
	'cohortBoard.cityCount':
		'{count, plural, =0 {Brak miast} one {# miasto} few {# miasta} many {# miast} other {# miasta}}',
	'cohortBoard.asSeminar': 'Ta tablica uczestniczy jako tablica seminarium.',
	'cohortBoard.asCity': 'Ta tablica uczestniczy jako mapa drogowa miasta {city}.',
	'cohortBoard.openView': 'Otwórz widok kohorty',
	'cohortBoard.openViewOf': 'Otwórz widok kohorty „{title}”',
	'cohortBoard.notInCohort': 'Ta tablica nie należy jeszcze do żadnej kohorty.',
	'cohortBoard.askFacilitator': 'Moderator tej tablicy może dodać ją do kohorty.',

	'cohortBoard.create': 'Utwórz kohortę',
	'cohortBoard.createIntro':
		'Tutaj można założyć kohortę dla swojego programu z tą tablicą jako członkiem, a następnie zaprosić pozostałe tablice z widoku kohorty.',
	'cohortBoard.cohortTitle': 'Nazwa kohorty',
	'cohortBoard.titleRequired': 'Proszę nadać kohorcie nazwę.',
	'cohortBoard.createSubmit': 'Utwórz kohortę',
	'cohortBoard.creating': 'Tworzenie…',
	'cohortBoard.created':
		'Utworzono kohortę „{title}”. Pozostałe tablice można zaprosić z widoku kohorty.',

	'cohortBoard.join': 'Dołącz na podstawie zaproszenia',
	'cohortBoard.joinIntro': 'Link z zaproszeniem wysyłają koordynatorzy kohorty.',
	'cohortBoard.invitation': 'Link z zaproszeniem',
	'cohortBoard.invitationHint': 'Proszę wkleić cały link albo tylko kod następujący po „invite=”.',
	'cohortBoard.invitationRequired': 'Proszę wkleić link z zaproszeniem.',
	'cohortBoard.invitationInvalid':
		'To nie jest link z zaproszeniem. Proszę wkleić cały otrzymany link.',
	'cohortBoard.joinSubmit': 'Dołącz do kohorty',
	'cohortBoard.joining': 'Dołączanie…',
	'cohortBoard.joined': 'Ta tablica dołączyła do kohorty „{title}”.',

	'cohortBoard.memberKind': 'Ta tablica to',
	'cohortBoard.memberCity': 'Mapa drogowa miasta',
	'cohortBoard.memberSeminar': 'Tablica seminarium programu',
	'cohortBoard.seminarHint':
		'Moderatorzy tablic seminarium koordynują kohortę: zapraszają miasta i zatwierdzają elementy biblioteki.',
	'cohortBoard.city': 'Miasto',
	'cohortBoard.country': 'Kraj',
	'cohortBoard.population': 'Liczba mieszkańców',
	'cohortBoard.cityRequired': 'Proszę podać nazwę miasta.',
	'cohortBoard.population.under_20k': 'Poniżej 20 000 mieszkańców',
	'cohortBoard.population.20k_50k': 'Od 20 000 do 50 000 mieszkańców',
	'cohortBoard.population.50k_100k': 'Od 50 000 do 100 000 mieszkańców',
	'cohortBoard.population.100k_250k': 'Od 100 000 do 250 000 mieszkańców',

	'cohortBoard.invite.title': 'Dołączanie do kohorty',
	'cohortBoard.invite.loading': 'Odczytywanie zaproszenia…',
	'cohortBoard.invite.to': 'Otrzymano zaproszenie do dodania tablicy do kohorty „{title}”.',
	'cohortBoard.invite.cities': 'Miasta w kohorcie: {cities}.',
	'cohortBoard.invite.noCities': 'Żadne miasto jeszcze do niej nie dołączyło.',
	'cohortBoard.invite.expires': 'Zaproszenie jest ważne do {date}.',
	'cohortBoard.invite.board': 'Tablica do dodania',
	'cohortBoard.invite.boardHint': 'Tablice otwarte w tej przeglądarce za pomocą linku moderatora.',
	'cohortBoard.invite.noBoard':
		'Tylko moderatorzy tablicy mogą dodać ją do kohorty. Najpierw proszę otworzyć swoją tablicę w tej przeglądarce za pomocą linku moderatora, a następnie ponownie otworzyć to zaproszenie.',
	'cohortBoard.invite.joined': 'Tablica „{item}” należy teraz do kohorty „{title}”.',
	'cohortBoard.invite.openView': 'Otwórz widok kohorty',

	'cohortBoard.error.inviteExpired':
		'To zaproszenie wygasło. Nowy link można uzyskać od koordynatorów kohorty.',
	'cohortBoard.error.inviteRevoked':
		'To zaproszenie zostało zastąpione nowszym. Nowy link można uzyskać od koordynatorów kohorty.',
	'cohortBoard.error.inviteInvalid':
		'To zaproszenie jest nieważne. Proszę sprawdzić, czy wklejono cały link.',
	'cohortBoard.error.cohortFull': 'Ta kohorta jest pełna: nie można dodać kolejnej tablicy.',
	'cohortBoard.error.forbidden': 'Twoja rola na tej tablicy nie pozwala na tę operację.',
	'cohortBoard.error.notMember': 'Ta tablica nie należy (już) do tej kohorty.',
	'cohortBoard.error.notPromotable':
		'W bibliotece można udostępnić tylko kartę sukcesu lub rozwiązaną lukę.',
	'cohortBoard.error.linkRevoked':
		'Link, za pomocą którego otwarto tę tablicę, już nie działa. Nowy link można uzyskać od moderatora.',
	'cohortBoard.error.notFound': 'Żądany element już nie istnieje.',
	'cohortBoard.error.invalid': 'Niektóre wartości zostały odrzucone: {message}',
	'cohortBoard.error.offline':
		'Nie można połączyć się z serwerem. Proszę sprawdzić połączenie i spróbować ponownie.',
	'cohortBoard.error.other': 'Coś poszło nie tak: {message}',

	'cohortBoard.promote': 'Udostępnij w bibliotece',
	'cohortBoard.promote.title': 'Udostępnianie w bibliotece kohorty',
	'cohortBoard.promote.ofCard': 'Na podstawie karty sukcesu „{title}”',
	'cohortBoard.promote.ofGap': 'Na podstawie rozwiązanej luki „{title}”',
	'cohortBoard.promote.introCard':
		'Proszę uzupełnić informacje potrzebne innym miastom. Puste pola zostaną wypełnione danymi z karty.',
	'cohortBoard.promote.introGap':
		'Proszę uzupełnić informacje potrzebne innym miastom. Puste pola zostaną wypełnione danymi z luki i z działań, które ją rozwiązały.',
	'cohortBoard.field.title': 'Tytuł',
	'cohortBoard.field.summary': 'Podsumowanie',
	'cohortBoard.field.gapCategories': 'Rodzaje luk, na które odpowiada',
	'cohortBoard.field.costRange': 'Przedział kosztów',
	'cohortBoard.field.costRangeHint': 'Na przykład „40 000 € rocznie”.',
	'cohortBoard.field.fundingUsed': 'Wykorzystane finansowanie',
	'cohortBoard.field.timeframe': 'Ramy czasowe',
	'cohortBoard.field.contact': 'Kontakt',
	'cohortBoard.field.evidenceLevel': 'Dowody',
	'cohortBoard.field.difficulty': 'Trudność przeniesienia',
	'cohortBoard.field.lessons': 'Wnioski i pułapki',
	'cohortBoard.evidence.self_reported': 'Deklaracja własna',
	'cohortBoard.evidence.peer_reviewed': 'Ocena partnerska',
	'cohortBoard.evidence.evaluated': 'Niezależna ewaluacja',
	'cohortBoard.difficulty.low': 'Niska',
	'cohortBoard.difficulty.medium': 'Średnia',
	'cohortBoard.difficulty.high': 'Wysoka',
	'cohortBoard.promote.draft': 'Zapisz jako szkic',
	'cohortBoard.promote.submit': 'Zgłoś do zatwierdzenia',
	'cohortBoard.promote.sending': 'Wysyłanie…',
	'cohortBoard.promote.savedDraft':
		'Praktykę „{title}” zapisano w bibliotece jako szkic. Można ją uzupełnić i zgłosić z widoku kohorty.',
	'cohortBoard.promote.submitted':
		'Praktykę „{title}” zgłoszono: koordynatorzy kohorty sprawdzą ją, zanim zobaczą ją inne miasta.',
	'cohortBoard.promote.cancel': 'Anuluj',

	'cohortBoard.suggestions': 'Propozycje z kohorty',
	'cohortBoard.suggestions.loading': 'Wyszukiwanie propozycji…',
	'cohortBoard.suggestions.refresh': 'Odśwież propozycje',
	'cohortBoard.suggestions.noCategory':
		'Proszę przypisać luce kategorię: praktyki są proponowane według rodzaju luki, na którą odpowiadają.',
	'cohortBoard.suggestions.practices': 'Praktyki z biblioteki',
	'cohortBoard.suggestions.noPractices':
		'W bibliotece nie ma jeszcze zatwierdzonej praktyki odpowiadającej na ten rodzaj luki.',
	'cohortBoard.suggestions.found':
		'{count, plural, =0 {Nie znaleziono praktyk} one {Znaleziono # praktykę} few {Znaleziono # praktyki} many {Znaleziono # praktyk} other {Znaleziono # praktyki}}',
	'cohortBoard.suggestions.why': 'Dlaczego jest proponowana',
	'cohortBoard.origin': 'Pochodzenie: {city}',
	'cohortBoard.originCountry': 'Pochodzenie: {city}, {country}',
	'cohortBoard.reason.category': 'Odpowiada na luki z kategorii: {label}',
	'cohortBoard.reason.sector': 'Ten sam sektor: {label}',
	'cohortBoard.reason.stage': 'Ten sam etap: {label}',
	'cohortBoard.reason.implemented':
		'Wdrożona w {count, plural, one {# innym mieście} few {# innych miastach} many {# innych miastach} other {# innego miasta}}',
	'cohortBoard.reason.evidence': 'Dowody: {label}',
	'cohortBoard.copy': 'Kopiuj na moją tablicę',
	'cohortBoard.copying': 'Kopiowanie…',
	'cohortBoard.copied': 'Skopiowano na Twoją tablicę jako kartę działania.',
	'cohortBoard.copiedAnnounce':
		'Praktykę „{title}” skopiowano na Twoją tablicę jako kartę działania.',
	'cohortBoard.suggestions.peers': 'Miasta, które rozwiązały taką samą lukę',
	'cohortBoard.suggestions.noPeers':
		'Żadne inne miasto w kohorcie nie rozwiązało jeszcze podobnej luki.',
	'cohortBoard.peerGap': '{city}: „{gap}”',
	'cohortBoard.peerActions': 'Co zrobiło miasto',
	'cohortBoard.peerNoActions': 'Nie powiązano z nią żadnego działania.',

	'cohortBoard.copiedFrom': 'Skopiowano z biblioteki kohorty',
	'cohortBoard.replication': 'Jaki jest stan wdrożenia?',
	'cohortBoard.replicationHint': 'Pozostałe miasta widzą tę informację w bibliotece.',
	'cohortBoard.replication.considering': 'Rozważana',
	'cohortBoard.replication.adapting': 'W trakcie dostosowywania',
	'cohortBoard.replication.implemented': 'Wdrożona',
	'cohortBoard.replication.dropped': 'Porzucona',
} as const;
