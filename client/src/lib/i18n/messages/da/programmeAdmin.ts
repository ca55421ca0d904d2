/**
 * Danish messages of a programme's coordinators: making a programme, the manage page and its
 * tabs, and the start page's links to them (see `../en.programmeAdmin.ts`).
 */
export const daProgrammeAdmin = {
	// Start page
	'programmeAdmin.home.title': 'Programmer',
	'programmeAdmin.home.run': 'Start et program',
	'programmeAdmin.home.runHint':
		'En række seminarer for flere byer: tilmelding, invitationer og hver bys forløb.',
	'programmeAdmin.home.yours': 'Dine programmer',
	'programmeAdmin.home.yoursHint': 'Programmer, du koordinerer fra denne browser.',
	'programmeAdmin.home.untitled': 'Program uden titel',

	// Errors
	'programmeAdmin.error.offline': 'Serveren kunne ikke nås. Tjek din forbindelse, og prøv igen.',
	'programmeAdmin.error.linkReplaced':
		'Dette koordinatorlink er blevet udskiftet eller er udløbet. Bed en medkoordinator om det nuværende link.',
	'programmeAdmin.error.notFound': 'Dette program, eller det, du ville ændre, findes ikke længere.',
	'programmeAdmin.error.tooLarge': 'Filen er for stor.',
	'programmeAdmin.error.tooManyFiles':
		'Dette seminar har allerede så mange filer, som det kan have. Slet en for at tilføje en ny.',
	'programmeAdmin.error.rateLimited':
		'For mange anmodninger fra din adresse. Vent et minut, og prøv igen.',
	'programmeAdmin.error.invalid': 'Noget blev afvist: {message}',
	'programmeAdmin.error.other': 'Noget gik galt: {message}',

	// Field errors
	'programmeAdmin.invalid.title': 'Giv programmet en titel.',
	'programmeAdmin.invalid.organiser': 'Angiv, hvem der arrangerer programmet.',
	'programmeAdmin.invalid.description': 'Beskrivelsen er for lang.',
	'programmeAdmin.invalid.languages': 'Vælg mindst ét sprog.',
	'programmeAdmin.invalid.seminars': 'Tjek seminarerne: et program har højst {max}.',
	'programmeAdmin.invalid.seminarTitle': 'Giv seminaret en titel.',
	'programmeAdmin.invalid.date': 'Indtast seminarets dato.',
	'programmeAdmin.invalid.time': 'Indtast starttidspunktet, for eksempel 10:00.',
	'programmeAdmin.invalid.durationMinutes':
		'Indtast en længde i hele minutter, fra {min} til {max}.',
	'programmeAdmin.invalid.timeZone': 'Vælg en tidszone på listen.',
	'programmeAdmin.invalid.place':
		'Et seminar med fysisk fremmøde skal have et sted: indtast adressen.',
	'programmeAdmin.invalid.agenda': 'Dagsordenen er for lang.',
	'programmeAdmin.invalid.links': 'Tjek materialelinkene: højst {max}.',
	'programmeAdmin.invalid.linkTitle': 'Giv linket en titel.',
	'programmeAdmin.invalid.linkUrl':
		'Indtast en webadresse, der starter med https:// eller http://.',
	'programmeAdmin.invalid.other': 'Tjek dette felt.',
	'programmeAdmin.summary.title':
		'{count, plural, one {Der er # problem, der skal rettes} other {Der er # problemer, der skal rettes}}',
	'programmeAdmin.summary.other': 'Der er et problem: {message}',

	// The programme's fields
	'programmeAdmin.field.title': 'Programmets titel',
	'programmeAdmin.field.titleHint': 'For eksempel »Net Zero Cities Academy 2026«.',
	'programmeAdmin.field.organiser': 'Arrangør',
	'programmeAdmin.field.organiserHint': 'Hvem der står bag programmet, sådan som byerne ser det.',
	'programmeAdmin.field.description': 'Beskrivelse',
	'programmeAdmin.field.descriptionHint':
		'Hvad programmet tilbyder, og for hvem. Vises på den offentlige side. Valgfrit.',
	'programmeAdmin.field.languages': 'Programmets sprog',
	'programmeAdmin.field.languagesHint': 'De sprog, seminarerne holdes på. Mindst ét.',
	'programmeAdmin.field.registrationOpen': 'Tilmeldingen er åben',
	'programmeAdmin.field.registrationOpenHint':
		'Byer kan melde deres interesse på den offentlige side.',

	// One seminar's fields
	'programmeAdmin.seminar.title': 'Seminarets titel',
	'programmeAdmin.seminar.stage': 'Etape',
	'programmeAdmin.seminar.date': 'Dato',
	'programmeAdmin.seminar.time': 'Starttidspunkt',
	'programmeAdmin.seminar.duration': 'Længde i minutter',
	'programmeAdmin.seminar.durationHint': 'Det svarer til {time}.',
	'programmeAdmin.seminar.timeZone': 'Tidszone',
	'programmeAdmin.seminar.timeZoneHint':
		'Dato og starttidspunkt gælder i denne tidszone. Byer andre steder ser også tidspunktet i deres egen tidszone.',
	'programmeAdmin.seminar.format': 'Mødeform',
	'programmeAdmin.seminar.online': 'Online',
	'programmeAdmin.seminar.onSite': 'Fysisk fremmøde',
	'programmeAdmin.seminar.placeOnSite': 'Sted',
	'programmeAdmin.seminar.placeOnSiteHint': 'Adressen, hvor seminaret holdes.',
	'programmeAdmin.seminar.placeOnline': 'Sådan deltager du',
	'programmeAdmin.seminar.placeOnlineHint':
		'Valgfrit: for eksempel adressen på videomødet eller en bemærkning om, at den kommer pr. e-mail.',
	'programmeAdmin.seminar.agenda': 'Dagsorden',
	'programmeAdmin.seminar.agendaHint': 'Valgfrit. Ét punkt pr. linje.',
	'programmeAdmin.seminar.links': 'Materialelinks',
	'programmeAdmin.seminar.linksHint':
		'Websider eller dokumenter, der skal læses før eller efter seminaret. Højst {max}.',
	'programmeAdmin.seminar.noLinks': 'Intet link endnu.',
	'programmeAdmin.seminar.linkTitle': 'Titel på link {n}',
	'programmeAdmin.seminar.linkUrl': 'Adresse på link {n}',
	'programmeAdmin.seminar.addLink': 'Tilføj et link',
	'programmeAdmin.seminar.removeLink': 'Fjern link {n}',
	'programmeAdmin.seminar.linkRemoved': 'Link {n} er fjernet.',
	'programmeAdmin.seminar.template': 'Tavleskabelon',
	'programmeAdmin.seminar.templateFixed':
		'Seminarets tavle oprettes ud fra denne skabelon, når seminaret tilføjes; den kan ikke ændres senere.',

	// Making a programme
	'programmeAdmin.new.pageTitle': 'Start et program — Groundwork',
	'programmeAdmin.new.title': 'Start et program',
	'programmeAdmin.new.intro':
		'Et program er en række seminarer langs køreplanens tre etaper. Byerne melder deres interesse på programmets offentlige side; du godkender dem og sender hver by dens egne links.',
	'programmeAdmin.new.detailsTitle': 'Programmet',
	'programmeAdmin.new.seminarsTitle': 'Seminarer',
	'programmeAdmin.new.seminarsIntro':
		'Programmet starter med ét seminar for hver etape: udfyld dem, og tilføj eller fjern seminarer. Du kan ændre alt senere.',
	'programmeAdmin.new.noSeminars': 'Intet seminar endnu. Du kan også tilføje seminarer senere.',
	'programmeAdmin.new.seminarLegend': 'Seminar {n}',
	'programmeAdmin.new.removeSeminar': 'Fjern seminar {n}',
	'programmeAdmin.new.seminarRemoved': 'Seminar {n} er fjernet.',
	'programmeAdmin.new.addSeminar': 'Tilføj et seminar',
	'programmeAdmin.new.seminarAdded': 'Seminar {n} er tilføjet.',
	'programmeAdmin.new.maxSeminars': 'Et program har højst {max} seminarer.',
	'programmeAdmin.new.codeNeeded': 'Indtast oprettelseskoden for at oprette et program.',
	'programmeAdmin.new.codeHint':
		'Denne server kræver en kode for at oprette programmer og tavler. Spørg den, der driver serveren, om koden.',
	'programmeAdmin.new.rateLimited':
		'Der er lige oprettet for mange programmer eller tavler fra dit netværk. Prøv igen om et par minutter.',
	'programmeAdmin.new.submit': 'Opret programmet',
	'programmeAdmin.new.submitting': 'Opretter…',
	'programmeAdmin.new.error': 'Programmet kunne ikke oprettes. {message}',

	// The manage page
	'programmeAdmin.manage.pageTitle': '{title} — Koordinering — Groundwork',
	'programmeAdmin.manage.pageTitleNone': 'Koordinér et program — Groundwork',
	'programmeAdmin.manage.kicker': 'Programkoordinering',
	'programmeAdmin.manage.loading': 'Indlæser programmet…',
	'programmeAdmin.manage.noToken':
		'For at koordinere dette program skal du åbne det koordinatorlink, du fik, da programmet blev oprettet, eller bede en medkoordinator om det.',
	'programmeAdmin.manage.loadError': 'Programmet kunne ikke indlæses. {message}',
	'programmeAdmin.manage.retry': 'Prøv igen',
	'programmeAdmin.manage.forget': 'Fjern det fra denne browsers liste',
	'programmeAdmin.manage.forgotten': 'Fjernet fra denne browsers liste.',
	'programmeAdmin.manage.publicPage': 'Offentlig side',
	'programmeAdmin.manage.organiser': 'Arrangeret af {organiser}.',
	'programmeAdmin.manage.seminarCount': '{count, plural, one {# seminar} other {# seminarer}}',
	'programmeAdmin.manage.acceptedCount':
		'{count, plural, one {# godkendt by} other {# godkendte byer}}',
	'programmeAdmin.manage.pendingCount':
		'{count, plural, one {# tilmelding at tage stilling til} other {# tilmeldinger at tage stilling til}}',
	'programmeAdmin.manage.tabs': 'Koordinering af programmet',
	'programmeAdmin.tab.details': 'Program og seminarer',
	'programmeAdmin.tab.registrations': 'Tilmeldinger',
	'programmeAdmin.tab.invitations': 'Invitationer',
	'programmeAdmin.tab.journey': 'Forløb og fremmøde',

	// Details tab: the programme
	'programmeAdmin.details.title': 'Oplysninger om programmet',
	'programmeAdmin.details.save': 'Gem oplysningerne',
	'programmeAdmin.details.saving': 'Gemmer…',
	'programmeAdmin.details.saved': 'Programmets oplysninger er gemt.',
	'programmeAdmin.details.unsaved': 'Oplysningerne kunne ikke gemmes. {message}',
	'programmeAdmin.details.registration': 'Tilmelding',
	'programmeAdmin.details.open':
		'Tilmeldingen er åben: byer kan melde deres interesse på den offentlige side.',
	'programmeAdmin.details.closed':
		'Tilmeldingen er lukket: den offentlige side viser programmet uden formularen.',
	'programmeAdmin.details.closeRegistration': 'Luk for tilmelding',
	'programmeAdmin.details.openRegistration': 'Åbn for tilmelding',
	'programmeAdmin.details.registrationOpened': 'Der er åbnet for tilmelding.',
	'programmeAdmin.details.registrationClosed': 'Der er lukket for tilmelding.',

	// Details tab: links
	'programmeAdmin.links.title': 'Links',
	'programmeAdmin.links.coordinator': 'Koordinatorlink',
	'programmeAdmin.links.copyCoordinator': 'Kopiér koordinatorlinket',
	'programmeAdmin.links.coordinatorHint':
		'Alle med dette link kan administrere programmet og se persondataene i tilmeldingerne. Del det kun med medkoordinatorer.',
	'programmeAdmin.links.replace': 'Udskift link',
	'programmeAdmin.links.replaceConfirm':
		'Udskift koordinatorlinket? Alle tidligere koordinatorlinks, også dem, du har delt, holder straks op med at virke. Denne browser fortsætter med det nye link.',
	'programmeAdmin.links.replaceYes': 'Ja, udskift det',
	'programmeAdmin.links.replaceNo': 'Nej, behold det',
	'programmeAdmin.links.replaced':
		'Koordinatorlinket er udskiftet. Del det nye link med dine medkoordinatorer.',
	'programmeAdmin.links.public': 'Offentlig side, til deling med byerne',
	'programmeAdmin.links.copyPublic': 'Kopiér linket til den offentlige side',
	'programmeAdmin.links.calendar': 'Kalender for hele programmet (.ics)',
	'programmeAdmin.links.copyCalendar': 'Kopiér kalenderlinket',
	'programmeAdmin.links.calendarHint':
		'Kalenderapps, der abonnerer på dette link, følger med, når seminarerne ændres.',

	// Details tab: seminars
	'programmeAdmin.seminars.title':
		'{count, plural, =0 {Seminarer} one {Seminarer (#)} other {Seminarer (#)}}',
	'programmeAdmin.seminars.empty': 'Intet seminar endnu. Tilføj et nedenfor.',
	'programmeAdmin.seminars.when': '{when} ({zone})',
	'programmeAdmin.seminars.local': 'Din lokale tid: {when} ({zone})',
	'programmeAdmin.seminars.factStage': 'Etape',
	'programmeAdmin.seminars.factWhen': 'Dato og tidspunkt',
	'programmeAdmin.seminars.factLength': 'Længde',
	'programmeAdmin.seminars.factFormat': 'Mødeform',
	'programmeAdmin.seminars.factPlace': 'Sted',
	'programmeAdmin.seminars.factJoin': 'Sådan deltager du',
	'programmeAdmin.seminars.factBoard': 'Tavle',
	'programmeAdmin.seminars.factAgenda': 'Dagsorden',
	'programmeAdmin.seminars.factLinks': 'Materialelinks',
	'programmeAdmin.seminars.none': 'Ingen',
	'programmeAdmin.seminars.openBoard': 'Åbn tavlen for »{title}«',
	'programmeAdmin.seminars.edit': 'Redigér »{title}«',
	'programmeAdmin.seminars.editTitle': 'Redigér »{title}«',
	'programmeAdmin.seminars.save': 'Gem seminaret',
	'programmeAdmin.seminars.saving': 'Gemmer…',
	'programmeAdmin.seminars.cancel': 'Annuller',
	'programmeAdmin.seminars.saved': 'Seminaret »{title}« er gemt.',
	'programmeAdmin.seminars.delete': 'Slet »{title}«',
	'programmeAdmin.seminars.deleteConfirm':
		'Slet seminaret »{title}«? Det forsvinder fra den offentlige side og kalenderen sammen med dets materialefiler.',
	'programmeAdmin.seminars.deleteYes': 'Ja, slet det',
	'programmeAdmin.seminars.deleteNo': 'Nej, behold det',
	'programmeAdmin.seminars.deleted': 'Seminaret »{title}« er slettet.',
	'programmeAdmin.seminars.archive': 'Gem tavlen i historikken nu',
	'programmeAdmin.seminars.archiving': 'Gemmer…',
	'programmeAdmin.seminars.archived': 'Tavlen for »{title}« er gemt i dens historik.',
	'programmeAdmin.seminars.archivedOn': 'Gemt i historikken den {date}.',
	'programmeAdmin.seminars.archivePending': 'Gemmes i historikken…',
	'programmeAdmin.seminars.notArchived':
		'Endnu ikke gemt i historikken: tavlen gemmes automatisk, når seminaret slutter.',
	'programmeAdmin.seminars.addTitle': 'Tilføj et seminar',
	'programmeAdmin.seminars.add': 'Tilføj seminaret',
	'programmeAdmin.seminars.adding': 'Tilføjer…',
	'programmeAdmin.seminars.added': 'Seminaret »{title}« er tilføjet.',
	'programmeAdmin.seminars.full':
		'Dette program har allerede det største antal seminarer, det kan have ({max}).',

	// Details tab: a seminar's files
	'programmeAdmin.files.title': 'Materialefiler',
	'programmeAdmin.files.empty': 'Ingen fil endnu.',
	'programmeAdmin.files.delete': 'Slet {name}',
	'programmeAdmin.files.deleteConfirm': 'Slet filen »{name}«?',
	'programmeAdmin.files.deleteYes': 'Ja, slet den',
	'programmeAdmin.files.deleteNo': 'Nej, behold den',
	'programmeAdmin.files.deleted': 'Filen »{name}« er slettet.',
	'programmeAdmin.files.choose': 'Tilføj en fil til »{title}«',
	'programmeAdmin.files.limit':
		'Højst {max} filer pr. seminar, hver på højst {size}. Alle kan downloade dem fra den offentlige side.',
	'programmeAdmin.files.upload': 'Upload',
	'programmeAdmin.files.uploading': 'Uploader…',
	'programmeAdmin.files.noFile': 'Vælg først en fil.',
	'programmeAdmin.files.uploaded': 'Filen »{name}« er tilføjet.',
	'programmeAdmin.files.tooLarge': 'Filen er for stor: »{name}« er større end {size}.',
	'programmeAdmin.files.tooMany':
		'Dette seminar har allerede {max} filer. Slet en for at tilføje en ny.',

	// Registrations tab
	'programmeAdmin.registrations.title': 'Tilmeldinger',
	'programmeAdmin.registrations.intro':
		'De byer, der har meldt deres interesse på den offentlige side. Godkend en by for at give den dens invitationslinks (se »Invitationer«). Dette er persondata: eksportér eller slet dem, når en by beder om det.',
	'programmeAdmin.registrations.empty':
		'Ingen by har tilmeldt sig endnu. Del den offentlige side, så byerne kan tilmelde sig.',
	'programmeAdmin.registrations.caption':
		'{count, plural, one {# tilmelding} other {# tilmeldinger}}, nyeste først',
	'programmeAdmin.registrations.city': 'By',
	'programmeAdmin.registrations.country': 'Land',
	'programmeAdmin.registrations.population': 'Bystørrelse',
	'programmeAdmin.registrations.contact': 'Kontaktperson',
	'programmeAdmin.registrations.email': 'E-mail',
	'programmeAdmin.registrations.role': 'Rolle',
	'programmeAdmin.registrations.hopes': 'Ønsker',
	'programmeAdmin.registrations.received': 'Modtaget',
	'programmeAdmin.registrations.status': 'Status',
	'programmeAdmin.registrations.actions': 'Handlinger',
	'programmeAdmin.status.pending': 'Afventer beslutning',
	'programmeAdmin.status.accepted': 'Godkendt',
	'programmeAdmin.status.declined': 'Afvist',
	'programmeAdmin.registrations.decidedOn': 'den {date}',
	'programmeAdmin.registrations.accept': 'Godkend {city}',
	'programmeAdmin.registrations.decline': 'Afvis {city}',
	'programmeAdmin.registrations.declineConfirm':
		'Afvis {city}? Byens invitationslinks holder op med at virke, og byen forlader programmets kohorte; dens tavle bevares.',
	'programmeAdmin.registrations.declineYes': 'Ja, afvis',
	'programmeAdmin.registrations.declineNo': 'Annuller',
	'programmeAdmin.registrations.accepted':
		'{city} er godkendt. Byens invitationslinks findes under fanen »Invitationer«.',
	'programmeAdmin.registrations.declined': '{city} er afvist.',
	'programmeAdmin.registrations.export': 'Eksportér data for {city}',
	'programmeAdmin.registrations.exported': 'Dataene for {city} er downloadet.',
	'programmeAdmin.registrations.delete': 'Slet {city}',
	'programmeAdmin.registrations.deleteConfirm':
		'Slet tilmeldingen fra {city}? Det sletter byens persondata (kontaktperson, e-mail, rolle, ønsker) og dens fremmøde, og dens invitationslinks holder op med at virke. Byens tavle bevares. Det kan ikke fortrydes.',
	'programmeAdmin.registrations.deleteYes': 'Ja, slet dataene',
	'programmeAdmin.registrations.deleteNo': 'Nej, behold den',
	'programmeAdmin.registrations.deleted': 'Tilmeldingen fra {city} er slettet.',
	'programmeAdmin.registrations.csv': 'Download alle (CSV)',
	'programmeAdmin.registrations.csvDone': 'Tilmeldingerne er downloadet.',

	// Invitations tab
	'programmeAdmin.invitations.title': 'Invitationer',
	'programmeAdmin.invitations.intro':
		'Hver godkendt by har et link til sin egen køreplanstavle og ét til hvert seminar. Send dem til byens kontaktperson: hvert link virker kun for den by.',
	'programmeAdmin.invitations.loading': 'Indlæser invitationerne…',
	'programmeAdmin.invitations.loadError': 'Invitationerne kunne ikke indlæses. {message}',
	'programmeAdmin.invitations.empty':
		'Ingen by er godkendt endnu. Godkend tilmeldinger under fanen »Tilmeldinger«.',
	'programmeAdmin.invitations.city': '{city}, {country}',
	'programmeAdmin.invitations.contact': 'Kontaktperson: {name}',
	'programmeAdmin.invitations.expires': 'Linkene virker indtil {date}.',
	'programmeAdmin.invitations.ownBoard': 'Egen køreplanstavle',
	'programmeAdmin.invitations.copy': 'Kopiér linket »{label}« til {city}',
	'programmeAdmin.invitations.copyAll': 'Kopiér alle links til {city}',
	'programmeAdmin.invitations.copiedAll': 'Alle links til {city} er kopieret.',
	'programmeAdmin.invitations.copyFailed':
		'Linkene kunne ikke kopieres. Markér teksten nedenfor, og kopiér den selv.',
	'programmeAdmin.invitations.allLinks': 'Alle links til {city}',
	'programmeAdmin.invitations.textIntro': 'Dine links til »{title}« ({city}):',
	'programmeAdmin.invitations.textLine': '{label}: {link}',
	'programmeAdmin.invitations.textExpires': 'Linkene virker indtil {date}.',
	'programmeAdmin.invitations.textPage': 'Programmets side: {link}',
	'programmeAdmin.invitations.reissue': 'Udsted nye links til {city}',
	'programmeAdmin.invitations.reissueConfirm':
		'Udsted nye links til {city}? Byens nuværende links holder straks op med at virke: send byen de nye.',
	'programmeAdmin.invitations.reissueYes': 'Udsted nye links',
	'programmeAdmin.invitations.reissueNo': 'Annuller',
	'programmeAdmin.invitations.reissued': 'Der er udstedt nye links til {city}.',
	'programmeAdmin.invitations.csv': 'Download CSV til brevfletning',
	'programmeAdmin.invitations.csvDone': 'Invitationerne er downloadet.',

	// Journey tab
	'programmeAdmin.journey.title': 'Byernes forløb',
	'programmeAdmin.journey.loading': 'Indlæser forløbet…',
	'programmeAdmin.journey.loadError': 'Forløbet kunne ikke indlæses. {message}',
	'programmeAdmin.journey.csv': 'Hent forløb og fremmøde (CSV)',
	'programmeAdmin.journey.csvDone': 'Forløbet er hentet.',
	'programmeAdmin.attendance.title': 'Fremmøde',
	'programmeAdmin.attendance.intro':
		'En bys fremmøde registreres, når den åbner sit seminarlink under seminaret. Sæt eller fjern fluebenet manuelt her.',
	'programmeAdmin.attendance.empty': 'Ingen by er godkendt endnu.',
	'programmeAdmin.attendance.noSeminars': 'Programmet har endnu intet seminar.',
	'programmeAdmin.attendance.caption': 'Hver godkendt bys fremmøde ved hvert seminar',
	'programmeAdmin.attendance.city': 'By',
	'programmeAdmin.attendance.label': '{city} deltog i {title}',
	'programmeAdmin.attendance.marked': '{city} deltog i {title}: markeret.',
	'programmeAdmin.attendance.unmarked': '{city} deltog i {title}: markering fjernet.',
} as const;
