/** Italian messages of the cohort on the board side (see `../en.cohortBoard.ts`). */
export const itCohortBoard = {
	'cohortBoard.open': 'Coorte',
	'cohortBoard.title': 'Coorte',
	'cohortBoard.close': 'Chiudi',
	'cohortBoard.intro':
		'Una coorte riunisce le lavagne delle città di uno stesso programma: condividono una libreria di buone pratiche e confrontano le proprie lacune.',
	'cohortBoard.loading': 'Caricamento della coorte…',
	'cohortBoard.retry': 'Riprova',
	'cohortBoard.list': 'Coorti di questa lavagna',
	'cohortBoard.cityCount':
		'{count, plural, =0 {Ancora nessuna città} one {# città} other {# città}}',
	'cohortBoard.asSeminar': 'Questa lavagna partecipa come lavagna di seminario.',
	'cohortBoard.asCity': 'Questa lavagna partecipa come roadmap di {city}.',
	'cohortBoard.openView': 'Apri la vista della coorte',
	'cohortBoard.openViewOf': 'Apri la vista della coorte «{title}»',
	'cohortBoard.notInCohort': 'Questa lavagna non fa ancora parte di una coorte.',
	'cohortBoard.askFacilitator': 'Un facilitatore di questa lavagna può aggiungerla a una coorte.',

	'cohortBoard.create': 'Crea una coorte',
	'cohortBoard.createIntro':
		'Avviare una coorte per il programma con questa lavagna al suo interno, poi invitare le altre lavagne dalla vista della coorte.',
	'cohortBoard.cohortTitle': 'Nome della coorte',
	'cohortBoard.titleRequired': 'Assegnare un nome alla coorte.',
	'cohortBoard.createSubmit': 'Crea coorte',
	'cohortBoard.creating': 'Creazione…',
	'cohortBoard.created':
		'Coorte «{title}» creata. Invitare le altre lavagne dalla vista della coorte.',

	'cohortBoard.join': 'Aderisci con un invito',
	'cohortBoard.joinIntro': 'I coordinatori della coorte inviano un link di invito.',
	'cohortBoard.invitation': 'Link di invito',
	'cohortBoard.invitationHint':
		'Incollare il link completo, oppure solo il codice che segue «invite=».',
	'cohortBoard.invitationRequired': 'Incollare il link di invito.',
	'cohortBoard.invitationInvalid':
		'Questo non è un link di invito. Incollare il link completo ricevuto.',
	'cohortBoard.joinSubmit': 'Aderisci alla coorte',
	'cohortBoard.joining': 'Adesione…',
	'cohortBoard.joined': 'Questa lavagna ha aderito alla coorte «{title}».',

	'cohortBoard.memberKind': 'Questa lavagna è',
	'cohortBoard.memberCity': 'La roadmap di una città',
	'cohortBoard.memberSeminar': 'Una lavagna di seminario del programma',
	'cohortBoard.seminarHint':
		'I facilitatori delle lavagne di seminario coordinano la coorte: invitano le città e approvano gli elementi della libreria.',
	'cohortBoard.city': 'Città',
	'cohortBoard.country': 'Paese',
	'cohortBoard.population': 'Popolazione',
	'cohortBoard.cityRequired': 'Indicare il nome della città.',
	'cohortBoard.population.under_20k': 'Meno di 20.000 abitanti',
	'cohortBoard.population.20k_50k': 'Da 20.000 a 50.000 abitanti',
	'cohortBoard.population.50k_100k': 'Da 50.000 a 100.000 abitanti',
	'cohortBoard.population.100k_250k': 'Da 100.000 a 250.000 abitanti',

	'cohortBoard.invite.title': 'Aderisci a una coorte',
	'cohortBoard.invite.loading': 'Lettura dell’invito…',
	'cohortBoard.invite.to': 'Invito ad aggiungere una lavagna alla coorte «{title}».',
	'cohortBoard.invite.cities': 'Città partecipanti: {cities}.',
	'cohortBoard.invite.noCities': 'Nessuna città ha ancora aderito.',
	'cohortBoard.invite.expires': 'Scadenza dell’invito: {date}.',
	'cohortBoard.invite.board': 'Lavagna da aggiungere',
	'cohortBoard.invite.boardHint':
		'Le lavagne aperte in questo browser con un link per facilitatori.',
	'cohortBoard.invite.noBoard':
		'Solo i facilitatori di una lavagna possono aggiungerla a una coorte. Aprire prima la lavagna in questo browser con il suo link per facilitatori, poi riaprire questo invito.',
	'cohortBoard.invite.joined': '«{item}» fa ora parte della coorte «{title}».',
	'cohortBoard.invite.openView': 'Apri la vista della coorte',

	'cohortBoard.error.inviteExpired':
		'Questo invito è scaduto. Chiedere un nuovo link ai coordinatori della coorte.',
	'cohortBoard.error.inviteRevoked':
		'Questo invito è stato sostituito da uno più recente. Chiedere il nuovo link ai coordinatori della coorte.',
	'cohortBoard.error.inviteInvalid':
		'Questo invito non è valido. Verificare di aver incollato il link completo.',
	'cohortBoard.error.cohortFull': 'Questa coorte è al completo: non può accogliere altre lavagne.',
	'cohortBoard.error.forbidden': 'Il ruolo su questa lavagna non consente questa operazione.',
	'cohortBoard.error.notMember': 'Questa lavagna non fa (più) parte di quella coorte.',
	'cohortBoard.error.notPromotable':
		'Solo una scheda successo o una lacuna risolta possono essere condivise nella libreria.',
	'cohortBoard.error.linkRevoked':
		'Il link con cui è stata aperta questa lavagna non funziona più. Chiedere il nuovo link a un facilitatore.',
	'cohortBoard.error.notFound': 'L’elemento richiesto non esiste più.',
	'cohortBoard.error.invalid': 'Alcuni valori sono stati rifiutati: {message}',
	'cohortBoard.error.offline':
		'Impossibile raggiungere il server. Verificare la connessione e riprovare.',
	'cohortBoard.error.other': 'Si è verificato un errore: {message}',

	'cohortBoard.promote': 'Condividi nella libreria',
	'cohortBoard.promote.title': 'Condividi nella libreria della coorte',
	'cohortBoard.promote.ofCard': 'Dalla scheda successo «{title}»',
	'cohortBoard.promote.ofGap': 'Dalla lacuna risolta «{title}»',
	'cohortBoard.promote.introCard':
		'Completare ciò che le altre città devono sapere. I campi lasciati vuoti vengono compilati a partire dalla scheda.',
	'cohortBoard.promote.introGap':
		'Completare ciò che le altre città devono sapere. I campi lasciati vuoti vengono compilati a partire dalla lacuna e dalle azioni che l’hanno risolta.',
	'cohortBoard.field.title': 'Titolo',
	'cohortBoard.field.summary': 'Sintesi',
	'cohortBoard.field.gapCategories': 'Tipi di lacuna a cui risponde',
	'cohortBoard.field.costRange': 'Fascia di costo',
	'cohortBoard.field.costRangeHint': 'Ad esempio «40.000 € all’anno».',
	'cohortBoard.field.fundingUsed': 'Finanziamenti utilizzati',
	'cohortBoard.field.timeframe': 'Tempistiche',
	'cohortBoard.field.contact': 'Contatto',
	'cohortBoard.field.evidenceLevel': 'Evidenze',
	'cohortBoard.field.difficulty': 'Difficoltà di trasferimento',
	'cohortBoard.field.lessons': 'Lezioni apprese e insidie',
	'cohortBoard.evidence.self_reported': 'Autodichiarate',
	'cohortBoard.evidence.peer_reviewed': 'Verificate tra pari',
	'cohortBoard.evidence.evaluated': 'Valutate in modo indipendente',
	'cohortBoard.difficulty.low': 'Bassa',
	'cohortBoard.difficulty.medium': 'Media',
	'cohortBoard.difficulty.high': 'Alta',
	'cohortBoard.promote.draft': 'Salva come bozza',
	'cohortBoard.promote.submit': 'Invia per l’approvazione',
	'cohortBoard.promote.sending': 'Invio…',
	'cohortBoard.promote.savedDraft':
		'«{title}» è salvata come bozza nella libreria. Completarla e inviarla dalla vista della coorte.',
	'cohortBoard.promote.submitted':
		'«{title}» è stata inviata: i coordinatori della coorte la esamineranno prima che le altre città possano vederla.',
	'cohortBoard.promote.cancel': 'Annulla',

	'cohortBoard.suggestions': 'Suggerimenti dalla coorte',
	'cohortBoard.suggestions.loading': 'Ricerca di suggerimenti…',
	'cohortBoard.suggestions.refresh': 'Aggiorna i suggerimenti',
	'cohortBoard.suggestions.noCategory':
		'Assegnare una categoria alla lacuna: le pratiche vengono suggerite in base al tipo di lacuna a cui rispondono.',
	'cohortBoard.suggestions.practices': 'Pratiche dalla libreria',
	'cohortBoard.suggestions.noPractices':
		'Nessuna pratica approvata nella libreria risponde ancora a questo tipo di lacuna.',
	'cohortBoard.suggestions.found':
		'{count, plural, =0 {Nessuna pratica trovata} one {# pratica trovata} other {# pratiche trovate}}',
	'cohortBoard.suggestions.why': 'Perché viene suggerita',
	'cohortBoard.origin': 'Da {city}',
	'cohortBoard.originCountry': 'Da {city}, {country}',
	'cohortBoard.reason.category': 'Risponde a lacune di tipo «{label}»',
	'cohortBoard.reason.sector': 'Stesso settore: {label}',
	'cohortBoard.reason.stage': 'Stessa tappa: {label}',
	'cohortBoard.reason.implemented':
		'Attuata in {count, plural, one {# altra città} other {# altre città}}',
	'cohortBoard.reason.evidence': 'Evidenze: {label}',
	'cohortBoard.copy': 'Copia nella mia lavagna',
	'cohortBoard.copying': 'Copia in corso…',
	'cohortBoard.copied': 'Copiata nella propria lavagna come scheda azione.',
	'cohortBoard.copiedAnnounce':
		'«{title}» è stata copiata nella propria lavagna come scheda azione.',
	'cohortBoard.suggestions.peers': 'Città che hanno risolto la stessa lacuna',
	'cohortBoard.suggestions.noPeers':
		'Nessun’altra città della coorte ha ancora risolto una lacuna simile.',
	'cohortBoard.peerGap': '{city}: «{gap}»',
	'cohortBoard.peerActions': 'Che cosa hanno fatto',
	'cohortBoard.peerNoActions': 'Nessuna azione collegata.',

	'cohortBoard.copiedFrom': 'Copiata dalla libreria della coorte',
	'cohortBoard.replication': 'A che punto è l’attuazione?',
	'cohortBoard.replicationHint': 'Le altre città lo vedono nella libreria.',
	'cohortBoard.replication.considering': 'In valutazione',
	'cohortBoard.replication.adapting': 'In adattamento',
	'cohortBoard.replication.implemented': 'Attuata',
	'cohortBoard.replication.dropped': 'Abbandonata',
} as const;
