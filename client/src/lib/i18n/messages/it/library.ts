/** Italian messages of the library’s editing and of the public library (see `../en.library.ts`). */
export const itLibrary = {
	'library.edit': 'Modifica',
	'library.edit.title': 'Modifica «{title}»',
	'library.edit.intro':
		'Modificare il contenuto della pratica. Vengono salvati solo i campi modificati; il resto rimane invariato.',
	'library.edit.approvalNote':
		'Questa pratica è approvata. Al salvataggio delle modifiche torna ai coordinatori per l’approvazione: finché non la approvano di nuovo, le altre città non la vedono più ed esce dalla libreria pubblica.',
	'library.edit.origin': 'Provenienza',
	'library.edit.resultsIntro':
		'Che cosa è stato misurato: un valore e la sua unità, e l’anno se noto. Le righe vuote vengono tralasciate.',
	'library.edit.noResults': 'Ancora nessun risultato.',
	'library.edit.result': 'Risultato {n}',
	'library.edit.addResult': 'Aggiungi un risultato',
	'library.edit.removeResult': 'Rimuovi il risultato {n}',
	'library.edit.resultRemoved': 'Risultato {n} rimosso.',
	'library.edit.valueHint': 'Un numero, ad esempio 12500 o 3,5.',
	'library.edit.yearHint': 'Facoltativo.',
	'library.edit.linksHint':
		'Un indirizzo web per riga, che inizi con http:// o https://. Al massimo {max}.',
	'library.edit.language': 'Lingua in cui è scritta',
	'library.edit.languageHint': 'Un breve codice di lingua, ad esempio «en», «hr» o «pt-BR».',
	'library.edit.save': 'Salva le modifiche',
	'library.edit.saving': 'Salvataggio…',
	'library.edit.cancel': 'Annulla',
	'library.edit.invalid':
		'{count, plural, one {# campo richiede} other {# campi richiedono}} attenzione prima del salvataggio.',
	'library.edit.saved': 'Le modifiche a «{title}» sono state salvate.',
	'library.edit.savedForApproval':
		'Le modifiche a «{title}» sono state salvate. La pratica è tornata ai coordinatori per l’approvazione.',
	'library.edit.unchanged': 'Nessuna modifica apportata a «{title}».',
	'library.edit.titleRequired': 'Assegnare un titolo alla pratica.',
	'library.edit.cityRequired': 'Indicare la città di provenienza.',
	'library.edit.tooLong': 'Al massimo {max} caratteri.',
	'library.edit.metricRequired': 'Indicare che cosa è stato misurato.',
	'library.edit.valueInvalid': 'Indicare il valore come numero, ad esempio 12500 o 3,5.',
	'library.edit.yearInvalid':
		'Indicare un anno compreso tra {min} e {max}, oppure lasciare vuoto il campo.',
	'library.edit.tooManyResults': 'Indicare al massimo {max} risultati.',
	'library.edit.linkInvalid':
		'Riga {line}: «{link}» non è accettato. Sono ammessi solo indirizzi web che iniziano con http:// o https://.',
	'library.edit.linkTooLong': 'Riga {line}: questo indirizzo supera {max} caratteri.',
	'library.edit.tooManyLinks': 'Indicare al massimo {max} link.',
	'library.edit.linkRefused': 'Link {n}: {message}',
	'library.edit.languageInvalid':
		'Indicare un codice di lingua come «en», «hr» o «pt-BR» (prima due o tre lettere).',

	'library.open': 'Libreria pubblica di buone pratiche',
	'library.openHint':
		'Ciò che le città delle coorti hanno trovato efficace, pubblicato perché tutti possano leggerlo: non serve alcun link.',
	'library.pageTitle': 'Libreria pubblica di buone pratiche — Groundwork',
	'library.title': 'Libreria pubblica di buone pratiche',
	'library.intro':
		'Ciò che le città delle coorti di Groundwork hanno trovato efficace, approvato e pubblicato dai loro coordinatori. È possibile cercare, filtrare per settore, leva, tappa, tipo di lacuna o dimensione della città e aprire una pratica per leggerla per intero.',
	'library.results': 'Pratiche pubblicate',
	'library.loading': 'Caricamento della libreria…',
	'library.loadError': 'Impossibile caricare la libreria: {message}',
	'library.retry': 'Riprova',
	'library.count': '{count, plural, one {# pratica pubblicata} other {# pratiche pubblicate}}',
	'library.empty':
		'Nessuna pratica è stata ancora pubblicata. I coordinatori delle coorti pubblicano qui le pratiche approvate delle loro città.',
	'library.noneFound': 'Nessuna pratica pubblicata corrisponde a questi filtri.',
} as const;
