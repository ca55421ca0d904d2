/**
 * English messages of a programme's public side (issue 11): its public page with the seminars,
 * the registration form and its confirmation, invitation links, and a city's journey. Spread
 * into `en` (see `./en.ts`). Stage labels (`stage.*`), the city fields and the population bands
 * (`cohortBoard.*`) are reused from the catalog.
 */
export const enProgramme = {
	'programme.title': 'Programme',
	'programme.pageTitle': '{title} — Groundwork',
	'programme.pageTitleLoading': 'Programme — Groundwork',
	'programme.loading': 'Loading the programme…',
	'programme.loaded': '“{title}” is loaded.',
	'programme.retry': 'Try again',
	'programme.notFoundTitle': 'Programme not found',
	'programme.organiser': 'Organised by {organiser}',
	'programme.languages': '{count, plural, one {Language} other {Languages}}: {languages}',
	'programme.calendar': 'Add the whole programme to your calendar',
	'programme.newTab': ' (opens in a new tab)',

	'programme.error.notFound': 'This programme does not exist or was removed.',
	'programme.error.offline':
		'The server could not be reached. Check your connection and try again.',
	'programme.error.other': 'Something went wrong on the server. Please try again in a moment.',

	'programme.seminars.title': 'Seminars',
	'programme.seminars.stage': '{stage} seminars',
	'programme.seminars.none': 'No seminar is planned yet.',
	'programme.seminar.held': 'Held',
	'programme.seminar.ongoing': 'Happening now',
	'programme.seminar.when': 'When',
	'programme.seminar.whenInZone': '{when} ({zone} time)',
	'programme.seminar.yourTime': 'Your time: {when} ({zone})',
	'programme.seminar.duration': 'Duration',
	'programme.seminar.format': 'Format',
	'programme.seminar.online': 'Online',
	'programme.seminar.onSite': 'On site',
	'programme.seminar.agenda': 'Agenda',
	'programme.seminar.materials': 'Materials',
	'programme.seminar.fileSize': '({size})',
	'programme.seminar.calendar': 'Add to calendar',
	'programme.seminar.calendarFor': 'Add to calendar: {title}',

	'programme.register.title': 'Register your city',
	'programme.register.intro':
		'Tell the coordinators your city would like to take part. They review the registrations and write to the cities they accept.',
	'programme.register.closed': 'Registration for this programme is closed.',
	'programme.register.requiredNote':
		'All fields are required, except what your city hopes to learn.',
	'programme.register.cityLegend': 'Your city',
	'programme.register.contactLegend': 'Contact person',
	'programme.register.populationChoose': 'Choose the size of your city',
	'programme.register.contactName': 'Name',
	'programme.register.email': 'E-mail address',
	'programme.register.role': 'Role in the city',
	'programme.register.hopes': 'What does your city hope to learn?',
	'programme.register.hopesHint': 'Optional: a few sentences help the coordinators plan.',
	'programme.register.trap': 'Leave this field empty',
	'programme.register.consent':
		'I agree that the coordinators of this programme ({organiser}) contact me about it.',
	'programme.register.privacy':
		'We collect your city, your name, e-mail address and role, and what you write here. Only the programme’s coordinators see it, and they use it only to organise this programme. To get a copy of your data or have it deleted, write to {organiser}.',
	'programme.register.submit': 'Register',
	'programme.register.sendingButton': 'Sending…',
	'programme.register.sending': 'Sending your registration…',
	'programme.register.problem': 'There is a problem',
	'programme.register.error.cityRequired': 'Please give your city’s name.',
	'programme.register.error.countryRequired': 'Please give your country.',
	'programme.register.error.population': 'Please choose the size of your city.',
	'programme.register.error.contactNameRequired': 'Please give the contact person’s name.',
	'programme.register.error.emailRequired': 'Please give an e-mail address.',
	'programme.register.error.email': 'Please give an e-mail address in the form name@example.org.',
	'programme.register.error.roleRequired': 'Please give the contact person’s role in the city.',
	'programme.register.error.consent':
		'Please agree to be contacted: the coordinators need it to reply.',
	'programme.register.error.tooLong': 'This is longer than the form allows. Please shorten it.',
	'programme.register.error.invalid': 'Please check this field.',
	'programme.register.error.refused':
		'The registration was not accepted. Please check the form and send it again.',
	'programme.register.error.closed':
		'Registration for this programme has just closed. Your registration was not sent.',
	'programme.register.error.rateLimited':
		'Too many registrations were sent from your connection. Please wait ten minutes and try again.',

	'programme.registered.pageTitle': 'Registration received — Groundwork',
	'programme.registered.title': 'Thank you for registering',
	'programme.registered.receivedFor': 'Your city’s registration for “{title}” was received.',
	'programme.registered.received': 'Your city’s registration was received.',
	'programme.registered.nextTitle': 'What happens next',
	'programme.registered.next':
		'The programme’s coordinators review the registrations. If your city is accepted, they send the contact person an e-mail with your city’s invitation links: one to your city’s own roadmap board, and one for each seminar.',
	'programme.registered.meanwhile':
		'Meanwhile, the programme’s page shows its seminars, and you can add them to your calendar.',
	'programme.registered.back': 'Back to the programme',

	'programme.enter.pageTitle': 'Opening your board — Groundwork',
	'programme.enter.title': 'Your invitation',
	'programme.enter.opening': 'Opening your board…',
	'programme.enter.toProgramme': 'Go to the programme’s page',
	'programme.enter.error.invalid': 'This invitation link is not valid.',
	'programme.enter.error.expired':
		'This invitation link has expired: ask the programme’s coordinator for a new link.',
	'programme.enter.error.revoked':
		'This link was replaced or withdrawn: ask the programme’s coordinator for your current link.',

	'programme.journey.title': 'Your city’s journey',
	'programme.journey.intro':
		'How {city} is doing in the programme: the seminars it attended and the progress of its roadmap.',
	'programme.journey.loadError': 'Your city’s journey could not be loaded just now.',
	'programme.journey.caption': 'Seminars attended and roadmap progress, city by city',
	'programme.journey.city': 'City',
	'programme.journey.attended': 'Attended {attended} of {held} held',
	'programme.journey.noneHeld': 'None held yet',
	'programme.journey.actionsPlanned': 'Actions planned',
	'programme.journey.actionsInProgress': 'Actions in progress',
	'programme.journey.actionsCompleted': 'Actions completed',
	'programme.journey.gapsOpen': 'Gaps open',
	'programme.journey.gapsResolved': 'Gaps resolved',
	'programme.journey.reached': 'Stage reached',
	'programme.journey.notStarted': 'Not started',
	'programme.journey.activity': 'Board activity',
	'programme.journey.activityChanged':
		'{cards, plural, one {# card} other {# cards}}, last changed {when}',
	'programme.journey.activityUntouched':
		'{cards, plural, one {# card} other {# cards}}, not edited yet',
	'programme.journey.board': 'Board',
	'programme.journey.openBoard': 'Open the board',
	'programme.journey.openBoardOf': 'Open the board of {city}',
	'programme.journey.together': 'All {count, plural, one {# city} other {# cities}} together',
	'programme.journey.togetherTitle': 'What the cohort achieved together',
	'programme.journey.togetherSummary':
		'Across the programme’s {cities, plural, one {# city} other {# cities}}: {completed, plural, one {# action} other {# actions}} completed, {inProgress, plural, one {# action} other {# actions}} in progress and {resolved, plural, one {# gap} other {# gaps}} resolved.',

	'programme.home.cities': 'Your city’s programmes',
	'programme.home.citiesHint':
		'Programmes your city joined in this browser through its invitation link: each opens with your city’s journey.',
	'programme.home.cityEntry': '{title} ({city})',
} as const;
