/** French messages of the cohort on the board side; spread into `fr` (see `./index.ts`). */
export const frCohortBoard = {
	'cohortBoard.open': 'Cohorte',
	'cohortBoard.title': 'Cohorte',
	'cohortBoard.close': 'Fermer',
	'cohortBoard.intro':
		'Une cohorte regroupe les tableaux des villes d’un même programme : elles partagent une bibliothèque de bonnes pratiques et comparent leurs lacunes.',
	'cohortBoard.loading': 'Chargement de la cohorte…',
	'cohortBoard.retry': 'Réessayer',
	'cohortBoard.list': 'Cohortes de ce tableau',
	'cohortBoard.cityCount':
		'{count, plural, =0 {Aucune ville pour l’instant} one {# ville} other {# villes}}',
	'cohortBoard.asSeminar': 'Ce tableau participe en tant que tableau de séminaire.',
	'cohortBoard.asCity': 'Ce tableau participe en tant que feuille de route d’une ville : {city}.',
	'cohortBoard.openView': 'Ouvrir la vue de la cohorte',
	'cohortBoard.openViewOf': 'Ouvrir la vue de la cohorte « {title} »',
	'cohortBoard.notInCohort': 'Ce tableau ne fait encore partie d’aucune cohorte.',
	'cohortBoard.askFacilitator': 'Un animateur de ce tableau peut l’ajouter à une cohorte.',

	'cohortBoard.create': 'Créer une cohorte',
	'cohortBoard.createIntro':
		'Lancez une cohorte pour votre programme avec ce tableau, puis invitez les autres tableaux depuis la vue de la cohorte.',
	'cohortBoard.cohortTitle': 'Nom de la cohorte',
	'cohortBoard.titleRequired': 'Veuillez donner un nom à la cohorte.',
	'cohortBoard.createSubmit': 'Créer la cohorte',
	'cohortBoard.creating': 'Création…',
	'cohortBoard.created':
		'Cohorte « {title} » créée. Invitez les autres tableaux depuis la vue de la cohorte.',

	'cohortBoard.join': 'Rejoindre avec une invitation',
	'cohortBoard.joinIntro': 'Les coordinateurs de la cohorte envoient un lien d’invitation.',
	'cohortBoard.invitation': 'Lien d’invitation',
	'cohortBoard.invitationHint':
		'Collez le lien complet, ou seulement le code qui suit « invite= ».',
	'cohortBoard.invitationRequired': 'Veuillez coller le lien d’invitation.',
	'cohortBoard.invitationInvalid':
		'Ce n’est pas un lien d’invitation. Collez le lien complet que vous avez reçu.',
	'cohortBoard.joinSubmit': 'Rejoindre la cohorte',
	'cohortBoard.joining': 'Adhésion en cours…',
	'cohortBoard.joined': 'Ce tableau a rejoint la cohorte « {title} ».',

	'cohortBoard.memberKind': 'Ce tableau est',
	'cohortBoard.memberCity': 'La feuille de route d’une ville',
	'cohortBoard.memberSeminar': 'Un tableau de séminaire du programme',
	'cohortBoard.seminarHint':
		'Les animateurs des tableaux de séminaire coordonnent la cohorte : ils invitent les villes et approuvent les éléments de la bibliothèque.',
	'cohortBoard.city': 'Ville',
	'cohortBoard.country': 'Pays',
	'cohortBoard.population': 'Population',
	'cohortBoard.cityRequired': 'Veuillez indiquer le nom de la ville.',
	'cohortBoard.population.under_20k': 'Moins de 20 000 habitants',
	'cohortBoard.population.20k_50k': 'De 20 000 à 50 000 habitants',
	'cohortBoard.population.50k_100k': 'De 50 000 à 100 000 habitants',
	'cohortBoard.population.100k_250k': 'De 100 000 à 250 000 habitants',

	'cohortBoard.invite.title': 'Rejoindre une cohorte',
	'cohortBoard.invite.loading': 'Lecture de l’invitation…',
	'cohortBoard.invite.to':
		'Vous avez reçu une invitation à ajouter un tableau à la cohorte « {title} ».',
	'cohortBoard.invite.cities': 'Villes membres : {cities}.',
	'cohortBoard.invite.noCities': 'Aucune ville ne l’a encore rejointe.',
	'cohortBoard.invite.expires': 'L’invitation est valable jusqu’au {date}.',
	'cohortBoard.invite.board': 'Tableau à ajouter',
	'cohortBoard.invite.boardHint':
		'Les tableaux que vous avez ouverts dans ce navigateur avec un lien animateur.',
	'cohortBoard.invite.noBoard':
		'Seuls les animateurs d’un tableau peuvent l’ajouter à une cohorte. Ouvrez d’abord votre tableau avec son lien animateur dans ce navigateur, puis rouvrez cette invitation.',
	'cohortBoard.invite.joined': '« {item} » fait désormais partie de la cohorte « {title} ».',
	'cohortBoard.invite.openView': 'Ouvrir la vue de la cohorte',

	'cohortBoard.error.inviteExpired':
		'Cette invitation a expiré. Demandez un nouveau lien aux coordinateurs de la cohorte.',
	'cohortBoard.error.inviteRevoked':
		'Cette invitation a été remplacée par une plus récente. Demandez le nouveau lien aux coordinateurs de la cohorte.',
	'cohortBoard.error.inviteInvalid':
		'Cette invitation n’est pas valide. Vérifiez que vous avez collé le lien complet.',
	'cohortBoard.error.cohortFull':
		'Cette cohorte est complète : elle ne peut pas accueillir d’autre tableau.',
	'cohortBoard.error.forbidden': 'Votre rôle sur ce tableau ne le permet pas.',
	'cohortBoard.error.notMember': 'Ce tableau ne fait pas (ou plus) partie de cette cohorte.',
	'cohortBoard.error.notPromotable':
		'Seule une carte Réussite ou une lacune résolue peut être partagée dans la bibliothèque.',
	'cohortBoard.error.linkRevoked':
		'Le lien avec lequel ce tableau a été ouvert ne fonctionne plus. Demandez le nouveau lien à un animateur.',
	'cohortBoard.error.notFound': 'Ce que vous avez demandé n’existe plus.',
	'cohortBoard.error.invalid': 'Certaines valeurs ont été refusées : {message}',
	'cohortBoard.error.offline': 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
	'cohortBoard.error.other': 'Une erreur s’est produite : {message}',

	'cohortBoard.promote': 'Partager dans la bibliothèque',
	'cohortBoard.promote.title': 'Partager dans la bibliothèque de la cohorte',
	'cohortBoard.promote.ofCard': 'À partir de la carte Réussite « {title} »',
	'cohortBoard.promote.ofGap': 'À partir de la lacune résolue « {title} »',
	'cohortBoard.promote.introCard':
		'Complétez ce que les autres villes doivent savoir. Les champs laissés vides sont remplis à partir de la carte.',
	'cohortBoard.promote.introGap':
		'Complétez ce que les autres villes doivent savoir. Les champs laissés vides sont remplis à partir de la lacune et des actions qui l’ont résolue.',
	'cohortBoard.field.title': 'Titre',
	'cohortBoard.field.summary': 'Résumé',
	'cohortBoard.field.gapCategories': 'Types de lacune auxquels elle répond',
	'cohortBoard.field.costRange': 'Ordre de grandeur du coût',
	'cohortBoard.field.costRangeHint': 'Par exemple « 40 000 € par an ».',
	'cohortBoard.field.fundingUsed': 'Financements utilisés',
	'cohortBoard.field.timeframe': 'Calendrier',
	'cohortBoard.field.contact': 'Contact',
	'cohortBoard.field.evidenceLevel': 'Niveau de preuve',
	'cohortBoard.field.difficulty': 'Difficulté de transfert',
	'cohortBoard.field.lessons': 'Enseignements et écueils',
	'cohortBoard.evidence.self_reported': 'Déclaratif',
	'cohortBoard.evidence.peer_reviewed': 'Examiné par des pairs',
	'cohortBoard.evidence.evaluated': 'Évalué de façon indépendante',
	'cohortBoard.difficulty.low': 'Faible',
	'cohortBoard.difficulty.medium': 'Moyenne',
	'cohortBoard.difficulty.high': 'Élevée',
	'cohortBoard.promote.draft': 'Enregistrer comme brouillon',
	'cohortBoard.promote.submit': 'Soumettre pour approbation',
	'cohortBoard.promote.sending': 'Envoi…',
	'cohortBoard.promote.savedDraft':
		'« {title} » est enregistrée comme brouillon dans la bibliothèque. Complétez-la et soumettez-la depuis la vue de la cohorte.',
	'cohortBoard.promote.submitted':
		'« {title} » a été soumise : les coordinateurs de la cohorte l’examinent avant que les autres villes ne la voient.',
	'cohortBoard.promote.cancel': 'Annuler',

	'cohortBoard.suggestions': 'Suggestions de la cohorte',
	'cohortBoard.suggestions.loading': 'Recherche de suggestions…',
	'cohortBoard.suggestions.refresh': 'Actualiser les suggestions',
	'cohortBoard.suggestions.noCategory':
		'Donnez une catégorie à la lacune : les pratiques sont suggérées selon le type de lacune auquel elles répondent.',
	'cohortBoard.suggestions.practices': 'Pratiques de la bibliothèque',
	'cohortBoard.suggestions.noPractices':
		'Aucune pratique approuvée de la bibliothèque ne répond encore à ce type de lacune.',
	'cohortBoard.suggestions.found':
		'{count, plural, =0 {Aucune pratique trouvée} one {# pratique trouvée} other {# pratiques trouvées}}',
	'cohortBoard.suggestions.why': 'Pourquoi cette suggestion',
	'cohortBoard.origin': 'Origine : {city}',
	'cohortBoard.originCountry': 'Origine : {city}, {country}',
	'cohortBoard.reason.category': 'Répond aux lacunes de type {label}',
	'cohortBoard.reason.sector': 'Même secteur : {label}',
	'cohortBoard.reason.stage': 'Même étape : {label}',
	'cohortBoard.reason.implemented':
		'Mise en œuvre dans {count, plural, one {# autre ville} other {# autres villes}}',
	'cohortBoard.reason.evidence': 'Niveau de preuve : {label}',
	'cohortBoard.copy': 'Copier dans mon tableau',
	'cohortBoard.copying': 'Copie…',
	'cohortBoard.copied': 'Copiée dans votre tableau comme carte Action.',
	'cohortBoard.copiedAnnounce': '« {title} » a été copiée dans votre tableau comme carte Action.',
	'cohortBoard.suggestions.peers': 'Villes ayant résolu la même lacune',
	'cohortBoard.suggestions.noPeers':
		'Aucune autre ville de la cohorte n’a encore résolu de lacune similaire.',
	'cohortBoard.peerGap': '{city} : « {gap} »',
	'cohortBoard.peerActions': 'Ce qu’elles ont fait',
	'cohortBoard.peerNoActions': 'Aucune action n’y est reliée.',

	'cohortBoard.copiedFrom': 'Copiée depuis la bibliothèque de la cohorte',
	'cohortBoard.replication': 'Où en êtes-vous ?',
	'cohortBoard.replicationHint': 'Les autres villes voient cette information dans la bibliothèque.',
	'cohortBoard.replication.considering': 'À l’étude',
	'cohortBoard.replication.adapting': 'En cours d’adaptation',
	'cohortBoard.replication.implemented': 'Mise en œuvre',
	'cohortBoard.replication.dropped': 'Abandonnée',
} as const;
