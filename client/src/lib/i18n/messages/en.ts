/**
 * The English message catalog: every string the user sees or hears, in ICU MessageFormat.
 * Keys are flat and grouped by screen. Other languages copy these keys (see `../i18n.ts`).
 * Avoid ASCII apostrophes: they are ICU escape characters; use the typographic ’ instead.
 */
export const en = {
	'app.name': 'Groundwork',
	'app.tagline': 'Live, cross-city workshops for the road to Net Zero.',
	'app.notFound': 'This page does not exist.',
	'app.backHome': 'Back to the start page',

	'home.title': 'Start a workshop',
	'home.intro':
		'Create a board from a template, then share the links: facilitators run the session, participants edit, viewers follow along.',
	'home.createBoard': 'Create a workshop board',
	'home.boardTitle': 'Board title',
	'home.template': 'Template',
	'home.submit': 'Create board',
	'home.submitting': 'Creating…',
	'home.error': 'The board could not be created: {message}',
	'home.titleRequired': 'Please give the board a title.',

	'template.netzero-roadmap': 'NetZero Roadmap',

	'share.title': 'Share “{title}”',
	'share.intro': 'Send each group its own link. Anyone with a link can join with that role.',
	'share.link':
		'{role, select, facilitator {Facilitator link} participant {Participant link} other {Viewer link}}',
	'share.copy':
		'{role, select, facilitator {Copy facilitator link} participant {Copy participant link} other {Copy viewer link}}',
	'share.copied': 'Copied',
	'share.copyFailed': 'Could not copy; select the link and copy it yourself.',
	'share.open': 'Open board as facilitator',
	'share.ownLink': 'Your link',
	'share.copyOwn': 'Copy your link',

	'role.facilitator': 'Facilitator',
	'role.participant': 'Participant',
	'role.viewer': 'Viewer',

	'stage.planning': 'Planning',
	'stage.enabling': 'Enabling & Deep Dive',
	'stage.localisation': 'Localisation',

	'sector.buildings': 'Buildings',
	'sector.energy': 'Energy supply',
	'sector.mobility': 'Mobility & transport',
	'sector.waste': 'Waste & circular economy',
	'sector.industry': 'Industry',
	'sector.nature': 'Nature & land use',
	'sector.governance': 'Governance & enablers (cross-cutting)',

	'kind.action': 'Action',
	'kind.milestone': 'Milestone',
	'kind.success': 'Success',
	'kind.barrier': 'Barrier',
	'kind.note': 'Note',

	'join.title': 'Join the board',
	'join.intro': 'Tell the others who you are. Your name and city are shown next to your cards.',
	'join.name': 'Your name',
	'join.city': 'Your city',
	'join.cityHint': 'Pick a city already on the board or type your own.',
	'join.submit': 'Join board',
	'join.cancel': 'Cancel',
	'join.nameRequired': 'Please enter your name.',
	'join.change': 'Change name or city',

	'board.loading': 'Loading the board…',
	'board.roleBadge': 'Your role:',
	'board.notFound': 'This board does not exist (or no longer exists).',
	'board.noToken': 'This link has no access token. Ask the facilitator for a board link.',
	'board.loadError': 'The board could not be loaded: {message}',
	'board.you': '{name} (you)',
	'board.readOnly': 'You are viewing this board; you can read everything but not change it.',

	'status.connecting': 'Connecting…',
	'status.connected': 'Connected',
	'status.reconnecting': 'Reconnecting…',
	'status.offline': 'Offline',
	'status.denied': 'Access denied — this link is invalid or has expired',

	'presence.title': 'People on this board',
	'presence.count':
		'{count, plural, =0 {Nobody here yet} one {# person here} other {# people here}}',
	'presence.item': '{name} · {city} · {role}',
	'presence.itemNoCity': '{name} · {role}',
	'presence.unknownRole': 'Joining',
	'presence.jump': 'Go to where {name} is',
	'presence.jumpShort': 'Go to',
	'presence.follow': 'Follow the view of {name}',
	'presence.followShort': 'Follow',

	'grid.toolbar': 'Board tools',
	'grid.cardKind': 'Card kind',
	'grid.keyboardHint':
		'Tip: in a card, Alt+Left and Alt+Right change its stage, Alt+Up and Alt+Down change its sector.',

	'canvas.label': 'Board canvas',
	'canvas.help':
		'Drag the background or use the arrow keys to pan; Ctrl and the mouse wheel, pinch, or plus and minus zoom; Shift+1 shows the whole board. Shift and drag selects several cards; arrows move the selected cards, Delete deletes them. Double-click the background to add a card there. The list view shows the same cards as a document.',
	'canvas.resizeColumn': 'Width of column {band}',
	'canvas.resizeRow': 'Height of row {band}',
	'canvas.zoomControls': 'Zoom',
	'canvas.zoomIn': 'Zoom in',
	'canvas.zoomOut': 'Zoom out',
	'canvas.zoomReset': 'Zoom {percent} %, back to 100 %',
	'canvas.percent': '{percent} %',
	'canvas.fit': 'Fit board',
	'canvas.moved': '{count, plural, one {# card moved} other {# cards moved}}',
	'canvas.deleted': '{count, plural, one {# card deleted} other {# cards deleted}}',

	'history.undo': 'Undo',
	'history.redo': 'Redo',
	'history.undone':
		'Undone: {change, select, add {card added} delete {card deleted} move {card moved} kind {card kind changed} text {typing} other {your last change}}',
	'history.redone':
		'Redone: {change, select, add {card added} delete {card deleted} move {card moved} kind {card kind changed} text {typing} other {your last change}}',
	'history.noUndo': 'Nothing of yours to undo',
	'history.noRedo': 'Nothing to redo',

	'clipboard.copied':
		'{count, plural, =0 {{frames, plural, one {# frame copied} other {# frames copied}}} one {# card{frames, plural, =0 {} one { and # frame} other { and # frames}} copied} other {# cards{frames, plural, =0 {} one { and # frame} other { and # frames}} copied}}',
	'clipboard.pasted':
		'{count, plural, =0 {{frames, plural, one {# frame pasted} other {# frames pasted}}} one {# card{frames, plural, =0 {} one { and # frame} other { and # frames}} pasted} other {# cards{frames, plural, =0 {} one { and # frame} other { and # frames}} pasted}}',
	'clipboard.duplicated':
		'{count, plural, =0 {{frames, plural, one {# frame duplicated} other {# frames duplicated}}} one {# card{frames, plural, =0 {} one { and # frame} other { and # frames}} duplicated} other {# cards{frames, plural, =0 {} one { and # frame} other { and # frames}} duplicated}}',
	'clipboard.nothingSelected': 'Select cards or frames first.',
	'clipboard.readOnly': 'You can view this board but not paste onto it.',
	'clipboard.empty': 'There is nothing on the clipboard to paste.',
	'clipboard.invalid':
		'What is on the clipboard could not be read as cards. Copy it again, then paste.',
	'clipboard.tooLarge':
		'Too much to paste at once (at most {max, number} cards). Copy fewer cards and try again.',
	'clipboard.newerVersion':
		'These cards were copied from a newer version of Groundwork. Reload this page, then paste again.',

	'frame.label': '{hasText, select, yes {Frame “{title}”} other {Untitled frame}}',
	'frame.title': 'Frame title',
	'frame.add': 'Add frame',
	'frame.added': 'Frame added',
	'frame.renamed':
		'{hasText, select, yes {Frame renamed to “{title}”} other {Frame title removed}}',
	'frame.moved':
		'{count, plural, =0 {Frame moved} one {Frame moved with # card} other {Frame moved with # cards}}',
	'frame.resizeOf': 'Resize {frame} (arrow keys)',
	'frame.resized': 'Frame resized',
	'frame.move': 'Move {frame} with its cards (arrow keys)',
	'frame.deleteOf': 'Delete {frame}',
	'frame.untitled': 'Untitled frame',
	'frame.deleted': 'Frame deleted; its cards stay on the board',

	'find.region': 'Find cards',
	'search.label': 'Search cards',
	'search.hint':
		'Searches text, city and author. Enter jumps to the first card found, Escape clears.',
	'search.count': '{count, plural, =0 {No cards match} one {# card matches} other {# cards match}}',
	'search.results': 'Search results',
	'search.result': '{hasText, select, yes {{card}: {excerpt}} other {{card} (no text yet)}}',
	'search.more':
		'{count, plural, one {# more card matches; refine the search to see it.} other {# more cards match; refine the search to see them.}}',
	'filter.toggle': 'Filter cards',
	'filter.panel': 'Card filter',
	'filter.activeCount': '{count, plural, one {# filter on} other {# filters on}}',
	'filter.city': 'City',
	'filter.kind': 'Kind',
	'filter.stage': 'Stage',
	'filter.sector': 'Sector',
	'filter.noCities': 'No cities on the board yet.',
	'filter.mode': 'Cards that do not match',
	'filter.highlight': 'Highlight matches',
	'filter.hide': 'Hide others',
	'filter.clear': 'Clear filters',
	'filter.cleared': 'Filters cleared',

	'view.label': 'View',
	'view.grid': 'Grid',
	'view.list': 'List',

	'list.empty': 'No cards here yet.',
	'list.noneShown': 'No matching cards here.',

	'cell.label': '{stage} · {sector}',
	'cell.addCard': 'Add card to {cell}',
	'cell.addShort': 'Add card',
	'cell.cards': 'Cards in {cell}',
	'cell.hidden':
		'{count, plural, one {# card hidden by the filter} other {# cards hidden by the filter}}',

	'card.label': '{hasCity, select, yes {{kind} card from {city}} other {{kind} card}}',
	'card.text': 'Card text',
	'card.match': 'Match',
	'card.noMatch': 'Does not match the search or filter',
	'card.placeholder': 'Write here…',
	'card.kind': 'Card kind',
	'card.delete': 'Delete card',
	'card.move': 'Move card',
	'card.moveTo': 'Move to',
	'card.moveConfirm': 'Move',
	'card.moveCancel': 'Cancel',
	'card.link': 'Link',
	'card.by': 'by {name}',
	'card.moved': 'Card moved to {cell}',
	'card.added': 'Card added to {cell}',
	'card.deleted': 'Card deleted',
	'card.cannotMove': 'The card is already at the edge of the board',
	'card.details': 'Details',
	'card.detailsOf': 'Details of {card}',
	'card.factStatus': 'Status: {value}',
	'card.factSeverity': 'Severity: {value}',
	'card.factDate': 'Date: {value}',
	'card.factAchieved': 'Achieved',
	'card.factPromotable': 'Best-practice candidate',

	'details.title': 'Card details',
	'details.close': 'Close card details',
	'details.closeShort': 'Close',
	'details.readOnly': 'You can read these details but not change them.',
	'details.notSet': 'Not set',
	'details.status': 'Status',
	'details.ownerOrganisation': 'Owner organisation',
	'details.ownerPerson': 'Owner (person)',
	'details.sphere': 'Sphere of influence',
	'details.startDate': 'Start date',
	'details.endDate': 'End date',
	'details.costEur': 'Cost (EUR)',
	'details.impactTco2ePerYear': 'Impact (t CO₂e saved per year)',
	'details.impactMwhPerYear': 'Energy saved (MWh per year)',
	'details.priorityImpact': 'Priority: impact (1 low – 5 high)',
	'details.priorityFeasibility': 'Priority: feasibility (1 low – 5 high)',
	'details.funding': 'Funding',
	'details.fundingNone': 'No funding sources yet.',
	'details.fundingSource': 'Funding source {n, number}',
	'details.fundingStatus': 'Status of funding source {n, number}',
	'details.fundingAdd': 'Add funding source',
	'details.fundingRemove': 'Remove funding source {n, number}',
	'details.date': 'Date or year',
	'details.dateHint': 'A date (YYYY-MM-DD) or a year (YYYY).',
	'details.milestoneKind': 'Milestone kind',
	'details.target': 'Target value',
	'details.achieved': 'Achieved',
	'details.whatWorked': 'What worked',
	'details.evidence': 'Evidence',
	'details.promotable': 'May be promoted to the best-practice library',
	'details.category': 'Gap category',
	'details.severity': 'Severity',
	'details.levers': 'Levers',
	'details.invalidAmount': 'Enter a number of 0 or more, or leave the field empty.',
	'details.invalidDate': 'Enter a date as YYYY-MM-DD, or leave the field empty.',
	'details.invalidMilestoneDate':
		'Enter a date as YYYY-MM-DD or a year as YYYY, or leave the field empty.',
	'details.invalidText': 'This is too long. Shorten it and try again.',

	'actionStatus.idea': 'Idea',
	'actionStatus.planned': 'Planned',
	'actionStatus.in_progress': 'In progress',
	'actionStatus.completed': 'Completed',
	'actionStatus.postponed': 'Postponed',
	'actionStatus.cancelled': 'Cancelled',

	'sphere.direct': 'Direct (the city’s own assets and services)',
	'sphere.procurement': 'Procurement',
	'sphere.place_shaping': 'Place shaping (planning, regulation)',
	'sphere.partnership': 'Partnership',

	'fundingSource.municipal': 'Municipal',
	'fundingSource.national': 'National',
	'fundingSource.EU': 'EU',
	'fundingSource.private': 'Private',
	'fundingSource.community': 'Community',

	'fundingStatus.identified': 'Identified',
	'fundingStatus.applied': 'Applied for',
	'fundingStatus.secured': 'Secured',

	'milestoneKind.decision': 'Decision',
	'milestoneKind.inventory': 'Emissions inventory',
	'milestoneKind.plan_submitted': 'Plan submitted',
	'milestoneKind.funding_secured': 'Funding secured',
	'milestoneKind.procurement': 'Procurement',
	'milestoneKind.delivered': 'Delivered',
	'milestoneKind.monitoring_report': 'Monitoring report',

	'gapCategory.governance_leadership': 'Governance & leadership',
	'gapCategory.finance_funding': 'Finance & funding',
	'gapCategory.data_monitoring': 'Data & monitoring',
	'gapCategory.skills_capacity': 'Skills & capacity',
	'gapCategory.legal_powers': 'Legal powers',
	'gapCategory.technical_infrastructure': 'Technical infrastructure',
	'gapCategory.engagement_participation': 'Engagement & participation',
	'gapCategory.market_supply_chain': 'Market & supply chain',
	'gapCategory.multilevel_coordination': 'Multilevel coordination',

	'severity.critical': 'Critical',
	'severity.high': 'High',
	'severity.medium': 'Medium',
	'severity.low': 'Low',

	'lever.technology_infrastructure': 'Technology & infrastructure',
	'lever.governance_policy': 'Governance & policy',
	'lever.finance': 'Finance',
	'lever.social_innovation': 'Social innovation',
	'lever.participation': 'Participation',
	'lever.skills_learning': 'Skills & learning',
	'lever.data_digital': 'Data & digital',

	'announce.open': 'Announce to everyone',
	'announce.form': 'Announce to everyone on this board',
	'announce.label': 'Announcement',
	'announce.count': '{count, number} of {max, number} characters',
	'announce.submit': 'Send announcement',
	'announce.sent': 'Announcement sent to everyone on the board.',
	'announce.required': 'Please write an announcement first.',
	'announce.refused': 'The announcement was not sent: {message}',
	'announce.timeout':
		'The server did not answer in time, so the announcement may not have reached everyone. Check the connection and try again.',
	'announce.offline': 'Not connected to the server. Try again when the connection is back.',

	'announcement.region': 'Latest announcement',
	'announcement.text': 'Announcement from the facilitator: {text}',
	'announcement.sentAt': 'Sent at {time}',
	'announcement.dismiss': 'Dismiss announcement',

	'cursor.label': '{name} · {city}',

	'link.relation': '{relation, select, enables {Enables} blocks {Blocks} other {Depends on}}',
	'link.title':
		'{relation, select, enables {{from} enables {to}} blocks {{from} blocks {to}} other {{from} depends on {to}}}',
	'link.layer': 'Links between cards',
	'link.missingCard': 'a deleted card',
	'link.dialogTitle': 'Links of {card}',
	'link.close': 'Close',
	'link.count': '{count, plural, =0 {No links yet} one {# link} other {# links}}',
	'link.readOnly': 'You can see these links but not change them.',
	'link.relationOf': 'Relation of the link “{link}”',
	'link.remove': 'Remove',
	'link.removeOf': 'Remove the link “{link}”',
	'link.add': 'Add a link from this card',
	'link.filter': 'Find a card',
	'link.filterHint': 'Type part of a card’s name to shorten the list.',
	'link.target': 'Card to link to',
	'link.matches':
		'{count, plural, =0 {No card matches.} one {# card matches.} other {# cards match.}}',
	'link.more':
		'{count, plural, one {# more card matches; refine the search to see it.} other {# more cards match; refine the search to see them.}}',
	'link.targetRequired': 'Choose a card to link to.',
	'link.relationLabel': 'Relation',
	'link.submit': 'Add link',
	'link.added': 'Link added',
	'link.refused': 'These two cards are already linked, or the card is gone.',
	'link.removed': 'Link removed',
} as const;

/** A key of the message catalog. */
export type MessageKey = keyof typeof en;

/** A complete catalog: one ICU message per key. */
export type Catalog = Record<MessageKey, string>;
