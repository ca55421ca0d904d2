/** Italian messages of a programme’s public side (see `../en.programme.ts`). */
export const itProgramme = {
	'programme.title': 'Programma',
	'programme.pageTitle': '{title} — Groundwork',
	'programme.pageTitleLoading': 'Programma — Groundwork',
	'programme.loading': 'Caricamento del programma…',
	'programme.loaded': '«{title}» è stato caricato.',
	'programme.retry': 'Riprova',
	'programme.notFoundTitle': 'Programma non trovato',
	'programme.organiser': 'Organizzato da {organiser}',
	'programme.languages': '{count, plural, one {Lingua} other {Lingue}}: {languages}',
	'programme.calendar': 'Aggiungi l’intero programma al calendario',
	'programme.newTab': ' (si apre in una nuova scheda del browser)',

	'programme.error.notFound': 'Questo programma non esiste o è stato rimosso.',
	'programme.error.offline':
		'Impossibile raggiungere il server. Verificare la connessione e riprovare.',
	'programme.error.other': 'Si è verificato un errore sul server. Riprovare tra un momento.',

	'programme.seminars.title': 'Seminari',
	'programme.seminars.stage': 'Seminari – {stage}',
	'programme.seminars.none': 'Nessun seminario è ancora in programma.',
	'programme.seminar.held': 'Svolto',
	'programme.seminar.ongoing': 'In corso',
	'programme.seminar.when': 'Quando',
	'programme.seminar.whenInZone': '{when} (fuso orario {zone})',
	'programme.seminar.yourTime': 'Ora locale: {when} ({zone})',
	'programme.seminar.duration': 'Durata',
	'programme.seminar.format': 'Modalità',
	'programme.seminar.online': 'Online',
	'programme.seminar.onSite': 'In presenza',
	'programme.seminar.agenda': 'Agenda',
	'programme.seminar.materials': 'Materiali',
	'programme.seminar.fileSize': '({size})',
	'programme.seminar.calendar': 'Aggiungi al calendario',
	'programme.seminar.calendarFor': 'Aggiungi al calendario: {title}',

	'programme.register.title': 'Iscrizione della città',
	'programme.register.intro':
		'Comunicare ai coordinatori che la propria città desidera partecipare. I coordinatori esaminano le iscrizioni e scrivono alle città accettate.',
	'programme.register.closed': 'Le iscrizioni a questo programma sono chiuse.',
	'programme.register.requiredNote':
		'Tutti i campi sono obbligatori, tranne che cosa la città spera di imparare.',
	'programme.register.cityLegend': 'Città',
	'programme.register.contactLegend': 'Referente',
	'programme.register.populationChoose': 'Scegliere la dimensione della città',
	'programme.register.contactName': 'Nome',
	'programme.register.email': 'Indirizzo e-mail',
	'programme.register.role': 'Ruolo nell’amministrazione comunale',
	'programme.register.hopes': 'Che cosa spera di imparare la città?',
	'programme.register.hopesHint':
		'Facoltativo: qualche frase aiuta i coordinatori nella pianificazione.',
	'programme.register.trap': 'Lasciare vuoto questo campo',
	'programme.register.consent':
		'Accetto che i coordinatori di questo programma ({organiser}) mi contattino in merito al programma.',
	'programme.register.privacy':
		'Vengono raccolti la città, il nome, l’indirizzo e-mail e il ruolo del referente, e quanto scritto qui. Questi dati sono visibili solo ai coordinatori del programma, che li usano unicamente per organizzare questo programma. Per ottenerne una copia o chiederne la cancellazione, scrivere a {organiser}.',
	'programme.register.submit': 'Invia l’iscrizione',
	'programme.register.sendingButton': 'Invio…',
	'programme.register.sending': 'Invio dell’iscrizione in corso…',
	'programme.register.problem': 'C’è un problema',
	'programme.register.error.cityRequired': 'Indicare il nome della città.',
	'programme.register.error.countryRequired': 'Indicare il Paese.',
	'programme.register.error.population': 'Scegliere la dimensione della città.',
	'programme.register.error.contactNameRequired': 'Indicare il nome del referente.',
	'programme.register.error.emailRequired': 'Indicare un indirizzo e-mail.',
	'programme.register.error.email': 'Indicare un indirizzo e-mail nel formato nome@example.org.',
	'programme.register.error.roleRequired':
		'Indicare il ruolo del referente nell’amministrazione comunale.',
	'programme.register.error.consent':
		'Accettare di essere contattati: ai coordinatori serve per poter rispondere.',
	'programme.register.error.tooLong': 'Il testo supera la lunghezza consentita. Accorciarlo.',
	'programme.register.error.invalid': 'Verificare questo campo.',
	'programme.register.error.refused':
		'L’iscrizione non è stata accettata. Verificare il modulo e inviarlo di nuovo.',
	'programme.register.error.closed':
		'Le iscrizioni a questo programma sono state appena chiuse. L’iscrizione non è stata inviata.',
	'programme.register.error.rateLimited':
		'Dalla connessione in uso sono state inviate troppe iscrizioni. Attendere dieci minuti e riprovare.',

	'programme.registered.pageTitle': 'Iscrizione ricevuta — Groundwork',
	'programme.registered.title': 'Grazie per l’iscrizione',
	'programme.registered.receivedFor': 'L’iscrizione della città a «{title}» è stata ricevuta.',
	'programme.registered.received': 'L’iscrizione della città è stata ricevuta.',
	'programme.registered.nextTitle': 'Prossimi passi',
	'programme.registered.next':
		'I coordinatori del programma esaminano le iscrizioni. Se la città viene accettata, inviano al referente un’e-mail con i link di invito della città: uno per la lavagna della roadmap della città e uno per ogni seminario.',
	'programme.registered.meanwhile':
		'Nel frattempo, la pagina del programma mostra i seminari, che è possibile aggiungere al proprio calendario.',
	'programme.registered.back': 'Torna al programma',

	'programme.enter.pageTitle': 'Apertura della lavagna — Groundwork',
	'programme.enter.title': 'Invito',
	'programme.enter.opening': 'Apertura della lavagna…',
	'programme.enter.toProgramme': 'Vai alla pagina del programma',
	'programme.enter.error.invalid': 'Questo link di invito non è valido.',
	'programme.enter.error.expired':
		'Questo link di invito è scaduto: chiedere un nuovo link al coordinatore del programma.',
	'programme.enter.error.revoked':
		'Questo link è stato sostituito o ritirato: chiedere il link attuale al coordinatore del programma.',

	'programme.journey.title': 'Il percorso della città',
	'programme.journey.intro':
		'L’andamento di {city} nel programma: i seminari seguiti e i progressi della sua roadmap.',
	'programme.journey.loadError': 'Impossibile caricare ora il percorso della città.',
	'programme.journey.caption': 'Seminari seguiti e progressi nella roadmap, città per città',
	'programme.journey.city': 'Città',
	'programme.journey.attended': 'Presente a {attended} su {held} svolti',
	'programme.journey.noneHeld': 'Nessuno ancora svolto',
	'programme.journey.actionsPlanned': 'Azioni pianificate',
	'programme.journey.actionsInProgress': 'Azioni in corso',
	'programme.journey.actionsCompleted': 'Azioni completate',
	'programme.journey.gapsOpen': 'Lacune aperte',
	'programme.journey.gapsResolved': 'Lacune risolte',
	'programme.journey.reached': 'Tappa raggiunta',
	'programme.journey.notStarted': 'Non ancora iniziata',
	'programme.journey.activity': 'Attività sulla lavagna',
	'programme.journey.activityChanged':
		'{cards, plural, one {# scheda} other {# schede}}, ultima modifica {when}',
	'programme.journey.activityUntouched':
		'{cards, plural, one {# scheda, non ancora modificata} other {# schede, non ancora modificate}}',
	'programme.journey.board': 'Lavagna',
	'programme.journey.openBoard': 'Apri la lavagna',
	'programme.journey.openBoardOf': 'Apri la lavagna di {city}',
	'programme.journey.together':
		'{count, plural, one {# città in totale} other {Tutte le # città insieme}}',
	'programme.journey.togetherTitle': 'Che cosa ha ottenuto insieme la coorte',
	'programme.journey.togetherSummary':
		'{cities, plural, one {Nella # città} other {Nelle # città}} del programma: {completed, plural, one {# azione completata} other {# azioni completate}}, {inProgress, plural, one {# azione in corso} other {# azioni in corso}} e {resolved, plural, one {# lacuna risolta} other {# lacune risolte}}.',

	'programme.home.cities': 'Programmi della città',
	'programme.home.citiesHint':
		'Programmi a cui la città ha aderito in questo browser con il proprio link di invito: ognuno si apre con il percorso della città.',
	'programme.home.cityEntry': '{title} ({city})',
} as const;
