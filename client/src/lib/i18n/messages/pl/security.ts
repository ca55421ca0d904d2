/** Polish messages of creation codes and rate limits; spread into `pl` (see `./index.ts`). */
export const plSecurity = {
	'security.creationCode': 'Kod tworzenia',
	'security.creationCodeHint':
		'Ten serwer wymaga kodu do tworzenia tablic. Kod można uzyskać od administratora serwera.',
	'security.creationCodeNeeded': 'Aby utworzyć tablicę, należy wpisać kod tworzenia.',
	'security.creationCodeWrong':
		'Kod tworzenia jest nieprawidłowy. Proszę go sprawdzić i spróbować ponownie.',
	'security.rateLimited':
		'Z tej sieci utworzono przed chwilą zbyt wiele tablic. Proszę spróbować ponownie za kilka minut.',
} as const;
