/** Italian messages of creation codes and rate limits (see `../en.security.ts`). */
export const itSecurity = {
	'security.creationCode': 'Codice di creazione',
	'security.creationCodeHint':
		'Questo server richiede un codice per creare lavagne. Il codice va chiesto a chi gestisce il server.',
	'security.creationCodeNeeded': 'Inserire il codice di creazione per creare una lavagna.',
	'security.creationCodeWrong': 'Il codice di creazione non è corretto. Verificarlo e riprovare.',
	'security.rateLimited':
		'Dalla stessa rete sono state create troppe lavagne in poco tempo. Riprovare tra qualche minuto.',
} as const;
