/** Spanish messages of the offline screens (see `../en.offline.ts`). */
export const esOffline = {
	'offline.status.connected': 'Conectado · Todos los cambios guardados',
	'offline.status.sending': 'Conectado · Enviando…',
	'offline.status.offline':
		'{count, plural, =0 {Sin conexión: nada pendiente de envío} one {Sin conexión: # cambio pendiente de envío} other {Sin conexión: # cambios pendientes de envío}}',
	'offline.status.reconnecting':
		'{count, plural, =0 {Reconectando…} one {Reconectando… (# cambio pendiente de envío)} other {Reconectando… (# cambios pendientes de envío)}}',
	'offline.status.connecting':
		'{count, plural, =0 {Conectando…} one {Conectando… (# cambio pendiente de envío)} other {Conectando… (# cambios pendientes de envío)}}',

	'offline.notKept':
		'No se puede contactar con el servidor, y este tablero no se había abierto antes con este enlace en este dispositivo. Inténtelo de nuevo cuando tenga conexión.',

	'offline.notice.offline':
		'Está sin conexión. Puede seguir trabajando: sus cambios se enviarán cuando vuelva la conexión.',
	'offline.notice.offlineKept':
		'Está sin conexión. Puede seguir trabajando: sus cambios se guardan en este dispositivo y se enviarán cuando vuelva la conexión.',
	'offline.notice.offlineViewer':
		'Está sin conexión. El tablero muestra lo último que recibió y se actualizará cuando vuelva la conexión.',
	'offline.notice.online':
		'{count, plural, =0 {Conexión restablecida. El tablero está al día.} one {Conexión restablecida: # cambio enviado. Todos los cambios guardados.} other {Conexión restablecida: # cambios enviados. Todos los cambios guardados.}}',
} as const;
