/** Danish messages of creation codes and rate limits (see `../en.security.ts`). */
export const daSecurity = {
	'security.creationCode': 'Oprettelseskode',
	'security.creationCodeHint':
		'Denne server kræver en kode for at oprette tavler. Spørg den, der driver serveren, om koden.',
	'security.creationCodeNeeded': 'Indtast oprettelseskoden for at oprette en tavle.',
	'security.creationCodeWrong': 'Oprettelseskoden er ikke korrekt. Tjek den, og prøv igen.',
	'security.rateLimited':
		'Der er netop oprettet for mange tavler fra dit netværk. Prøv igen om et par minutter.',
} as const;
