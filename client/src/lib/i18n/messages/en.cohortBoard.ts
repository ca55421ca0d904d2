/**
 * English messages of the cohort on the board side (issue 8): the board's cohort dialog, the
 * invitation on the home page, sharing in the library, suggestions for a gap and copied actions.
 * Spread into `en` (see `./en.ts`).
 */
export const enCohortBoard = {
	'cohortBoard.open': 'Cohort',
	'cohortBoard.title': 'Cohort',
	'cohortBoard.close': 'Close',
	'cohortBoard.intro':
		'A cohort groups the boards of one programme’s cities: they share a library of best practices and compare their gaps.',
	'cohortBoard.loading': 'Loading the cohort…',
	'cohortBoard.retry': 'Try again',
	'cohortBoard.list': 'Cohorts of this board',
	'cohortBoard.cityCount': '{count, plural, =0 {No city yet} one {# city} other {# cities}}',
	'cohortBoard.asSeminar': 'This board takes part as a seminar board.',
	'cohortBoard.asCity': 'This board takes part as the roadmap of {city}.',
	'cohortBoard.openView': 'Open the cohort view',
	'cohortBoard.openViewOf': 'Open the cohort view of “{title}”',
	'cohortBoard.notInCohort': 'This board is not in a cohort yet.',
	'cohortBoard.askFacilitator': 'A facilitator of this board can add it to a cohort.',

	'cohortBoard.create': 'Create a cohort',
	'cohortBoard.createIntro':
		'Start a cohort for your programme with this board in it, then invite the other boards from the cohort view.',
	'cohortBoard.cohortTitle': 'Name of the cohort',
	'cohortBoard.titleRequired': 'Please give the cohort a name.',
	'cohortBoard.createSubmit': 'Create cohort',
	'cohortBoard.creating': 'Creating…',
	'cohortBoard.created': 'Cohort “{title}” created. Invite the other boards from the cohort view.',

	'cohortBoard.join': 'Join with an invitation',
	'cohortBoard.joinIntro': 'The cohort’s coordinators send an invitation link.',
	'cohortBoard.invitation': 'Invitation link',
	'cohortBoard.invitationHint': 'Paste the whole link, or only the code that follows “invite=”.',
	'cohortBoard.invitationRequired': 'Please paste the invitation link.',
	'cohortBoard.invitationInvalid':
		'This is not an invitation link. Paste the whole link you received.',
	'cohortBoard.joinSubmit': 'Join the cohort',
	'cohortBoard.joining': 'Joining…',
	'cohortBoard.joined': 'This board joined the cohort “{title}”.',

	'cohortBoard.memberKind': 'This board is',
	'cohortBoard.memberCity': 'A city’s roadmap',
	'cohortBoard.memberSeminar': 'A seminar board of the programme',
	'cohortBoard.seminarHint':
		'The facilitators of seminar boards coordinate the cohort: they invite cities and approve library items.',
	'cohortBoard.city': 'City',
	'cohortBoard.country': 'Country',
	'cohortBoard.population': 'Population',
	'cohortBoard.cityRequired': 'Please give the city’s name.',
	'cohortBoard.population.under_20k': 'Under 20,000 inhabitants',
	'cohortBoard.population.20k_50k': '20,000 to 50,000 inhabitants',
	'cohortBoard.population.50k_100k': '50,000 to 100,000 inhabitants',
	'cohortBoard.population.100k_250k': '100,000 to 250,000 inhabitants',

	'cohortBoard.invite.title': 'Join a cohort',
	'cohortBoard.invite.loading': 'Reading the invitation…',
	'cohortBoard.invite.to': 'You are invited to add a board to the cohort “{title}”.',
	'cohortBoard.invite.cities': 'Cities in it: {cities}.',
	'cohortBoard.invite.noCities': 'No city has joined it yet.',
	'cohortBoard.invite.expires': 'The invitation is valid until {date}.',
	'cohortBoard.invite.board': 'Board to add',
	'cohortBoard.invite.boardHint': 'The boards you opened in this browser with a facilitator link.',
	'cohortBoard.invite.noBoard':
		'Only a board’s facilitators can add it to a cohort. Open your board with its facilitator link in this browser first, then open this invitation again.',
	'cohortBoard.invite.joined': '“{item}” is now in the cohort “{title}”.',
	'cohortBoard.invite.openView': 'Open the cohort view',

	'cohortBoard.error.inviteExpired':
		'This invitation has expired. Ask the cohort’s coordinators for a new link.',
	'cohortBoard.error.inviteRevoked':
		'This invitation was replaced by a newer one. Ask the cohort’s coordinators for the new link.',
	'cohortBoard.error.inviteInvalid':
		'This invitation is not valid. Check that you pasted the whole link.',
	'cohortBoard.error.cohortFull': 'This cohort is full: it cannot take another board.',
	'cohortBoard.error.forbidden': 'Your role on this board does not allow this.',
	'cohortBoard.error.notMember': 'This board is not in that cohort (any more).',
	'cohortBoard.error.notPromotable':
		'Only a success card or a resolved gap can be shared in the library.',
	'cohortBoard.error.linkRevoked':
		'The link this board was opened with no longer works. Ask a facilitator for the new one.',
	'cohortBoard.error.notFound': 'What you asked for no longer exists.',
	'cohortBoard.error.invalid': 'Some of the values were refused: {message}',
	'cohortBoard.error.offline':
		'The server could not be reached. Check your connection and try again.',
	'cohortBoard.error.other': 'Something went wrong: {message}',

	'cohortBoard.promote': 'Share in the library',
	'cohortBoard.promote.title': 'Share in the cohort’s library',
	'cohortBoard.promote.ofCard': 'From the success card “{title}”',
	'cohortBoard.promote.ofGap': 'From the resolved gap “{title}”',
	'cohortBoard.promote.introCard':
		'Complete what other cities need to know. Fields you leave empty are filled in from the card.',
	'cohortBoard.promote.introGap':
		'Complete what other cities need to know. Fields you leave empty are filled in from the gap and the actions that resolved it.',
	'cohortBoard.field.title': 'Title',
	'cohortBoard.field.summary': 'Summary',
	'cohortBoard.field.gapCategories': 'Kinds of gap it answers',
	'cohortBoard.field.costRange': 'Cost range',
	'cohortBoard.field.costRangeHint': 'For example “€40,000 a year”.',
	'cohortBoard.field.fundingUsed': 'Funding used',
	'cohortBoard.field.timeframe': 'Timeframe',
	'cohortBoard.field.contact': 'Contact',
	'cohortBoard.field.evidenceLevel': 'Evidence',
	'cohortBoard.field.difficulty': 'How hard it is to transfer',
	'cohortBoard.field.lessons': 'Lessons and pitfalls',
	'cohortBoard.evidence.self_reported': 'Self-reported',
	'cohortBoard.evidence.peer_reviewed': 'Peer-reviewed',
	'cohortBoard.evidence.evaluated': 'Independently evaluated',
	'cohortBoard.difficulty.low': 'Low',
	'cohortBoard.difficulty.medium': 'Medium',
	'cohortBoard.difficulty.high': 'High',
	'cohortBoard.promote.draft': 'Save as draft',
	'cohortBoard.promote.submit': 'Submit for approval',
	'cohortBoard.promote.sending': 'Sending…',
	'cohortBoard.promote.savedDraft':
		'“{title}” is saved as a draft in the library. Complete and submit it from the cohort view.',
	'cohortBoard.promote.submitted':
		'“{title}” was submitted: the cohort’s coordinators review it before the other cities see it.',
	'cohortBoard.promote.cancel': 'Cancel',

	'cohortBoard.suggestions': 'Suggestions from the cohort',
	'cohortBoard.suggestions.loading': 'Looking for suggestions…',
	'cohortBoard.suggestions.refresh': 'Refresh suggestions',
	'cohortBoard.suggestions.noCategory':
		'Give the gap a category: practices are suggested by the kind of gap they answer.',
	'cohortBoard.suggestions.practices': 'Practices from the library',
	'cohortBoard.suggestions.noPractices':
		'No approved practice in the library answers this kind of gap yet.',
	'cohortBoard.suggestions.found':
		'{count, plural, =0 {No practice found} one {# practice found} other {# practices found}}',
	'cohortBoard.suggestions.why': 'Why it is suggested',
	'cohortBoard.origin': 'From {city}',
	'cohortBoard.originCountry': 'From {city}, {country}',
	'cohortBoard.reason.category': 'Answers gaps of {label}',
	'cohortBoard.reason.sector': 'Same sector: {label}',
	'cohortBoard.reason.stage': 'Same stage: {label}',
	'cohortBoard.reason.implemented':
		'Implemented in {count, plural, one {# other city} other {# other cities}}',
	'cohortBoard.reason.evidence': 'Evidence: {label}',
	'cohortBoard.copy': 'Copy into my board',
	'cohortBoard.copying': 'Copying…',
	'cohortBoard.copied': 'Copied into your board as an action card.',
	'cohortBoard.copiedAnnounce': '“{title}” was copied into your board as an action card.',
	'cohortBoard.suggestions.peers': 'Cities that resolved the same gap',
	'cohortBoard.suggestions.noPeers':
		'No other city in the cohort has resolved a gap like this yet.',
	'cohortBoard.peerGap': '{city}: “{gap}”',
	'cohortBoard.peerActions': 'What they did',
	'cohortBoard.peerNoActions': 'No action is linked to it.',

	'cohortBoard.copiedFrom': 'Copied from the cohort library',
	'cohortBoard.replication': 'How far have you got?',
	'cohortBoard.replicationHint': 'The other cities see this in the library.',
	'cohortBoard.replication.considering': 'Considering it',
	'cohortBoard.replication.adapting': 'Adapting it',
	'cohortBoard.replication.implemented': 'Implemented',
	'cohortBoard.replication.dropped': 'Dropped',
} as const;
