/** English messages of the admin screens; spread into `en` (see `./en.ts`). */
export const enAdmin = {
	'admin.open': 'Board settings',
	'admin.title': 'Board settings',
	'admin.close': 'Close board settings',
	'admin.intro': 'Only facilitators see these settings. Changes apply to everyone at once.',
	'admin.archivedBadge': 'Archived',

	'admin.nameHeading': 'Name',
	'admin.nameLabel': 'Board name',
	'admin.rename': 'Rename board',
	'admin.nameRequired': 'Please give the board a name.',
	'admin.renamed': 'The board is now called “{title}”.',

	'admin.archiveHeading': 'Archive',
	'admin.archivedNote':
		'This board is archived: the workshop is marked as finished. It still opens and works as before.',
	'admin.activeNote':
		'Archive the board when the workshop is over. It still opens and works, and you can unarchive it.',
	'admin.archive': 'Archive board',
	'admin.unarchive': 'Unarchive board',
	'admin.archivedDone': 'The board is archived.',
	'admin.unarchivedDone': 'The board is no longer archived.',

	'admin.linksHeading': 'Replace links',
	'admin.linksIntro':
		'If a link reached the wrong people, replace it. Old links stop working at once and anyone using one is disconnected.',
	'admin.rotate':
		'{role, select, viewer {Replace viewer links} participant {Replace participant links} other {Replace all links}}',
	'admin.rotateConfirm':
		'{role, select, viewer {Old viewer links stop working at once, and everyone following with one is disconnected.} participant {Old participant links stop working at once, and everyone editing with one is disconnected.} other {Every old link, yours included, stops working at once, and everyone is disconnected. This page reopens with your new link.}}',
	'admin.rotateYes':
		'{role, select, viewer {Replace viewer links now} participant {Replace participant links now} other {Replace all links now}}',
	'admin.cancel': 'Cancel',
	'admin.rotated':
		'{role, select, viewer {New viewer link ready: send it to the people who should keep following.} participant {New participant link ready: send it to the people who should keep editing.} other {New links ready: send each to the people who should keep access.}}',
	'admin.newLinks': 'New links',

	'admin.deleteHeading': 'Delete',
	'admin.deleteIntro':
		'Deleting removes the board with its cards, gaps, session and history for everyone. It cannot be undone.',
	'admin.delete': 'Delete board…',
	'admin.deleteConfirm':
		'Delete “{title}” for everyone? Everyone on it is disconnected, and it cannot be undone.',
	'admin.deleteYes': 'Delete “{title}”',
	'admin.deleting': 'Deleting…',

	'admin.working': 'Working…',
	'admin.error': 'That did not work: {message}',
	'admin.forbidden': 'Only facilitators can change this board.',
	'admin.revoked': 'Your link was replaced. Open the board with your new facilitator link.',
	'admin.gone': 'This board no longer exists.',
} as const;
