/**
 * German messages of a programme’s coordination (creating a programme, the manage page and its
 * tabs, the start page’s links to them); spread into `de` (see `./index.ts`).
 */
export const deProgrammeAdmin = {
	// Start page
	'programmeAdmin.home.title': 'Programme',
	'programmeAdmin.home.run': 'Programm durchführen',
	'programmeAdmin.home.runHint':
		'Eine Seminarreihe für mehrere Städte: Anmeldung, Einladungen und der Fortschritt jeder Stadt.',
	'programmeAdmin.home.yours': 'Ihre Programme',
	'programmeAdmin.home.yoursHint': 'Programme, die Sie in diesem Browser koordinieren.',
	'programmeAdmin.home.untitled': 'Unbenanntes Programm',

	// Errors
	'programmeAdmin.error.offline':
		'Der Server war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
	'programmeAdmin.error.linkReplaced':
		'Dieser Link für die Koordination wurde ersetzt oder ist abgelaufen. Bitten Sie eine andere koordinierende Person um den aktuellen Link.',
	'programmeAdmin.error.notFound':
		'Dieses Programm oder das, was Sie bearbeitet haben, existiert nicht mehr.',
	'programmeAdmin.error.tooLarge': 'Die Datei ist zu groß.',
	'programmeAdmin.error.tooManyFiles':
		'Dieses Seminar hat bereits die Höchstzahl an Dateien. Löschen Sie eine, um eine weitere hinzuzufügen.',
	'programmeAdmin.error.rateLimited':
		'Zu viele Anfragen von Ihrer Adresse. Warten Sie eine Minute und versuchen Sie es erneut.',
	'programmeAdmin.error.invalid': 'Etwas wurde abgelehnt: {message}',
	'programmeAdmin.error.other': 'Etwas ist schiefgelaufen: {message}',

	// Field errors
	'programmeAdmin.invalid.title': 'Geben Sie dem Programm einen Titel.',
	'programmeAdmin.invalid.organiser': 'Geben Sie an, wer das Programm veranstaltet.',
	'programmeAdmin.invalid.description': 'Die Beschreibung ist zu lang.',
	'programmeAdmin.invalid.languages': 'Wählen Sie mindestens eine Sprache.',
	'programmeAdmin.invalid.seminars': 'Prüfen Sie die Seminare: Ein Programm hat höchstens {max}.',
	'programmeAdmin.invalid.seminarTitle': 'Geben Sie dem Seminar einen Titel.',
	'programmeAdmin.invalid.date': 'Geben Sie das Datum des Seminars ein.',
	'programmeAdmin.invalid.time': 'Geben Sie die Anfangszeit ein, zum Beispiel 10:00.',
	'programmeAdmin.invalid.durationMinutes':
		'Geben Sie eine Dauer in ganzen Minuten ein, von {min} bis {max}.',
	'programmeAdmin.invalid.timeZone': 'Wählen Sie eine Zeitzone aus der Liste.',
	'programmeAdmin.invalid.place':
		'Ein Seminar vor Ort braucht einen Ort: Geben Sie die Adresse ein.',
	'programmeAdmin.invalid.agenda': 'Die Agenda ist zu lang.',
	'programmeAdmin.invalid.links': 'Prüfen Sie die Links zu Materialien: höchstens {max}.',
	'programmeAdmin.invalid.linkTitle': 'Geben Sie dem Link einen Titel.',
	'programmeAdmin.invalid.linkUrl':
		'Geben Sie eine Webadresse ein, die mit https:// oder http:// beginnt.',
	'programmeAdmin.invalid.other': 'Prüfen Sie dieses Feld.',
	'programmeAdmin.summary.title':
		'{count, plural, one {Es gibt # Problem zu beheben} other {Es gibt # Probleme zu beheben}}',
	'programmeAdmin.summary.other': 'Es gibt ein Problem: {message}',

	// The programme's fields
	'programmeAdmin.field.title': 'Titel des Programms',
	'programmeAdmin.field.titleHint': 'Zum Beispiel „Net Zero Cities Academy 2026“.',
	'programmeAdmin.field.organiser': 'Veranstalter',
	'programmeAdmin.field.organiserHint':
		'Wer das Programm durchführt, so wie die Städte es sehen sollen.',
	'programmeAdmin.field.description': 'Beschreibung',
	'programmeAdmin.field.descriptionHint':
		'Was das Programm bietet und für wen. Wird auf der öffentlichen Seite angezeigt. Optional.',
	'programmeAdmin.field.languages': 'Sprachen des Programms',
	'programmeAdmin.field.languagesHint':
		'Die Sprachen, in denen die Seminare stattfinden. Mindestens eine.',
	'programmeAdmin.field.registrationOpen': 'Die Anmeldung ist offen',
	'programmeAdmin.field.registrationOpenHint':
		'Städte können auf der öffentlichen Seite ihr Interesse anmelden.',

	// One seminar's fields
	'programmeAdmin.seminar.title': 'Titel des Seminars',
	'programmeAdmin.seminar.stage': 'Etappe',
	'programmeAdmin.seminar.date': 'Datum',
	'programmeAdmin.seminar.time': 'Anfangszeit',
	'programmeAdmin.seminar.duration': 'Dauer in Minuten',
	'programmeAdmin.seminar.durationHint': 'Das sind {time}.',
	'programmeAdmin.seminar.timeZone': 'Zeitzone',
	'programmeAdmin.seminar.timeZoneHint':
		'Datum und Anfangszeit gelten in dieser Zeitzone. Städte anderswo sehen die Zeit zusätzlich in ihrer eigenen Zeitzone.',
	'programmeAdmin.seminar.format': 'Format',
	'programmeAdmin.seminar.online': 'Online',
	'programmeAdmin.seminar.onSite': 'Vor Ort',
	'programmeAdmin.seminar.placeOnSite': 'Ort',
	'programmeAdmin.seminar.placeOnSiteHint': 'Die Adresse, an der das Seminar stattfindet.',
	'programmeAdmin.seminar.placeOnline': 'Einwahl',
	'programmeAdmin.seminar.placeOnlineHint':
		'Optional: zum Beispiel die Adresse der Videokonferenz oder ein Hinweis, dass sie per E-Mail folgt.',
	'programmeAdmin.seminar.agenda': 'Agenda',
	'programmeAdmin.seminar.agendaHint': 'Optional. Ein Punkt pro Zeile.',
	'programmeAdmin.seminar.links': 'Links zu Materialien',
	'programmeAdmin.seminar.linksHint':
		'Webseiten oder Dokumente zum Lesen vor oder nach dem Seminar. Höchstens {max}.',
	'programmeAdmin.seminar.noLinks': 'Noch kein Link.',
	'programmeAdmin.seminar.linkTitle': 'Titel von Link {n}',
	'programmeAdmin.seminar.linkUrl': 'Adresse von Link {n}',
	'programmeAdmin.seminar.addLink': 'Link hinzufügen',
	'programmeAdmin.seminar.removeLink': 'Link {n} entfernen',
	'programmeAdmin.seminar.linkRemoved': 'Link {n} entfernt.',
	'programmeAdmin.seminar.template': 'Vorlage des Boards',
	'programmeAdmin.seminar.templateFixed':
		'Das Board des Seminars wird beim Hinzufügen des Seminars aus dieser Vorlage erstellt; sie lässt sich später nicht mehr ändern.',

	// Making a programme
	'programmeAdmin.new.pageTitle': 'Programm durchführen – Groundwork',
	'programmeAdmin.new.title': 'Programm durchführen',
	'programmeAdmin.new.intro':
		'Ein Programm ist eine Reihe von Seminaren entlang der drei Etappen der Roadmap. Städte melden auf seiner öffentlichen Seite ihr Interesse an; Sie nehmen sie auf und senden jeder Stadt ihre eigenen Links.',
	'programmeAdmin.new.detailsTitle': 'Das Programm',
	'programmeAdmin.new.seminarsTitle': 'Seminare',
	'programmeAdmin.new.seminarsIntro':
		'Das Programm beginnt mit einem Seminar für jede Etappe: Füllen Sie sie aus, fügen Sie Seminare hinzu oder entfernen Sie welche. Sie können später alles ändern.',
	'programmeAdmin.new.noSeminars': 'Noch kein Seminar. Sie können Seminare auch später hinzufügen.',
	'programmeAdmin.new.seminarLegend': 'Seminar {n}',
	'programmeAdmin.new.removeSeminar': 'Seminar {n} entfernen',
	'programmeAdmin.new.seminarRemoved': 'Seminar {n} entfernt.',
	'programmeAdmin.new.addSeminar': 'Seminar hinzufügen',
	'programmeAdmin.new.seminarAdded': 'Seminar {n} hinzugefügt.',
	'programmeAdmin.new.maxSeminars': 'Ein Programm hat höchstens {max} Seminare.',
	'programmeAdmin.new.codeNeeded':
		'Geben Sie den Erstellungscode ein, um ein Programm zu erstellen.',
	'programmeAdmin.new.codeHint':
		'Dieser Server verlangt zum Erstellen von Programmen und Boards einen Code. Fragen Sie die für den Server zuständige Stelle nach dem Code.',
	'programmeAdmin.new.rateLimited':
		'Aus Ihrem Netzwerk wurden gerade zu viele Programme oder Boards erstellt. Versuchen Sie es in einigen Minuten erneut.',
	'programmeAdmin.new.submit': 'Programm erstellen',
	'programmeAdmin.new.submitting': 'Wird erstellt …',
	'programmeAdmin.new.error': 'Das Programm konnte nicht erstellt werden. {message}',

	// The manage page
	'programmeAdmin.manage.pageTitle': '{title} – Koordination – Groundwork',
	'programmeAdmin.manage.pageTitleNone': 'Programm koordinieren – Groundwork',
	'programmeAdmin.manage.kicker': 'Koordination eines Programms',
	'programmeAdmin.manage.loading': 'Das Programm wird geladen …',
	'programmeAdmin.manage.noToken':
		'Um dieses Programm zu koordinieren, öffnen Sie den Link für die Koordination, den Sie beim Erstellen erhalten haben, oder bitten Sie eine andere koordinierende Person darum.',
	'programmeAdmin.manage.loadError': 'Das Programm konnte nicht geladen werden. {message}',
	'programmeAdmin.manage.retry': 'Erneut versuchen',
	'programmeAdmin.manage.forget': 'Aus der Liste dieses Browsers entfernen',
	'programmeAdmin.manage.forgotten': 'Aus der Liste dieses Browsers entfernt.',
	'programmeAdmin.manage.publicPage': 'Öffentliche Seite',
	'programmeAdmin.manage.organiser': 'Veranstaltet von {organiser}.',
	'programmeAdmin.manage.seminarCount': '{count, plural, one {# Seminar} other {# Seminare}}',
	'programmeAdmin.manage.acceptedCount':
		'{count, plural, one {# aufgenommene Stadt} other {# aufgenommene Städte}}',
	'programmeAdmin.manage.pendingCount':
		'{count, plural, one {# Anmeldung zu entscheiden} other {# Anmeldungen zu entscheiden}}',
	'programmeAdmin.manage.tabs': 'Programm koordinieren',
	'programmeAdmin.tab.details': 'Programm und Seminare',
	'programmeAdmin.tab.registrations': 'Anmeldungen',
	'programmeAdmin.tab.invitations': 'Einladungen',
	'programmeAdmin.tab.journey': 'Fortschritt und Teilnahme',

	// Details tab: the programme
	'programmeAdmin.details.title': 'Angaben zum Programm',
	'programmeAdmin.details.save': 'Angaben speichern',
	'programmeAdmin.details.saving': 'Wird gespeichert …',
	'programmeAdmin.details.saved': 'Angaben zum Programm gespeichert.',
	'programmeAdmin.details.unsaved': 'Die Angaben konnten nicht gespeichert werden. {message}',
	'programmeAdmin.details.registration': 'Anmeldung',
	'programmeAdmin.details.open':
		'Die Anmeldung ist offen: Städte können auf der öffentlichen Seite ihr Interesse anmelden.',
	'programmeAdmin.details.closed':
		'Die Anmeldung ist geschlossen: Die öffentliche Seite zeigt das Programm ohne das Formular.',
	'programmeAdmin.details.closeRegistration': 'Anmeldung schließen',
	'programmeAdmin.details.openRegistration': 'Anmeldung öffnen',
	'programmeAdmin.details.registrationOpened': 'Anmeldung geöffnet.',
	'programmeAdmin.details.registrationClosed': 'Anmeldung geschlossen.',

	// Details tab: links
	'programmeAdmin.links.title': 'Links',
	'programmeAdmin.links.coordinator': 'Link für die Koordination',
	'programmeAdmin.links.copyCoordinator': 'Link für die Koordination kopieren',
	'programmeAdmin.links.coordinatorHint':
		'Wer diesen Link hat, verwaltet das Programm und sieht die personenbezogenen Daten der Anmeldungen. Teilen Sie ihn nur mit anderen Koordinierenden.',
	'programmeAdmin.links.replace': 'Link ersetzen',
	'programmeAdmin.links.replaceConfirm':
		'Den Link für die Koordination ersetzen? Alle bisherigen Links für die Koordination, auch die von Ihnen geteilten, funktionieren sofort nicht mehr. Dieser Browser arbeitet mit dem neuen Link weiter.',
	'programmeAdmin.links.replaceYes': 'Ja, ersetzen',
	'programmeAdmin.links.replaceNo': 'Nein, behalten',
	'programmeAdmin.links.replaced':
		'Der Link für die Koordination wurde ersetzt. Teilen Sie den neuen Link mit den anderen Koordinierenden.',
	'programmeAdmin.links.public': 'Öffentliche Seite, zum Teilen mit Städten',
	'programmeAdmin.links.copyPublic': 'Link zur öffentlichen Seite kopieren',
	'programmeAdmin.links.calendar': 'Kalender des ganzen Programms (.ics)',
	'programmeAdmin.links.copyCalendar': 'Kalenderlink kopieren',
	'programmeAdmin.links.calendarHint':
		'Kalender-Apps, die diesen Link abonnieren, übernehmen Änderungen an den Seminaren.',

	// Details tab: seminars
	'programmeAdmin.seminars.title':
		'{count, plural, =0 {Seminare} one {Seminare (#)} other {Seminare (#)}}',
	'programmeAdmin.seminars.empty': 'Noch kein Seminar. Fügen Sie unten eines hinzu.',
	'programmeAdmin.seminars.when': '{when} ({zone})',
	'programmeAdmin.seminars.local': 'Ihre Ortszeit: {when} ({zone})',
	'programmeAdmin.seminars.factStage': 'Etappe',
	'programmeAdmin.seminars.factWhen': 'Datum und Uhrzeit',
	'programmeAdmin.seminars.factLength': 'Dauer',
	'programmeAdmin.seminars.factFormat': 'Format',
	'programmeAdmin.seminars.factPlace': 'Ort',
	'programmeAdmin.seminars.factJoin': 'Einwahl',
	'programmeAdmin.seminars.factBoard': 'Board',
	'programmeAdmin.seminars.factAgenda': 'Agenda',
	'programmeAdmin.seminars.factLinks': 'Links zu Materialien',
	'programmeAdmin.seminars.none': 'Keine',
	'programmeAdmin.seminars.openBoard': 'Board von „{title}“ öffnen',
	'programmeAdmin.seminars.edit': '„{title}“ bearbeiten',
	'programmeAdmin.seminars.editTitle': '„{title}“ bearbeiten',
	'programmeAdmin.seminars.save': 'Seminar speichern',
	'programmeAdmin.seminars.saving': 'Wird gespeichert …',
	'programmeAdmin.seminars.cancel': 'Abbrechen',
	'programmeAdmin.seminars.saved': 'Seminar „{title}“ gespeichert.',
	'programmeAdmin.seminars.delete': '„{title}“ löschen',
	'programmeAdmin.seminars.deleteConfirm':
		'Das Seminar „{title}“ löschen? Es verschwindet mit seinen Materialdateien von der öffentlichen Seite und aus dem Kalender.',
	'programmeAdmin.seminars.deleteYes': 'Ja, löschen',
	'programmeAdmin.seminars.deleteNo': 'Nein, behalten',
	'programmeAdmin.seminars.deleted': 'Seminar „{title}“ gelöscht.',
	'programmeAdmin.seminars.archive': 'Board jetzt im Verlauf speichern',
	'programmeAdmin.seminars.archiving': 'Wird gespeichert …',
	'programmeAdmin.seminars.archived':
		'Das Board von „{title}“ wurde in seinem Verlauf gespeichert.',
	'programmeAdmin.seminars.archivedOn': 'Am {date} im Verlauf gespeichert.',
	'programmeAdmin.seminars.archivePending': 'Wird im Verlauf gespeichert …',
	'programmeAdmin.seminars.notArchived':
		'Noch nicht im Verlauf gespeichert: Das Board wird automatisch gespeichert, wenn das Seminar endet.',
	'programmeAdmin.seminars.addTitle': 'Seminar hinzufügen',
	'programmeAdmin.seminars.add': 'Seminar hinzufügen',
	'programmeAdmin.seminars.adding': 'Wird hinzugefügt …',
	'programmeAdmin.seminars.added': 'Seminar „{title}“ hinzugefügt.',
	'programmeAdmin.seminars.full':
		'Dieses Programm hat die Höchstzahl an Seminaren erreicht ({max}).',

	// Details tab: a seminar's files
	'programmeAdmin.files.title': 'Materialdateien',
	'programmeAdmin.files.empty': 'Noch keine Datei.',
	'programmeAdmin.files.delete': '{name} löschen',
	'programmeAdmin.files.deleteConfirm': 'Die Datei „{name}“ löschen?',
	'programmeAdmin.files.deleteYes': 'Ja, löschen',
	'programmeAdmin.files.deleteNo': 'Nein, behalten',
	'programmeAdmin.files.deleted': 'Datei „{name}“ gelöscht.',
	'programmeAdmin.files.choose': 'Datei zu „{title}“ hinzufügen',
	'programmeAdmin.files.limit':
		'Höchstens {max} Dateien pro Seminar, jede höchstens {size}. Alle können sie von der öffentlichen Seite herunterladen.',
	'programmeAdmin.files.upload': 'Hochladen',
	'programmeAdmin.files.uploading': 'Wird hochgeladen …',
	'programmeAdmin.files.noFile': 'Wählen Sie zuerst eine Datei.',
	'programmeAdmin.files.uploaded': 'Datei „{name}“ hinzugefügt.',
	'programmeAdmin.files.tooLarge': 'Die Datei ist zu groß: „{name}“ ist größer als {size}.',
	'programmeAdmin.files.tooMany':
		'Dieses Seminar hat bereits {max} Dateien. Löschen Sie eine, um eine weitere hinzuzufügen.',

	// Registrations tab
	'programmeAdmin.registrations.title': 'Anmeldungen',
	'programmeAdmin.registrations.intro':
		'Die Städte, die auf der öffentlichen Seite ihr Interesse angemeldet haben. Nehmen Sie eine Stadt auf, um ihr ihre Einladungslinks zu geben (siehe „Einladungen“). Es handelt sich um personenbezogene Daten: Exportieren oder löschen Sie sie, wenn eine Stadt darum bittet.',
	'programmeAdmin.registrations.empty':
		'Noch hat sich keine Stadt angemeldet. Teilen Sie die öffentliche Seite, damit sich Städte anmelden können.',
	'programmeAdmin.registrations.caption':
		'{count, plural, one {# Anmeldung} other {# Anmeldungen}}, die neuesten zuerst',
	'programmeAdmin.registrations.city': 'Stadt',
	'programmeAdmin.registrations.country': 'Land',
	'programmeAdmin.registrations.population': 'Stadtgröße',
	'programmeAdmin.registrations.contact': 'Kontakt',
	'programmeAdmin.registrations.email': 'E-Mail',
	'programmeAdmin.registrations.role': 'Funktion',
	'programmeAdmin.registrations.hopes': 'Erwartungen',
	'programmeAdmin.registrations.received': 'Eingegangen',
	'programmeAdmin.registrations.status': 'Status',
	'programmeAdmin.registrations.actions': 'Aktionen',
	'programmeAdmin.status.pending': 'Zu entscheiden',
	'programmeAdmin.status.accepted': 'Aufgenommen',
	'programmeAdmin.status.declined': 'Abgelehnt',
	'programmeAdmin.registrations.decidedOn': 'am {date}',
	'programmeAdmin.registrations.accept': '{city} aufnehmen',
	'programmeAdmin.registrations.decline': '{city} ablehnen',
	'programmeAdmin.registrations.declineConfirm':
		'{city} ablehnen? Die Einladungslinks der Stadt funktionieren dann nicht mehr, und sie verlässt die Kohorte des Programms; ihr Board bleibt erhalten.',
	'programmeAdmin.registrations.declineYes': 'Ablehnen',
	'programmeAdmin.registrations.declineNo': 'Abbrechen',
	'programmeAdmin.registrations.accepted':
		'{city} wurde aufgenommen. Die Einladungslinks stehen im Tab „Einladungen“.',
	'programmeAdmin.registrations.declined': '{city} wurde abgelehnt.',
	'programmeAdmin.registrations.export': 'Daten von {city} exportieren',
	'programmeAdmin.registrations.exported': 'Die Daten von {city} wurden heruntergeladen.',
	'programmeAdmin.registrations.delete': '{city} löschen',
	'programmeAdmin.registrations.deleteConfirm':
		'Die Anmeldung von {city} löschen? Dadurch werden die personenbezogenen Daten (Kontakt, E-Mail, Funktion, Erwartungen) und die Teilnahme gelöscht, und die Einladungslinks funktionieren nicht mehr. Das Board der Stadt bleibt erhalten. Das lässt sich nicht rückgängig machen.',
	'programmeAdmin.registrations.deleteYes': 'Daten löschen',
	'programmeAdmin.registrations.deleteNo': 'Nein, behalten',
	'programmeAdmin.registrations.deleted': 'Die Anmeldung von {city} wurde gelöscht.',
	'programmeAdmin.registrations.csv': 'Alle herunterladen (CSV)',
	'programmeAdmin.registrations.csvDone': 'Die Anmeldungen wurden heruntergeladen.',

	// Invitations tab
	'programmeAdmin.invitations.title': 'Einladungen',
	'programmeAdmin.invitations.intro':
		'Jede aufgenommene Stadt hat einen Link zu ihrem eigenen Roadmap-Board und einen für jedes Seminar. Senden Sie sie an die Kontaktperson der Stadt: Jeder Link funktioniert nur für diese Stadt.',
	'programmeAdmin.invitations.loading': 'Die Einladungen werden geladen …',
	'programmeAdmin.invitations.loadError': 'Die Einladungen konnten nicht geladen werden. {message}',
	'programmeAdmin.invitations.empty':
		'Noch wurde keine Stadt aufgenommen. Nehmen Sie Anmeldungen im Tab „Anmeldungen“ auf.',
	'programmeAdmin.invitations.city': '{city}, {country}',
	'programmeAdmin.invitations.contact': 'Kontakt: {name}',
	'programmeAdmin.invitations.expires': 'Die Links gelten bis zum {date}.',
	'programmeAdmin.invitations.ownBoard': 'Eigenes Roadmap-Board',
	'programmeAdmin.invitations.copy': 'Link „{label}“ für {city} kopieren',
	'programmeAdmin.invitations.copyAll': 'Alle Links von {city} kopieren',
	'programmeAdmin.invitations.copiedAll': 'Alle Links von {city} kopiert.',
	'programmeAdmin.invitations.copyFailed':
		'Die Links konnten nicht kopiert werden. Markieren Sie den Text unten und kopieren Sie ihn selbst.',
	'programmeAdmin.invitations.allLinks': 'Alle Links von {city}',
	'programmeAdmin.invitations.textIntro': 'Ihre Links für „{title}“ ({city}):',
	'programmeAdmin.invitations.textLine': '{label}: {link}',
	'programmeAdmin.invitations.textExpires': 'Die Links gelten bis zum {date}.',
	'programmeAdmin.invitations.textPage': 'Seite des Programms: {link}',
	'programmeAdmin.invitations.reissue': 'Neue Links für {city} ausstellen',
	'programmeAdmin.invitations.reissueConfirm':
		'Neue Links für {city} ausstellen? Die aktuellen Links funktionieren sofort nicht mehr: Senden Sie der Stadt die neuen.',
	'programmeAdmin.invitations.reissueYes': 'Neue Links ausstellen',
	'programmeAdmin.invitations.reissueNo': 'Abbrechen',
	'programmeAdmin.invitations.reissued': 'Neue Links für {city} ausgestellt.',
	'programmeAdmin.invitations.csv': 'CSV für einen Serienbrief herunterladen',
	'programmeAdmin.invitations.csvDone': 'Die Einladungen wurden heruntergeladen.',

	// Journey tab
	'programmeAdmin.journey.title': 'Fortschritt der Städte',
	'programmeAdmin.journey.loading': 'Der Fortschritt wird geladen …',
	'programmeAdmin.journey.loadError': 'Der Fortschritt konnte nicht geladen werden. {message}',
	'programmeAdmin.journey.csv': 'Fortschritt und Teilnahme herunterladen (CSV)',
	'programmeAdmin.journey.csvDone': 'Der Fortschritt wurde heruntergeladen.',
	'programmeAdmin.attendance.title': 'Teilnahme',
	'programmeAdmin.attendance.intro':
		'Die Teilnahme einer Stadt wird erfasst, wenn sie während des Seminars ihren Seminarlink öffnet. Hier können Sie sie von Hand vermerken oder entfernen.',
	'programmeAdmin.attendance.empty': 'Noch wurde keine Stadt aufgenommen.',
	'programmeAdmin.attendance.noSeminars': 'Das Programm hat noch kein Seminar.',
	'programmeAdmin.attendance.caption': 'Teilnahme jeder aufgenommenen Stadt an jedem Seminar',
	'programmeAdmin.attendance.city': 'Stadt',
	'programmeAdmin.attendance.label': '{city} hat an {title} teilgenommen',
	'programmeAdmin.attendance.marked': 'Teilnahme von {city} an {title} vermerkt.',
	'programmeAdmin.attendance.unmarked': 'Teilnahme von {city} an {title} entfernt.',
} as const;
