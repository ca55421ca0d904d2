/** Spanish messages of a programme’s public side (see `../en.programme.ts`). */
export const esProgramme = {
	'programme.title': 'Programa',
	'programme.pageTitle': '{title} — Groundwork',
	'programme.pageTitleLoading': 'Programa — Groundwork',
	'programme.loading': 'Cargando el programa…',
	'programme.loaded': 'Se ha cargado «{title}».',
	'programme.retry': 'Reintentar',
	'programme.notFoundTitle': 'Programa no encontrado',
	'programme.organiser': 'Organizado por {organiser}',
	'programme.languages': '{count, plural, one {Idioma} other {Idiomas}}: {languages}',
	'programme.calendar': 'Añadir todo el programa a su calendario',
	'programme.newTab': ' (se abre en una pestaña nueva)',

	'programme.error.notFound': 'Este programa no existe o se ha eliminado.',
	'programme.error.offline':
		'No se ha podido contactar con el servidor. Compruebe su conexión e inténtelo de nuevo.',
	'programme.error.other':
		'Algo ha fallado en el servidor. Inténtelo de nuevo dentro de un momento.',

	'programme.seminars.title': 'Seminarios',
	'programme.seminars.stage': 'Seminarios de {stage}',
	'programme.seminars.none': 'Aún no hay ningún seminario previsto.',
	'programme.seminar.held': 'Celebrado',
	'programme.seminar.ongoing': 'En curso ahora',
	'programme.seminar.when': 'Cuándo',
	'programme.seminar.whenInZone': '{when} (hora de {zone})',
	'programme.seminar.yourTime': 'Su hora: {when} ({zone})',
	'programme.seminar.duration': 'Duración',
	'programme.seminar.format': 'Formato',
	'programme.seminar.online': 'En línea',
	'programme.seminar.onSite': 'Presencial',
	'programme.seminar.agenda': 'Orden del día',
	'programme.seminar.materials': 'Materiales',
	'programme.seminar.fileSize': '({size})',
	'programme.seminar.calendar': 'Añadir al calendario',
	'programme.seminar.calendarFor': 'Añadir al calendario: {title}',

	'programme.register.title': 'Inscriba a su ciudad',
	'programme.register.intro':
		'Indique a los coordinadores que su ciudad desea participar. Ellos revisan las inscripciones y escriben a las ciudades que aceptan.',
	'programme.register.closed': 'La inscripción en este programa está cerrada.',
	'programme.register.requiredNote':
		'Todos los campos son obligatorios, salvo lo que su ciudad espera aprender.',
	'programme.register.cityLegend': 'Su ciudad',
	'programme.register.contactLegend': 'Persona de contacto',
	'programme.register.populationChoose': 'Elija el tamaño de su ciudad',
	'programme.register.contactName': 'Nombre',
	'programme.register.email': 'Dirección de correo electrónico',
	'programme.register.role': 'Cargo en la ciudad',
	'programme.register.hopes': '¿Qué espera aprender su ciudad?',
	'programme.register.hopesHint':
		'Opcional: unas pocas frases ayudan a los coordinadores a planificar.',
	'programme.register.trap': 'Deje este campo vacío',
	'programme.register.consent':
		'Acepto que los coordinadores de este programa ({organiser}) se pongan en contacto conmigo en relación con él.',
	'programme.register.privacy':
		'Recogemos su ciudad, su nombre, su dirección de correo electrónico y su cargo, y lo que escriba aquí. Solo lo ven los coordinadores del programa, y lo utilizan únicamente para organizar este programa. Para obtener una copia de sus datos o pedir que se eliminen, escriba a {organiser}.',
	'programme.register.submit': 'Inscribirse',
	'programme.register.sendingButton': 'Enviando…',
	'programme.register.sending': 'Enviando su inscripción…',
	'programme.register.problem': 'Hay un problema',
	'programme.register.error.cityRequired': 'Indique el nombre de su ciudad.',
	'programme.register.error.countryRequired': 'Indique su país.',
	'programme.register.error.population': 'Elija el tamaño de su ciudad.',
	'programme.register.error.contactNameRequired': 'Indique el nombre de la persona de contacto.',
	'programme.register.error.emailRequired': 'Indique una dirección de correo electrónico.',
	'programme.register.error.email':
		'Indique una dirección de correo electrónico con el formato nombre@example.org.',
	'programme.register.error.roleRequired':
		'Indique el cargo de la persona de contacto en la ciudad.',
	'programme.register.error.consent':
		'Acepte que se pongan en contacto con usted: los coordinadores lo necesitan para responder.',
	'programme.register.error.tooLong':
		'El texto es más largo de lo que admite el formulario. Acórtelo.',
	'programme.register.error.invalid': 'Revise este campo.',
	'programme.register.error.refused':
		'No se ha aceptado la inscripción. Revise el formulario y vuelva a enviarlo.',
	'programme.register.error.closed':
		'La inscripción en este programa acaba de cerrarse. Su inscripción no se ha enviado.',
	'programme.register.error.rateLimited':
		'Se han enviado demasiadas inscripciones desde su conexión. Espere diez minutos e inténtelo de nuevo.',

	'programme.registered.pageTitle': 'Inscripción recibida — Groundwork',
	'programme.registered.title': 'Gracias por inscribirse',
	'programme.registered.receivedFor': 'Se ha recibido la inscripción de su ciudad en «{title}».',
	'programme.registered.received': 'Se ha recibido la inscripción de su ciudad.',
	'programme.registered.nextTitle': 'Próximos pasos',
	'programme.registered.next':
		'Los coordinadores del programa revisan las inscripciones. Si su ciudad es aceptada, enviarán a la persona de contacto un correo electrónico con los enlaces de invitación de su ciudad: uno al tablero de la hoja de ruta propio de su ciudad y uno para cada seminario.',
	'programme.registered.meanwhile':
		'Mientras tanto, la página del programa muestra sus seminarios, y puede añadirlos a su calendario.',
	'programme.registered.back': 'Volver al programa',

	'programme.enter.pageTitle': 'Abriendo su tablero — Groundwork',
	'programme.enter.title': 'Su invitación',
	'programme.enter.opening': 'Abriendo su tablero…',
	'programme.enter.toProgramme': 'Ir a la página del programa',
	'programme.enter.error.invalid': 'Este enlace de invitación no es válido.',
	'programme.enter.error.expired':
		'Este enlace de invitación ha caducado: solicite un nuevo enlace al coordinador del programa.',
	'programme.enter.error.revoked':
		'Este enlace se ha sustituido o retirado: solicite su enlace actual al coordinador del programa.',

	'programme.journey.title': 'El recorrido de su ciudad',
	'programme.journey.intro':
		'Cómo avanza {city} en el programa: los seminarios a los que ha asistido y el avance de su hoja de ruta.',
	'programme.journey.loadError': 'No se ha podido cargar ahora el recorrido de su ciudad.',
	'programme.journey.caption':
		'Seminarios a los que se ha asistido y avance de la hoja de ruta, ciudad por ciudad',
	'programme.journey.city': 'Ciudad',
	'programme.journey.attended': 'Asistencia: {attended} de {held} celebrados',
	'programme.journey.noneHeld': 'Aún no se ha celebrado ninguno',
	'programme.journey.actionsPlanned': 'Acciones planificadas',
	'programme.journey.actionsInProgress': 'Acciones en curso',
	'programme.journey.actionsCompleted': 'Acciones completadas',
	'programme.journey.gapsOpen': 'Brechas abiertas',
	'programme.journey.gapsResolved': 'Brechas resueltas',
	'programme.journey.reached': 'Etapa alcanzada',
	'programme.journey.notStarted': 'Sin empezar',
	'programme.journey.activity': 'Actividad del tablero',
	'programme.journey.activityChanged':
		'{cards, plural, one {# tarjeta} other {# tarjetas}}, último cambio: {when}',
	'programme.journey.activityUntouched':
		'{cards, plural, one {# tarjeta} other {# tarjetas}}, aún sin editar',
	'programme.journey.board': 'Tablero',
	'programme.journey.openBoard': 'Abrir el tablero',
	'programme.journey.openBoardOf': 'Abrir el tablero de {city}',
	'programme.journey.together': 'Todas juntas ({count, plural, one {# ciudad} other {# ciudades}})',
	'programme.journey.togetherTitle': 'Lo que la cohorte ha logrado en conjunto',
	'programme.journey.togetherSummary':
		'En el conjunto del programa ({cities, plural, one {# ciudad} other {# ciudades}}): {completed, plural, one {# acción completada} other {# acciones completadas}}, {inProgress, plural, one {# acción en curso} other {# acciones en curso}} y {resolved, plural, one {# brecha resuelta} other {# brechas resueltas}}.',

	'programme.home.cities': 'Programas de su ciudad',
	'programme.home.citiesHint':
		'Programas a los que su ciudad se unió en este navegador con su enlace de invitación: cada uno se abre con el recorrido de su ciudad.',
	'programme.home.cityEntry': '{title} ({city})',
} as const;
