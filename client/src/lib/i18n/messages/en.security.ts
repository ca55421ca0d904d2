/** English messages of creation codes and rate limits; spread into `en` (see `./en.ts`). */
export const enSecurity = {
	'security.creationCode': 'Creation code',
	'security.creationCodeHint':
		'This server asks for a code to create boards. Ask whoever runs it for the code.',
	'security.creationCodeNeeded': 'Enter the creation code to create a board.',
	'security.creationCodeWrong': 'That creation code is not right. Check it and try again.',
	'security.rateLimited':
		'Too many boards were created from your network just now. Try again in a few minutes.',
} as const;
