/** Spanish messages of the library beyond the cohort view's list (see `../en.library.ts`). */
export const esLibrary = {
	'library.edit': 'Editar',
	'library.edit.title': 'Editar «{title}»',
	'library.edit.intro':
		'Modifique el contenido de la práctica. Solo se guardan los campos que cambie; el resto queda como está.',
	'library.edit.approvalNote':
		'Esta práctica está aprobada. Al guardar los cambios, vuelve a los coordinadores para su aprobación: hasta que la aprueben de nuevo, las demás ciudades dejarán de verla y saldrá de la biblioteca pública.',
	'library.edit.origin': 'Procedencia',
	'library.edit.resultsIntro':
		'Lo que se midió: un valor y su unidad, y el año si lo conoce. Las filas vacías no se tienen en cuenta.',
	'library.edit.noResults': 'Aún no hay resultados.',
	'library.edit.result': 'Resultado {n}',
	'library.edit.addResult': 'Añadir un resultado',
	'library.edit.removeResult': 'Quitar el resultado {n}',
	'library.edit.resultRemoved': 'Se ha quitado el resultado {n}.',
	'library.edit.valueHint': 'Un número, por ejemplo 12500 o 3,5.',
	'library.edit.yearHint': 'Opcional.',
	'library.edit.linksHint':
		'Una dirección web por línea, que empiece por http:// o https://. Como máximo {max}.',
	'library.edit.language': 'Idioma en que está escrita',
	'library.edit.languageHint': 'Un código de idioma corto, por ejemplo «es», «hr» o «pt-BR».',
	'library.edit.save': 'Guardar cambios',
	'library.edit.saving': 'Guardando…',
	'library.edit.cancel': 'Cancelar',
	'library.edit.invalid':
		'{count, plural, one {# campo requiere} other {# campos requieren}} su atención antes de guardar.',
	'library.edit.saved': 'Se han guardado sus cambios en «{title}».',
	'library.edit.savedForApproval':
		'Se han guardado sus cambios en «{title}». La práctica ha vuelto a los coordinadores para su aprobación.',
	'library.edit.unchanged': 'No se ha cambiado nada en «{title}».',
	'library.edit.titleRequired': 'Indique un título para la práctica.',
	'library.edit.cityRequired': 'Indique la ciudad de la que procede.',
	'library.edit.tooLong': 'Como máximo {max} caracteres.',
	'library.edit.metricRequired': 'Indique qué se midió.',
	'library.edit.valueInvalid': 'Indique el valor como número, por ejemplo 12500 o 3,5.',
	'library.edit.yearInvalid': 'Indique un año entre {min} y {max}, o deje el campo vacío.',
	'library.edit.tooManyResults': 'Indique como máximo {max} resultados.',
	'library.edit.linkInvalid':
		'Línea {line}: «{link}» no se acepta. Solo se admiten direcciones web que empiecen por http:// o https://.',
	'library.edit.linkTooLong': 'Línea {line}: esta dirección tiene más de {max} caracteres.',
	'library.edit.tooManyLinks': 'Indique como máximo {max} enlaces.',
	'library.edit.linkRefused': 'Enlace {n}: {message}',
	'library.edit.languageInvalid':
		'Indique un código de idioma como «es», «hr» o «pt-BR» (primero dos o tres letras).',

	'library.open': 'Biblioteca pública de buenas prácticas',
	'library.openHint':
		'Lo que les ha funcionado a las ciudades de las cohortes, publicado para que cualquiera pueda leerlo: no hace falta ningún enlace.',
	'library.pageTitle': 'Biblioteca pública de buenas prácticas — Groundwork',
	'library.title': 'Biblioteca pública de buenas prácticas',
	'library.intro':
		'Lo que les ha funcionado a las ciudades de las cohortes de Groundwork, aprobado y publicado por sus coordinadores. Busque, filtre por sector, palanca, etapa, tipo de brecha o tamaño de ciudad, y abra una práctica para leerla completa.',
	'library.results': 'Prácticas publicadas',
	'library.loading': 'Cargando la biblioteca…',
	'library.loadError': 'No se ha podido cargar la biblioteca: {message}',
	'library.retry': 'Reintentar',
	'library.count': '{count, plural, one {# práctica publicada} other {# prácticas publicadas}}',
	'library.empty':
		'Aún no se ha publicado ninguna práctica. Los coordinadores de las cohortes publican aquí las prácticas aprobadas de sus ciudades.',
	'library.noneFound': 'Ninguna práctica publicada coincide con estos filtros.',
} as const;
