/** Spanish messages of a programme’s coordinators (see `../en.programmeAdmin.ts`). */
export const esProgrammeAdmin = {
	// Start page
	'programmeAdmin.home.title': 'Programas',
	'programmeAdmin.home.run': 'Organizar un programa',
	'programmeAdmin.home.runHint':
		'Una serie de seminarios para varias ciudades: inscripción, invitaciones y el recorrido de cada ciudad.',
	'programmeAdmin.home.yours': 'Sus programas',
	'programmeAdmin.home.yoursHint': 'Programas que coordina desde este navegador.',
	'programmeAdmin.home.untitled': 'Programa sin título',

	// Errors
	'programmeAdmin.error.offline':
		'No se ha podido contactar con el servidor. Compruebe su conexión e inténtelo de nuevo.',
	'programmeAdmin.error.linkReplaced':
		'Este enlace de coordinador se ha sustituido o ha caducado. Solicite el enlace actual a otro coordinador.',
	'programmeAdmin.error.notFound':
		'Este programa, o el elemento sobre el que ha actuado, ya no existe.',
	'programmeAdmin.error.tooLarge': 'El archivo es demasiado grande.',
	'programmeAdmin.error.tooManyFiles':
		'Este seminario ya tiene el número máximo de archivos. Elimine uno para añadir otro.',
	'programmeAdmin.error.rateLimited':
		'Demasiadas solicitudes desde su dirección. Espere un minuto e inténtelo de nuevo.',
	'programmeAdmin.error.invalid': 'Se ha rechazado algo: {message}',
	'programmeAdmin.error.other': 'Algo ha fallado: {message}',

	// Field errors
	'programmeAdmin.invalid.title': 'Indique un título para el programa.',
	'programmeAdmin.invalid.organiser': 'Indique quién organiza el programa.',
	'programmeAdmin.invalid.description': 'La descripción es demasiado larga.',
	'programmeAdmin.invalid.languages': 'Elija al menos un idioma.',
	'programmeAdmin.invalid.seminars': 'Revise los seminarios: un programa tiene como máximo {max}.',
	'programmeAdmin.invalid.seminarTitle': 'Indique un título para el seminario.',
	'programmeAdmin.invalid.date': 'Introduzca la fecha del seminario.',
	'programmeAdmin.invalid.time': 'Introduzca la hora de inicio, por ejemplo 10:00.',
	'programmeAdmin.invalid.durationMinutes':
		'Introduzca una duración en minutos enteros, de {min} a {max}.',
	'programmeAdmin.invalid.timeZone': 'Elija una zona horaria de la lista.',
	'programmeAdmin.invalid.place':
		'Un seminario presencial necesita un lugar: introduzca su dirección.',
	'programmeAdmin.invalid.agenda': 'El orden del día es demasiado largo.',
	'programmeAdmin.invalid.links': 'Revise los enlaces a materiales: como máximo {max}.',
	'programmeAdmin.invalid.linkTitle': 'Indique un título para el enlace.',
	'programmeAdmin.invalid.linkUrl':
		'Introduzca una dirección web que empiece por https:// o http://.',
	'programmeAdmin.invalid.other': 'Revise este campo.',
	'programmeAdmin.summary.title':
		'{count, plural, one {Hay # problema que corregir} other {Hay # problemas que corregir}}',
	'programmeAdmin.summary.other': 'Hay un problema: {message}',

	// The programme's fields
	'programmeAdmin.field.title': 'Título del programa',
	'programmeAdmin.field.titleHint': 'Por ejemplo, «Academia Ciudades Net Zero 2026».',
	'programmeAdmin.field.organiser': 'Organizador',
	'programmeAdmin.field.organiserHint':
		'Quién organiza el programa, tal como lo verán las ciudades.',
	'programmeAdmin.field.description': 'Descripción',
	'programmeAdmin.field.descriptionHint':
		'Qué ofrece el programa y a quién se dirige. Se muestra en la página pública. Opcional.',
	'programmeAdmin.field.languages': 'Idiomas del programa',
	'programmeAdmin.field.languagesHint':
		'Los idiomas en que se imparten los seminarios. Al menos uno.',
	'programmeAdmin.field.registrationOpen': 'La inscripción está abierta',
	'programmeAdmin.field.registrationOpenHint':
		'Las ciudades pueden manifestar su interés en la página pública.',

	// One seminar's fields
	'programmeAdmin.seminar.title': 'Título del seminario',
	'programmeAdmin.seminar.stage': 'Etapa',
	'programmeAdmin.seminar.date': 'Fecha',
	'programmeAdmin.seminar.time': 'Hora de inicio',
	'programmeAdmin.seminar.duration': 'Duración en minutos',
	'programmeAdmin.seminar.durationHint': 'Es decir, {time}.',
	'programmeAdmin.seminar.timeZone': 'Zona horaria',
	'programmeAdmin.seminar.timeZoneHint':
		'La fecha y la hora de inicio se refieren a esta zona. Las ciudades de otras zonas ven también la hora en la suya.',
	'programmeAdmin.seminar.format': 'Formato',
	'programmeAdmin.seminar.online': 'En línea',
	'programmeAdmin.seminar.onSite': 'Presencial',
	'programmeAdmin.seminar.placeOnSite': 'Lugar',
	'programmeAdmin.seminar.placeOnSiteHint': 'La dirección donde se celebra el seminario.',
	'programmeAdmin.seminar.placeOnline': 'Cómo conectarse',
	'programmeAdmin.seminar.placeOnlineHint':
		'Opcional: por ejemplo, la dirección de la videollamada o un aviso de que se enviará por correo electrónico.',
	'programmeAdmin.seminar.agenda': 'Orden del día',
	'programmeAdmin.seminar.agendaHint': 'Opcional. Un punto por línea.',
	'programmeAdmin.seminar.links': 'Enlaces a materiales',
	'programmeAdmin.seminar.linksHint':
		'Páginas web o documentos para leer antes o después del seminario. Como máximo {max}.',
	'programmeAdmin.seminar.noLinks': 'Aún no hay ningún enlace.',
	'programmeAdmin.seminar.linkTitle': 'Título del enlace {n}',
	'programmeAdmin.seminar.linkUrl': 'Dirección del enlace {n}',
	'programmeAdmin.seminar.addLink': 'Añadir un enlace',
	'programmeAdmin.seminar.removeLink': 'Quitar el enlace {n}',
	'programmeAdmin.seminar.linkRemoved': 'Se ha quitado el enlace {n}.',
	'programmeAdmin.seminar.template': 'Plantilla del tablero',
	'programmeAdmin.seminar.templateFixed':
		'El tablero del seminario se crea con esta plantilla al añadir el seminario; después no se puede cambiar.',

	// Making a programme
	'programmeAdmin.new.pageTitle': 'Organizar un programa — Groundwork',
	'programmeAdmin.new.title': 'Organizar un programa',
	'programmeAdmin.new.intro':
		'Un programa es una serie de seminarios a lo largo de las tres etapas de la hoja de ruta. Las ciudades manifiestan su interés en su página pública; usted las acepta y envía a cada una sus propios enlaces.',
	'programmeAdmin.new.detailsTitle': 'El programa',
	'programmeAdmin.new.seminarsTitle': 'Seminarios',
	'programmeAdmin.new.seminarsIntro':
		'El programa empieza con un seminario por etapa: rellénelos, añada o quite seminarios. Podrá cambiarlo todo más adelante.',
	'programmeAdmin.new.noSeminars':
		'Aún no hay ningún seminario. También puede añadirlos más adelante.',
	'programmeAdmin.new.seminarLegend': 'Seminario {n}',
	'programmeAdmin.new.removeSeminar': 'Quitar el seminario {n}',
	'programmeAdmin.new.seminarRemoved': 'Se ha quitado el seminario {n}.',
	'programmeAdmin.new.addSeminar': 'Añadir un seminario',
	'programmeAdmin.new.seminarAdded': 'Se ha añadido el seminario {n}.',
	'programmeAdmin.new.maxSeminars': 'Un programa tiene como máximo {max} seminarios.',
	'programmeAdmin.new.codeNeeded': 'Introduzca el código de creación para crear un programa.',
	'programmeAdmin.new.codeHint':
		'Este servidor pide un código para crear programas y tableros. Solicítelo a quien lo administra.',
	'programmeAdmin.new.rateLimited':
		'Se han creado demasiados programas o tableros desde su red hace un momento. Inténtelo de nuevo dentro de unos minutos.',
	'programmeAdmin.new.submit': 'Crear el programa',
	'programmeAdmin.new.submitting': 'Creando…',
	'programmeAdmin.new.error': 'No se ha podido crear el programa. {message}',

	// The manage page
	'programmeAdmin.manage.pageTitle': '{title} — Coordinación — Groundwork',
	'programmeAdmin.manage.pageTitleNone': 'Coordinar un programa — Groundwork',
	'programmeAdmin.manage.kicker': 'Coordinación de un programa',
	'programmeAdmin.manage.loading': 'Cargando el programa…',
	'programmeAdmin.manage.noToken':
		'Para coordinar este programa, abra el enlace de coordinador que recibió al crearlo o solicítelo a otro coordinador.',
	'programmeAdmin.manage.loadError': 'No se ha podido cargar el programa. {message}',
	'programmeAdmin.manage.retry': 'Reintentar',
	'programmeAdmin.manage.forget': 'Quitarlo de la lista de este navegador',
	'programmeAdmin.manage.forgotten': 'Se ha quitado de la lista de este navegador.',
	'programmeAdmin.manage.publicPage': 'Página pública',
	'programmeAdmin.manage.organiser': 'Organizado por {organiser}.',
	'programmeAdmin.manage.seminarCount': '{count, plural, one {# seminario} other {# seminarios}}',
	'programmeAdmin.manage.acceptedCount':
		'{count, plural, one {# ciudad aceptada} other {# ciudades aceptadas}}',
	'programmeAdmin.manage.pendingCount':
		'{count, plural, one {# inscripción pendiente de decisión} other {# inscripciones pendientes de decisión}}',
	'programmeAdmin.manage.tabs': 'Coordinación del programa',
	'programmeAdmin.tab.details': 'Programa y seminarios',
	'programmeAdmin.tab.registrations': 'Inscripciones',
	'programmeAdmin.tab.invitations': 'Invitaciones',
	'programmeAdmin.tab.journey': 'Recorrido y asistencia',

	// Details tab: the programme
	'programmeAdmin.details.title': 'Datos del programa',
	'programmeAdmin.details.save': 'Guardar los datos',
	'programmeAdmin.details.saving': 'Guardando…',
	'programmeAdmin.details.saved': 'Se han guardado los datos del programa.',
	'programmeAdmin.details.unsaved': 'No se han podido guardar los datos. {message}',
	'programmeAdmin.details.registration': 'Inscripción',
	'programmeAdmin.details.open':
		'La inscripción está abierta: las ciudades pueden manifestar su interés en la página pública.',
	'programmeAdmin.details.closed':
		'La inscripción está cerrada: la página pública muestra el programa sin el formulario.',
	'programmeAdmin.details.closeRegistration': 'Cerrar la inscripción',
	'programmeAdmin.details.openRegistration': 'Abrir la inscripción',
	'programmeAdmin.details.registrationOpened': 'Se ha abierto la inscripción.',
	'programmeAdmin.details.registrationClosed': 'Se ha cerrado la inscripción.',

	// Details tab: links
	'programmeAdmin.links.title': 'Enlaces',
	'programmeAdmin.links.coordinator': 'Enlace de coordinador',
	'programmeAdmin.links.copyCoordinator': 'Copiar el enlace de coordinador',
	'programmeAdmin.links.coordinatorHint':
		'Cualquier persona con este enlace gestiona el programa y ve los datos personales de las inscripciones. Compártalo solo con otros coordinadores.',
	'programmeAdmin.links.replace': 'Sustituir el enlace',
	'programmeAdmin.links.replaceConfirm':
		'¿Sustituir el enlace de coordinador? Todos los enlaces de coordinador anteriores, incluidos los que haya compartido, dejarán de funcionar de inmediato. Este navegador seguirá con el nuevo enlace.',
	'programmeAdmin.links.replaceYes': 'Sí, sustituirlo',
	'programmeAdmin.links.replaceNo': 'No, mantenerlo',
	'programmeAdmin.links.replaced':
		'Se ha sustituido el enlace de coordinador. Comparta el nuevo enlace con los demás coordinadores.',
	'programmeAdmin.links.public': 'Página pública, para compartir con las ciudades',
	'programmeAdmin.links.copyPublic': 'Copiar el enlace de la página pública',
	'programmeAdmin.links.calendar': 'Calendario de todo el programa (.ics)',
	'programmeAdmin.links.copyCalendar': 'Copiar el enlace del calendario',
	'programmeAdmin.links.calendarHint':
		'Las aplicaciones de calendario suscritas a este enlace reflejan los cambios en los seminarios.',

	// Details tab: seminars
	'programmeAdmin.seminars.title':
		'{count, plural, =0 {Seminarios} one {Seminarios (#)} other {Seminarios (#)}}',
	'programmeAdmin.seminars.empty': 'Aún no hay ningún seminario. Añada uno a continuación.',
	'programmeAdmin.seminars.when': '{when} ({zone})',
	'programmeAdmin.seminars.local': 'Su hora: {when} ({zone})',
	'programmeAdmin.seminars.factStage': 'Etapa',
	'programmeAdmin.seminars.factWhen': 'Fecha y hora',
	'programmeAdmin.seminars.factLength': 'Duración',
	'programmeAdmin.seminars.factFormat': 'Formato',
	'programmeAdmin.seminars.factPlace': 'Lugar',
	'programmeAdmin.seminars.factJoin': 'Cómo conectarse',
	'programmeAdmin.seminars.factBoard': 'Tablero',
	'programmeAdmin.seminars.factAgenda': 'Orden del día',
	'programmeAdmin.seminars.factLinks': 'Enlaces a materiales',
	'programmeAdmin.seminars.none': 'Ninguno',
	'programmeAdmin.seminars.openBoard': 'Abrir el tablero de «{title}»',
	'programmeAdmin.seminars.edit': 'Editar «{title}»',
	'programmeAdmin.seminars.editTitle': 'Editar «{title}»',
	'programmeAdmin.seminars.save': 'Guardar el seminario',
	'programmeAdmin.seminars.saving': 'Guardando…',
	'programmeAdmin.seminars.cancel': 'Cancelar',
	'programmeAdmin.seminars.saved': 'Se ha guardado el seminario «{title}».',
	'programmeAdmin.seminars.delete': 'Eliminar «{title}»',
	'programmeAdmin.seminars.deleteConfirm':
		'¿Eliminar el seminario «{title}»? Desaparecerá de la página pública y del calendario, junto con sus archivos de materiales.',
	'programmeAdmin.seminars.deleteYes': 'Sí, eliminarlo',
	'programmeAdmin.seminars.deleteNo': 'No, conservarlo',
	'programmeAdmin.seminars.deleted': 'Se ha eliminado el seminario «{title}».',
	'programmeAdmin.seminars.archive': 'Guardar ahora el tablero en el historial',
	'programmeAdmin.seminars.archiving': 'Guardando…',
	'programmeAdmin.seminars.archived': 'El tablero de «{title}» se ha guardado en su historial.',
	'programmeAdmin.seminars.archivedOn': 'Guardado en el historial el {date}.',
	'programmeAdmin.seminars.archivePending': 'Guardándose en el historial…',
	'programmeAdmin.seminars.notArchived':
		'Aún no se ha guardado en el historial: el tablero se guarda automáticamente cuando termina el seminario.',
	'programmeAdmin.seminars.addTitle': 'Añadir un seminario',
	'programmeAdmin.seminars.add': 'Añadir el seminario',
	'programmeAdmin.seminars.adding': 'Añadiendo…',
	'programmeAdmin.seminars.added': 'Se ha añadido el seminario «{title}».',
	'programmeAdmin.seminars.full': 'Este programa ya tiene el número máximo de seminarios ({max}).',

	// Details tab: a seminar's files
	'programmeAdmin.files.title': 'Archivos de materiales',
	'programmeAdmin.files.empty': 'Aún no hay ningún archivo.',
	'programmeAdmin.files.delete': 'Eliminar {name}',
	'programmeAdmin.files.deleteConfirm': '¿Eliminar el archivo «{name}»?',
	'programmeAdmin.files.deleteYes': 'Sí, eliminarlo',
	'programmeAdmin.files.deleteNo': 'No, conservarlo',
	'programmeAdmin.files.deleted': 'Se ha eliminado el archivo «{name}».',
	'programmeAdmin.files.choose': 'Añadir un archivo a «{title}»',
	'programmeAdmin.files.limit':
		'Como máximo {max} archivos por seminario, de {size} cada uno como máximo. Cualquiera puede descargarlos desde la página pública.',
	'programmeAdmin.files.upload': 'Subir',
	'programmeAdmin.files.uploading': 'Subiendo…',
	'programmeAdmin.files.noFile': 'Elija primero un archivo.',
	'programmeAdmin.files.uploaded': 'Se ha añadido el archivo «{name}».',
	'programmeAdmin.files.tooLarge': 'El archivo es demasiado grande: «{name}» ocupa más de {size}.',
	'programmeAdmin.files.tooMany':
		'Este seminario ya tiene {max} archivos. Elimine uno para añadir otro.',

	// Registrations tab
	'programmeAdmin.registrations.title': 'Inscripciones',
	'programmeAdmin.registrations.intro':
		'Las ciudades que han manifestado su interés en la página pública. Acepte una ciudad para darle sus enlaces de invitación (consulte «Invitaciones»). Son datos personales: expórtelos o elimínelos cuando una ciudad lo solicite.',
	'programmeAdmin.registrations.empty':
		'Aún no se ha inscrito ninguna ciudad. Comparta la página pública para que las ciudades puedan inscribirse.',
	'programmeAdmin.registrations.caption':
		'{count, plural, one {# inscripción} other {# inscripciones}}, de la más reciente a la más antigua',
	'programmeAdmin.registrations.city': 'Ciudad',
	'programmeAdmin.registrations.country': 'País',
	'programmeAdmin.registrations.population': 'Tamaño de la ciudad',
	'programmeAdmin.registrations.contact': 'Contacto',
	'programmeAdmin.registrations.email': 'Correo electrónico',
	'programmeAdmin.registrations.role': 'Cargo',
	'programmeAdmin.registrations.hopes': 'Expectativas',
	'programmeAdmin.registrations.received': 'Recibida',
	'programmeAdmin.registrations.status': 'Estado',
	'programmeAdmin.registrations.actions': 'Acciones',
	'programmeAdmin.status.pending': 'Pendiente',
	'programmeAdmin.status.accepted': 'Aceptada',
	'programmeAdmin.status.declined': 'Rechazada',
	'programmeAdmin.registrations.decidedOn': 'el {date}',
	'programmeAdmin.registrations.accept': 'Aceptar a {city}',
	'programmeAdmin.registrations.decline': 'Rechazar a {city}',
	'programmeAdmin.registrations.declineConfirm':
		'¿Rechazar a {city}? Sus enlaces de invitación dejarán de funcionar y saldrá de la cohorte del programa; su tablero se conserva.',
	'programmeAdmin.registrations.declineYes': 'Rechazar',
	'programmeAdmin.registrations.declineNo': 'Cancelar',
	'programmeAdmin.registrations.accepted':
		'Se ha aceptado a {city}. Sus enlaces de invitación están en la pestaña «Invitaciones».',
	'programmeAdmin.registrations.declined': 'Se ha rechazado a {city}.',
	'programmeAdmin.registrations.export': 'Exportar los datos de {city}',
	'programmeAdmin.registrations.exported': 'Se han descargado los datos de {city}.',
	'programmeAdmin.registrations.delete': 'Eliminar la inscripción de {city}',
	'programmeAdmin.registrations.deleteConfirm':
		'¿Eliminar la inscripción de {city}? Se borrarán sus datos personales (contacto, correo electrónico, cargo, expectativas) y su asistencia, y sus enlaces de invitación dejarán de funcionar. El tablero de la ciudad se conserva. No se puede deshacer.',
	'programmeAdmin.registrations.deleteYes': 'Sí, eliminar los datos',
	'programmeAdmin.registrations.deleteNo': 'No, conservarlos',
	'programmeAdmin.registrations.deleted': 'Se ha eliminado la inscripción de {city}.',
	'programmeAdmin.registrations.csv': 'Descargar todo (CSV)',
	'programmeAdmin.registrations.csvDone': 'Se han descargado las inscripciones.',

	// Invitations tab
	'programmeAdmin.invitations.title': 'Invitaciones',
	'programmeAdmin.invitations.intro':
		'Cada ciudad aceptada tiene un enlace a su propio tablero de la hoja de ruta y otro para cada seminario. Envíelos a la persona de contacto de la ciudad: cada enlace solo funciona para esa ciudad.',
	'programmeAdmin.invitations.loading': 'Cargando las invitaciones…',
	'programmeAdmin.invitations.loadError': 'No se han podido cargar las invitaciones. {message}',
	'programmeAdmin.invitations.empty':
		'Aún no se ha aceptado ninguna ciudad. Acepte inscripciones en la pestaña «Inscripciones».',
	'programmeAdmin.invitations.city': '{city}, {country}',
	'programmeAdmin.invitations.contact': 'Contacto: {name}',
	'programmeAdmin.invitations.expires': 'Los enlaces funcionan hasta el {date}.',
	'programmeAdmin.invitations.ownBoard': 'Tablero propio de la hoja de ruta',
	'programmeAdmin.invitations.copy': 'Copiar el enlace «{label}» de {city}',
	'programmeAdmin.invitations.copyAll': 'Copiar todos los enlaces de {city}',
	'programmeAdmin.invitations.copiedAll': 'Se han copiado todos los enlaces de {city}.',
	'programmeAdmin.invitations.copyFailed':
		'No se han podido copiar los enlaces. Seleccione el texto de abajo y cópielo manualmente.',
	'programmeAdmin.invitations.allLinks': 'Todos los enlaces de {city}',
	'programmeAdmin.invitations.textIntro': 'Sus enlaces para «{title}» ({city}):',
	'programmeAdmin.invitations.textLine': '{label}: {link}',
	'programmeAdmin.invitations.textExpires': 'Los enlaces funcionan hasta el {date}.',
	'programmeAdmin.invitations.textPage': 'Página del programa: {link}',
	'programmeAdmin.invitations.reissue': 'Generar nuevos enlaces para {city}',
	'programmeAdmin.invitations.reissueConfirm':
		'¿Generar nuevos enlaces para {city}? Sus enlaces actuales dejarán de funcionar de inmediato: envíele los nuevos.',
	'programmeAdmin.invitations.reissueYes': 'Generar nuevos enlaces',
	'programmeAdmin.invitations.reissueNo': 'Cancelar',
	'programmeAdmin.invitations.reissued': 'Se han generado nuevos enlaces para {city}.',
	'programmeAdmin.invitations.csv': 'Descargar CSV para combinar correspondencia',
	'programmeAdmin.invitations.csvDone': 'Se han descargado las invitaciones.',

	// Journey tab
	'programmeAdmin.journey.title': 'Recorrido de las ciudades',
	'programmeAdmin.journey.loading': 'Cargando el recorrido…',
	'programmeAdmin.journey.loadError': 'No se ha podido cargar el recorrido. {message}',
	'programmeAdmin.journey.csv': 'Descargar el recorrido y la asistencia (CSV)',
	'programmeAdmin.journey.csvDone': 'Se ha descargado el recorrido.',
	'programmeAdmin.attendance.title': 'Asistencia',
	'programmeAdmin.attendance.intro':
		'La asistencia de una ciudad se registra cuando abre su enlace del seminario durante el seminario. Aquí puede marcarla o desmarcarla manualmente.',
	'programmeAdmin.attendance.empty': 'Aún no se ha aceptado ninguna ciudad.',
	'programmeAdmin.attendance.noSeminars': 'El programa aún no tiene ningún seminario.',
	'programmeAdmin.attendance.caption': 'Asistencia de cada ciudad aceptada a cada seminario',
	'programmeAdmin.attendance.city': 'Ciudad',
	'programmeAdmin.attendance.label': '{city} asistió a {title}',
	'programmeAdmin.attendance.marked': '{city} asistió a {title}: marcado.',
	'programmeAdmin.attendance.unmarked': '{city} asistió a {title}: desmarcado.',
} as const;
