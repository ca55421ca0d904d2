/** French messages of the admin screens; spread into `fr` (see `./index.ts`). */
export const frAdmin = {
	'admin.open': 'Paramètres du tableau',
	'admin.title': 'Paramètres du tableau',
	'admin.close': 'Fermer les paramètres du tableau',
	'admin.intro':
		'Seuls les animateurs voient ces paramètres. Les modifications s’appliquent immédiatement pour tout le monde.',
	'admin.archivedBadge': 'Archivé',

	'admin.nameHeading': 'Nom',
	'admin.nameLabel': 'Nom du tableau',
	'admin.rename': 'Renommer le tableau',
	'admin.nameRequired': 'Veuillez donner un nom au tableau.',
	'admin.renamed': 'Le tableau s’appelle désormais « {title} ».',

	'admin.archiveHeading': 'Archivage',
	'admin.archivedNote':
		'Ce tableau est archivé : l’atelier est marqué comme terminé. Il s’ouvre et fonctionne toujours comme avant.',
	'admin.activeNote':
		'Archivez le tableau une fois l’atelier terminé. Il s’ouvre et fonctionne toujours, et vous pourrez le désarchiver.',
	'admin.archive': 'Archiver le tableau',
	'admin.unarchive': 'Désarchiver le tableau',
	'admin.archivedDone': 'Le tableau est archivé.',
	'admin.unarchivedDone': 'Le tableau n’est plus archivé.',

	'admin.linksHeading': 'Remplacer les liens',
	'admin.linksIntro':
		'Si un lien est parvenu aux mauvaises personnes, remplacez-le. Les anciens liens cessent aussitôt de fonctionner et toute personne qui en utilise un est déconnectée.',
	'admin.rotate':
		'{role, select, viewer {Remplacer les liens observateur} participant {Remplacer les liens participant} other {Remplacer tous les liens}}',
	'admin.rotateConfirm':
		'{role, select, viewer {Les anciens liens observateur cessent aussitôt de fonctionner, et toutes les personnes qui suivent le tableau avec l’un d’eux sont déconnectées.} participant {Les anciens liens participant cessent aussitôt de fonctionner, et toutes les personnes qui modifient le tableau avec l’un d’eux sont déconnectées.} other {Tous les anciens liens, y compris le vôtre, cessent aussitôt de fonctionner, et tout le monde est déconnecté. Cette page se rouvre avec votre nouveau lien.}}',
	'admin.rotateYes':
		'{role, select, viewer {Remplacer maintenant les liens observateur} participant {Remplacer maintenant les liens participant} other {Remplacer maintenant tous les liens}}',
	'admin.cancel': 'Annuler',
	'admin.rotated':
		'{role, select, viewer {Nouveau lien observateur prêt : envoyez-le aux personnes qui doivent continuer à suivre le tableau.} participant {Nouveau lien participant prêt : envoyez-le aux personnes qui doivent continuer à modifier le tableau.} other {Nouveaux liens prêts : envoyez chacun aux personnes qui doivent garder l’accès.}}',
	'admin.newLinks': 'Nouveaux liens',

	'admin.deleteHeading': 'Suppression',
	'admin.deleteIntro':
		'La suppression efface le tableau avec ses cartes, ses lacunes, sa session et son historique pour tout le monde. Elle est irréversible.',
	'admin.delete': 'Supprimer le tableau…',
	'admin.deleteConfirm':
		'Supprimer « {title} » pour tout le monde ? Toutes les personnes connectées seront déconnectées, et cette suppression est irréversible.',
	'admin.deleteYes': 'Supprimer « {title} »',
	'admin.deleting': 'Suppression…',

	'admin.working': 'En cours…',
	'admin.error': 'Cela n’a pas fonctionné : {message}',
	'admin.forbidden': 'Seuls les animateurs peuvent modifier ce tableau.',
	'admin.revoked':
		'Votre lien a été remplacé. Ouvrez le tableau avec votre nouveau lien animateur.',
	'admin.gone': 'Ce tableau n’existe plus.',
} as const;
