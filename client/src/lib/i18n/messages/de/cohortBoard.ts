/**
 * German messages of the cohort on the board side (cohort dialog, invitation, sharing, suggestions);
 * spread into `de` (see `./index.ts`).
 */
export const deCohortBoard = {
	'cohortBoard.open': 'Kohorte',
	'cohortBoard.title': 'Kohorte',
	'cohortBoard.close': 'Schließen',
	'cohortBoard.intro':
		'Eine Kohorte fasst die Boards der Städte eines Programms zusammen. Diese Boards teilen eine Best-Practice-Bibliothek und vergleichen ihre Lücken.',
	'cohortBoard.loading': 'Die Kohorte wird geladen …',
	'cohortBoard.retry': 'Erneut versuchen',
	'cohortBoard.list': 'Kohorten dieses Boards',
	'cohortBoard.cityCount': '{count, plural, =0 {Noch keine Stadt} one {# Stadt} other {# Städte}}',
	'cohortBoard.asSeminar': 'Dieses Board nimmt als Seminar-Board teil.',
	'cohortBoard.asCity': 'Dieses Board nimmt als Roadmap von {city} teil.',
	'cohortBoard.openView': 'Kohortenansicht öffnen',
	'cohortBoard.openViewOf': 'Kohortenansicht von „{title}“ öffnen',
	'cohortBoard.notInCohort': 'Dieses Board gehört noch zu keiner Kohorte.',
	'cohortBoard.askFacilitator': 'Die Moderation dieses Boards kann es einer Kohorte hinzufügen.',

	'cohortBoard.create': 'Kohorte gründen',
	'cohortBoard.createIntro':
		'Gründen Sie eine Kohorte für Ihr Programm mit diesem Board als erstem Mitglied und laden Sie dann die anderen Boards aus der Kohortenansicht ein.',
	'cohortBoard.cohortTitle': 'Name der Kohorte',
	'cohortBoard.titleRequired': 'Bitte geben Sie der Kohorte einen Namen.',
	'cohortBoard.createSubmit': 'Kohorte gründen',
	'cohortBoard.creating': 'Wird gegründet …',
	'cohortBoard.created':
		'Kohorte „{title}“ gegründet. Laden Sie die anderen Boards aus der Kohortenansicht ein.',

	'cohortBoard.join': 'Mit einer Einladung beitreten',
	'cohortBoard.joinIntro': 'Die Koordination der Kohorte verschickt einen Einladungslink.',
	'cohortBoard.invitation': 'Einladungslink',
	'cohortBoard.invitationHint':
		'Fügen Sie den ganzen Link ein oder nur den Code, der auf „invite=“ folgt.',
	'cohortBoard.invitationRequired': 'Bitte fügen Sie den Einladungslink ein.',
	'cohortBoard.invitationInvalid':
		'Das ist kein Einladungslink. Fügen Sie den ganzen Link ein, den Sie erhalten haben.',
	'cohortBoard.joinSubmit': 'Der Kohorte beitreten',
	'cohortBoard.joining': 'Beitritt läuft …',
	'cohortBoard.joined': 'Dieses Board ist der Kohorte „{title}“ beigetreten.',

	'cohortBoard.memberKind': 'Dieses Board ist',
	'cohortBoard.memberCity': 'Die Roadmap einer Stadt',
	'cohortBoard.memberSeminar': 'Ein Seminar-Board des Programms',
	'cohortBoard.seminarHint':
		'Die Moderation von Seminar-Boards koordiniert die Kohorte, lädt Städte ein und gibt Bibliothekseinträge frei.',
	'cohortBoard.city': 'Stadt',
	'cohortBoard.country': 'Land',
	'cohortBoard.population': 'Einwohnerzahl',
	'cohortBoard.cityRequired': 'Bitte geben Sie den Namen der Stadt an.',
	'cohortBoard.population.under_20k': 'Weniger als 20.000 Einwohner',
	'cohortBoard.population.20k_50k': '20.000 bis 50.000 Einwohner',
	'cohortBoard.population.50k_100k': '50.000 bis 100.000 Einwohner',
	'cohortBoard.population.100k_250k': '100.000 bis 250.000 Einwohner',

	'cohortBoard.invite.title': 'Einer Kohorte beitreten',
	'cohortBoard.invite.loading': 'Die Einladung wird gelesen …',
	'cohortBoard.invite.to': 'Sie sind eingeladen, der Kohorte „{title}“ ein Board hinzuzufügen.',
	'cohortBoard.invite.cities': 'Städte darin: {cities}.',
	'cohortBoard.invite.noCities': 'Noch ist keine Stadt beigetreten.',
	'cohortBoard.invite.expires': 'Die Einladung gilt bis zum {date}.',
	'cohortBoard.invite.board': 'Hinzuzufügendes Board',
	'cohortBoard.invite.boardHint':
		'Die Boards, die Sie in diesem Browser mit einem Link für die Moderation geöffnet haben.',
	'cohortBoard.invite.noBoard':
		'Nur die Moderation eines Boards kann es einer Kohorte hinzufügen. Öffnen Sie zuerst Ihr Board in diesem Browser mit seinem Link für die Moderation und öffnen Sie dann diese Einladung erneut.',
	'cohortBoard.invite.joined': '„{item}“ gehört jetzt zur Kohorte „{title}“.',
	'cohortBoard.invite.openView': 'Kohortenansicht öffnen',

	'cohortBoard.error.inviteExpired':
		'Diese Einladung ist abgelaufen. Bitten Sie die Koordination der Kohorte um einen neuen Link.',
	'cohortBoard.error.inviteRevoked':
		'Diese Einladung wurde durch eine neuere ersetzt. Bitten Sie die Koordination der Kohorte um den neuen Link.',
	'cohortBoard.error.inviteInvalid':
		'Diese Einladung ist ungültig. Prüfen Sie, ob Sie den ganzen Link eingefügt haben.',
	'cohortBoard.error.cohortFull': 'Diese Kohorte ist voll und kann kein weiteres Board aufnehmen.',
	'cohortBoard.error.forbidden': 'Ihre Rolle auf diesem Board erlaubt das nicht.',
	'cohortBoard.error.notMember': 'Dieses Board gehört nicht (mehr) zu dieser Kohorte.',
	'cohortBoard.error.notPromotable':
		'Nur eine Erfolgskarte oder eine behobene Lücke kann in der Bibliothek geteilt werden.',
	'cohortBoard.error.linkRevoked':
		'Der Link, mit dem dieses Board geöffnet wurde, funktioniert nicht mehr. Bitten Sie die Moderation um den neuen Link.',
	'cohortBoard.error.notFound': 'Was Sie angefragt haben, existiert nicht mehr.',
	'cohortBoard.error.invalid': 'Einige der Werte wurden abgelehnt: {message}',
	'cohortBoard.error.offline':
		'Der Server war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
	'cohortBoard.error.other': 'Etwas ist schiefgelaufen: {message}',

	'cohortBoard.promote': 'In der Bibliothek teilen',
	'cohortBoard.promote.title': 'In der Bibliothek der Kohorte teilen',
	'cohortBoard.promote.ofCard': 'Aus der Erfolgskarte „{title}“',
	'cohortBoard.promote.ofGap': 'Aus der behobenen Lücke „{title}“',
	'cohortBoard.promote.introCard':
		'Ergänzen Sie, was andere Städte wissen müssen. Felder, die Sie leer lassen, werden aus der Karte übernommen.',
	'cohortBoard.promote.introGap':
		'Ergänzen Sie, was andere Städte wissen müssen. Felder, die Sie leer lassen, werden aus der Lücke und den Maßnahmen übernommen, mit denen sie behoben wurde.',
	'cohortBoard.field.title': 'Titel',
	'cohortBoard.field.summary': 'Zusammenfassung',
	'cohortBoard.field.gapCategories': 'Arten von Lücken, die es angeht',
	'cohortBoard.field.costRange': 'Kostenrahmen',
	'cohortBoard.field.costRangeHint': 'Zum Beispiel „40.000 € pro Jahr“.',
	'cohortBoard.field.fundingUsed': 'Genutzte Finanzierung',
	'cohortBoard.field.timeframe': 'Zeitrahmen',
	'cohortBoard.field.contact': 'Kontakt',
	'cohortBoard.field.evidenceLevel': 'Nachweis',
	'cohortBoard.field.difficulty': 'Wie schwer es sich übertragen lässt',
	'cohortBoard.field.lessons': 'Erkenntnisse und Fallstricke',
	'cohortBoard.evidence.self_reported': 'Eigenangabe',
	'cohortBoard.evidence.peer_reviewed': 'Im Peer-Review geprüft',
	'cohortBoard.evidence.evaluated': 'Unabhängig evaluiert',
	'cohortBoard.difficulty.low': 'Gering',
	'cohortBoard.difficulty.medium': 'Mittel',
	'cohortBoard.difficulty.high': 'Hoch',
	'cohortBoard.promote.draft': 'Als Entwurf speichern',
	'cohortBoard.promote.submit': 'Zur Freigabe einreichen',
	'cohortBoard.promote.sending': 'Wird gesendet …',
	'cohortBoard.promote.savedDraft':
		'„{title}“ ist als Entwurf in der Bibliothek gespeichert. Ergänzen Sie es in der Kohortenansicht und reichen Sie es dort ein.',
	'cohortBoard.promote.submitted':
		'„{title}“ wurde eingereicht: Die Koordination der Kohorte prüft es, bevor die anderen Städte es sehen.',
	'cohortBoard.promote.cancel': 'Abbrechen',

	'cohortBoard.suggestions': 'Vorschläge aus der Kohorte',
	'cohortBoard.suggestions.loading': 'Vorschläge werden gesucht …',
	'cohortBoard.suggestions.refresh': 'Vorschläge aktualisieren',
	'cohortBoard.suggestions.noCategory':
		'Geben Sie der Lücke eine Kategorie: Praxisbeispiele werden nach der Art der Lücke vorgeschlagen, die sie angehen.',
	'cohortBoard.suggestions.practices': 'Praxisbeispiele aus der Bibliothek',
	'cohortBoard.suggestions.noPractices':
		'Noch kein freigegebenes Praxisbeispiel in der Bibliothek geht diese Art von Lücke an.',
	'cohortBoard.suggestions.found':
		'{count, plural, =0 {Kein Praxisbeispiel gefunden} one {# Praxisbeispiel gefunden} other {# Praxisbeispiele gefunden}}',
	'cohortBoard.suggestions.why': 'Warum es vorgeschlagen wird',
	'cohortBoard.origin': 'Aus {city}',
	'cohortBoard.originCountry': 'Aus {city}, {country}',
	'cohortBoard.reason.category': 'Geht Lücken im Bereich {label} an',
	'cohortBoard.reason.sector': 'Gleicher Sektor: {label}',
	'cohortBoard.reason.stage': 'Gleiche Etappe: {label}',
	'cohortBoard.reason.implemented':
		'Umgesetzt in {count, plural, one {# anderen Stadt} other {# anderen Städten}}',
	'cohortBoard.reason.evidence': 'Nachweis: {label}',
	'cohortBoard.copy': 'In mein Board kopieren',
	'cohortBoard.copying': 'Wird kopiert …',
	'cohortBoard.copied': 'Als Maßnahmenkarte in Ihr Board kopiert.',
	'cohortBoard.copiedAnnounce': '„{title}“ wurde als Maßnahmenkarte in Ihr Board kopiert.',
	'cohortBoard.suggestions.peers': 'Städte, die dieselbe Lücke behoben haben',
	'cohortBoard.suggestions.noPeers':
		'Noch keine andere Stadt der Kohorte hat eine solche Lücke behoben.',
	'cohortBoard.peerGap': '{city}: „{gap}“',
	'cohortBoard.peerActions': 'Was sie getan haben',
	'cohortBoard.peerNoActions': 'Damit ist keine Maßnahme verknüpft.',

	'cohortBoard.copiedFrom': 'Aus der Bibliothek der Kohorte kopiert',
	'cohortBoard.replication': 'Wie weit sind Sie gekommen?',
	'cohortBoard.replicationHint': 'Die anderen Städte sehen dies in der Bibliothek.',
	'cohortBoard.replication.considering': 'Wird erwogen',
	'cohortBoard.replication.adapting': 'Wird angepasst',
	'cohortBoard.replication.implemented': 'Umgesetzt',
	'cohortBoard.replication.dropped': 'Verworfen',
} as const;
