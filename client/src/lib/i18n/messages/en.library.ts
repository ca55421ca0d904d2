/**
 * English messages of the library beyond the cohort view's list (issue 8): editing an item from
 * the cohort view, and the deployment's public library (`/library`). Spread into `en` (see
 * `./en.ts`). Field labels reuse the cohort view's and the promote form's keys
 * (`./en.cohort.ts`, `./en.cohortBoard.ts`) where they exist.
 */
export const enLibrary = {
	'library.edit': 'Edit',
	'library.edit.title': 'Edit “{title}”',
	'library.edit.intro':
		'Change what the practice says. Only the fields you change are saved; the rest stays as it is.',
	'library.edit.approvalNote':
		'This practice is approved. When you save your changes, it goes back to the coordinators for approval: until they approve it again, the other cities no longer see it and it leaves the public library.',
	'library.edit.origin': 'Where it comes from',
	'library.edit.resultsIntro':
		'What was measured: a value and its unit, and the year if you know it. Empty rows are left out.',
	'library.edit.noResults': 'No result yet.',
	'library.edit.result': 'Result {n}',
	'library.edit.addResult': 'Add a result',
	'library.edit.removeResult': 'Remove result {n}',
	'library.edit.resultRemoved': 'Result {n} removed.',
	'library.edit.valueHint': 'A number, for example 12500 or 3.5.',
	'library.edit.yearHint': 'Optional.',
	'library.edit.linksHint':
		'One web address per line, starting with http:// or https://. At most {max}.',
	'library.edit.language': 'Language it is written in',
	'library.edit.languageHint': 'A short language code, for example “en”, “hr” or “pt-BR”.',
	'library.edit.save': 'Save changes',
	'library.edit.saving': 'Saving…',
	'library.edit.cancel': 'Cancel',
	'library.edit.invalid':
		'{count, plural, one {# field needs} other {# fields need}} your attention before saving.',
	'library.edit.saved': 'Your changes to “{title}” were saved.',
	'library.edit.savedForApproval':
		'Your changes to “{title}” were saved. It went back to the coordinators for approval.',
	'library.edit.unchanged': 'Nothing was changed in “{title}”.',
	'library.edit.titleRequired': 'Please give the practice a title.',
	'library.edit.cityRequired': 'Please give the city it comes from.',
	'library.edit.tooLong': 'At most {max} characters.',
	'library.edit.metricRequired': 'Please say what was measured.',
	'library.edit.valueInvalid': 'Please give the value as a number, for example 12500 or 3.5.',
	'library.edit.yearInvalid': 'Please give a year from {min} to {max}, or leave it empty.',
	'library.edit.tooManyResults': 'Give at most {max} results.',
	'library.edit.linkInvalid':
		'Line {line}: “{link}” is not accepted. Only web addresses starting with http:// or https:// can be given.',
	'library.edit.linkTooLong': 'Line {line}: this address is longer than {max} characters.',
	'library.edit.tooManyLinks': 'Give at most {max} links.',
	'library.edit.linkRefused': 'Link {n}: {message}',
	'library.edit.languageInvalid':
		'Please give a language code such as “en”, “hr” or “pt-BR” (two or three letters first).',

	'library.open': 'Public library of best practices',
	'library.openHint':
		'What cities of the cohorts found works, published for everyone to read: no link needed.',
	'library.pageTitle': 'Public library of best practices — Groundwork',
	'library.title': 'Public library of best practices',
	'library.intro':
		'What the cities of Groundwork’s cohorts found works, approved and published by their coordinators. Search it, filter it by sector, lever, stage, kind of gap or city size, and open a practice to read it all.',
	'library.results': 'Published practices',
	'library.loading': 'Loading the library…',
	'library.loadError': 'The library could not be loaded: {message}',
	'library.retry': 'Try again',
	'library.count': '{count, plural, one {# published practice} other {# published practices}}',
	'library.empty':
		'No practice has been published yet. Cohort coordinators publish the approved practices of their cities here.',
	'library.noneFound': 'No published practice matches these filters.',
} as const;
