/** Danish messages of the admin screens (see `../en.admin.ts`). */
export const daAdmin = {
	'admin.open': 'Tavleindstillinger',
	'admin.title': 'Tavleindstillinger',
	'admin.close': 'Luk tavleindstillinger',
	'admin.intro': 'Kun facilitatorer kan se disse indstillinger. Ændringer gælder straks for alle.',
	'admin.archivedBadge': 'Arkiveret',

	'admin.nameHeading': 'Navn',
	'admin.nameLabel': 'Tavlens navn',
	'admin.rename': 'Omdøb tavlen',
	'admin.nameRequired': 'Giv tavlen et navn.',
	'admin.renamed': 'Tavlen hedder nu »{title}«.',

	'admin.archiveHeading': 'Arkiv',
	'admin.archivedNote':
		'Tavlen er arkiveret: workshoppen er markeret som afsluttet. Den kan stadig åbnes og virker som før.',
	'admin.activeNote':
		'Arkivér tavlen, når workshoppen er slut. Den kan stadig åbnes og virker, og du kan tage den ud af arkivet igen.',
	'admin.archive': 'Arkivér tavlen',
	'admin.unarchive': 'Tag tavlen ud af arkivet',
	'admin.archivedDone': 'Tavlen er arkiveret.',
	'admin.unarchivedDone': 'Tavlen er ikke længere arkiveret.',

	'admin.linksHeading': 'Udskift links',
	'admin.linksIntro':
		'Hvis et link er nået ud til de forkerte, så udskift det. Gamle links holder straks op med at virke, og alle, der bruger et af dem, bliver afbrudt.',
	'admin.rotate':
		'{role, select, viewer {Udskift tilskuerlinks} participant {Udskift deltagerlinks} other {Udskift alle links}}',
	'admin.rotateConfirm':
		'{role, select, viewer {Gamle tilskuerlinks holder straks op med at virke, og alle, der følger med via et af dem, bliver afbrudt.} participant {Gamle deltagerlinks holder straks op med at virke, og alle, der redigerer via et af dem, bliver afbrudt.} other {Alle gamle links, også dit eget, holder straks op med at virke, og alle bliver afbrudt. Siden åbnes igen med dit nye link.}}',
	'admin.rotateYes':
		'{role, select, viewer {Udskift tilskuerlinks nu} participant {Udskift deltagerlinks nu} other {Udskift alle links nu}}',
	'admin.cancel': 'Annuller',
	'admin.rotated':
		'{role, select, viewer {Nyt tilskuerlink klar: send det til dem, der fortsat skal kunne følge med.} participant {Nyt deltagerlink klar: send det til dem, der fortsat skal kunne redigere.} other {Nye links klar: send hvert link til dem, der fortsat skal have adgang.}}',
	'admin.newLinks': 'Nye links',

	'admin.deleteHeading': 'Slet',
	'admin.deleteIntro':
		'Når du sletter tavlen, forsvinder den med alle kort, mangler, session og historik for alle. Det kan ikke fortrydes.',
	'admin.delete': 'Slet tavle…',
	'admin.deleteConfirm':
		'Slet »{title}« for alle? Alle på tavlen bliver afbrudt, og det kan ikke fortrydes.',
	'admin.deleteYes': 'Slet »{title}«',
	'admin.deleting': 'Sletter…',

	'admin.working': 'Arbejder…',
	'admin.error': 'Det lykkedes ikke: {message}',
	'admin.forbidden': 'Kun facilitatorer kan ændre denne tavle.',
	'admin.revoked': 'Dit link er blevet udskiftet. Åbn tavlen med dit nye facilitatorlink.',
	'admin.gone': 'Denne tavle findes ikke længere.',
} as const;
