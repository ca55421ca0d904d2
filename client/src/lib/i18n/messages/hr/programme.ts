/** Croatian messages of a programme's public side (page, registration, invitations, a city's journey); spread into `hr` (see `./index.ts`). */
export const hrProgramme = {
	'programme.title': 'Program',
	'programme.pageTitle': '{title} — Groundwork',
	'programme.pageTitleLoading': 'Program — Groundwork',
	'programme.loading': 'Učitavanje programa…',
	'programme.loaded': 'Program „{title}“ je učitan.',
	'programme.retry': 'Pokušaj ponovno',
	'programme.notFoundTitle': 'Program nije pronađen',
	'programme.organiser': 'Organizator: {organiser}',
	'programme.languages': '{count, plural, one {Jezik} few {Jezici} other {Jezici}}: {languages}',
	'programme.calendar': 'Dodajte cijeli program u svoj kalendar',
	'programme.newTab': ' (otvara se u novoj kartici preglednika)',

	'programme.error.notFound': 'Ovaj program ne postoji ili je uklonjen.',
	'programme.error.offline':
		'Poslužitelj nije dostupan. Provjerite internetsku vezu i pokušajte ponovno.',
	'programme.error.other': 'Na poslužitelju je nešto pošlo po zlu. Pokušajte ponovno za trenutak.',

	'programme.seminars.title': 'Seminari',
	'programme.seminars.stage': 'Seminari: {stage}',
	'programme.seminars.none': 'Još nije planiran nijedan seminar.',
	'programme.seminar.held': 'Održan',
	'programme.seminar.ongoing': 'Upravo u tijeku',
	'programme.seminar.when': 'Termin',
	'programme.seminar.whenInZone': '{when} (vremenska zona {zone})',
	'programme.seminar.yourTime': 'Vaše vrijeme: {when} ({zone})',
	'programme.seminar.duration': 'Trajanje',
	'programme.seminar.format': 'Način održavanja',
	'programme.seminar.online': 'Online',
	'programme.seminar.onSite': 'Na licu mjesta',
	'programme.seminar.agenda': 'Dnevni red',
	'programme.seminar.materials': 'Materijali',
	'programme.seminar.fileSize': '({size})',
	'programme.seminar.calendar': 'Dodaj u kalendar',
	'programme.seminar.calendarFor': 'Dodaj u kalendar: {title}',

	'programme.register.title': 'Prijavite svoj grad',
	'programme.register.intro':
		'Javite koordinatorima da bi vaš grad želio sudjelovati. Oni pregledavaju prijave i javljaju se gradovima koje prihvate.',
	'programme.register.closed': 'Prijave za ovaj program su zatvorene.',
	'programme.register.requiredNote': 'Sva su polja obavezna, osim onoga što vaš grad želi naučiti.',
	'programme.register.cityLegend': 'Vaš grad',
	'programme.register.contactLegend': 'Osoba za kontakt',
	'programme.register.populationChoose': 'Odaberite veličinu svojeg grada',
	'programme.register.contactName': 'Ime i prezime',
	'programme.register.email': 'Adresa e-pošte',
	'programme.register.role': 'Uloga u gradu',
	'programme.register.hopes': 'Što vaš grad želi naučiti?',
	'programme.register.hopesHint':
		'Nije obavezno: nekoliko rečenica pomaže koordinatorima u planiranju.',
	'programme.register.trap': 'Ostavite ovo polje prazno',
	'programme.register.consent':
		'Slažem se da me koordinatori ovog programa ({organiser}) kontaktiraju u vezi s njim.',
	'programme.register.privacy':
		'Prikupljamo podatke o vašem gradu, vaše ime, adresu e-pošte i ulogu te ono što ovdje napišete. Vide ih samo koordinatori programa i upotrebljavaju ih isključivo za organizaciju ovog programa. Za kopiju svojih podataka ili njihovo brisanje obratite se organizatoru: {organiser}.',
	'programme.register.submit': 'Pošalji prijavu',
	'programme.register.sendingButton': 'Slanje…',
	'programme.register.sending': 'Slanje vaše prijave…',
	'programme.register.problem': 'Postoji problem',
	'programme.register.error.cityRequired': 'Unesite naziv svojeg grada.',
	'programme.register.error.countryRequired': 'Unesite svoju državu.',
	'programme.register.error.population': 'Odaberite veličinu svojeg grada.',
	'programme.register.error.contactNameRequired': 'Unesite ime osobe za kontakt.',
	'programme.register.error.emailRequired': 'Unesite adresu e-pošte.',
	'programme.register.error.email': 'Unesite adresu e-pošte u obliku ime@example.org.',
	'programme.register.error.roleRequired': 'Unesite ulogu osobe za kontakt u gradu.',
	'programme.register.error.consent':
		'Pristanite na to da vas se kontaktira: koordinatorima je to potrebno kako bi vam odgovorili.',
	'programme.register.error.tooLong': 'Ovo je dulje nego što obrazac dopušta. Skratite tekst.',
	'programme.register.error.invalid': 'Provjerite ovo polje.',
	'programme.register.error.refused':
		'Prijava nije prihvaćena. Provjerite obrazac i ponovno ga pošaljite.',
	'programme.register.error.closed':
		'Prijave za ovaj program upravo su zatvorene. Vaša prijava nije poslana.',
	'programme.register.error.rateLimited':
		'S vaše je veze poslano previše prijava. Pričekajte deset minuta i pokušajte ponovno.',

	'programme.registered.pageTitle': 'Prijava je primljena — Groundwork',
	'programme.registered.title': 'Hvala vam na prijavi',
	'programme.registered.receivedFor': 'Primljena je prijava vašeg grada za program „{title}“.',
	'programme.registered.received': 'Primljena je prijava vašeg grada.',
	'programme.registered.nextTitle': 'Što slijedi',
	'programme.registered.next':
		'Koordinatori programa pregledavaju prijave. Ako vaš grad bude prihvaćen, osobi za kontakt poslat će e-poruku s poveznicama pozivnice vašeg grada: jednom za vlastitu ploču plana puta vašeg grada i po jednom za svaki seminar.',
	'programme.registered.meanwhile':
		'U međuvremenu stranica programa prikazuje njegove seminare, a možete ih i dodati u svoj kalendar.',
	'programme.registered.back': 'Natrag na program',

	'programme.enter.pageTitle': 'Otvaranje vaše ploče — Groundwork',
	'programme.enter.title': 'Vaša pozivnica',
	'programme.enter.opening': 'Otvaranje vaše ploče…',
	'programme.enter.toProgramme': 'Idi na stranicu programa',
	'programme.enter.error.invalid': 'Ova poveznica pozivnice nije valjana.',
	'programme.enter.error.expired':
		'Ova je poveznica pozivnice istekla: zatražite novu od koordinatora programa.',
	'programme.enter.error.revoked':
		'Ova je poveznica zamijenjena ili povučena: zatražite trenutačnu poveznicu od koordinatora programa.',

	'programme.journey.title': 'Put vašeg grada kroz program',
	'programme.journey.intro':
		'Grad {city} u programu: seminari na kojima je sudjelovao i napredak njegova plana puta.',
	'programme.journey.loadError': 'Put vašeg grada kroz program trenutačno nije moguće učitati.',
	'programme.journey.caption': 'Sudjelovanje na seminarima i napredak plana puta, po gradovima',
	'programme.journey.city': 'Grad',
	'programme.journey.attended': 'Održano: {held}, sudjelovao: {attended}',
	'programme.journey.noneHeld': 'Još nijedan nije održan',
	'programme.journey.actionsPlanned': 'Planirane mjere',
	'programme.journey.actionsInProgress': 'Mjere u tijeku',
	'programme.journey.actionsCompleted': 'Dovršene mjere',
	'programme.journey.gapsOpen': 'Otvoreni nedostaci',
	'programme.journey.gapsResolved': 'Riješeni nedostaci',
	'programme.journey.reached': 'Dosegnuta etapa',
	'programme.journey.notStarted': 'Nije započeto',
	'programme.journey.activity': 'Aktivnost na ploči',
	'programme.journey.activityChanged':
		'{cards, plural, one {# kartica} few {# kartice} other {# kartica}}, posljednja promjena {when}',
	'programme.journey.activityUntouched':
		'{cards, plural, one {# kartica} few {# kartice} other {# kartica}}, još bez uređivanja',
	'programme.journey.board': 'Ploča',
	'programme.journey.openBoard': 'Otvori ploču',
	'programme.journey.openBoardOf': 'Otvori ploču grada {city}',
	'programme.journey.together':
		'Svi gradovi zajedno ({count, plural, one {# grad} few {# grada} other {# gradova}})',
	'programme.journey.togetherTitle': 'Što je kohorta postigla zajedno',
	'programme.journey.togetherSummary':
		'Gradovi programa ({cities, plural, one {# grad} few {# grada} other {# gradova}}) zajedno: {completed, plural, one {# dovršena mjera} few {# dovršene mjere} other {# dovršenih mjera}}, {inProgress, plural, one {# mjera u tijeku} few {# mjere u tijeku} other {# mjera u tijeku}} i {resolved, plural, one {# riješen nedostatak} few {# riješena nedostatka} other {# riješenih nedostataka}}.',

	'programme.home.cities': 'Programi vašega grada',
	'programme.home.citiesHint':
		'Programi kojima se vaš grad pridružio u ovom pregledniku putem poveznice iz pozivnice: svaki se otvara s putem vašega grada kroz program.',
	'programme.home.cityEntry': '{title} ({city})',
} as const;
