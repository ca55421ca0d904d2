/** French messages of creation codes and rate limits; spread into `fr` (see `./index.ts`). */
export const frSecurity = {
	'security.creationCode': 'Code de création',
	'security.creationCodeHint':
		'Ce serveur demande un code pour créer des tableaux. Demandez-le à la personne qui gère le serveur.',
	'security.creationCodeNeeded': 'Saisissez le code de création pour créer un tableau.',
	'security.creationCodeWrong': 'Ce code de création n’est pas correct. Vérifiez-le et réessayez.',
	'security.rateLimited':
		'Trop de tableaux viennent d’être créés depuis votre réseau. Réessayez dans quelques minutes.',
} as const;
