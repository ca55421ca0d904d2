/** Croatian messages of editing library items and of the public library; spread into `hr` (see `./index.ts`). */
export const hrLibrary = {
	'library.edit': 'Uredi',
	'library.edit.title': 'Uređivanje prakse „{title}“',
	'library.edit.intro':
		'Promijenite sadržaj prakse. Spremaju se samo polja koja promijenite; ostalo ostaje kakvo jest.',
	'library.edit.approvalNote':
		'Ova je praksa odobrena. Kad spremite promjene, ponovno ide koordinatorima na odobrenje: dok je ponovno ne odobre, drugi gradovi je više ne vide i uklanja se iz javne knjižnice.',
	'library.edit.origin': 'Odakle potječe',
	'library.edit.resultsIntro':
		'Što je izmjereno: vrijednost i mjerna jedinica te godina, ako je znate. Prazni retci se izostavljaju.',
	'library.edit.noResults': 'Još nema rezultata.',
	'library.edit.result': 'Rezultat {n}',
	'library.edit.addResult': 'Dodaj rezultat',
	'library.edit.removeResult': 'Ukloni rezultat {n}',
	'library.edit.resultRemoved': 'Rezultat {n} je uklonjen.',
	'library.edit.valueHint': 'Broj, na primjer 12500 ili 3,5.',
	'library.edit.yearHint': 'Nije obavezno.',
	'library.edit.linksHint':
		'Jedna web-adresa po retku, koja počinje s http:// ili https://. Najviše {max}.',
	'library.edit.language': 'Jezik na kojem je napisana',
	'library.edit.languageHint': 'Kratka oznaka jezika, na primjer „en“, „hr“ ili „pt-BR“.',
	'library.edit.save': 'Spremi promjene',
	'library.edit.saving': 'Spremanje…',
	'library.edit.cancel': 'Odustani',
	'library.edit.invalid':
		'Prije spremanja provjerite {count, plural, one {# polje} few {# polja} other {# polja}}.',
	'library.edit.saved': 'Vaše promjene prakse „{title}“ su spremljene.',
	'library.edit.savedForApproval':
		'Vaše promjene prakse „{title}“ su spremljene. Praksa je ponovno poslana koordinatorima na odobrenje.',
	'library.edit.unchanged': 'U praksi „{title}“ ništa nije promijenjeno.',
	'library.edit.titleRequired': 'Unesite naslov prakse.',
	'library.edit.cityRequired': 'Unesite grad iz kojeg praksa potječe.',
	'library.edit.tooLong': 'Najveći dopušteni broj znakova: {max}.',
	'library.edit.metricRequired': 'Navedite što je izmjereno.',
	'library.edit.valueInvalid': 'Unesite vrijednost kao broj, na primjer 12500 ili 3,5.',
	'library.edit.yearInvalid': 'Unesite godinu od {min} do {max} ili ostavite polje prazno.',
	'library.edit.tooManyResults': 'Broj rezultata ne smije biti veći od {max}.',
	'library.edit.linkInvalid':
		'Redak {line}: adresa „{link}“ nije prihvaćena. Mogu se navesti samo web-adrese koje počinju s http:// ili https://.',
	'library.edit.linkTooLong':
		'Redak {line}: ova adresa ima više znakova nego što je dopušteno ({max}).',
	'library.edit.tooManyLinks': 'Broj poveznica ne smije biti veći od {max}.',
	'library.edit.linkRefused': 'Poveznica {n}: {message}',
	'library.edit.languageInvalid':
		'Unesite oznaku jezika poput „en“, „hr“ ili „pt-BR“ (najprije dva ili tri slova).',

	'library.open': 'Javna knjižnica dobre prakse',
	'library.openHint':
		'Ono što su gradovi iz kohorti utvrdili da djeluje, objavljeno da svi mogu čitati: poveznica nije potrebna.',
	'library.pageTitle': 'Javna knjižnica dobre prakse — Groundwork',
	'library.title': 'Javna knjižnica dobre prakse',
	'library.intro':
		'Ono što su gradovi iz kohorti platforme Groundwork utvrdili da djeluje, a njihovi su koordinatori odobrili i objavili. Pretražujte, filtrirajte po sektoru, poluzi, etapi, vrsti nedostatka ili veličini grada i otvorite praksu da biste je pročitali u cijelosti.',
	'library.results': 'Objavljene prakse',
	'library.loading': 'Učitavanje knjižnice…',
	'library.loadError': 'Knjižnicu nije moguće učitati: {message}',
	'library.retry': 'Pokušaj ponovno',
	'library.count':
		'{count, plural, one {# objavljena praksa} few {# objavljene prakse} other {# objavljenih praksi}}',
	'library.empty':
		'Još nije objavljena nijedna praksa. Koordinatori kohorti ovdje objavljuju odobrene prakse svojih gradova.',
	'library.noneFound': 'Nijedna objavljena praksa ne odgovara ovim filtrima.',
} as const;
