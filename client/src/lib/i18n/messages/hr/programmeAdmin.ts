/** Croatian messages of a programme's coordinators (making a programme, the manage page and its tabs); spread into `hr` (see `./index.ts`). */
export const hrProgrammeAdmin = {
	// Start page
	'programmeAdmin.home.title': 'Programi',
	'programmeAdmin.home.run': 'Pokrenite program',
	'programmeAdmin.home.runHint':
		'Niz seminara za više gradova: prijave, pozivnice i put svakog grada kroz program.',
	'programmeAdmin.home.yours': 'Vaši programi',
	'programmeAdmin.home.yoursHint': 'Programi koje koordinirate iz ovog preglednika.',
	'programmeAdmin.home.untitled': 'Program bez naslova',

	// Errors
	'programmeAdmin.error.offline':
		'Poslužitelj nije dostupan. Provjerite internetsku vezu i pokušajte ponovno.',
	'programmeAdmin.error.linkReplaced':
		'Ova je poveznica za koordinatore zamijenjena ili je istekla. Zatražite trenutačnu poveznicu od drugog koordinatora.',
	'programmeAdmin.error.notFound': 'Ovaj program ili ono na čemu ste radili više ne postoji.',
	'programmeAdmin.error.tooLarge': 'Datoteka je prevelika.',
	'programmeAdmin.error.tooManyFiles':
		'Ovaj seminar već ima najveći dopušteni broj datoteka. Izbrišite jednu kako biste dodali drugu.',
	'programmeAdmin.error.rateLimited':
		'Previše zahtjeva s vaše adrese. Pričekajte minutu i pokušajte ponovno.',
	'programmeAdmin.error.invalid': 'Nešto nije prihvaćeno: {message}',
	'programmeAdmin.error.other': 'Nešto je pošlo po zlu: {message}',

	// Field errors
	'programmeAdmin.invalid.title': 'Unesite naslov programa.',
	'programmeAdmin.invalid.organiser': 'Navedite tko organizira program.',
	'programmeAdmin.invalid.description': 'Opis je predug.',
	'programmeAdmin.invalid.languages': 'Odaberite barem jedan jezik.',
	'programmeAdmin.invalid.seminars': 'Provjerite seminare: program ih može imati najviše {max}.',
	'programmeAdmin.invalid.seminarTitle': 'Unesite naslov seminara.',
	'programmeAdmin.invalid.date': 'Unesite datum seminara.',
	'programmeAdmin.invalid.time': 'Unesite vrijeme početka, na primjer 10:00.',
	'programmeAdmin.invalid.durationMinutes':
		'Unesite trajanje u cijelim minutama, od {min} do {max}.',
	'programmeAdmin.invalid.timeZone': 'Odaberite vremensku zonu s popisa.',
	'programmeAdmin.invalid.place':
		'Seminar na licu mjesta mora imati mjesto održavanja: unesite adresu.',
	'programmeAdmin.invalid.agenda': 'Dnevni red je predug.',
	'programmeAdmin.invalid.links': 'Provjerite poveznice na materijale: najviše {max}.',
	'programmeAdmin.invalid.linkTitle': 'Unesite naslov poveznice.',
	'programmeAdmin.invalid.linkUrl': 'Unesite web-adresu koja počinje s https:// ili http://.',
	'programmeAdmin.invalid.other': 'Provjerite ovo polje.',
	'programmeAdmin.summary.title':
		'{count, plural, one {Treba ispraviti # problem} few {Treba ispraviti # problema} other {Treba ispraviti # problema}}',
	'programmeAdmin.summary.other': 'Postoji problem: {message}',

	// The programme's fields
	'programmeAdmin.field.title': 'Naslov programa',
	'programmeAdmin.field.titleHint': 'Na primjer „Akademija Net Zero Cities 2026“.',
	'programmeAdmin.field.organiser': 'Organizator',
	'programmeAdmin.field.organiserHint': 'Tko vodi program, onako kako će ga vidjeti gradovi.',
	'programmeAdmin.field.description': 'Opis',
	'programmeAdmin.field.descriptionHint':
		'Što program nudi i kome je namijenjen. Prikazuje se na javnoj stranici. Nije obavezno.',
	'programmeAdmin.field.languages': 'Jezici programa',
	'programmeAdmin.field.languagesHint': 'Jezici na kojima se održavaju seminari. Barem jedan.',
	'programmeAdmin.field.registrationOpen': 'Prijave su otvorene',
	'programmeAdmin.field.registrationOpenHint': 'Gradovi mogu iskazati interes na javnoj stranici.',

	// One seminar's fields
	'programmeAdmin.seminar.title': 'Naslov seminara',
	'programmeAdmin.seminar.stage': 'Etapa',
	'programmeAdmin.seminar.date': 'Datum',
	'programmeAdmin.seminar.time': 'Vrijeme početka',
	'programmeAdmin.seminar.duration': 'Trajanje u minutama',
	'programmeAdmin.seminar.durationHint': 'To je {time}.',
	'programmeAdmin.seminar.timeZone': 'Vremenska zona',
	'programmeAdmin.seminar.timeZoneHint':
		'Datum i vrijeme početka odnose se na ovu zonu. Gradovi u drugim zonama vide vrijeme i u svojoj zoni.',
	'programmeAdmin.seminar.format': 'Način održavanja',
	'programmeAdmin.seminar.online': 'Online',
	'programmeAdmin.seminar.onSite': 'Na licu mjesta',
	'programmeAdmin.seminar.placeOnSite': 'Mjesto održavanja',
	'programmeAdmin.seminar.placeOnSiteHint': 'Adresa na kojoj se seminar održava.',
	'programmeAdmin.seminar.placeOnline': 'Kako se pridružiti',
	'programmeAdmin.seminar.placeOnlineHint':
		'Nije obavezno: na primjer adresa videopoziva ili napomena da će stići e-poštom.',
	'programmeAdmin.seminar.agenda': 'Dnevni red',
	'programmeAdmin.seminar.agendaHint': 'Nije obavezno. Jedna točka po retku.',
	'programmeAdmin.seminar.links': 'Poveznice na materijale',
	'programmeAdmin.seminar.linksHint':
		'Web-stranice ili dokumenti za čitanje prije ili nakon seminara. Najviše {max}.',
	'programmeAdmin.seminar.noLinks': 'Još nema poveznica.',
	'programmeAdmin.seminar.linkTitle': 'Naslov poveznice {n}',
	'programmeAdmin.seminar.linkUrl': 'Adresa poveznice {n}',
	'programmeAdmin.seminar.addLink': 'Dodaj poveznicu',
	'programmeAdmin.seminar.removeLink': 'Ukloni poveznicu {n}',
	'programmeAdmin.seminar.linkRemoved': 'Poveznica {n} je uklonjena.',
	'programmeAdmin.seminar.template': 'Predložak ploče',
	'programmeAdmin.seminar.templateFixed':
		'Ploča seminara izrađuje se iz ovog predloška kad se seminar doda; poslije se ne može promijeniti.',

	// Making a programme
	'programmeAdmin.new.pageTitle': 'Pokrenite program — Groundwork',
	'programmeAdmin.new.title': 'Pokrenite program',
	'programmeAdmin.new.intro':
		'Program je niz seminara kroz tri etape plana puta. Gradovi iskazuju interes na njegovoj javnoj stranici; vi ih prihvaćate i svakome šaljete njegove poveznice.',
	'programmeAdmin.new.detailsTitle': 'Program',
	'programmeAdmin.new.seminarsTitle': 'Seminari',
	'programmeAdmin.new.seminarsIntro':
		'Program počinje s po jednim seminarom za svaku etapu: ispunite ih te dodajte ili uklonite seminare. Sve možete promijeniti i poslije.',
	'programmeAdmin.new.noSeminars': 'Još nema seminara. Seminare možete dodati i poslije.',
	'programmeAdmin.new.seminarLegend': 'Seminar {n}',
	'programmeAdmin.new.removeSeminar': 'Ukloni seminar {n}',
	'programmeAdmin.new.seminarRemoved': 'Seminar {n} je uklonjen.',
	'programmeAdmin.new.addSeminar': 'Dodaj seminar',
	'programmeAdmin.new.seminarAdded': 'Seminar {n} je dodan.',
	'programmeAdmin.new.maxSeminars': 'Program može imati najviše {max} seminara.',
	'programmeAdmin.new.codeNeeded': 'Unesite kod za izradu kako biste izradili program.',
	'programmeAdmin.new.codeHint':
		'Ovaj poslužitelj traži kod za izradu programa i ploča. Zatražite kod od osobe koja upravlja poslužiteljem.',
	'programmeAdmin.new.rateLimited':
		'Iz vaše je mreže upravo izrađeno previše programa ili ploča. Pokušajte ponovno za nekoliko minuta.',
	'programmeAdmin.new.submit': 'Izradi program',
	'programmeAdmin.new.submitting': 'Izrada…',
	'programmeAdmin.new.error': 'Program nije moguće izraditi. {message}',

	// The manage page
	'programmeAdmin.manage.pageTitle': '{title} — Koordinacija — Groundwork',
	'programmeAdmin.manage.pageTitleNone': 'Koordinacija programa — Groundwork',
	'programmeAdmin.manage.kicker': 'Koordinacija programa',
	'programmeAdmin.manage.loading': 'Učitavanje programa…',
	'programmeAdmin.manage.noToken':
		'Za koordinaciju ovog programa otvorite poveznicu za koordinatore koju ste primili kad je program izrađen ili je zatražite od drugog koordinatora.',
	'programmeAdmin.manage.loadError': 'Program nije moguće učitati. {message}',
	'programmeAdmin.manage.retry': 'Pokušaj ponovno',
	'programmeAdmin.manage.forget': 'Ukloni ga s popisa u ovom pregledniku',
	'programmeAdmin.manage.forgotten': 'Uklonjeno s popisa u ovom pregledniku.',
	'programmeAdmin.manage.publicPage': 'Javna stranica',
	'programmeAdmin.manage.organiser': 'Organizator: {organiser}.',
	'programmeAdmin.manage.seminarCount':
		'{count, plural, one {# seminar} few {# seminara} other {# seminara}}',
	'programmeAdmin.manage.acceptedCount':
		'{count, plural, one {# prihvaćen grad} few {# prihvaćena grada} other {# prihvaćenih gradova}}',
	'programmeAdmin.manage.pendingCount':
		'{count, plural, one {# prijava čeka odluku} few {# prijave čekaju odluku} other {# prijava čeka odluku}}',
	'programmeAdmin.manage.tabs': 'Koordinacija programa',
	'programmeAdmin.tab.details': 'Program i seminari',
	'programmeAdmin.tab.registrations': 'Prijave',
	'programmeAdmin.tab.invitations': 'Pozivnice',
	'programmeAdmin.tab.journey': 'Put kroz program i prisutnost',

	// Details tab: the programme
	'programmeAdmin.details.title': 'Podaci o programu',
	'programmeAdmin.details.save': 'Spremi podatke',
	'programmeAdmin.details.saving': 'Spremanje…',
	'programmeAdmin.details.saved': 'Podaci o programu su spremljeni.',
	'programmeAdmin.details.unsaved': 'Podatke nije moguće spremiti. {message}',
	'programmeAdmin.details.registration': 'Prijave',
	'programmeAdmin.details.open':
		'Prijave su otvorene: gradovi mogu iskazati interes na javnoj stranici.',
	'programmeAdmin.details.closed':
		'Prijave su zatvorene: javna stranica prikazuje program bez obrasca.',
	'programmeAdmin.details.closeRegistration': 'Zatvori prijave',
	'programmeAdmin.details.openRegistration': 'Otvori prijave',
	'programmeAdmin.details.registrationOpened': 'Prijave su otvorene.',
	'programmeAdmin.details.registrationClosed': 'Prijave su zatvorene.',

	// Details tab: links
	'programmeAdmin.links.title': 'Poveznice',
	'programmeAdmin.links.coordinator': 'Poveznica za koordinatore',
	'programmeAdmin.links.copyCoordinator': 'Kopiraj poveznicu za koordinatore',
	'programmeAdmin.links.coordinatorHint':
		'Svatko s ovom poveznicom upravlja programom i vidi osobne podatke iz prijava. Dijelite je samo s drugim koordinatorima.',
	'programmeAdmin.links.replace': 'Zamijeni poveznicu',
	'programmeAdmin.links.replaceConfirm':
		'Zamijeniti poveznicu za koordinatore? Sve dosadašnje poveznice za koordinatore, uključujući one koje ste podijelili, odmah prestaju raditi. Ovaj preglednik nastavlja s novom poveznicom.',
	'programmeAdmin.links.replaceYes': 'Da, zamijeni je',
	'programmeAdmin.links.replaceNo': 'Ne, zadrži je',
	'programmeAdmin.links.replaced':
		'Poveznica za koordinatore je zamijenjena. Podijelite novu poveznicu s drugim koordinatorima.',
	'programmeAdmin.links.public': 'Javna stranica, za dijeljenje s gradovima',
	'programmeAdmin.links.copyPublic': 'Kopiraj poveznicu javne stranice',
	'programmeAdmin.links.calendar': 'Kalendar cijelog programa (.ics)',
	'programmeAdmin.links.copyCalendar': 'Kopiraj poveznicu kalendara',
	'programmeAdmin.links.calendarHint':
		'Kalendarske aplikacije koje se pretplate na ovu poveznicu prate promjene seminara.',

	// Details tab: seminars
	'programmeAdmin.seminars.title':
		'{count, plural, =0 {Seminari} one {Seminari (#)} few {Seminari (#)} other {Seminari (#)}}',
	'programmeAdmin.seminars.empty': 'Još nema seminara. Dodajte ga u nastavku.',
	'programmeAdmin.seminars.when': '{when} ({zone})',
	'programmeAdmin.seminars.local': 'Vaše vrijeme: {when} ({zone})',
	'programmeAdmin.seminars.factStage': 'Etapa',
	'programmeAdmin.seminars.factWhen': 'Datum i vrijeme',
	'programmeAdmin.seminars.factLength': 'Trajanje',
	'programmeAdmin.seminars.factFormat': 'Način održavanja',
	'programmeAdmin.seminars.factPlace': 'Mjesto održavanja',
	'programmeAdmin.seminars.factJoin': 'Kako se pridružiti',
	'programmeAdmin.seminars.factBoard': 'Ploča',
	'programmeAdmin.seminars.factAgenda': 'Dnevni red',
	'programmeAdmin.seminars.factLinks': 'Poveznice na materijale',
	'programmeAdmin.seminars.none': 'Nema',
	'programmeAdmin.seminars.openBoard': 'Otvori ploču seminara „{title}“',
	'programmeAdmin.seminars.edit': 'Uredi „{title}“',
	'programmeAdmin.seminars.editTitle': 'Uređivanje seminara „{title}“',
	'programmeAdmin.seminars.save': 'Spremi seminar',
	'programmeAdmin.seminars.saving': 'Spremanje…',
	'programmeAdmin.seminars.cancel': 'Odustani',
	'programmeAdmin.seminars.saved': 'Seminar „{title}“ je spremljen.',
	'programmeAdmin.seminars.delete': 'Izbriši „{title}“',
	'programmeAdmin.seminars.deleteConfirm':
		'Izbrisati seminar „{title}“? Uklanja se s javne stranice i iz kalendara, zajedno s datotekama materijala.',
	'programmeAdmin.seminars.deleteYes': 'Da, izbriši ga',
	'programmeAdmin.seminars.deleteNo': 'Ne, zadrži ga',
	'programmeAdmin.seminars.deleted': 'Seminar „{title}“ je izbrisan.',
	'programmeAdmin.seminars.archive': 'Spremi ploču u povijest sada',
	'programmeAdmin.seminars.archiving': 'Spremanje…',
	'programmeAdmin.seminars.archived': 'Ploča seminara „{title}“ spremljena je u njezinu povijest.',
	'programmeAdmin.seminars.archivedOn': 'Spremljeno u povijest {date}.',
	'programmeAdmin.seminars.archivePending': 'Spremanje u povijest…',
	'programmeAdmin.seminars.notArchived':
		'Još nije spremljeno u povijest: ploča se sprema sama kad seminar završi.',
	'programmeAdmin.seminars.addTitle': 'Dodajte seminar',
	'programmeAdmin.seminars.add': 'Dodaj seminar',
	'programmeAdmin.seminars.adding': 'Dodavanje…',
	'programmeAdmin.seminars.added': 'Seminar „{title}“ je dodan.',
	'programmeAdmin.seminars.full': 'Ovaj program ima najveći dopušteni broj seminara ({max}).',

	// Details tab: a seminar's files
	'programmeAdmin.files.title': 'Datoteke materijala',
	'programmeAdmin.files.empty': 'Još nema datoteka.',
	'programmeAdmin.files.delete': 'Izbriši {name}',
	'programmeAdmin.files.deleteConfirm': 'Izbrisati datoteku „{name}“?',
	'programmeAdmin.files.deleteYes': 'Da, izbriši je',
	'programmeAdmin.files.deleteNo': 'Ne, zadrži je',
	'programmeAdmin.files.deleted': 'Datoteka „{name}“ je izbrisana.',
	'programmeAdmin.files.choose': 'Dodajte datoteku seminaru „{title}“',
	'programmeAdmin.files.limit':
		'Najveći broj datoteka po seminaru: {max}; najveća veličina svake datoteke: {size}. Svi ih mogu preuzeti s javne stranice.',
	'programmeAdmin.files.upload': 'Prenesi',
	'programmeAdmin.files.uploading': 'Prijenos…',
	'programmeAdmin.files.noFile': 'Najprije odaberite datoteku.',
	'programmeAdmin.files.uploaded': 'Datoteka „{name}“ je dodana.',
	'programmeAdmin.files.tooLarge': 'Datoteka je prevelika: „{name}“ veća je od {size}.',
	'programmeAdmin.files.tooMany':
		'Ovaj seminar već ima najveći dopušteni broj datoteka ({max}). Izbrišite jednu kako biste dodali drugu.',

	// Registrations tab
	'programmeAdmin.registrations.title': 'Prijave',
	'programmeAdmin.registrations.intro':
		'Gradovi koji su iskazali interes na javnoj stranici. Prihvatite grad kako biste mu dali njegove poveznice pozivnice (vidi „Pozivnice“). Ovo su osobni podaci: izvezite ih ili izbrišite kad grad to zatraži.',
	'programmeAdmin.registrations.empty':
		'Još se nijedan grad nije prijavio. Podijelite javnu stranicu kako bi se gradovi mogli prijaviti.',
	'programmeAdmin.registrations.caption':
		'{count, plural, one {# prijava} few {# prijave} other {# prijava}}, najnovije prve',
	'programmeAdmin.registrations.city': 'Grad',
	'programmeAdmin.registrations.country': 'Država',
	'programmeAdmin.registrations.population': 'Veličina grada',
	'programmeAdmin.registrations.contact': 'Kontakt',
	'programmeAdmin.registrations.email': 'E-pošta',
	'programmeAdmin.registrations.role': 'Uloga',
	'programmeAdmin.registrations.hopes': 'Očekivanja',
	'programmeAdmin.registrations.received': 'Primljeno',
	'programmeAdmin.registrations.status': 'Status',
	'programmeAdmin.registrations.actions': 'Radnje',
	'programmeAdmin.status.pending': 'Čeka odluku',
	'programmeAdmin.status.accepted': 'Prihvaćena',
	'programmeAdmin.status.declined': 'Odbijena',
	'programmeAdmin.registrations.decidedOn': '{date}',
	'programmeAdmin.registrations.accept': 'Prihvati grad {city}',
	'programmeAdmin.registrations.decline': 'Odbij grad {city}',
	'programmeAdmin.registrations.declineConfirm':
		'Odbiti grad {city}? Njegove poveznice pozivnice prestaju raditi i napušta kohortu programa; njegova ploča ostaje.',
	'programmeAdmin.registrations.declineYes': 'Da, odbij',
	'programmeAdmin.registrations.declineNo': 'Odustani',
	'programmeAdmin.registrations.accepted':
		'Grad {city} je prihvaćen. Njegove poveznice pozivnice nalaze se na kartici „Pozivnice“.',
	'programmeAdmin.registrations.declined': 'Grad {city} je odbijen.',
	'programmeAdmin.registrations.export': 'Izvezi podatke grada {city}',
	'programmeAdmin.registrations.exported': 'Podaci grada {city} su preuzeti.',
	'programmeAdmin.registrations.delete': 'Izbriši prijavu grada {city}',
	'programmeAdmin.registrations.deleteConfirm':
		'Izbrisati prijavu grada {city}? Time se brišu njegovi osobni podaci (kontakt, e-pošta, uloga, očekivanja) i evidencija prisutnosti, a njegove poveznice pozivnice prestaju raditi. Ploča grada ostaje. To se ne može poništiti.',
	'programmeAdmin.registrations.deleteYes': 'Da, izbriši podatke',
	'programmeAdmin.registrations.deleteNo': 'Ne, zadrži ih',
	'programmeAdmin.registrations.deleted': 'Prijava grada {city} je izbrisana.',
	'programmeAdmin.registrations.csv': 'Preuzmi sve (CSV)',
	'programmeAdmin.registrations.csvDone': 'Prijave su preuzete.',

	// Invitations tab
	'programmeAdmin.invitations.title': 'Pozivnice',
	'programmeAdmin.invitations.intro':
		'Svaki prihvaćeni grad ima poveznicu na vlastitu ploču plana puta i po jednu za svaki seminar. Pošaljite ih osobi za kontakt grada: svaka poveznica vrijedi samo za taj grad.',
	'programmeAdmin.invitations.loading': 'Učitavanje pozivnica…',
	'programmeAdmin.invitations.loadError': 'Pozivnice nije moguće učitati. {message}',
	'programmeAdmin.invitations.empty':
		'Još nije prihvaćen nijedan grad. Prihvatite prijave na kartici „Prijave“.',
	'programmeAdmin.invitations.city': '{city}, {country}',
	'programmeAdmin.invitations.contact': 'Kontakt: {name}',
	'programmeAdmin.invitations.expires': 'Poveznice vrijede do {date}.',
	'programmeAdmin.invitations.ownBoard': 'Vlastita ploča plana puta',
	'programmeAdmin.invitations.copy': 'Kopiraj poveznicu „{label}“ za grad {city}',
	'programmeAdmin.invitations.copyAll': 'Kopiraj sve poveznice grada {city}',
	'programmeAdmin.invitations.copiedAll': 'Sve poveznice grada {city} su kopirane.',
	'programmeAdmin.invitations.copyFailed':
		'Poveznice nije moguće kopirati. Označite tekst u nastavku i kopirajte ga sami.',
	'programmeAdmin.invitations.allLinks': 'Sve poveznice grada {city}',
	'programmeAdmin.invitations.textIntro': 'Vaše poveznice za program „{title}“ ({city}):',
	'programmeAdmin.invitations.textLine': '{label}: {link}',
	'programmeAdmin.invitations.textExpires': 'Poveznice vrijede do {date}.',
	'programmeAdmin.invitations.textPage': 'Stranica programa: {link}',
	'programmeAdmin.invitations.reissue': 'Izdaj nove poveznice za grad {city}',
	'programmeAdmin.invitations.reissueConfirm':
		'Izdati nove poveznice za grad {city}? Njegove trenutačne poveznice odmah prestaju raditi: pošaljite mu nove.',
	'programmeAdmin.invitations.reissueYes': 'Da, izdaj nove poveznice',
	'programmeAdmin.invitations.reissueNo': 'Odustani',
	'programmeAdmin.invitations.reissued': 'Izdane su nove poveznice za grad {city}.',
	'programmeAdmin.invitations.csv': 'Preuzmi CSV za skupno slanje e-pošte',
	'programmeAdmin.invitations.csvDone': 'Pozivnice su preuzete.',

	// Journey tab
	'programmeAdmin.journey.title': 'Put gradova kroz program',
	'programmeAdmin.journey.loading': 'Učitavanje puta kroz program…',
	'programmeAdmin.journey.loadError': 'Put kroz program nije moguće učitati. {message}',
	'programmeAdmin.journey.csv': 'Preuzmi put kroz program i prisutnost (CSV)',
	'programmeAdmin.journey.csvDone': 'Put kroz program je preuzet.',
	'programmeAdmin.attendance.title': 'Prisutnost',
	'programmeAdmin.attendance.intro':
		'Prisutnost grada bilježi se kad tijekom seminara otvori svoju poveznicu za seminar. Ovdje je možete ručno označiti ili poništiti.',
	'programmeAdmin.attendance.empty': 'Još nije prihvaćen nijedan grad.',
	'programmeAdmin.attendance.noSeminars': 'Program još nema nijedan seminar.',
	'programmeAdmin.attendance.caption': 'Prisutnost svakog prihvaćenog grada na svakom seminaru',
	'programmeAdmin.attendance.city': 'Grad',
	'programmeAdmin.attendance.label': '{city}: prisutnost na seminaru {title}',
	'programmeAdmin.attendance.marked': '{city}: prisutnost na seminaru {title} je označena.',
	'programmeAdmin.attendance.unmarked':
		'{city}: prisutnost na seminaru {title} više nije označena.',
} as const;
