/** German messages of creation codes and rate limits; spread into `de` (see `./index.ts`). */
export const deSecurity = {
	'security.creationCode': 'Erstellungscode',
	'security.creationCodeHint':
		'Dieser Server verlangt zum Erstellen von Boards einen Code. Fragen Sie die für den Server zuständige Stelle nach dem Code.',
	'security.creationCodeNeeded': 'Geben Sie den Erstellungscode ein, um ein Board zu erstellen.',
	'security.creationCodeWrong':
		'Dieser Erstellungscode ist nicht richtig. Prüfen Sie ihn und versuchen Sie es erneut.',
	'security.rateLimited':
		'Aus Ihrem Netzwerk wurden gerade zu viele Boards erstellt. Versuchen Sie es in einigen Minuten erneut.',
} as const;
