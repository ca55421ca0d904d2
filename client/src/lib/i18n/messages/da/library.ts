/** Danish messages of the library's editing and the public library (see `../en.library.ts`). */
export const daLibrary = {
	'library.edit': 'Redigér',
	'library.edit.title': 'Redigér »{title}«',
	'library.edit.intro':
		'Ret det, der står i praksiseksemplet. Kun de felter, du ændrer, bliver gemt; resten forbliver, som det er.',
	'library.edit.approvalNote':
		'Dette praksiseksempel er godkendt. Når du gemmer dine ændringer, går det tilbage til koordinatorerne til godkendelse: indtil de godkender det igen, kan de andre byer ikke længere se det, og det forsvinder fra det offentlige bibliotek.',
	'library.edit.origin': 'Hvor det kommer fra',
	'library.edit.resultsIntro':
		'Hvad der blev målt: en værdi og dens enhed og året, hvis du kender det. Tomme rækker udelades.',
	'library.edit.noResults': 'Ingen resultater endnu.',
	'library.edit.result': 'Resultat {n}',
	'library.edit.addResult': 'Tilføj et resultat',
	'library.edit.removeResult': 'Fjern resultat {n}',
	'library.edit.resultRemoved': 'Resultat {n} er fjernet.',
	'library.edit.valueHint': 'Et tal, for eksempel 12500 eller 3,5.',
	'library.edit.yearHint': 'Valgfrit.',
	'library.edit.linksHint':
		'Én webadresse pr. linje, der starter med http:// eller https://. Højst {max}.',
	'library.edit.language': 'Sprog, det er skrevet på',
	'library.edit.languageHint': 'En kort sprogkode, for eksempel »da«, »en« eller »pt-BR«.',
	'library.edit.save': 'Gem ændringer',
	'library.edit.saving': 'Gemmer…',
	'library.edit.cancel': 'Annuller',
	'library.edit.invalid':
		'{count, plural, one {# felt kræver} other {# felter kræver}} din opmærksomhed, før du kan gemme.',
	'library.edit.saved': 'Dine ændringer af »{title}« er gemt.',
	'library.edit.savedForApproval':
		'Dine ændringer af »{title}« er gemt. Det er sendt tilbage til koordinatorerne til godkendelse.',
	'library.edit.unchanged': 'Der blev ikke ændret noget i »{title}«.',
	'library.edit.titleRequired': 'Giv praksiseksemplet en titel.',
	'library.edit.cityRequired': 'Angiv den by, det kommer fra.',
	'library.edit.tooLong': 'Højst {max} tegn.',
	'library.edit.metricRequired': 'Angiv, hvad der blev målt.',
	'library.edit.valueInvalid': 'Angiv værdien som et tal, for eksempel 12500 eller 3,5.',
	'library.edit.yearInvalid': 'Angiv et år fra {min} til {max}, eller lad feltet stå tomt.',
	'library.edit.tooManyResults': 'Angiv højst {max} resultater.',
	'library.edit.linkInvalid':
		'Linje {line}: »{link}« accepteres ikke. Der kan kun angives webadresser, der starter med http:// eller https://.',
	'library.edit.linkTooLong': 'Linje {line}: adressen er længere end {max} tegn.',
	'library.edit.tooManyLinks': 'Angiv højst {max} links.',
	'library.edit.linkRefused': 'Link {n}: {message}',
	'library.edit.languageInvalid':
		'Angiv en sprogkode som »da«, »en« eller »pt-BR« (først to eller tre bogstaver).',

	'library.open': 'Offentligt bibliotek med god praksis',
	'library.openHint':
		'Det, der har virket for byerne i kohorterne, udgivet, så alle kan læse det: intet link nødvendigt.',
	'library.pageTitle': 'Offentligt bibliotek med god praksis — Groundwork',
	'library.title': 'Offentligt bibliotek med god praksis',
	'library.intro':
		'Det, der har virket for byerne i Groundworks kohorter, godkendt og udgivet af deres koordinatorer. Søg i det, filtrér efter sektor, løftestang, etape, type mangel eller bystørrelse, og åbn et praksiseksempel for at læse det hele.',
	'library.results': 'Udgivne praksiseksempler',
	'library.loading': 'Indlæser biblioteket…',
	'library.loadError': 'Biblioteket kunne ikke indlæses: {message}',
	'library.retry': 'Prøv igen',
	'library.count':
		'{count, plural, one {# udgivet praksiseksempel} other {# udgivne praksiseksempler}}',
	'library.empty':
		'Der er endnu ikke udgivet nogen praksiseksempler. Kohortekoordinatorer udgiver deres byers godkendte praksiseksempler her.',
	'library.noneFound': 'Ingen udgivne praksiseksempler matcher disse filtre.',
} as const;
