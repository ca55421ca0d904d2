/**
 * French messages of a programme's coordinators (issue 11): making a programme, the manage page
 * and its tabs; spread into `fr` (see `./index.ts`).
 */
export const frProgrammeAdmin = {
	// Start page
	'programmeAdmin.home.title': 'Programmes',
	'programmeAdmin.home.run': 'Lancer un programme',
	'programmeAdmin.home.runHint':
		'Une série de séminaires pour plusieurs villes : inscriptions, invitations et parcours de chaque ville.',
	'programmeAdmin.home.yours': 'Vos programmes',
	'programmeAdmin.home.yoursHint': 'Les programmes que vous coordonnez depuis ce navigateur.',
	'programmeAdmin.home.untitled': 'Programme sans titre',

	// Errors
	'programmeAdmin.error.offline':
		'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
	'programmeAdmin.error.linkReplaced':
		'Ce lien coordinateur a été remplacé ou a expiré. Demandez le lien actuel à un autre coordinateur.',
	'programmeAdmin.error.notFound': 'Ce programme, ou l’élément concerné, n’existe plus.',
	'programmeAdmin.error.tooLarge': 'Fichier trop volumineux.',
	'programmeAdmin.error.tooManyFiles':
		'Ce séminaire a déjà le nombre maximal de fichiers. Supprimez-en un pour en ajouter un autre.',
	'programmeAdmin.error.rateLimited':
		'Trop de requêtes depuis votre adresse. Patientez une minute et réessayez.',
	'programmeAdmin.error.invalid': 'Une valeur a été refusée : {message}',
	'programmeAdmin.error.other': 'Une erreur s’est produite : {message}',

	// Field errors
	'programmeAdmin.invalid.title': 'Donnez un titre au programme.',
	'programmeAdmin.invalid.organiser': 'Indiquez qui organise le programme.',
	'programmeAdmin.invalid.description': 'La description est trop longue.',
	'programmeAdmin.invalid.languages': 'Choisissez au moins une langue.',
	'programmeAdmin.invalid.seminars':
		'Vérifiez les séminaires : un programme en compte {max} au maximum.',
	'programmeAdmin.invalid.seminarTitle': 'Donnez un titre au séminaire.',
	'programmeAdmin.invalid.date': 'Saisissez la date du séminaire.',
	'programmeAdmin.invalid.time': 'Saisissez l’heure de début, par exemple 10:00.',
	'programmeAdmin.invalid.durationMinutes':
		'Saisissez une durée en minutes entières, de {min} à {max}.',
	'programmeAdmin.invalid.timeZone': 'Choisissez un fuseau horaire dans la liste.',
	'programmeAdmin.invalid.place':
		'Un séminaire sur place a besoin d’un lieu : saisissez son adresse.',
	'programmeAdmin.invalid.agenda': 'L’ordre du jour est trop long.',
	'programmeAdmin.invalid.links': 'Vérifiez les liens vers les documents : {max} au maximum.',
	'programmeAdmin.invalid.linkTitle': 'Donnez un titre au lien.',
	'programmeAdmin.invalid.linkUrl': 'Saisissez une adresse web commençant par https:// ou http://.',
	'programmeAdmin.invalid.other': 'Vérifiez ce champ.',
	'programmeAdmin.summary.title':
		'{count, plural, one {Il y a # problème à corriger} other {Il y a # problèmes à corriger}}',
	'programmeAdmin.summary.other': 'Il y a un problème : {message}',

	// The programme's fields
	'programmeAdmin.field.title': 'Titre du programme',
	'programmeAdmin.field.titleHint': 'Par exemple « Académie Net Zero Cities 2026 ».',
	'programmeAdmin.field.organiser': 'Organisateur',
	'programmeAdmin.field.organiserHint': 'Qui mène le programme, tel que les villes le verront.',
	'programmeAdmin.field.description': 'Description',
	'programmeAdmin.field.descriptionHint':
		'Ce que propose le programme et à qui il s’adresse. Affichée sur la page publique. Facultatif.',
	'programmeAdmin.field.languages': 'Langues du programme',
	'programmeAdmin.field.languagesHint':
		'Les langues dans lesquelles se tiennent les séminaires. Au moins une.',
	'programmeAdmin.field.registrationOpen': 'Les inscriptions sont ouvertes',
	'programmeAdmin.field.registrationOpenHint':
		'Les villes peuvent manifester leur intérêt sur la page publique.',

	// One seminar's fields
	'programmeAdmin.seminar.title': 'Titre du séminaire',
	'programmeAdmin.seminar.stage': 'Étape',
	'programmeAdmin.seminar.date': 'Date',
	'programmeAdmin.seminar.time': 'Heure de début',
	'programmeAdmin.seminar.duration': 'Durée en minutes',
	'programmeAdmin.seminar.durationHint': 'Soit {time}.',
	'programmeAdmin.seminar.timeZone': 'Fuseau horaire',
	'programmeAdmin.seminar.timeZoneHint':
		'La date et l’heure de début sont exprimées dans ce fuseau. Les villes situées ailleurs voient aussi l’heure dans leur propre fuseau.',
	'programmeAdmin.seminar.format': 'Format',
	'programmeAdmin.seminar.online': 'En ligne',
	'programmeAdmin.seminar.onSite': 'Sur place',
	'programmeAdmin.seminar.placeOnSite': 'Lieu',
	'programmeAdmin.seminar.placeOnSiteHint': 'L’adresse où se tient le séminaire.',
	'programmeAdmin.seminar.placeOnline': 'Comment participer',
	'programmeAdmin.seminar.placeOnlineHint':
		'Facultatif : par exemple l’adresse de la visioconférence, ou une mention indiquant qu’elle sera envoyée par e-mail.',
	'programmeAdmin.seminar.agenda': 'Ordre du jour',
	'programmeAdmin.seminar.agendaHint': 'Facultatif. Un point par ligne.',
	'programmeAdmin.seminar.links': 'Liens vers les documents',
	'programmeAdmin.seminar.linksHint':
		'Pages web ou documents à lire avant ou après le séminaire. {max} au maximum.',
	'programmeAdmin.seminar.noLinks': 'Aucun lien pour l’instant.',
	'programmeAdmin.seminar.linkTitle': 'Titre du lien {n}',
	'programmeAdmin.seminar.linkUrl': 'Adresse du lien {n}',
	'programmeAdmin.seminar.addLink': 'Ajouter un lien',
	'programmeAdmin.seminar.removeLink': 'Supprimer le lien {n}',
	'programmeAdmin.seminar.linkRemoved': 'Lien {n} supprimé.',
	'programmeAdmin.seminar.template': 'Modèle de tableau',
	'programmeAdmin.seminar.templateFixed':
		'Le tableau du séminaire est créé à partir de ce modèle lors de l’ajout du séminaire ; le modèle ne peut plus être changé ensuite.',

	// Making a programme
	'programmeAdmin.new.pageTitle': 'Lancer un programme — Groundwork',
	'programmeAdmin.new.title': 'Lancer un programme',
	'programmeAdmin.new.intro':
		'Un programme est une série de séminaires qui suivent les trois étapes de la feuille de route. Les villes manifestent leur intérêt sur sa page publique ; vous les acceptez et envoyez à chacune ses propres liens.',
	'programmeAdmin.new.detailsTitle': 'Le programme',
	'programmeAdmin.new.seminarsTitle': 'Séminaires',
	'programmeAdmin.new.seminarsIntro':
		'Le programme commence avec un séminaire par étape : complétez-les, ajoutez ou supprimez des séminaires. Vous pourrez tout modifier par la suite.',
	'programmeAdmin.new.noSeminars':
		'Aucun séminaire pour l’instant. Vous pourrez aussi en ajouter plus tard.',
	'programmeAdmin.new.seminarLegend': 'Séminaire {n}',
	'programmeAdmin.new.removeSeminar': 'Supprimer le séminaire {n}',
	'programmeAdmin.new.seminarRemoved': 'Séminaire {n} supprimé.',
	'programmeAdmin.new.addSeminar': 'Ajouter un séminaire',
	'programmeAdmin.new.seminarAdded': 'Séminaire {n} ajouté.',
	'programmeAdmin.new.maxSeminars': 'Un programme compte {max} séminaires au maximum.',
	'programmeAdmin.new.codeNeeded': 'Saisissez le code de création pour créer un programme.',
	'programmeAdmin.new.codeHint':
		'Ce serveur demande un code pour créer des programmes et des tableaux. Demandez-le à la personne qui gère le serveur.',
	'programmeAdmin.new.rateLimited':
		'Trop de programmes ou de tableaux viennent d’être créés depuis votre réseau. Réessayez dans quelques minutes.',
	'programmeAdmin.new.submit': 'Créer le programme',
	'programmeAdmin.new.submitting': 'Création…',
	'programmeAdmin.new.error': 'Le programme n’a pas pu être créé. {message}',

	// The manage page
	'programmeAdmin.manage.pageTitle': '{title} — Coordination — Groundwork',
	'programmeAdmin.manage.pageTitleNone': 'Coordonner un programme — Groundwork',
	'programmeAdmin.manage.kicker': 'Coordination d’un programme',
	'programmeAdmin.manage.loading': 'Chargement du programme…',
	'programmeAdmin.manage.noToken':
		'Pour coordonner ce programme, ouvrez le lien coordinateur reçu lors de sa création, ou demandez-le à un autre coordinateur.',
	'programmeAdmin.manage.loadError': 'Le programme n’a pas pu être chargé. {message}',
	'programmeAdmin.manage.retry': 'Réessayer',
	'programmeAdmin.manage.forget': 'Le retirer de la liste de ce navigateur',
	'programmeAdmin.manage.forgotten': 'Retiré de la liste de ce navigateur.',
	'programmeAdmin.manage.publicPage': 'Page publique',
	'programmeAdmin.manage.organiser': 'Organisé par {organiser}.',
	'programmeAdmin.manage.seminarCount': '{count, plural, one {# séminaire} other {# séminaires}}',
	'programmeAdmin.manage.acceptedCount':
		'{count, plural, one {# ville acceptée} other {# villes acceptées}}',
	'programmeAdmin.manage.pendingCount':
		'{count, plural, one {# inscription à traiter} other {# inscriptions à traiter}}',
	'programmeAdmin.manage.tabs': 'Coordination du programme',
	'programmeAdmin.tab.details': 'Programme et séminaires',
	'programmeAdmin.tab.registrations': 'Inscriptions',
	'programmeAdmin.tab.invitations': 'Invitations',
	'programmeAdmin.tab.journey': 'Parcours et présence',

	// Details tab: the programme
	'programmeAdmin.details.title': 'Détails du programme',
	'programmeAdmin.details.save': 'Enregistrer les détails',
	'programmeAdmin.details.saving': 'Enregistrement…',
	'programmeAdmin.details.saved': 'Détails du programme enregistrés.',
	'programmeAdmin.details.unsaved': 'Les détails n’ont pas pu être enregistrés. {message}',
	'programmeAdmin.details.registration': 'Inscriptions',
	'programmeAdmin.details.open':
		'Les inscriptions sont ouvertes : les villes peuvent manifester leur intérêt sur la page publique.',
	'programmeAdmin.details.closed':
		'Les inscriptions sont closes : la page publique présente le programme sans le formulaire.',
	'programmeAdmin.details.closeRegistration': 'Clore les inscriptions',
	'programmeAdmin.details.openRegistration': 'Ouvrir les inscriptions',
	'programmeAdmin.details.registrationOpened': 'Inscriptions ouvertes.',
	'programmeAdmin.details.registrationClosed': 'Inscriptions closes.',

	// Details tab: links
	'programmeAdmin.links.title': 'Liens',
	'programmeAdmin.links.coordinator': 'Lien coordinateur',
	'programmeAdmin.links.copyCoordinator': 'Copier le lien coordinateur',
	'programmeAdmin.links.coordinatorHint':
		'Toute personne disposant de ce lien gère le programme et voit les données personnelles des inscriptions. Ne le partagez qu’avec les autres coordinateurs.',
	'programmeAdmin.links.replace': 'Remplacer le lien',
	'programmeAdmin.links.replaceConfirm':
		'Remplacer le lien coordinateur ? Tous les anciens liens coordinateur, y compris ceux que vous avez partagés, cessent aussitôt de fonctionner. Ce navigateur continue avec le nouveau lien.',
	'programmeAdmin.links.replaceYes': 'Oui, le remplacer',
	'programmeAdmin.links.replaceNo': 'Non, le garder',
	'programmeAdmin.links.replaced':
		'Le lien coordinateur a été remplacé. Partagez le nouveau lien avec les autres coordinateurs.',
	'programmeAdmin.links.public': 'Page publique, à partager avec les villes',
	'programmeAdmin.links.copyPublic': 'Copier le lien de la page publique',
	'programmeAdmin.links.calendar': 'Agenda de tout le programme (.ics)',
	'programmeAdmin.links.copyCalendar': 'Copier le lien de l’agenda',
	'programmeAdmin.links.calendarHint':
		'Les applications d’agenda abonnées à ce lien suivent les modifications des séminaires.',

	// Details tab: seminars
	'programmeAdmin.seminars.title':
		'{count, plural, =0 {Séminaires} one {Séminaires (#)} other {Séminaires (#)}}',
	'programmeAdmin.seminars.empty': 'Aucun séminaire pour l’instant. Ajoutez-en un ci-dessous.',
	'programmeAdmin.seminars.when': '{when} ({zone})',
	'programmeAdmin.seminars.local': 'Votre heure locale : {when} ({zone})',
	'programmeAdmin.seminars.factStage': 'Étape',
	'programmeAdmin.seminars.factWhen': 'Date et heure',
	'programmeAdmin.seminars.factLength': 'Durée',
	'programmeAdmin.seminars.factFormat': 'Format',
	'programmeAdmin.seminars.factPlace': 'Lieu',
	'programmeAdmin.seminars.factJoin': 'Comment participer',
	'programmeAdmin.seminars.factBoard': 'Tableau',
	'programmeAdmin.seminars.factAgenda': 'Ordre du jour',
	'programmeAdmin.seminars.factLinks': 'Liens vers les documents',
	'programmeAdmin.seminars.none': 'Aucun',
	'programmeAdmin.seminars.openBoard': 'Ouvrir le tableau de « {title} »',
	'programmeAdmin.seminars.edit': 'Modifier « {title} »',
	'programmeAdmin.seminars.editTitle': 'Modifier « {title} »',
	'programmeAdmin.seminars.save': 'Enregistrer le séminaire',
	'programmeAdmin.seminars.saving': 'Enregistrement…',
	'programmeAdmin.seminars.cancel': 'Annuler',
	'programmeAdmin.seminars.saved': 'Séminaire « {title} » enregistré.',
	'programmeAdmin.seminars.delete': 'Supprimer « {title} »',
	'programmeAdmin.seminars.deleteConfirm':
		'Supprimer le séminaire « {title} » ? Il disparaît de la page publique et de l’agenda, avec ses fichiers joints.',
	'programmeAdmin.seminars.deleteYes': 'Oui, le supprimer',
	'programmeAdmin.seminars.deleteNo': 'Non, le garder',
	'programmeAdmin.seminars.deleted': 'Séminaire « {title} » supprimé.',
	'programmeAdmin.seminars.archive': 'Enregistrer le tableau dans l’historique maintenant',
	'programmeAdmin.seminars.archiving': 'Enregistrement…',
	'programmeAdmin.seminars.archived':
		'Le tableau de « {title} » a été enregistré dans son historique.',
	'programmeAdmin.seminars.archivedOn': 'Enregistré dans l’historique le {date}.',
	'programmeAdmin.seminars.archivePending': 'Enregistrement dans l’historique…',
	'programmeAdmin.seminars.notArchived':
		'Pas encore enregistré dans l’historique : le tableau est enregistré automatiquement à la fin du séminaire.',
	'programmeAdmin.seminars.addTitle': 'Ajouter un séminaire',
	'programmeAdmin.seminars.add': 'Ajouter le séminaire',
	'programmeAdmin.seminars.adding': 'Ajout…',
	'programmeAdmin.seminars.added': 'Séminaire « {title} » ajouté.',
	'programmeAdmin.seminars.full': 'Ce programme a atteint le nombre maximal de séminaires ({max}).',

	// Details tab: a seminar's files
	'programmeAdmin.files.title': 'Fichiers joints',
	'programmeAdmin.files.empty': 'Aucun fichier pour l’instant.',
	'programmeAdmin.files.delete': 'Supprimer {name}',
	'programmeAdmin.files.deleteConfirm': 'Supprimer le fichier « {name} » ?',
	'programmeAdmin.files.deleteYes': 'Oui, le supprimer',
	'programmeAdmin.files.deleteNo': 'Non, le garder',
	'programmeAdmin.files.deleted': 'Fichier « {name} » supprimé.',
	'programmeAdmin.files.choose': 'Ajouter un fichier à « {title} »',
	'programmeAdmin.files.limit':
		'{max} fichiers au maximum par séminaire, chacun de {size} au maximum. Tout le monde peut les télécharger depuis la page publique.',
	'programmeAdmin.files.upload': 'Envoyer',
	'programmeAdmin.files.uploading': 'Envoi…',
	'programmeAdmin.files.noFile': 'Choisissez d’abord un fichier.',
	'programmeAdmin.files.uploaded': 'Fichier « {name} » ajouté.',
	'programmeAdmin.files.tooLarge': 'Fichier trop volumineux : « {name} » dépasse {size}.',
	'programmeAdmin.files.tooMany':
		'Ce séminaire a déjà {max} fichiers. Supprimez-en un pour en ajouter un autre.',

	// Registrations tab
	'programmeAdmin.registrations.title': 'Inscriptions',
	'programmeAdmin.registrations.intro':
		'Les villes qui ont manifesté leur intérêt sur la page publique. Acceptez une ville pour lui attribuer ses liens d’invitation (voir « Invitations »). Il s’agit de données personnelles : exportez-les ou supprimez-les à la demande d’une ville.',
	'programmeAdmin.registrations.empty':
		'Aucune ville ne s’est encore inscrite. Partagez la page publique pour que les villes puissent s’inscrire.',
	'programmeAdmin.registrations.caption':
		'{count, plural, one {# inscription} other {# inscriptions}}, de la plus récente à la plus ancienne',
	'programmeAdmin.registrations.city': 'Ville',
	'programmeAdmin.registrations.country': 'Pays',
	'programmeAdmin.registrations.population': 'Taille de la ville',
	'programmeAdmin.registrations.contact': 'Contact',
	'programmeAdmin.registrations.email': 'E-mail',
	'programmeAdmin.registrations.role': 'Fonction',
	'programmeAdmin.registrations.hopes': 'Attentes',
	'programmeAdmin.registrations.received': 'Reçue le',
	'programmeAdmin.registrations.status': 'Statut',
	'programmeAdmin.registrations.actions': 'Actions',
	'programmeAdmin.status.pending': 'À traiter',
	'programmeAdmin.status.accepted': 'Acceptée',
	'programmeAdmin.status.declined': 'Refusée',
	'programmeAdmin.registrations.decidedOn': 'le {date}',
	'programmeAdmin.registrations.accept': 'Accepter {city}',
	'programmeAdmin.registrations.decline': 'Refuser {city}',
	'programmeAdmin.registrations.declineConfirm':
		'Refuser {city} ? Ses liens d’invitation cessent de fonctionner et elle quitte la cohorte du programme ; son tableau est conservé.',
	'programmeAdmin.registrations.declineYes': 'Refuser',
	'programmeAdmin.registrations.declineNo': 'Annuler',
	'programmeAdmin.registrations.accepted':
		'Inscription de {city} acceptée. Ses liens d’invitation se trouvent dans l’onglet « Invitations ».',
	'programmeAdmin.registrations.declined': 'Inscription de {city} refusée.',
	'programmeAdmin.registrations.export': 'Exporter les données de {city}',
	'programmeAdmin.registrations.exported': 'Les données de {city} ont été téléchargées.',
	'programmeAdmin.registrations.delete': 'Supprimer l’inscription de {city}',
	'programmeAdmin.registrations.deleteConfirm':
		'Supprimer l’inscription de {city} ? Ses données personnelles (contact, e-mail, fonction, attentes) et sa présence sont effacées, et ses liens d’invitation cessent de fonctionner. Le tableau de la ville est conservé. Cette suppression est irréversible.',
	'programmeAdmin.registrations.deleteYes': 'Supprimer les données',
	'programmeAdmin.registrations.deleteNo': 'Non, les garder',
	'programmeAdmin.registrations.deleted': 'L’inscription de {city} a été supprimée.',
	'programmeAdmin.registrations.csv': 'Tout télécharger (CSV)',
	'programmeAdmin.registrations.csvDone': 'Les inscriptions ont été téléchargées.',

	// Invitations tab
	'programmeAdmin.invitations.title': 'Invitations',
	'programmeAdmin.invitations.intro':
		'Chaque ville acceptée dispose d’un lien vers son propre tableau de feuille de route et d’un lien pour chaque séminaire. Envoyez-les à la personne de contact de la ville : chaque lien ne fonctionne que pour cette ville.',
	'programmeAdmin.invitations.loading': 'Chargement des invitations…',
	'programmeAdmin.invitations.loadError': 'Les invitations n’ont pas pu être chargées. {message}',
	'programmeAdmin.invitations.empty':
		'Aucune ville n’a encore été acceptée. Acceptez des inscriptions dans l’onglet « Inscriptions ».',
	'programmeAdmin.invitations.city': '{city}, {country}',
	'programmeAdmin.invitations.contact': 'Contact : {name}',
	'programmeAdmin.invitations.expires': 'Les liens sont valables jusqu’au {date}.',
	'programmeAdmin.invitations.ownBoard': 'Tableau de feuille de route de la ville',
	'programmeAdmin.invitations.copy': 'Copier le lien « {label} » pour {city}',
	'programmeAdmin.invitations.copyAll': 'Copier tous les liens de {city}',
	'programmeAdmin.invitations.copiedAll': 'Tous les liens de {city} ont été copiés.',
	'programmeAdmin.invitations.copyFailed':
		'Les liens n’ont pas pu être copiés. Sélectionnez le texte ci-dessous et copiez-le vous-même.',
	'programmeAdmin.invitations.allLinks': 'Tous les liens de {city}',
	'programmeAdmin.invitations.textIntro': 'Vos liens pour « {title} » ({city}) :',
	'programmeAdmin.invitations.textLine': '{label} : {link}',
	'programmeAdmin.invitations.textExpires': 'Les liens sont valables jusqu’au {date}.',
	'programmeAdmin.invitations.textPage': 'Page du programme : {link}',
	'programmeAdmin.invitations.reissue': 'Générer de nouveaux liens pour {city}',
	'programmeAdmin.invitations.reissueConfirm':
		'Générer de nouveaux liens pour {city} ? Ses liens actuels cessent aussitôt de fonctionner : envoyez-lui les nouveaux.',
	'programmeAdmin.invitations.reissueYes': 'Générer de nouveaux liens',
	'programmeAdmin.invitations.reissueNo': 'Annuler',
	'programmeAdmin.invitations.reissued': 'Nouveaux liens générés pour {city}.',
	'programmeAdmin.invitations.csv': 'Télécharger le CSV pour un publipostage',
	'programmeAdmin.invitations.csvDone': 'Les invitations ont été téléchargées.',

	// Journey tab
	'programmeAdmin.journey.title': 'Parcours des villes',
	'programmeAdmin.journey.loading': 'Chargement du parcours…',
	'programmeAdmin.journey.loadError': 'Le parcours n’a pas pu être chargé. {message}',
	'programmeAdmin.journey.csv': 'Télécharger le parcours et les présences (CSV)',
	'programmeAdmin.journey.csvDone': 'Le parcours a été téléchargé.',
	'programmeAdmin.attendance.title': 'Présence',
	'programmeAdmin.attendance.intro':
		'La présence d’une ville est enregistrée lorsqu’elle ouvre son lien de séminaire pendant le séminaire. Vous pouvez la cocher ou la décocher ici manuellement.',
	'programmeAdmin.attendance.empty': 'Aucune ville n’a encore été acceptée.',
	'programmeAdmin.attendance.noSeminars': 'Le programme n’a encore aucun séminaire.',
	'programmeAdmin.attendance.caption': 'Présence de chaque ville acceptée à chaque séminaire',
	'programmeAdmin.attendance.city': 'Ville',
	'programmeAdmin.attendance.label': '{city} a participé à {title}',
	'programmeAdmin.attendance.marked': '{city} a participé à {title} : coché.',
	'programmeAdmin.attendance.unmarked': '{city} a participé à {title} : décoché.',
} as const;
