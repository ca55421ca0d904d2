/**
 * German messages of a programme’s public side (public page, registration, invitations, a city’s
 * progress); spread into `de` (see `./index.ts`).
 */
export const deProgramme = {
	'programme.title': 'Programm',
	'programme.pageTitle': '{title} – Groundwork',
	'programme.pageTitleLoading': 'Programm – Groundwork',
	'programme.loading': 'Das Programm wird geladen …',
	'programme.loaded': '„{title}“ ist geladen.',
	'programme.retry': 'Erneut versuchen',
	'programme.notFoundTitle': 'Programm nicht gefunden',
	'programme.organiser': 'Veranstaltet von {organiser}',
	'programme.languages': '{count, plural, one {Sprache} other {Sprachen}}: {languages}',
	'programme.calendar': 'Das ganze Programm in Ihren Kalender übernehmen',
	'programme.newTab': ' (öffnet sich in einem neuen Tab)',

	'programme.error.notFound': 'Dieses Programm existiert nicht oder wurde entfernt.',
	'programme.error.offline':
		'Der Server war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
	'programme.error.other':
		'Auf dem Server ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.',

	'programme.seminars.title': 'Seminare',
	'programme.seminars.stage': 'Seminare der Etappe {stage}',
	'programme.seminars.none': 'Noch ist kein Seminar geplant.',
	'programme.seminar.held': 'Stattgefunden',
	'programme.seminar.ongoing': 'Läuft gerade',
	'programme.seminar.when': 'Termin',
	'programme.seminar.whenInZone': '{when} (Zeitzone {zone})',
	'programme.seminar.yourTime': 'Ihre Ortszeit: {when} ({zone})',
	'programme.seminar.duration': 'Dauer',
	'programme.seminar.format': 'Format',
	'programme.seminar.online': 'Online',
	'programme.seminar.onSite': 'Vor Ort',
	'programme.seminar.agenda': 'Agenda',
	'programme.seminar.materials': 'Materialien',
	'programme.seminar.fileSize': '({size})',
	'programme.seminar.calendar': 'Zum Kalender hinzufügen',
	'programme.seminar.calendarFor': 'Zum Kalender hinzufügen: {title}',

	'programme.register.title': 'Ihre Stadt anmelden',
	'programme.register.intro':
		'Teilen Sie der Koordination mit, dass Ihre Stadt teilnehmen möchte. Sie prüft die Anmeldungen und schreibt den Städten, die sie aufnimmt.',
	'programme.register.closed': 'Die Anmeldung für dieses Programm ist geschlossen.',
	'programme.register.requiredNote':
		'Alle Felder sind Pflichtfelder, bis auf die Frage, was Ihre Stadt lernen möchte.',
	'programme.register.cityLegend': 'Ihre Stadt',
	'programme.register.contactLegend': 'Kontaktperson',
	'programme.register.populationChoose': 'Größe Ihrer Stadt wählen',
	'programme.register.contactName': 'Name',
	'programme.register.email': 'E-Mail-Adresse',
	'programme.register.role': 'Funktion in der Stadtverwaltung',
	'programme.register.hopes': 'Was möchte Ihre Stadt lernen?',
	'programme.register.hopesHint':
		'Optional: Ein paar Sätze helfen der Koordination bei der Planung.',
	'programme.register.trap': 'Dieses Feld leer lassen',
	'programme.register.consent':
		'Ich bin einverstanden, dass die Koordination dieses Programms ({organiser}) mich dazu kontaktiert.',
	'programme.register.privacy':
		'Wir erfassen Ihre Stadt, Ihren Namen, Ihre E-Mail-Adresse und Funktion sowie das, was Sie hier schreiben. Nur die Koordination des Programms sieht diese Angaben, und sie nutzt sie ausschließlich, um dieses Programm zu organisieren. Für eine Kopie Ihrer Daten oder deren Löschung wenden Sie sich an {organiser}.',
	'programme.register.submit': 'Anmelden',
	'programme.register.sendingButton': 'Wird gesendet …',
	'programme.register.sending': 'Ihre Anmeldung wird gesendet …',
	'programme.register.problem': 'Es gibt ein Problem',
	'programme.register.error.cityRequired': 'Bitte geben Sie den Namen Ihrer Stadt an.',
	'programme.register.error.countryRequired': 'Bitte geben Sie Ihr Land an.',
	'programme.register.error.population': 'Bitte wählen Sie die Größe Ihrer Stadt.',
	'programme.register.error.contactNameRequired': 'Bitte geben Sie den Namen der Kontaktperson an.',
	'programme.register.error.emailRequired': 'Bitte geben Sie eine E-Mail-Adresse an.',
	'programme.register.error.email':
		'Bitte geben Sie eine E-Mail-Adresse im Format name@example.org an.',
	'programme.register.error.roleRequired':
		'Bitte geben Sie die Funktion der Kontaktperson in der Stadtverwaltung an.',
	'programme.register.error.consent':
		'Bitte stimmen Sie der Kontaktaufnahme zu: Die Koordination braucht sie, um Ihnen zu antworten.',
	'programme.register.error.tooLong':
		'Das ist länger, als das Formular erlaubt. Bitte kürzen Sie den Text.',
	'programme.register.error.invalid': 'Bitte prüfen Sie dieses Feld.',
	'programme.register.error.refused':
		'Die Anmeldung wurde nicht angenommen. Bitte prüfen Sie das Formular und senden Sie es erneut.',
	'programme.register.error.closed':
		'Die Anmeldung für dieses Programm wurde soeben geschlossen. Ihre Anmeldung wurde nicht gesendet.',
	'programme.register.error.rateLimited':
		'Von Ihrer Verbindung wurden zu viele Anmeldungen gesendet. Bitte warten Sie zehn Minuten und versuchen Sie es erneut.',

	'programme.registered.pageTitle': 'Anmeldung eingegangen – Groundwork',
	'programme.registered.title': 'Vielen Dank für Ihre Anmeldung',
	'programme.registered.receivedFor': 'Die Anmeldung Ihrer Stadt für „{title}“ ist eingegangen.',
	'programme.registered.received': 'Die Anmeldung Ihrer Stadt ist eingegangen.',
	'programme.registered.nextTitle': 'Wie es weitergeht',
	'programme.registered.next':
		'Die Koordination des Programms prüft die Anmeldungen. Wird Ihre Stadt aufgenommen, erhält die Kontaktperson eine E-Mail mit den Einladungslinks Ihrer Stadt: einen zum eigenen Roadmap-Board Ihrer Stadt und einen für jedes Seminar.',
	'programme.registered.meanwhile':
		'In der Zwischenzeit zeigt die Seite des Programms seine Seminare, und Sie können sie in Ihren Kalender übernehmen.',
	'programme.registered.back': 'Zurück zum Programm',

	'programme.enter.pageTitle': 'Ihr Board wird geöffnet – Groundwork',
	'programme.enter.title': 'Ihre Einladung',
	'programme.enter.opening': 'Ihr Board wird geöffnet …',
	'programme.enter.toProgramme': 'Zur Seite des Programms',
	'programme.enter.error.invalid': 'Dieser Einladungslink ist ungültig.',
	'programme.enter.error.expired':
		'Dieser Einladungslink ist abgelaufen: Bitten Sie die Koordination des Programms um einen neuen Link.',
	'programme.enter.error.revoked':
		'Dieser Link wurde ersetzt oder zurückgezogen: Bitten Sie die Koordination des Programms um Ihren aktuellen Link.',

	'programme.journey.title': 'Der Fortschritt Ihrer Stadt',
	'programme.journey.intro':
		'Wie {city} im Programm vorankommt: die besuchten Seminare und der Fortschritt der Roadmap.',
	'programme.journey.loadError': 'Der Fortschritt Ihrer Stadt konnte gerade nicht geladen werden.',
	'programme.journey.caption': 'Besuchte Seminare und Roadmap-Fortschritt, Stadt für Stadt',
	'programme.journey.city': 'Stadt',
	'programme.journey.attended': '{attended} von {held} bisherigen Seminaren besucht',
	'programme.journey.noneHeld': 'Noch keines hat stattgefunden',
	'programme.journey.actionsPlanned': 'Geplante Maßnahmen',
	'programme.journey.actionsInProgress': 'Maßnahmen in Arbeit',
	'programme.journey.actionsCompleted': 'Abgeschlossene Maßnahmen',
	'programme.journey.gapsOpen': 'Offene Lücken',
	'programme.journey.gapsResolved': 'Behobene Lücken',
	'programme.journey.reached': 'Erreichte Etappe',
	'programme.journey.notStarted': 'Nicht begonnen',
	'programme.journey.activity': 'Aktivität auf dem Board',
	'programme.journey.activityChanged':
		'{cards, plural, one {# Karte} other {# Karten}}, zuletzt geändert {when}',
	'programme.journey.activityUntouched':
		'{cards, plural, one {# Karte} other {# Karten}}, noch nicht bearbeitet',
	'programme.journey.board': 'Board',
	'programme.journey.openBoard': 'Board öffnen',
	'programme.journey.openBoardOf': 'Board von {city} öffnen',
	'programme.journey.together':
		'{count, plural, one {# Stadt insgesamt} other {Alle # Städte zusammen}}',
	'programme.journey.togetherTitle': 'Was die Kohorte gemeinsam erreicht hat',
	'programme.journey.togetherSummary':
		'{cities, plural, one {In der # Stadt des Programms} other {In den # Städten des Programms}}: {completed, plural, one {# Maßnahme} other {# Maßnahmen}} abgeschlossen, {inProgress, plural, one {# Maßnahme} other {# Maßnahmen}} in Arbeit und {resolved, plural, one {# Lücke} other {# Lücken}} behoben.',

	'programme.home.cities': 'Programme Ihrer Stadt',
	'programme.home.citiesHint':
		'Programme, denen Ihre Stadt in diesem Browser über ihren Einladungslink beigetreten ist: Jedes öffnet sich mit dem Fortschritt Ihrer Stadt.',
	'programme.home.cityEntry': '{title} ({city})',
} as const;
