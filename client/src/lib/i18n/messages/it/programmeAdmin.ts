/** Italian messages of a programme’s coordination (see `../en.programmeAdmin.ts`). */
export const itProgrammeAdmin = {
	// Start page
	'programmeAdmin.home.title': 'Programmi',
	'programmeAdmin.home.run': 'Organizza un programma',
	'programmeAdmin.home.runHint':
		'Una serie di seminari per più città: iscrizioni, inviti e il percorso di ogni città.',
	'programmeAdmin.home.yours': 'I miei programmi',
	'programmeAdmin.home.yoursHint': 'Programmi coordinati da questo browser.',
	'programmeAdmin.home.untitled': 'Programma senza titolo',

	// Errors
	'programmeAdmin.error.offline':
		'Impossibile raggiungere il server. Verificare la connessione e riprovare.',
	'programmeAdmin.error.linkReplaced':
		'Questo link per coordinatori è stato sostituito o è scaduto. Chiedere il link attuale a un altro coordinatore.',
	'programmeAdmin.error.notFound':
		'Questo programma, o l’elemento su cui si è intervenuti, non esiste più.',
	'programmeAdmin.error.tooLarge': 'File troppo grande.',
	'programmeAdmin.error.tooManyFiles':
		'Questo seminario ha già il numero massimo di file. Eliminarne uno per aggiungerne un altro.',
	'programmeAdmin.error.rateLimited':
		'Troppe richieste da questo indirizzo. Attendere un minuto e riprovare.',
	'programmeAdmin.error.invalid': 'Richiesta rifiutata: {message}',
	'programmeAdmin.error.other': 'Si è verificato un errore: {message}',

	// Field errors
	'programmeAdmin.invalid.title': 'Assegnare un titolo al programma.',
	'programmeAdmin.invalid.organiser': 'Indicare chi organizza il programma.',
	'programmeAdmin.invalid.description': 'La descrizione è troppo lunga.',
	'programmeAdmin.invalid.languages': 'Scegliere almeno una lingua.',
	'programmeAdmin.invalid.seminars':
		'Verificare i seminari: un programma ne comprende al massimo {max}.',
	'programmeAdmin.invalid.seminarTitle': 'Assegnare un titolo al seminario.',
	'programmeAdmin.invalid.date': 'Inserire la data del seminario.',
	'programmeAdmin.invalid.time': 'Inserire l’ora di inizio, ad esempio 10:00.',
	'programmeAdmin.invalid.durationMinutes':
		'Inserire una durata in minuti interi, da {min} a {max}.',
	'programmeAdmin.invalid.timeZone': 'Scegliere un fuso orario dall’elenco.',
	'programmeAdmin.invalid.place':
		'Un seminario in presenza richiede un luogo: inserirne l’indirizzo.',
	'programmeAdmin.invalid.agenda': 'L’agenda è troppo lunga.',
	'programmeAdmin.invalid.links': 'Verificare i link ai materiali: al massimo {max}.',
	'programmeAdmin.invalid.linkTitle': 'Assegnare un titolo al link.',
	'programmeAdmin.invalid.linkUrl': 'Inserire un indirizzo web che inizi con https:// o http://.',
	'programmeAdmin.invalid.other': 'Verificare questo campo.',
	'programmeAdmin.summary.title':
		'{count, plural, one {C’è # problema da risolvere} other {Ci sono # problemi da risolvere}}',
	'programmeAdmin.summary.other': 'C’è un problema: {message}',

	// The programme's fields
	'programmeAdmin.field.title': 'Titolo del programma',
	'programmeAdmin.field.titleHint': 'Ad esempio «Net Zero Cities Academy 2026».',
	'programmeAdmin.field.organiser': 'Organizzatore',
	'programmeAdmin.field.organiserHint': 'Chi conduce il programma, come lo vedranno le città.',
	'programmeAdmin.field.description': 'Descrizione',
	'programmeAdmin.field.descriptionHint':
		'Che cosa offre il programma e a chi si rivolge. Viene mostrata nella pagina pubblica. Facoltativa.',
	'programmeAdmin.field.languages': 'Lingue del programma',
	'programmeAdmin.field.languagesHint': 'Le lingue in cui si tengono i seminari. Almeno una.',
	'programmeAdmin.field.registrationOpen': 'Iscrizioni aperte',
	'programmeAdmin.field.registrationOpenHint':
		'Le città possono manifestare il proprio interesse nella pagina pubblica.',

	// One seminar's fields
	'programmeAdmin.seminar.title': 'Titolo del seminario',
	'programmeAdmin.seminar.stage': 'Tappa',
	'programmeAdmin.seminar.date': 'Data',
	'programmeAdmin.seminar.time': 'Ora di inizio',
	'programmeAdmin.seminar.duration': 'Durata in minuti',
	'programmeAdmin.seminar.durationHint': 'Cioè {time}.',
	'programmeAdmin.seminar.timeZone': 'Fuso orario',
	'programmeAdmin.seminar.timeZoneHint':
		'La data e l’ora di inizio si riferiscono a questo fuso orario. Le città in altri fusi vedono l’orario anche nel proprio.',
	'programmeAdmin.seminar.format': 'Modalità',
	'programmeAdmin.seminar.online': 'Online',
	'programmeAdmin.seminar.onSite': 'In presenza',
	'programmeAdmin.seminar.placeOnSite': 'Luogo',
	'programmeAdmin.seminar.placeOnSiteHint': 'L’indirizzo in cui si tiene il seminario.',
	'programmeAdmin.seminar.placeOnline': 'Come partecipare',
	'programmeAdmin.seminar.placeOnlineHint':
		'Facoltativo: ad esempio l’indirizzo della videochiamata, oppure una nota che verrà comunicato via e-mail.',
	'programmeAdmin.seminar.agenda': 'Agenda',
	'programmeAdmin.seminar.agendaHint': 'Facoltativa. Un punto per riga.',
	'programmeAdmin.seminar.links': 'Link ai materiali',
	'programmeAdmin.seminar.linksHint':
		'Pagine web o documenti da leggere prima o dopo il seminario. Al massimo {max}.',
	'programmeAdmin.seminar.noLinks': 'Ancora nessun link.',
	'programmeAdmin.seminar.linkTitle': 'Titolo del link {n}',
	'programmeAdmin.seminar.linkUrl': 'Indirizzo del link {n}',
	'programmeAdmin.seminar.addLink': 'Aggiungi un link',
	'programmeAdmin.seminar.removeLink': 'Rimuovi il link {n}',
	'programmeAdmin.seminar.linkRemoved': 'Link {n} rimosso.',
	'programmeAdmin.seminar.template': 'Modello della lavagna',
	'programmeAdmin.seminar.templateFixed':
		'La lavagna del seminario viene creata da questo modello quando il seminario viene aggiunto; in seguito non è possibile cambiarlo.',

	// Making a programme
	'programmeAdmin.new.pageTitle': 'Organizza un programma — Groundwork',
	'programmeAdmin.new.title': 'Organizza un programma',
	'programmeAdmin.new.intro':
		'Un programma è una serie di seminari lungo le tre tappe della roadmap. Le città manifestano il proprio interesse nella sua pagina pubblica; i coordinatori le accettano e inviano a ciascuna i suoi link.',
	'programmeAdmin.new.detailsTitle': 'Il programma',
	'programmeAdmin.new.seminarsTitle': 'Seminari',
	'programmeAdmin.new.seminarsIntro':
		'Il programma parte con un seminario per ogni tappa: compilarli, aggiungere o rimuovere seminari. Tutto si può modificare in seguito.',
	'programmeAdmin.new.noSeminars':
		'Ancora nessun seminario. I seminari si possono aggiungere anche in seguito.',
	'programmeAdmin.new.seminarLegend': 'Seminario {n}',
	'programmeAdmin.new.removeSeminar': 'Rimuovi il seminario {n}',
	'programmeAdmin.new.seminarRemoved': 'Seminario {n} rimosso.',
	'programmeAdmin.new.addSeminar': 'Aggiungi un seminario',
	'programmeAdmin.new.seminarAdded': 'Seminario {n} aggiunto.',
	'programmeAdmin.new.maxSeminars': 'Un programma comprende al massimo {max} seminari.',
	'programmeAdmin.new.codeNeeded': 'Inserire il codice di creazione per creare un programma.',
	'programmeAdmin.new.codeHint':
		'Questo server richiede un codice per creare programmi e lavagne. Chiedere il codice a chi lo gestisce.',
	'programmeAdmin.new.rateLimited':
		'Dalla rete in uso sono stati creati troppi programmi o lavagne in poco tempo. Riprovare tra qualche minuto.',
	'programmeAdmin.new.submit': 'Crea il programma',
	'programmeAdmin.new.submitting': 'Creazione…',
	'programmeAdmin.new.error': 'Impossibile creare il programma. {message}',

	// The manage page
	'programmeAdmin.manage.pageTitle': '{title} — Coordinamento — Groundwork',
	'programmeAdmin.manage.pageTitleNone': 'Coordina un programma — Groundwork',
	'programmeAdmin.manage.kicker': 'Coordinamento del programma',
	'programmeAdmin.manage.loading': 'Caricamento del programma…',
	'programmeAdmin.manage.noToken':
		'Per coordinare questo programma, aprire il link per coordinatori ricevuto alla sua creazione, oppure chiederlo a un altro coordinatore.',
	'programmeAdmin.manage.loadError': 'Impossibile caricare il programma. {message}',
	'programmeAdmin.manage.retry': 'Riprova',
	'programmeAdmin.manage.forget': 'Rimuovi dall’elenco di questo browser',
	'programmeAdmin.manage.forgotten': 'Rimosso dall’elenco di questo browser.',
	'programmeAdmin.manage.publicPage': 'Pagina pubblica',
	'programmeAdmin.manage.organiser': 'Organizzato da {organiser}.',
	'programmeAdmin.manage.seminarCount': '{count, plural, one {# seminario} other {# seminari}}',
	'programmeAdmin.manage.acceptedCount':
		'{count, plural, one {# città accettata} other {# città accettate}}',
	'programmeAdmin.manage.pendingCount':
		'{count, plural, one {# iscrizione da valutare} other {# iscrizioni da valutare}}',
	'programmeAdmin.manage.tabs': 'Coordinamento del programma',
	'programmeAdmin.tab.details': 'Programma e seminari',
	'programmeAdmin.tab.registrations': 'Iscrizioni',
	'programmeAdmin.tab.invitations': 'Inviti',
	'programmeAdmin.tab.journey': 'Percorso e presenze',

	// Details tab: the programme
	'programmeAdmin.details.title': 'Dettagli del programma',
	'programmeAdmin.details.save': 'Salva i dettagli',
	'programmeAdmin.details.saving': 'Salvataggio…',
	'programmeAdmin.details.saved': 'Dettagli del programma salvati.',
	'programmeAdmin.details.unsaved': 'Impossibile salvare i dettagli. {message}',
	'programmeAdmin.details.registration': 'Iscrizioni',
	'programmeAdmin.details.open':
		'Le iscrizioni sono aperte: le città possono manifestare il proprio interesse nella pagina pubblica.',
	'programmeAdmin.details.closed':
		'Le iscrizioni sono chiuse: la pagina pubblica mostra il programma senza il modulo.',
	'programmeAdmin.details.closeRegistration': 'Chiudi le iscrizioni',
	'programmeAdmin.details.openRegistration': 'Apri le iscrizioni',
	'programmeAdmin.details.registrationOpened': 'Iscrizioni aperte.',
	'programmeAdmin.details.registrationClosed': 'Iscrizioni chiuse.',

	// Details tab: links
	'programmeAdmin.links.title': 'Link',
	'programmeAdmin.links.coordinator': 'Link per coordinatori',
	'programmeAdmin.links.copyCoordinator': 'Copia il link per coordinatori',
	'programmeAdmin.links.coordinatorHint':
		'Chiunque abbia questo link gestisce il programma e vede i dati personali delle iscrizioni. Condividerlo solo con gli altri coordinatori.',
	'programmeAdmin.links.replace': 'Sostituisci il link',
	'programmeAdmin.links.replaceConfirm':
		'Sostituire il link per coordinatori? Tutti i link per coordinatori precedenti, compresi quelli condivisi, smettono subito di funzionare. Questo browser prosegue con il nuovo link.',
	'programmeAdmin.links.replaceYes': 'Sì, sostituisci',
	'programmeAdmin.links.replaceNo': 'No, mantieni',
	'programmeAdmin.links.replaced':
		'Il link per coordinatori è stato sostituito. Condividere il nuovo link con gli altri coordinatori.',
	'programmeAdmin.links.public': 'Pagina pubblica, da condividere con le città',
	'programmeAdmin.links.copyPublic': 'Copia il link della pagina pubblica',
	'programmeAdmin.links.calendar': 'Calendario dell’intero programma (.ics)',
	'programmeAdmin.links.copyCalendar': 'Copia il link del calendario',
	'programmeAdmin.links.calendarHint':
		'Le app di calendario che si abbonano a questo link seguono le modifiche ai seminari.',

	// Details tab: seminars
	'programmeAdmin.seminars.title':
		'{count, plural, =0 {Seminari} one {Seminari (#)} other {Seminari (#)}}',
	'programmeAdmin.seminars.empty': 'Ancora nessun seminario. Aggiungerne uno qui sotto.',
	'programmeAdmin.seminars.when': '{when} ({zone})',
	'programmeAdmin.seminars.local': 'Ora locale: {when} ({zone})',
	'programmeAdmin.seminars.factStage': 'Tappa',
	'programmeAdmin.seminars.factWhen': 'Data e ora',
	'programmeAdmin.seminars.factLength': 'Durata',
	'programmeAdmin.seminars.factFormat': 'Modalità',
	'programmeAdmin.seminars.factPlace': 'Luogo',
	'programmeAdmin.seminars.factJoin': 'Come partecipare',
	'programmeAdmin.seminars.factBoard': 'Lavagna',
	'programmeAdmin.seminars.factAgenda': 'Agenda',
	'programmeAdmin.seminars.factLinks': 'Link ai materiali',
	'programmeAdmin.seminars.none': 'Nessuno',
	'programmeAdmin.seminars.openBoard': 'Apri la lavagna di «{title}»',
	'programmeAdmin.seminars.edit': 'Modifica «{title}»',
	'programmeAdmin.seminars.editTitle': 'Modifica «{title}»',
	'programmeAdmin.seminars.save': 'Salva il seminario',
	'programmeAdmin.seminars.saving': 'Salvataggio…',
	'programmeAdmin.seminars.cancel': 'Annulla',
	'programmeAdmin.seminars.saved': 'Seminario «{title}» salvato.',
	'programmeAdmin.seminars.delete': 'Elimina «{title}»',
	'programmeAdmin.seminars.deleteConfirm':
		'Eliminare il seminario «{title}»? Verrà tolto dalla pagina pubblica e dal calendario, insieme ai suoi file di materiali.',
	'programmeAdmin.seminars.deleteYes': 'Sì, elimina',
	'programmeAdmin.seminars.deleteNo': 'No, mantieni',
	'programmeAdmin.seminars.deleted': 'Seminario «{title}» eliminato.',
	'programmeAdmin.seminars.archive': 'Salva ora la lavagna nella cronologia',
	'programmeAdmin.seminars.archiving': 'Salvataggio…',
	'programmeAdmin.seminars.archived': 'La lavagna di «{title}» è stata salvata nella cronologia.',
	'programmeAdmin.seminars.archivedOn': 'Salvata nella cronologia il {date}.',
	'programmeAdmin.seminars.archivePending': 'Salvataggio nella cronologia in corso…',
	'programmeAdmin.seminars.notArchived':
		'Non ancora salvata nella cronologia: la lavagna viene salvata automaticamente al termine del seminario.',
	'programmeAdmin.seminars.addTitle': 'Aggiungi un seminario',
	'programmeAdmin.seminars.add': 'Aggiungi il seminario',
	'programmeAdmin.seminars.adding': 'Aggiunta…',
	'programmeAdmin.seminars.added': 'Seminario «{title}» aggiunto.',
	'programmeAdmin.seminars.full': 'Questo programma ha già il numero massimo di seminari ({max}).',

	// Details tab: a seminar's files
	'programmeAdmin.files.title': 'File di materiali',
	'programmeAdmin.files.empty': 'Ancora nessun file.',
	'programmeAdmin.files.delete': 'Elimina {name}',
	'programmeAdmin.files.deleteConfirm': 'Eliminare il file «{name}»?',
	'programmeAdmin.files.deleteYes': 'Sì, elimina',
	'programmeAdmin.files.deleteNo': 'No, mantieni',
	'programmeAdmin.files.deleted': 'File «{name}» eliminato.',
	'programmeAdmin.files.choose': 'Aggiungi un file a «{title}»',
	'programmeAdmin.files.limit':
		'Al massimo {max} file per seminario, ciascuno di al massimo {size}. Chiunque può scaricarli dalla pagina pubblica.',
	'programmeAdmin.files.upload': 'Carica',
	'programmeAdmin.files.uploading': 'Caricamento…',
	'programmeAdmin.files.noFile': 'Scegliere prima un file.',
	'programmeAdmin.files.uploaded': 'File «{name}» aggiunto.',
	'programmeAdmin.files.tooLarge': 'File troppo grande: «{name}» supera {size}.',
	'programmeAdmin.files.tooMany':
		'Questo seminario ha già {max} file. Eliminarne uno per aggiungerne un altro.',

	// Registrations tab
	'programmeAdmin.registrations.title': 'Iscrizioni',
	'programmeAdmin.registrations.intro':
		'Le città che hanno manifestato il proprio interesse nella pagina pubblica. Accettare una città per assegnarle i suoi link di invito (vedere «Inviti»). Si tratta di dati personali: esportarli o eliminarli quando una città lo richiede.',
	'programmeAdmin.registrations.empty':
		'Nessuna città si è ancora iscritta. Condividere la pagina pubblica perché le città possano iscriversi.',
	'programmeAdmin.registrations.caption':
		'{count, plural, one {# iscrizione} other {# iscrizioni}}, dalla più recente',
	'programmeAdmin.registrations.city': 'Città',
	'programmeAdmin.registrations.country': 'Paese',
	'programmeAdmin.registrations.population': 'Dimensione della città',
	'programmeAdmin.registrations.contact': 'Referente',
	'programmeAdmin.registrations.email': 'E-mail',
	'programmeAdmin.registrations.role': 'Ruolo',
	'programmeAdmin.registrations.hopes': 'Aspettative',
	'programmeAdmin.registrations.received': 'Ricevuta',
	'programmeAdmin.registrations.status': 'Stato',
	'programmeAdmin.registrations.actions': 'Operazioni',
	'programmeAdmin.status.pending': 'Da valutare',
	'programmeAdmin.status.accepted': 'Accettata',
	'programmeAdmin.status.declined': 'Rifiutata',
	'programmeAdmin.registrations.decidedOn': 'il {date}',
	'programmeAdmin.registrations.accept': 'Accetta {city}',
	'programmeAdmin.registrations.decline': 'Rifiuta {city}',
	'programmeAdmin.registrations.declineConfirm':
		'Rifiutare {city}? I suoi link di invito smettono di funzionare e la città esce dalla coorte del programma; la sua lavagna resta.',
	'programmeAdmin.registrations.declineYes': 'Sì, rifiuta',
	'programmeAdmin.registrations.declineNo': 'Annulla',
	'programmeAdmin.registrations.accepted':
		'{city} è stata accettata. I suoi link di invito si trovano nella sezione «Inviti».',
	'programmeAdmin.registrations.declined': '{city} è stata rifiutata.',
	'programmeAdmin.registrations.export': 'Esporta i dati di {city}',
	'programmeAdmin.registrations.exported': 'I dati di {city} sono stati scaricati.',
	'programmeAdmin.registrations.delete': 'Elimina {city}',
	'programmeAdmin.registrations.deleteConfirm':
		'Eliminare l’iscrizione di {city}? Vengono cancellati i suoi dati personali (referente, e-mail, ruolo, aspettative) e le sue presenze, e i suoi link di invito smettono di funzionare. La lavagna della città resta. L’operazione non può essere annullata.',
	'programmeAdmin.registrations.deleteYes': 'Sì, elimina i dati',
	'programmeAdmin.registrations.deleteNo': 'No, mantieni',
	'programmeAdmin.registrations.deleted': 'L’iscrizione di {city} è stata eliminata.',
	'programmeAdmin.registrations.csv': 'Scarica tutto (CSV)',
	'programmeAdmin.registrations.csvDone': 'Le iscrizioni sono state scaricate.',

	// Invitations tab
	'programmeAdmin.invitations.title': 'Inviti',
	'programmeAdmin.invitations.intro':
		'Ogni città accettata ha un link per la lavagna della propria roadmap e uno per ogni seminario. Inviarli al referente della città: ogni link funziona solo per quella città.',
	'programmeAdmin.invitations.loading': 'Caricamento degli inviti…',
	'programmeAdmin.invitations.loadError': 'Impossibile caricare gli inviti. {message}',
	'programmeAdmin.invitations.empty':
		'Nessuna città è stata ancora accettata. Accettare le iscrizioni nella sezione «Iscrizioni».',
	'programmeAdmin.invitations.city': '{city}, {country}',
	'programmeAdmin.invitations.contact': 'Referente: {name}',
	'programmeAdmin.invitations.expires': 'I link funzionano fino al {date}.',
	'programmeAdmin.invitations.ownBoard': 'Lavagna della roadmap della città',
	'programmeAdmin.invitations.copy': 'Copia il link «{label}» per {city}',
	'programmeAdmin.invitations.copyAll': 'Copia tutti i link di {city}',
	'programmeAdmin.invitations.copiedAll': 'Tutti i link di {city} sono stati copiati.',
	'programmeAdmin.invitations.copyFailed':
		'Impossibile copiare i link. Selezionare il testo qui sotto e copiarlo manualmente.',
	'programmeAdmin.invitations.allLinks': 'Tutti i link di {city}',
	'programmeAdmin.invitations.textIntro': 'I link per «{title}» ({city}):',
	'programmeAdmin.invitations.textLine': '{label}: {link}',
	'programmeAdmin.invitations.textExpires': 'I link funzionano fino al {date}.',
	'programmeAdmin.invitations.textPage': 'Pagina del programma: {link}',
	'programmeAdmin.invitations.reissue': 'Genera nuovi link per {city}',
	'programmeAdmin.invitations.reissueConfirm':
		'Generare nuovi link per {city}? I link attuali smettono subito di funzionare: inviare alla città quelli nuovi.',
	'programmeAdmin.invitations.reissueYes': 'Sì, genera nuovi link',
	'programmeAdmin.invitations.reissueNo': 'Annulla',
	'programmeAdmin.invitations.reissued': 'Nuovi link generati per {city}.',
	'programmeAdmin.invitations.csv': 'Scarica il CSV per la stampa unione',
	'programmeAdmin.invitations.csvDone': 'Gli inviti sono stati scaricati.',

	// Journey tab
	'programmeAdmin.journey.title': 'Percorso delle città',
	'programmeAdmin.journey.loading': 'Caricamento del percorso…',
	'programmeAdmin.journey.loadError': 'Impossibile caricare il percorso. {message}',
	'programmeAdmin.journey.csv': 'Scarica percorso e presenze (CSV)',
	'programmeAdmin.journey.csvDone': 'Il percorso è stato scaricato.',
	'programmeAdmin.attendance.title': 'Presenze',
	'programmeAdmin.attendance.intro':
		'La presenza di una città viene registrata quando apre il link del seminario durante il seminario. È possibile spuntarla o toglierla qui manualmente.',
	'programmeAdmin.attendance.empty': 'Nessuna città è stata ancora accettata.',
	'programmeAdmin.attendance.noSeminars': 'Il programma non ha ancora seminari.',
	'programmeAdmin.attendance.caption': 'Presenza di ogni città accettata a ogni seminario',
	'programmeAdmin.attendance.city': 'Città',
	'programmeAdmin.attendance.label': 'Presenza di {city} a {title}',
	'programmeAdmin.attendance.marked': 'Presenza di {city} a {title}: registrata.',
	'programmeAdmin.attendance.unmarked': 'Presenza di {city} a {title}: rimossa.',
} as const;
