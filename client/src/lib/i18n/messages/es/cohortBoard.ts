/** Spanish messages of the cohort on the board side (see `../en.cohortBoard.ts`). */
export const esCohortBoard = {
	'cohortBoard.open': 'Cohorte',
	'cohortBoard.title': 'Cohorte',
	'cohortBoard.close': 'Cerrar',
	'cohortBoard.intro':
		'Una cohorte agrupa los tableros de las ciudades de un mismo programa: comparten una biblioteca de buenas prácticas y comparan sus brechas.',
	'cohortBoard.loading': 'Cargando la cohorte…',
	'cohortBoard.retry': 'Reintentar',
	'cohortBoard.list': 'Cohortes de este tablero',
	'cohortBoard.cityCount':
		'{count, plural, =0 {Aún no hay ciudades} one {# ciudad} other {# ciudades}}',
	'cohortBoard.asSeminar': 'Este tablero participa como tablero de seminario.',
	'cohortBoard.asCity': 'Este tablero participa como hoja de ruta de {city}.',
	'cohortBoard.openView': 'Abrir la vista de la cohorte',
	'cohortBoard.openViewOf': 'Abrir la vista de la cohorte «{title}»',
	'cohortBoard.notInCohort': 'Este tablero aún no pertenece a ninguna cohorte.',
	'cohortBoard.askFacilitator': 'Un facilitador de este tablero puede añadirlo a una cohorte.',

	'cohortBoard.create': 'Crear una cohorte',
	'cohortBoard.createIntro':
		'Inicie una cohorte para su programa con este tablero dentro y, después, invite a los demás tableros desde la vista de la cohorte.',
	'cohortBoard.cohortTitle': 'Nombre de la cohorte',
	'cohortBoard.titleRequired': 'Indique un nombre para la cohorte.',
	'cohortBoard.createSubmit': 'Crear cohorte',
	'cohortBoard.creating': 'Creando…',
	'cohortBoard.created':
		'Cohorte «{title}» creada. Invite a los demás tableros desde la vista de la cohorte.',

	'cohortBoard.join': 'Unirse con una invitación',
	'cohortBoard.joinIntro': 'Los coordinadores de la cohorte envían un enlace de invitación.',
	'cohortBoard.invitation': 'Enlace de invitación',
	'cohortBoard.invitationHint': 'Pegue el enlace completo, o solo el código que sigue a «invite=».',
	'cohortBoard.invitationRequired': 'Pegue el enlace de invitación.',
	'cohortBoard.invitationInvalid':
		'Esto no es un enlace de invitación. Pegue el enlace completo que ha recibido.',
	'cohortBoard.joinSubmit': 'Unirse a la cohorte',
	'cohortBoard.joining': 'Uniéndose…',
	'cohortBoard.joined': 'Este tablero se ha unido a la cohorte «{title}».',

	'cohortBoard.memberKind': 'Este tablero es',
	'cohortBoard.memberCity': 'La hoja de ruta de una ciudad',
	'cohortBoard.memberSeminar': 'Un tablero de seminario del programa',
	'cohortBoard.seminarHint':
		'Los facilitadores de los tableros de seminario coordinan la cohorte: invitan a las ciudades y aprueban los elementos de la biblioteca.',
	'cohortBoard.city': 'Ciudad',
	'cohortBoard.country': 'País',
	'cohortBoard.population': 'Población',
	'cohortBoard.cityRequired': 'Indique el nombre de la ciudad.',
	'cohortBoard.population.under_20k': 'Menos de 20 000 habitantes',
	'cohortBoard.population.20k_50k': 'De 20 000 a 50 000 habitantes',
	'cohortBoard.population.50k_100k': 'De 50 000 a 100 000 habitantes',
	'cohortBoard.population.100k_250k': 'De 100 000 a 250 000 habitantes',

	'cohortBoard.invite.title': 'Unirse a una cohorte',
	'cohortBoard.invite.loading': 'Leyendo la invitación…',
	'cohortBoard.invite.to': 'Se le invita a añadir un tablero a la cohorte «{title}».',
	'cohortBoard.invite.cities': 'Ciudades que la forman: {cities}.',
	'cohortBoard.invite.noCities': 'Aún no se ha unido ninguna ciudad.',
	'cohortBoard.invite.expires': 'La invitación es válida hasta el {date}.',
	'cohortBoard.invite.board': 'Tablero que añadir',
	'cohortBoard.invite.boardHint':
		'Los tableros que ha abierto en este navegador con un enlace de facilitador.',
	'cohortBoard.invite.noBoard':
		'Solo los facilitadores de un tablero pueden añadirlo a una cohorte. Abra primero su tablero con su enlace de facilitador en este navegador y, después, vuelva a abrir esta invitación.',
	'cohortBoard.invite.joined': '«{item}» ya forma parte de la cohorte «{title}».',
	'cohortBoard.invite.openView': 'Abrir la vista de la cohorte',

	'cohortBoard.error.inviteExpired':
		'Esta invitación ha caducado. Solicite un nuevo enlace a los coordinadores de la cohorte.',
	'cohortBoard.error.inviteRevoked':
		'Esta invitación se ha sustituido por otra más reciente. Solicite el nuevo enlace a los coordinadores de la cohorte.',
	'cohortBoard.error.inviteInvalid':
		'Esta invitación no es válida. Compruebe que ha pegado el enlace completo.',
	'cohortBoard.error.cohortFull': 'Esta cohorte está completa: no admite más tableros.',
	'cohortBoard.error.forbidden': 'Su rol en este tablero no lo permite.',
	'cohortBoard.error.notMember': 'Este tablero no pertenece (o ya no pertenece) a esa cohorte.',
	'cohortBoard.error.notPromotable':
		'Solo se puede compartir en la biblioteca una tarjeta de éxito o una brecha resuelta.',
	'cohortBoard.error.linkRevoked':
		'El enlace con el que se abrió este tablero ya no funciona. Solicite el nuevo a un facilitador.',
	'cohortBoard.error.notFound': 'Lo que ha solicitado ya no existe.',
	'cohortBoard.error.invalid': 'Se han rechazado algunos de los valores: {message}',
	'cohortBoard.error.offline':
		'No se ha podido contactar con el servidor. Compruebe su conexión e inténtelo de nuevo.',
	'cohortBoard.error.other': 'Algo ha fallado: {message}',

	'cohortBoard.promote': 'Compartir en la biblioteca',
	'cohortBoard.promote.title': 'Compartir en la biblioteca de la cohorte',
	'cohortBoard.promote.ofCard': 'A partir de la tarjeta de éxito «{title}»',
	'cohortBoard.promote.ofGap': 'A partir de la brecha resuelta «{title}»',
	'cohortBoard.promote.introCard':
		'Complete lo que las demás ciudades necesitan saber. Los campos que deje vacíos se rellenan con los datos de la tarjeta.',
	'cohortBoard.promote.introGap':
		'Complete lo que las demás ciudades necesitan saber. Los campos que deje vacíos se rellenan con los datos de la brecha y de las acciones que la resolvieron.',
	'cohortBoard.field.title': 'Título',
	'cohortBoard.field.summary': 'Resumen',
	'cohortBoard.field.gapCategories': 'Tipos de brecha a los que responde',
	'cohortBoard.field.costRange': 'Rango de coste',
	'cohortBoard.field.costRangeHint': 'Por ejemplo, «40 000 € al año».',
	'cohortBoard.field.fundingUsed': 'Financiación utilizada',
	'cohortBoard.field.timeframe': 'Plazo',
	'cohortBoard.field.contact': 'Contacto',
	'cohortBoard.field.evidenceLevel': 'Evidencia',
	'cohortBoard.field.difficulty': 'Dificultad de transferencia',
	'cohortBoard.field.lessons': 'Lecciones y dificultades',
	'cohortBoard.evidence.self_reported': 'Autodeclarada',
	'cohortBoard.evidence.peer_reviewed': 'Revisada por pares',
	'cohortBoard.evidence.evaluated': 'Evaluada de forma independiente',
	'cohortBoard.difficulty.low': 'Baja',
	'cohortBoard.difficulty.medium': 'Media',
	'cohortBoard.difficulty.high': 'Alta',
	'cohortBoard.promote.draft': 'Guardar como borrador',
	'cohortBoard.promote.submit': 'Enviar para aprobación',
	'cohortBoard.promote.sending': 'Enviando…',
	'cohortBoard.promote.savedDraft':
		'«{title}» se ha guardado como borrador en la biblioteca. Complétela y envíela desde la vista de la cohorte.',
	'cohortBoard.promote.submitted':
		'«{title}» se ha enviado: los coordinadores de la cohorte la revisan antes de que la vean las demás ciudades.',
	'cohortBoard.promote.cancel': 'Cancelar',

	'cohortBoard.suggestions': 'Sugerencias de la cohorte',
	'cohortBoard.suggestions.loading': 'Buscando sugerencias…',
	'cohortBoard.suggestions.refresh': 'Actualizar las sugerencias',
	'cohortBoard.suggestions.noCategory':
		'Asigne una categoría a la brecha: las prácticas se sugieren según el tipo de brecha al que responden.',
	'cohortBoard.suggestions.practices': 'Prácticas de la biblioteca',
	'cohortBoard.suggestions.noPractices':
		'Aún no hay en la biblioteca ninguna práctica aprobada que responda a este tipo de brecha.',
	'cohortBoard.suggestions.found':
		'{count, plural, =0 {No se ha encontrado ninguna práctica} one {# práctica encontrada} other {# prácticas encontradas}}',
	'cohortBoard.suggestions.why': 'Por qué se sugiere',
	'cohortBoard.origin': 'De {city}',
	'cohortBoard.originCountry': 'De {city}, {country}',
	'cohortBoard.reason.category': 'Responde a brechas de la categoría «{label}»',
	'cohortBoard.reason.sector': 'Mismo sector: {label}',
	'cohortBoard.reason.stage': 'Misma etapa: {label}',
	'cohortBoard.reason.implemented':
		'Implantada en {count, plural, one {# ciudad más} other {# ciudades más}}',
	'cohortBoard.reason.evidence': 'Evidencia: {label}',
	'cohortBoard.copy': 'Copiar en mi tablero',
	'cohortBoard.copying': 'Copiando…',
	'cohortBoard.copied': 'Copiada en su tablero como tarjeta de acción.',
	'cohortBoard.copiedAnnounce': '«{title}» se ha copiado en su tablero como tarjeta de acción.',
	'cohortBoard.suggestions.peers': 'Ciudades que resolvieron la misma brecha',
	'cohortBoard.suggestions.noPeers':
		'Aún no hay ninguna otra ciudad de la cohorte que haya resuelto una brecha como esta.',
	'cohortBoard.peerGap': '{city}: «{gap}»',
	'cohortBoard.peerActions': 'Qué hicieron',
	'cohortBoard.peerNoActions': 'No tiene ninguna acción vinculada.',

	'cohortBoard.copiedFrom': 'Copiada de la biblioteca de la cohorte',
	'cohortBoard.replication': '¿Hasta dónde ha llegado?',
	'cohortBoard.replicationHint': 'Las demás ciudades lo ven en la biblioteca.',
	'cohortBoard.replication.considering': 'En estudio',
	'cohortBoard.replication.adapting': 'En adaptación',
	'cohortBoard.replication.implemented': 'Implantada',
	'cohortBoard.replication.dropped': 'Descartada',
} as const;
