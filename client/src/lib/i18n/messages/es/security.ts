/** Spanish messages of creation codes and rate limits (see `../en.security.ts`). */
export const esSecurity = {
	'security.creationCode': 'Código de creación',
	'security.creationCodeHint':
		'Este servidor pide un código para crear tableros. Solicítelo a quien lo administra.',
	'security.creationCodeNeeded': 'Introduzca el código de creación para crear un tablero.',
	'security.creationCodeWrong':
		'El código de creación no es correcto. Compruébelo e inténtelo de nuevo.',
	'security.rateLimited':
		'Se han creado demasiados tableros desde su red hace un momento. Inténtelo de nuevo dentro de unos minutos.',
} as const;
