/** Spanish messages of the admin screens (see `../en.admin.ts`). */
export const esAdmin = {
	'admin.open': 'Ajustes del tablero',
	'admin.title': 'Ajustes del tablero',
	'admin.close': 'Cerrar los ajustes del tablero',
	'admin.intro':
		'Solo los facilitadores ven estos ajustes. Los cambios se aplican a todos de inmediato.',
	'admin.archivedBadge': 'Archivado',

	'admin.nameHeading': 'Nombre',
	'admin.nameLabel': 'Nombre del tablero',
	'admin.rename': 'Cambiar el nombre del tablero',
	'admin.nameRequired': 'Indique un nombre para el tablero.',
	'admin.renamed': 'El tablero ahora se llama «{title}».',

	'admin.archiveHeading': 'Archivar',
	'admin.archivedNote':
		'Este tablero está archivado: el taller figura como terminado. Se sigue abriendo y funciona como antes.',
	'admin.activeNote':
		'Archive el tablero cuando termine el taller. Se seguirá abriendo y funcionando, y podrá desarchivarlo.',
	'admin.archive': 'Archivar tablero',
	'admin.unarchive': 'Desarchivar tablero',
	'admin.archivedDone': 'El tablero está archivado.',
	'admin.unarchivedDone': 'El tablero ya no está archivado.',

	'admin.linksHeading': 'Sustituir enlaces',
	'admin.linksIntro':
		'Si un enlace ha llegado a quien no debía, sustitúyalo. Los enlaces antiguos dejan de funcionar de inmediato y quien esté usando uno se desconecta.',
	'admin.rotate':
		'{role, select, viewer {Sustituir los enlaces de observador} participant {Sustituir los enlaces de participante} other {Sustituir todos los enlaces}}',
	'admin.rotateConfirm':
		'{role, select, viewer {Los enlaces de observador antiguos dejan de funcionar de inmediato, y todas las personas que siguen el tablero con uno se desconectan.} participant {Los enlaces de participante antiguos dejan de funcionar de inmediato, y todas las personas que editan con uno se desconectan.} other {Todos los enlaces antiguos, incluido el suyo, dejan de funcionar de inmediato, y todas las personas se desconectan. Esta página se volverá a abrir con su nuevo enlace.}}',
	'admin.rotateYes':
		'{role, select, viewer {Sustituir ahora los enlaces de observador} participant {Sustituir ahora los enlaces de participante} other {Sustituir ahora todos los enlaces}}',
	'admin.cancel': 'Cancelar',
	'admin.rotated':
		'{role, select, viewer {Nuevo enlace de observador listo: envíelo a las personas que deban seguir el tablero.} participant {Nuevo enlace de participante listo: envíelo a las personas que deban seguir editando.} other {Nuevos enlaces listos: envíe cada uno a las personas que deban conservar el acceso.}}',
	'admin.newLinks': 'Nuevos enlaces',

	'admin.deleteHeading': 'Eliminar',
	'admin.deleteIntro':
		'Al eliminar el tablero se borran, para todos, sus tarjetas, brechas, sesión e historial. No se puede deshacer.',
	'admin.delete': 'Eliminar tablero…',
	'admin.deleteConfirm':
		'¿Eliminar «{title}» para todos? Todas las personas conectadas se desconectarán, y no se puede deshacer.',
	'admin.deleteYes': 'Eliminar «{title}»',
	'admin.deleting': 'Eliminando…',

	'admin.working': 'Procesando…',
	'admin.error': 'No ha funcionado: {message}',
	'admin.forbidden': 'Solo los facilitadores pueden cambiar este tablero.',
	'admin.revoked':
		'Su enlace se ha sustituido. Abra el tablero con su nuevo enlace de facilitador.',
	'admin.gone': 'Este tablero ya no existe.',
} as const;
