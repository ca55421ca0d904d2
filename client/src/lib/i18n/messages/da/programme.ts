/**
 * Danish messages of a programme's public side: its page with the seminars, the registration
 * form and its confirmation, invitation links and a city's journey (see `../en.programme.ts`).
 */
export const daProgramme = {
	'programme.title': 'Program',
	'programme.pageTitle': '{title} — Groundwork',
	'programme.pageTitleLoading': 'Program — Groundwork',
	'programme.loading': 'Indlæser programmet…',
	'programme.loaded': '»{title}« er indlæst.',
	'programme.retry': 'Prøv igen',
	'programme.notFoundTitle': 'Programmet blev ikke fundet',
	'programme.organiser': 'Arrangeret af {organiser}',
	'programme.languages': '{count, plural, one {Sprog} other {Sprog}}: {languages}',
	'programme.calendar': 'Føj hele programmet til din kalender',
	'programme.newTab': ' (åbner i en ny fane)',

	'programme.error.notFound': 'Dette program findes ikke eller er blevet fjernet.',
	'programme.error.offline': 'Serveren kunne ikke nås. Tjek din forbindelse, og prøv igen.',
	'programme.error.other': 'Noget gik galt på serveren. Prøv igen om et øjeblik.',

	'programme.seminars.title': 'Seminarer',
	'programme.seminars.stage': 'Seminarer: {stage}',
	'programme.seminars.none': 'Der er endnu ikke planlagt noget seminar.',
	'programme.seminar.held': 'Afholdt',
	'programme.seminar.ongoing': 'I gang nu',
	'programme.seminar.when': 'Hvornår',
	'programme.seminar.whenInZone': '{when} (tidszone: {zone})',
	'programme.seminar.yourTime': 'Din lokale tid: {when} ({zone})',
	'programme.seminar.duration': 'Varighed',
	'programme.seminar.format': 'Mødeform',
	'programme.seminar.online': 'Online',
	'programme.seminar.onSite': 'Fysisk fremmøde',
	'programme.seminar.agenda': 'Dagsorden',
	'programme.seminar.materials': 'Materialer',
	'programme.seminar.fileSize': '({size})',
	'programme.seminar.calendar': 'Føj til kalender',
	'programme.seminar.calendarFor': 'Føj til kalender: {title}',

	'programme.register.title': 'Tilmeld din by',
	'programme.register.intro':
		'Fortæl koordinatorerne, at din by gerne vil deltage. De gennemgår tilmeldingerne og skriver til de byer, de godkender.',
	'programme.register.closed': 'Tilmeldingen til dette program er lukket.',
	'programme.register.requiredNote':
		'Alle felter skal udfyldes, bortset fra det, din by håber at lære.',
	'programme.register.cityLegend': 'Din by',
	'programme.register.contactLegend': 'Kontaktperson',
	'programme.register.populationChoose': 'Vælg din bys størrelse',
	'programme.register.contactName': 'Navn',
	'programme.register.email': 'E-mailadresse',
	'programme.register.role': 'Rolle i byen',
	'programme.register.hopes': 'Hvad håber din by at lære?',
	'programme.register.hopesHint':
		'Valgfrit: et par sætninger hjælper koordinatorerne med planlægningen.',
	'programme.register.trap': 'Lad dette felt stå tomt',
	'programme.register.consent':
		'Jeg giver samtykke til, at programmets koordinatorer ({organiser}) kontakter mig om det.',
	'programme.register.privacy':
		'Vi indsamler din by, dit navn, din e-mailadresse og din rolle samt det, du skriver her. Kun programmets koordinatorer kan se det, og de bruger det kun til at organisere dette program. Skriv til {organiser} for at få en kopi af dine data eller få dem slettet.',
	'programme.register.submit': 'Tilmeld',
	'programme.register.sendingButton': 'Sender…',
	'programme.register.sending': 'Sender din tilmelding…',
	'programme.register.problem': 'Der er et problem',
	'programme.register.error.cityRequired': 'Angiv din bys navn.',
	'programme.register.error.countryRequired': 'Angiv dit land.',
	'programme.register.error.population': 'Vælg din bys størrelse.',
	'programme.register.error.contactNameRequired': 'Angiv kontaktpersonens navn.',
	'programme.register.error.emailRequired': 'Angiv en e-mailadresse.',
	'programme.register.error.email': 'Angiv en e-mailadresse på formen navn@example.org.',
	'programme.register.error.roleRequired': 'Angiv kontaktpersonens rolle i byen.',
	'programme.register.error.consent':
		'Giv samtykke til at blive kontaktet: koordinatorerne har brug for det for at kunne svare.',
	'programme.register.error.tooLong': 'Teksten er længere, end formularen tillader. Forkort den.',
	'programme.register.error.invalid': 'Tjek dette felt.',
	'programme.register.error.refused':
		'Tilmeldingen blev ikke accepteret. Tjek formularen, og send den igen.',
	'programme.register.error.closed':
		'Tilmeldingen til dette program er netop blevet lukket. Din tilmelding blev ikke sendt.',
	'programme.register.error.rateLimited':
		'Der er sendt for mange tilmeldinger fra din forbindelse. Vent ti minutter, og prøv igen.',

	'programme.registered.pageTitle': 'Tilmelding modtaget — Groundwork',
	'programme.registered.title': 'Tak for din tilmelding',
	'programme.registered.receivedFor': 'Din bys tilmelding til »{title}« er modtaget.',
	'programme.registered.received': 'Din bys tilmelding er modtaget.',
	'programme.registered.nextTitle': 'Hvad sker der nu?',
	'programme.registered.next':
		'Programmets koordinatorer gennemgår tilmeldingerne. Hvis din by bliver godkendt, sender de kontaktpersonen en e-mail med byens invitationslinks: ét til byens egen køreplanstavle og ét til hvert seminar.',
	'programme.registered.meanwhile':
		'I mellemtiden kan du se programmets seminarer på dets side og føje dem til din kalender.',
	'programme.registered.back': 'Tilbage til programmet',

	'programme.enter.pageTitle': 'Åbner din tavle — Groundwork',
	'programme.enter.title': 'Din invitation',
	'programme.enter.opening': 'Åbner din tavle…',
	'programme.enter.toProgramme': 'Gå til programmets side',
	'programme.enter.error.invalid': 'Dette invitationslink er ikke gyldigt.',
	'programme.enter.error.expired':
		'Dette invitationslink er udløbet: bed programmets koordinator om et nyt link.',
	'programme.enter.error.revoked':
		'Dette link er blevet udskiftet eller trukket tilbage: bed programmets koordinator om dit nuværende link.',

	'programme.journey.title': 'Din bys forløb',
	'programme.journey.intro':
		'Sådan går det for {city} i programmet: de seminarer, byen har deltaget i, og fremskridtet på dens køreplan.',
	'programme.journey.loadError': 'Din bys forløb kunne ikke indlæses lige nu.',
	'programme.journey.caption': 'Deltagelse i seminarer og fremskridt på køreplanen, by for by',
	'programme.journey.city': 'By',
	'programme.journey.attended': 'Deltog i {attended} af {held} afholdte',
	'programme.journey.noneHeld': 'Ingen afholdt endnu',
	'programme.journey.actionsPlanned': 'Planlagte tiltag',
	'programme.journey.actionsInProgress': 'Tiltag i gang',
	'programme.journey.actionsCompleted': 'Gennemførte tiltag',
	'programme.journey.gapsOpen': 'Åbne mangler',
	'programme.journey.gapsResolved': 'Løste mangler',
	'programme.journey.reached': 'Nået etape',
	'programme.journey.notStarted': 'Ikke startet',
	'programme.journey.activity': 'Aktivitet på tavlen',
	'programme.journey.activityChanged':
		'{cards, plural, one {# kort} other {# kort}}, sidst ændret {when}',
	'programme.journey.activityUntouched':
		'{cards, plural, one {# kort} other {# kort}}, endnu ikke redigeret',
	'programme.journey.board': 'Tavle',
	'programme.journey.openBoard': 'Åbn tavlen',
	'programme.journey.openBoardOf': 'Åbn tavlen for {city}',
	'programme.journey.together': 'Alle {count, plural, one {# by} other {# byer}} tilsammen',
	'programme.journey.togetherTitle': 'Hvad kohorten har opnået sammen',
	'programme.journey.togetherSummary':
		'På tværs af programmets {cities, plural, one {# by} other {# byer}}: {completed, plural, one {# tiltag} other {# tiltag}} gennemført, {inProgress, plural, one {# tiltag} other {# tiltag}} i gang og {resolved, plural, one {# mangel} other {# mangler}} løst.',

	'programme.home.cities': 'Din bys programmer',
	'programme.home.citiesHint':
		'Programmer, din by er kommet med i fra denne browser via sit invitationslink: hvert åbner med din bys forløb.',
	'programme.home.cityEntry': '{title} ({city})',
} as const;
