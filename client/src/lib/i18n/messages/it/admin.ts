/** Italian messages of the admin screens (see `../en.admin.ts`). */
export const itAdmin = {
	'admin.open': 'Impostazioni della lavagna',
	'admin.title': 'Impostazioni della lavagna',
	'admin.close': 'Chiudi le impostazioni della lavagna',
	'admin.intro':
		'Queste impostazioni sono visibili solo ai facilitatori. Le modifiche valgono subito per tutti.',
	'admin.archivedBadge': 'Archiviata',

	'admin.nameHeading': 'Nome',
	'admin.nameLabel': 'Nome della lavagna',
	'admin.rename': 'Rinomina lavagna',
	'admin.nameRequired': 'Assegnare un nome alla lavagna.',
	'admin.renamed': 'Ora la lavagna si chiama «{title}».',

	'admin.archiveHeading': 'Archivio',
	'admin.archivedNote':
		'Questa lavagna è archiviata: il workshop risulta concluso. Si apre e funziona come prima.',
	'admin.activeNote':
		'Archiviare la lavagna al termine del workshop. Continuerà ad aprirsi e a funzionare, e l’archiviazione si potrà annullare.',
	'admin.archive': 'Archivia lavagna',
	'admin.unarchive': 'Annulla archiviazione',
	'admin.archivedDone': 'La lavagna è archiviata.',
	'admin.unarchivedDone': 'La lavagna non è più archiviata.',

	'admin.linksHeading': 'Sostituisci i link',
	'admin.linksIntro':
		'Se un link è arrivato alle persone sbagliate, sostituirlo. I vecchi link smettono subito di funzionare e chi li sta usando viene disconnesso.',
	'admin.rotate':
		'{role, select, viewer {Sostituisci i link per osservatori} participant {Sostituisci i link per partecipanti} other {Sostituisci tutti i link}}',
	'admin.rotateConfirm':
		'{role, select, viewer {I vecchi link per osservatori smettono subito di funzionare e chi segue la lavagna con uno di essi viene disconnesso.} participant {I vecchi link per partecipanti smettono subito di funzionare e chi modifica la lavagna con uno di essi viene disconnesso.} other {Tutti i vecchi link, compreso il proprio, smettono subito di funzionare e tutti vengono disconnessi. Questa pagina si riapre con il nuovo link.}}',
	'admin.rotateYes':
		'{role, select, viewer {Sostituisci ora i link per osservatori} participant {Sostituisci ora i link per partecipanti} other {Sostituisci ora tutti i link}}',
	'admin.cancel': 'Annulla',
	'admin.rotated':
		'{role, select, viewer {Nuovo link per osservatori pronto: inviarlo a chi deve continuare a seguire la lavagna.} participant {Nuovo link per partecipanti pronto: inviarlo a chi deve continuare a modificare la lavagna.} other {Nuovi link pronti: inviare ciascuno alle persone che devono mantenere l’accesso.}}',
	'admin.newLinks': 'Nuovi link',

	'admin.deleteHeading': 'Eliminazione',
	'admin.deleteIntro':
		'L’eliminazione rimuove per tutti la lavagna con schede, lacune, sessione e cronologia. Non è possibile annullarla.',
	'admin.delete': 'Elimina lavagna…',
	'admin.deleteConfirm':
		'Eliminare «{title}» per tutti? Chi vi sta lavorando verrà disconnesso e l’operazione non potrà essere annullata.',
	'admin.deleteYes': 'Elimina «{title}»',
	'admin.deleting': 'Eliminazione…',

	'admin.working': 'Operazione in corso…',
	'admin.error': 'Operazione non riuscita: {message}',
	'admin.forbidden': 'Solo i facilitatori possono modificare questa lavagna.',
	'admin.revoked':
		'Il link in uso è stato sostituito. Aprire la lavagna con il nuovo link per facilitatori.',
	'admin.gone': 'Questa lavagna non esiste più.',
} as const;
