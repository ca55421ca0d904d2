/**
 * English messages of a programme's coordinators (issue 11): making a programme
 * (`/programmes/new`), the manage page (`/programmes/:id/manage`) and its tabs, and the start
 * page's links to them. Spread into `en` (see `./en.ts`). Stages, templates and population
 * bands reuse the board's and the cohort's keys.
 */
export const enProgrammeAdmin = {
	// Start page
	'programmeAdmin.home.title': 'Programmes',
	'programmeAdmin.home.run': 'Run a programme',
	'programmeAdmin.home.runHint':
		'A series of seminars for several cities: registration, invitations and each city’s journey.',
	'programmeAdmin.home.yours': 'Your programmes',
	'programmeAdmin.home.yoursHint': 'Programmes you coordinate from this browser.',
	'programmeAdmin.home.untitled': 'Untitled programme',

	// Errors
	'programmeAdmin.error.offline':
		'The server could not be reached. Check your connection and try again.',
	'programmeAdmin.error.linkReplaced':
		'This coordinator link was replaced or has expired. Ask a co-coordinator for the current link.',
	'programmeAdmin.error.notFound': 'This programme, or what you acted on, no longer exists.',
	'programmeAdmin.error.tooLarge': 'File too large.',
	'programmeAdmin.error.tooManyFiles':
		'This seminar already has the most files it can have. Delete one to add another.',
	'programmeAdmin.error.rateLimited':
		'Too many requests from your address. Wait a minute and try again.',
	'programmeAdmin.error.invalid': 'Something was refused: {message}',
	'programmeAdmin.error.other': 'Something went wrong: {message}',

	// Field errors
	'programmeAdmin.invalid.title': 'Give the programme a title.',
	'programmeAdmin.invalid.organiser': 'Say who organises the programme.',
	'programmeAdmin.invalid.description': 'The description is too long.',
	'programmeAdmin.invalid.languages': 'Choose at least one language.',
	'programmeAdmin.invalid.seminars': 'Check the seminars: a programme has at most {max}.',
	'programmeAdmin.invalid.seminarTitle': 'Give the seminar a title.',
	'programmeAdmin.invalid.date': 'Enter the date of the seminar.',
	'programmeAdmin.invalid.time': 'Enter the start time, for example 10:00.',
	'programmeAdmin.invalid.durationMinutes': 'Enter a length in whole minutes, from {min} to {max}.',
	'programmeAdmin.invalid.timeZone': 'Choose a time zone from the list.',
	'programmeAdmin.invalid.place': 'An on-site seminar needs a place: enter its address.',
	'programmeAdmin.invalid.agenda': 'The agenda is too long.',
	'programmeAdmin.invalid.links': 'Check the material links: at most {max}.',
	'programmeAdmin.invalid.linkTitle': 'Give the link a title.',
	'programmeAdmin.invalid.linkUrl': 'Enter a web address starting with https:// or http://.',
	'programmeAdmin.invalid.other': 'Check this field.',
	'programmeAdmin.summary.title':
		'{count, plural, one {There is # problem to fix} other {There are # problems to fix}}',
	'programmeAdmin.summary.other': 'There is a problem: {message}',

	// The programme's fields
	'programmeAdmin.field.title': 'Title of the programme',
	'programmeAdmin.field.titleHint': 'For example “Net Zero Cities Academy 2026”.',
	'programmeAdmin.field.organiser': 'Organiser',
	'programmeAdmin.field.organiserHint': 'Who runs the programme, as the cities will see it.',
	'programmeAdmin.field.description': 'Description',
	'programmeAdmin.field.descriptionHint':
		'What the programme offers and for whom. Shown on the public page. Optional.',
	'programmeAdmin.field.languages': 'Languages of the programme',
	'programmeAdmin.field.languagesHint': 'The languages the seminars are held in. At least one.',
	'programmeAdmin.field.registrationOpen': 'Registration is open',
	'programmeAdmin.field.registrationOpenHint':
		'Cities can register their interest on the public page.',

	// One seminar's fields
	'programmeAdmin.seminar.title': 'Title of the seminar',
	'programmeAdmin.seminar.stage': 'Stage',
	'programmeAdmin.seminar.date': 'Date',
	'programmeAdmin.seminar.time': 'Start time',
	'programmeAdmin.seminar.duration': 'Length in minutes',
	'programmeAdmin.seminar.durationHint': 'That is {time}.',
	'programmeAdmin.seminar.timeZone': 'Time zone',
	'programmeAdmin.seminar.timeZoneHint':
		'The date and start time are in this zone. Cities elsewhere also see the time in their own zone.',
	'programmeAdmin.seminar.format': 'Format',
	'programmeAdmin.seminar.online': 'Online',
	'programmeAdmin.seminar.onSite': 'On site',
	'programmeAdmin.seminar.placeOnSite': 'Place',
	'programmeAdmin.seminar.placeOnSiteHint': 'The address where the seminar is held.',
	'programmeAdmin.seminar.placeOnline': 'How to join',
	'programmeAdmin.seminar.placeOnlineHint':
		'Optional: for example the video call’s address, or a note that it follows by e-mail.',
	'programmeAdmin.seminar.agenda': 'Agenda',
	'programmeAdmin.seminar.agendaHint': 'Optional. One item per line.',
	'programmeAdmin.seminar.links': 'Material links',
	'programmeAdmin.seminar.linksHint':
		'Web pages or documents to read before or after the seminar. At most {max}.',
	'programmeAdmin.seminar.noLinks': 'No link yet.',
	'programmeAdmin.seminar.linkTitle': 'Title of link {n}',
	'programmeAdmin.seminar.linkUrl': 'Address of link {n}',
	'programmeAdmin.seminar.addLink': 'Add a link',
	'programmeAdmin.seminar.removeLink': 'Remove link {n}',
	'programmeAdmin.seminar.linkRemoved': 'Link {n} removed.',
	'programmeAdmin.seminar.template': 'Board template',
	'programmeAdmin.seminar.templateFixed':
		'The seminar’s board is made from this template when the seminar is added; it cannot be changed later.',

	// Making a programme
	'programmeAdmin.new.pageTitle': 'Run a programme — Groundwork',
	'programmeAdmin.new.title': 'Run a programme',
	'programmeAdmin.new.intro':
		'A programme is a series of seminars along the three stages of the roadmap. Cities register their interest on its public page; you accept them and send each its own links.',
	'programmeAdmin.new.detailsTitle': 'The programme',
	'programmeAdmin.new.seminarsTitle': 'Seminars',
	'programmeAdmin.new.seminarsIntro':
		'The programme starts with one seminar for each stage: fill them in, add or remove seminars. You can change everything later.',
	'programmeAdmin.new.noSeminars': 'No seminar yet. You can also add seminars later.',
	'programmeAdmin.new.seminarLegend': 'Seminar {n}',
	'programmeAdmin.new.removeSeminar': 'Remove seminar {n}',
	'programmeAdmin.new.seminarRemoved': 'Seminar {n} removed.',
	'programmeAdmin.new.addSeminar': 'Add a seminar',
	'programmeAdmin.new.seminarAdded': 'Seminar {n} added.',
	'programmeAdmin.new.maxSeminars': 'A programme has at most {max} seminars.',
	'programmeAdmin.new.codeNeeded': 'Enter the creation code to create a programme.',
	'programmeAdmin.new.codeHint':
		'This server asks for a code to create programmes and boards. Ask whoever runs it for the code.',
	'programmeAdmin.new.rateLimited':
		'Too many programmes or boards were created from your network just now. Try again in a few minutes.',
	'programmeAdmin.new.submit': 'Create the programme',
	'programmeAdmin.new.submitting': 'Creating…',
	'programmeAdmin.new.error': 'The programme could not be created. {message}',

	// The manage page
	'programmeAdmin.manage.pageTitle': '{title} — Coordination — Groundwork',
	'programmeAdmin.manage.pageTitleNone': 'Coordinate a programme — Groundwork',
	'programmeAdmin.manage.kicker': 'Coordinating a programme',
	'programmeAdmin.manage.loading': 'Loading the programme…',
	'programmeAdmin.manage.noToken':
		'To coordinate this programme, open the coordinator link you received when it was made, or ask a co-coordinator for it.',
	'programmeAdmin.manage.loadError': 'The programme could not be loaded. {message}',
	'programmeAdmin.manage.retry': 'Try again',
	'programmeAdmin.manage.forget': 'Remove it from this browser’s list',
	'programmeAdmin.manage.forgotten': 'Removed from this browser’s list.',
	'programmeAdmin.manage.publicPage': 'Public page',
	'programmeAdmin.manage.organiser': 'Organised by {organiser}.',
	'programmeAdmin.manage.seminarCount': '{count, plural, one {# seminar} other {# seminars}}',
	'programmeAdmin.manage.acceptedCount':
		'{count, plural, one {# accepted city} other {# accepted cities}}',
	'programmeAdmin.manage.pendingCount':
		'{count, plural, one {# registration to decide} other {# registrations to decide}}',
	'programmeAdmin.manage.tabs': 'Coordinating the programme',
	'programmeAdmin.tab.details': 'Programme and seminars',
	'programmeAdmin.tab.registrations': 'Registrations',
	'programmeAdmin.tab.invitations': 'Invitations',
	'programmeAdmin.tab.journey': 'Journey and attendance',

	// Details tab: the programme
	'programmeAdmin.details.title': 'Programme details',
	'programmeAdmin.details.save': 'Save the details',
	'programmeAdmin.details.saving': 'Saving…',
	'programmeAdmin.details.saved': 'Programme details saved.',
	'programmeAdmin.details.unsaved': 'The details could not be saved. {message}',
	'programmeAdmin.details.registration': 'Registration',
	'programmeAdmin.details.open':
		'Registration is open: cities can register their interest on the public page.',
	'programmeAdmin.details.closed':
		'Registration is closed: the public page shows the programme without the form.',
	'programmeAdmin.details.closeRegistration': 'Close registration',
	'programmeAdmin.details.openRegistration': 'Open registration',
	'programmeAdmin.details.registrationOpened': 'Registration opened.',
	'programmeAdmin.details.registrationClosed': 'Registration closed.',

	// Details tab: links
	'programmeAdmin.links.title': 'Links',
	'programmeAdmin.links.coordinator': 'Coordinator link',
	'programmeAdmin.links.copyCoordinator': 'Copy the coordinator link',
	'programmeAdmin.links.coordinatorHint':
		'Anyone with this link manages the programme and sees the personal data of the registrations. Share it only with co-coordinators.',
	'programmeAdmin.links.replace': 'Replace link',
	'programmeAdmin.links.replaceConfirm':
		'Replace the coordinator link? Every earlier coordinator link, including those you shared, stops working at once. This browser goes on with the new link.',
	'programmeAdmin.links.replaceYes': 'Replace it',
	'programmeAdmin.links.replaceNo': 'Keep it',
	'programmeAdmin.links.replaced':
		'The coordinator link was replaced. Share the new link with your co-coordinators.',
	'programmeAdmin.links.public': 'Public page, to share with cities',
	'programmeAdmin.links.copyPublic': 'Copy the public page link',
	'programmeAdmin.links.calendar': 'Calendar of the whole programme (.ics)',
	'programmeAdmin.links.copyCalendar': 'Copy the calendar link',
	'programmeAdmin.links.calendarHint':
		'Calendar apps that subscribe to this link follow changes to the seminars.',

	// Details tab: seminars
	'programmeAdmin.seminars.title':
		'{count, plural, =0 {Seminars} one {Seminars (#)} other {Seminars (#)}}',
	'programmeAdmin.seminars.empty': 'No seminar yet. Add one below.',
	'programmeAdmin.seminars.when': '{when} ({zone})',
	'programmeAdmin.seminars.local': 'Your time: {when} ({zone})',
	'programmeAdmin.seminars.factStage': 'Stage',
	'programmeAdmin.seminars.factWhen': 'Date and time',
	'programmeAdmin.seminars.factLength': 'Length',
	'programmeAdmin.seminars.factFormat': 'Format',
	'programmeAdmin.seminars.factPlace': 'Place',
	'programmeAdmin.seminars.factJoin': 'How to join',
	'programmeAdmin.seminars.factBoard': 'Board',
	'programmeAdmin.seminars.factAgenda': 'Agenda',
	'programmeAdmin.seminars.factLinks': 'Material links',
	'programmeAdmin.seminars.none': 'None',
	'programmeAdmin.seminars.openBoard': 'Open board of “{title}”',
	'programmeAdmin.seminars.edit': 'Edit “{title}”',
	'programmeAdmin.seminars.editTitle': 'Edit “{title}”',
	'programmeAdmin.seminars.save': 'Save the seminar',
	'programmeAdmin.seminars.saving': 'Saving…',
	'programmeAdmin.seminars.cancel': 'Cancel',
	'programmeAdmin.seminars.saved': 'Seminar “{title}” saved.',
	'programmeAdmin.seminars.delete': 'Delete “{title}”',
	'programmeAdmin.seminars.deleteConfirm':
		'Delete the seminar “{title}”? It leaves the public page and the calendar, with its material files.',
	'programmeAdmin.seminars.deleteYes': 'Delete it',
	'programmeAdmin.seminars.deleteNo': 'Keep it',
	'programmeAdmin.seminars.deleted': 'Seminar “{title}” deleted.',
	'programmeAdmin.seminars.archive': 'Save board to history now',
	'programmeAdmin.seminars.archiving': 'Saving…',
	'programmeAdmin.seminars.archived': 'The board of “{title}” was saved to its history.',
	'programmeAdmin.seminars.archivedOn': 'Saved to history on {date}.',
	'programmeAdmin.seminars.archivePending': 'Being saved to history…',
	'programmeAdmin.seminars.notArchived':
		'Not saved to history yet: the board is saved by itself when the seminar ends.',
	'programmeAdmin.seminars.addTitle': 'Add a seminar',
	'programmeAdmin.seminars.add': 'Add the seminar',
	'programmeAdmin.seminars.adding': 'Adding…',
	'programmeAdmin.seminars.added': 'Seminar “{title}” added.',
	'programmeAdmin.seminars.full': 'This programme has the most seminars it can have ({max}).',

	// Details tab: a seminar's files
	'programmeAdmin.files.title': 'Material files',
	'programmeAdmin.files.empty': 'No file yet.',
	'programmeAdmin.files.delete': 'Delete {name}',
	'programmeAdmin.files.deleteConfirm': 'Delete the file “{name}”?',
	'programmeAdmin.files.deleteYes': 'Delete it',
	'programmeAdmin.files.deleteNo': 'Keep it',
	'programmeAdmin.files.deleted': 'File “{name}” deleted.',
	'programmeAdmin.files.choose': 'Add a file to “{title}”',
	'programmeAdmin.files.limit':
		'At most {max} files per seminar, each at most {size}. Everyone can download them from the public page.',
	'programmeAdmin.files.upload': 'Upload',
	'programmeAdmin.files.uploading': 'Uploading…',
	'programmeAdmin.files.noFile': 'Choose a file first.',
	'programmeAdmin.files.uploaded': 'File “{name}” added.',
	'programmeAdmin.files.tooLarge': 'File too large: “{name}” is larger than {size}.',
	'programmeAdmin.files.tooMany':
		'This seminar already has {max} files. Delete one to add another.',

	// Registrations tab
	'programmeAdmin.registrations.title': 'Registrations',
	'programmeAdmin.registrations.intro':
		'The cities that registered their interest on the public page. Accept a city to give it its invitation links (see “Invitations”). This is personal data: export it or delete it when a city asks.',
	'programmeAdmin.registrations.empty':
		'No city has registered yet. Share the public page so that cities can register.',
	'programmeAdmin.registrations.caption':
		'{count, plural, one {# registration} other {# registrations}}, newest first',
	'programmeAdmin.registrations.city': 'City',
	'programmeAdmin.registrations.country': 'Country',
	'programmeAdmin.registrations.population': 'City size',
	'programmeAdmin.registrations.contact': 'Contact',
	'programmeAdmin.registrations.email': 'E-mail',
	'programmeAdmin.registrations.role': 'Role',
	'programmeAdmin.registrations.hopes': 'Hopes',
	'programmeAdmin.registrations.received': 'Received',
	'programmeAdmin.registrations.status': 'Status',
	'programmeAdmin.registrations.actions': 'Actions',
	'programmeAdmin.status.pending': 'To decide',
	'programmeAdmin.status.accepted': 'Accepted',
	'programmeAdmin.status.declined': 'Declined',
	'programmeAdmin.registrations.decidedOn': 'on {date}',
	'programmeAdmin.registrations.accept': 'Accept {city}',
	'programmeAdmin.registrations.decline': 'Decline {city}',
	'programmeAdmin.registrations.declineConfirm':
		'Decline {city}? Its invitation links stop working and it leaves the programme’s cohort; its board stays.',
	'programmeAdmin.registrations.declineYes': 'Decline',
	'programmeAdmin.registrations.declineNo': 'Cancel',
	'programmeAdmin.registrations.accepted':
		'{city} accepted. Its invitation links are in the “Invitations” tab.',
	'programmeAdmin.registrations.declined': '{city} declined.',
	'programmeAdmin.registrations.export': 'Export data of {city}',
	'programmeAdmin.registrations.exported': 'The data of {city} was downloaded.',
	'programmeAdmin.registrations.delete': 'Delete {city}',
	'programmeAdmin.registrations.deleteConfirm':
		'Delete the registration of {city}? This erases its personal data (contact, e-mail, role, hopes) and its attendance, and its invitation links stop working. The city’s board stays. This cannot be undone.',
	'programmeAdmin.registrations.deleteYes': 'Delete the data',
	'programmeAdmin.registrations.deleteNo': 'Keep it',
	'programmeAdmin.registrations.deleted': 'The registration of {city} was deleted.',
	'programmeAdmin.registrations.csv': 'Download all (CSV)',
	'programmeAdmin.registrations.csvDone': 'The registrations were downloaded.',

	// Invitations tab
	'programmeAdmin.invitations.title': 'Invitations',
	'programmeAdmin.invitations.intro':
		'Each accepted city has a link to its own roadmap board and one for each seminar. Send them to the city’s contact: each link works only for that city.',
	'programmeAdmin.invitations.loading': 'Loading the invitations…',
	'programmeAdmin.invitations.loadError': 'The invitations could not be loaded. {message}',
	'programmeAdmin.invitations.empty':
		'No city has been accepted yet. Accept registrations in the “Registrations” tab.',
	'programmeAdmin.invitations.city': '{city}, {country}',
	'programmeAdmin.invitations.contact': 'Contact: {name}',
	'programmeAdmin.invitations.expires': 'The links work until {date}.',
	'programmeAdmin.invitations.ownBoard': 'Own roadmap board',
	'programmeAdmin.invitations.copy': 'Copy the link “{label}” for {city}',
	'programmeAdmin.invitations.copyAll': 'Copy all links of {city}',
	'programmeAdmin.invitations.copiedAll': 'All links of {city} copied.',
	'programmeAdmin.invitations.copyFailed':
		'The links could not be copied. Select the text below and copy it yourself.',
	'programmeAdmin.invitations.allLinks': 'All links of {city}',
	'programmeAdmin.invitations.textIntro': 'Your links for “{title}” ({city}):',
	'programmeAdmin.invitations.textLine': '{label}: {link}',
	'programmeAdmin.invitations.textExpires': 'The links work until {date}.',
	'programmeAdmin.invitations.textPage': 'The programme’s page: {link}',
	'programmeAdmin.invitations.reissue': 'Issue new links for {city}',
	'programmeAdmin.invitations.reissueConfirm':
		'Issue new links for {city}? Its current links stop working at once: send it the new ones.',
	'programmeAdmin.invitations.reissueYes': 'Issue new links',
	'programmeAdmin.invitations.reissueNo': 'Cancel',
	'programmeAdmin.invitations.reissued': 'New links issued for {city}.',
	'programmeAdmin.invitations.csv': 'Download CSV for a mail merge',
	'programmeAdmin.invitations.csvDone': 'The invitations were downloaded.',

	// Journey tab
	'programmeAdmin.journey.title': 'Journey of the cities',
	'programmeAdmin.journey.loading': 'Loading the journey…',
	'programmeAdmin.journey.loadError': 'The journey could not be loaded. {message}',
	'programmeAdmin.journey.csv': 'Download the journey and attendance (CSV)',
	'programmeAdmin.journey.csvDone': 'The journey was downloaded.',
	'programmeAdmin.attendance.title': 'Attendance',
	'programmeAdmin.attendance.intro':
		'A city’s attendance is recorded when it opens its seminar link during the seminar. Tick or untick it here by hand.',
	'programmeAdmin.attendance.empty': 'No city has been accepted yet.',
	'programmeAdmin.attendance.noSeminars': 'The programme has no seminar yet.',
	'programmeAdmin.attendance.caption': 'Attendance of each accepted city at each seminar',
	'programmeAdmin.attendance.city': 'City',
	'programmeAdmin.attendance.label': '{city} attended {title}',
	'programmeAdmin.attendance.marked': '{city} attended {title}: marked.',
	'programmeAdmin.attendance.unmarked': '{city} attended {title}: unmarked.',
} as const;
