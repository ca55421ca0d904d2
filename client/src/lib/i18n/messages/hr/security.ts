/** Croatian messages of creation codes and rate limits; spread into `hr` (see `./index.ts`). */
export const hrSecurity = {
	'security.creationCode': 'Kod za izradu',
	'security.creationCodeHint':
		'Ovaj poslužitelj traži kod za izradu ploča. Zatražite kod od osobe koja upravlja poslužiteljem.',
	'security.creationCodeNeeded': 'Unesite kod za izradu kako biste izradili ploču.',
	'security.creationCodeWrong': 'Kod za izradu nije ispravan. Provjerite ga i pokušajte ponovno.',
	'security.rateLimited':
		'Iz vaše je mreže upravo izrađeno previše ploča. Pokušajte ponovno za nekoliko minuta.',
} as const;
