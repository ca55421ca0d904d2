/**
 * German messages of the library beyond the cohort view's list; spread into `de` (see `./index.ts`).
 */
export const deLibrary = {
	'library.edit': 'Bearbeiten',
	'library.edit.title': '„{title}“ bearbeiten',
	'library.edit.intro':
		'Ändern Sie, was das Praxisbeispiel beschreibt. Nur die geänderten Felder werden gespeichert; alles andere bleibt, wie es ist.',
	'library.edit.approvalNote':
		'Dieses Praxisbeispiel ist freigegeben. Wenn Sie Ihre Änderungen speichern, geht es zur Freigabe zurück an die Koordination: Bis es erneut freigegeben ist, sehen die anderen Städte es nicht mehr, und es verschwindet aus der öffentlichen Bibliothek.',
	'library.edit.origin': 'Herkunft',
	'library.edit.resultsIntro':
		'Was gemessen wurde: ein Wert und seine Einheit, und das Jahr, falls bekannt. Leere Zeilen werden ausgelassen.',
	'library.edit.noResults': 'Noch kein Ergebnis.',
	'library.edit.result': 'Ergebnis {n}',
	'library.edit.addResult': 'Ergebnis hinzufügen',
	'library.edit.removeResult': 'Ergebnis {n} entfernen',
	'library.edit.resultRemoved': 'Ergebnis {n} entfernt.',
	'library.edit.valueHint': 'Eine Zahl, zum Beispiel 12500 oder 3,5.',
	'library.edit.yearHint': 'Optional.',
	'library.edit.linksHint':
		'Eine Webadresse pro Zeile, beginnend mit http:// oder https://. Höchstens {max}.',
	'library.edit.language': 'Sprache, in der es verfasst ist',
	'library.edit.languageHint': 'Ein kurzer Sprachcode, zum Beispiel „de“, „hr“ oder „pt-BR“.',
	'library.edit.save': 'Änderungen speichern',
	'library.edit.saving': 'Wird gespeichert …',
	'library.edit.cancel': 'Abbrechen',
	'library.edit.invalid':
		'Bitte prüfen Sie vor dem Speichern {count, plural, one {# Feld} other {# Felder}}.',
	'library.edit.saved': 'Ihre Änderungen an „{title}“ wurden gespeichert.',
	'library.edit.savedForApproval':
		'Ihre Änderungen an „{title}“ wurden gespeichert. Es ging zur Freigabe zurück an die Koordination.',
	'library.edit.unchanged': 'An „{title}“ wurde nichts geändert.',
	'library.edit.titleRequired': 'Bitte geben Sie dem Praxisbeispiel einen Titel.',
	'library.edit.cityRequired': 'Bitte geben Sie die Stadt an, aus der es stammt.',
	'library.edit.tooLong': 'Höchstens {max} Zeichen.',
	'library.edit.metricRequired': 'Bitte geben Sie an, was gemessen wurde.',
	'library.edit.valueInvalid': 'Bitte geben Sie den Wert als Zahl an, zum Beispiel 12500 oder 3,5.',
	'library.edit.yearInvalid':
		'Bitte geben Sie ein Jahr von {min} bis {max} an, oder lassen Sie das Feld leer.',
	'library.edit.tooManyResults': 'Geben Sie höchstens {max} Ergebnisse an.',
	'library.edit.linkInvalid':
		'Zeile {line}: „{link}“ wird nicht akzeptiert. Es sind nur Webadressen möglich, die mit http:// oder https:// beginnen.',
	'library.edit.linkTooLong': 'Zeile {line}: Diese Adresse ist länger als {max} Zeichen.',
	'library.edit.tooManyLinks': 'Geben Sie höchstens {max} Links an.',
	'library.edit.linkRefused': 'Link {n}: {message}',
	'library.edit.languageInvalid':
		'Bitte geben Sie einen Sprachcode wie „de“, „hr“ oder „pt-BR“ an (zuerst zwei oder drei Buchstaben).',

	'library.open': 'Öffentliche Best-Practice-Bibliothek',
	'library.openHint':
		'Was sich in den Städten der Kohorten bewährt hat, veröffentlicht für alle zum Lesen: kein Link nötig.',
	'library.pageTitle': 'Öffentliche Best-Practice-Bibliothek – Groundwork',
	'library.title': 'Öffentliche Best-Practice-Bibliothek',
	'library.intro':
		'Was sich in den Städten der Groundwork-Kohorten bewährt hat, freigegeben und veröffentlicht von ihrer Koordination. Durchsuchen Sie die Bibliothek, filtern Sie nach Sektor, Hebel, Etappe, Art der Lücke oder Stadtgröße, und öffnen Sie ein Praxisbeispiel, um es vollständig zu lesen.',
	'library.results': 'Veröffentlichte Praxisbeispiele',
	'library.loading': 'Die Bibliothek wird geladen …',
	'library.loadError': 'Die Bibliothek konnte nicht geladen werden: {message}',
	'library.retry': 'Erneut versuchen',
	'library.count':
		'{count, plural, one {# veröffentlichtes Praxisbeispiel} other {# veröffentlichte Praxisbeispiele}}',
	'library.empty':
		'Es wurde noch kein Praxisbeispiel veröffentlicht. Die Koordination der Kohorten veröffentlicht hier die freigegebenen Praxisbeispiele ihrer Städte.',
	'library.noneFound': 'Kein veröffentlichtes Praxisbeispiel entspricht diesen Filtern.',
} as const;
