/** German messages of the admin screens; spread into `de` (see `./index.ts`). */
export const deAdmin = {
	'admin.open': 'Board-Einstellungen',
	'admin.title': 'Board-Einstellungen',
	'admin.close': 'Board-Einstellungen schließen',
	'admin.intro': 'Nur die Moderation sieht diese Einstellungen. Änderungen gelten sofort für alle.',
	'admin.archivedBadge': 'Archiviert',

	'admin.nameHeading': 'Name',
	'admin.nameLabel': 'Name des Boards',
	'admin.rename': 'Board umbenennen',
	'admin.nameRequired': 'Bitte geben Sie dem Board einen Namen.',
	'admin.renamed': 'Das Board heißt jetzt „{title}“.',

	'admin.archiveHeading': 'Archiv',
	'admin.archivedNote':
		'Dieses Board ist archiviert: Der Workshop ist als beendet markiert. Es lässt sich weiterhin öffnen und funktioniert wie bisher.',
	'admin.activeNote':
		'Archivieren Sie das Board, wenn der Workshop vorbei ist. Es lässt sich weiterhin öffnen und nutzen, und Sie können es wieder aus dem Archiv holen.',
	'admin.archive': 'Board archivieren',
	'admin.unarchive': 'Board aus dem Archiv holen',
	'admin.archivedDone': 'Das Board ist archiviert.',
	'admin.unarchivedDone': 'Das Board ist nicht mehr archiviert.',

	'admin.linksHeading': 'Links ersetzen',
	'admin.linksIntro':
		'Wenn ein Link die falschen Personen erreicht hat, ersetzen Sie ihn. Alte Links funktionieren sofort nicht mehr, und wer einen davon nutzt, wird getrennt.',
	'admin.rotate':
		'{role, select, viewer {Links für Zuschauende ersetzen} participant {Links für Teilnehmende ersetzen} other {Alle Links ersetzen}}',
	'admin.rotateConfirm':
		'{role, select, viewer {Alte Links für Zuschauende funktionieren sofort nicht mehr, und alle, die mit einem davon zuschauen, werden getrennt.} participant {Alte Links für Teilnehmende funktionieren sofort nicht mehr, und alle, die mit einem davon mitarbeiten, werden getrennt.} other {Alle alten Links, auch Ihrer, funktionieren sofort nicht mehr, und alle werden getrennt. Diese Seite öffnet sich mit Ihrem neuen Link erneut.}}',
	'admin.rotateYes':
		'{role, select, viewer {Links für Zuschauende jetzt ersetzen} participant {Links für Teilnehmende jetzt ersetzen} other {Alle Links jetzt ersetzen}}',
	'admin.cancel': 'Abbrechen',
	'admin.rotated':
		'{role, select, viewer {Neuer Link für Zuschauende bereit: Senden Sie ihn an alle, die weiter zuschauen sollen.} participant {Neuer Link für Teilnehmende bereit: Senden Sie ihn an alle, die weiter mitarbeiten sollen.} other {Neue Links bereit: Senden Sie jeden an die Personen, die weiter Zugang haben sollen.}}',
	'admin.newLinks': 'Neue Links',

	'admin.deleteHeading': 'Löschen',
	'admin.deleteIntro':
		'Beim Löschen wird das Board mit seinen Karten, Lücken, seiner Sitzung und seinem Verlauf für alle entfernt. Das lässt sich nicht rückgängig machen.',
	'admin.delete': 'Board löschen …',
	'admin.deleteConfirm':
		'„{title}“ für alle löschen? Alle, die darauf arbeiten, werden getrennt, und das lässt sich nicht rückgängig machen.',
	'admin.deleteYes': '„{title}“ löschen',
	'admin.deleting': 'Wird gelöscht …',

	'admin.working': 'Wird ausgeführt …',
	'admin.error': 'Das hat nicht funktioniert: {message}',
	'admin.forbidden': 'Nur die Moderation kann dieses Board ändern.',
	'admin.revoked':
		'Ihr Link wurde ersetzt. Öffnen Sie das Board mit Ihrem neuen Link für die Moderation.',
	'admin.gone': 'Dieses Board existiert nicht mehr.',
} as const;
